//! Scanning answers with the tablet's camera. Every code read goes through a
//! collector (a long answer is several codes), a whole answer is placed, and
//! a line says what happened, with a tone when an answer was added.

use super::{card_in, landed};
use crate::i18n::{Key, Language};
use crate::model::{AnswerRefusal, IncomingAnswer, Received};
use crate::platform::camera::{self, CameraError, QrScanner};
use crate::platform::photo::picture_luma;
use crate::platform::read_file::{picked_file, read_bytes};
use crate::platform::sound;
use crate::transfer::{read_qr_codes, PartCollector, PayloadError, QuestionCard, Scanned};
use crate::ui::i18n::{tr, use_app, validation_message, Msg};
use leptos::prelude::*;
use leptos::task::spawn_local;
use std::collections::HashSet;

/// Longest side a photo of a code is read at, in pixels: a code held up to
/// the camera stays sharp, and rqrr reads it in well under a second.
const MAX_PHOTO_SIDE: u32 = 1_280;

/// Largest answer file read: twelve codes of a few hundred characters.
const MAX_ANSWER_FILE_BYTES: usize = 16 * 1024;

/// What a scanned code did, in words; `true` when an answer was added.
type Outcome = (bool, String);

/// The camera view with its start and stop button and the last outcome.
#[component]
pub fn ScanPanel(workshop_id: String) -> impl IntoView {
    let state = use_app();
    let workshop_id = StoredValue::new(workshop_id);
    let scanning = RwSignal::new(false);
    let outcome = RwSignal::new(None::<Outcome>);
    let video = NodeRef::<leptos::html::Video>::new();
    let scanner = StoredValue::new_local(None::<QrScanner>);
    // Each start and stop counts: a camera that starts after a stop is closed.
    let attempt = StoredValue::new(0u32);
    let collector = StoredValue::new_local(PartCollector::default());
    // Codes read since the camera started: the camera sees each many times.
    let seen = StoredValue::new_local(HashSet::<String>::new());
    let read = move |text: String| {
        if seen.with_value(|s| s.contains(&text)) {
            return;
        }
        seen.update_value(|s| {
            s.insert(text.clone());
        });
        let language = state.language();
        let scanned = collector
            .try_update_value(|c| c.scan(&text))
            .unwrap_or(Err(PayloadError::NotOurs));
        let said = match scanned {
            Err(error) => (false, payload_message(error, language)),
            Ok(Scanned::Part { have, of }) => (
                false,
                Msg::with(
                    Key::AskPartIn,
                    vec![("have", have.to_string()), ("of", of.to_string())],
                )
                .text(language),
            ),
            Ok(Scanned::Complete(answer)) => {
                let incoming = IncomingAnswer {
                    prompt_id: &answer.prompt,
                    answer_id: &answer.id,
                    name: &answer.name,
                    place: usize::from(answer.place),
                    person: usize::from(answer.person),
                    score: answer.score,
                    texts: &answer.texts,
                };
                let workshop_id = workshop_id.get_value();
                let received = state.receive_answer(&workshop_id, incoming);
                // Named by the answer's own question: it may be another than this page's.
                let card = untrack(|| card_in(state, &workshop_id, &answer.prompt));
                received_message(received, card.map(|(card, _)| card).as_ref(), language)
            }
        };
        if said.0 {
            sound::play_end_signal();
        }
        outcome.set(Some(said));
    };
    let start = move |_| {
        sound::prepare();
        let Some(element) = video.get_untracked() else {
            return;
        };
        seen.set_value(HashSet::new());
        outcome.set(None);
        scanning.set(true);
        attempt.update_value(|n| *n += 1);
        let this = attempt.get_value();
        spawn_local(async move {
            match camera::start(&element, read).await {
                // Dropping a scanner turns its camera off.
                Ok(running) if attempt.get_value() != this => drop(running),
                Ok(running) => scanner.set_value(Some(running)),
                Err(error) => {
                    scanning.set(false);
                    outcome.set(Some((
                        false,
                        camera_message(error).text(state.language()).to_string(),
                    )));
                }
            }
        });
    };
    // A tablet without a camera reads the file a phone shared: a code's text a line.
    let picked = move |ev: leptos::ev::Event| {
        let Some(file) = picked_file(&ev) else {
            return;
        };
        spawn_local(async move {
            match read_bytes(&file, MAX_ANSWER_FILE_BYTES).await {
                Ok(bytes) => {
                    seen.set_value(HashSet::new());
                    String::from_utf8_lossy(&bytes)
                        .lines()
                        .filter(|line| !line.trim().is_empty())
                        .for_each(|line| read(line.trim().to_string()));
                }
                Err(_) => outcome.set(Some((
                    false,
                    Key::AskNotOurs.text(state.language()).to_string(),
                ))),
            }
        });
    };
    // A photo of the phone's code, where the camera cannot film (or is refused).
    let photographed = move |ev: leptos::ev::Event| {
        let Some(file) = picked_file(&ev) else {
            return;
        };
        spawn_local(async move {
            let texts = match picture_luma(&file, MAX_PHOTO_SIDE).await {
                Ok((width, height, luma)) => read_qr_codes(width, height, &luma),
                Err(_) => Vec::new(),
            };
            if texts.is_empty() {
                outcome.set(Some((
                    false,
                    Key::AskNoCodeInPhoto.text(state.language()).to_string(),
                )));
            }
            seen.set_value(HashSet::new());
            texts.into_iter().for_each(read);
        });
    };
    let stop = move |_| {
        attempt.update_value(|n| *n += 1);
        scanner.set_value(None);
        scanning.set(false);
    };
    on_cleanup(move || scanner.set_value(None));
    view! {
        <div class="scan">
            <video node_ref=video class="scan-view" hidden=move || !scanning.get() muted=true playsinline=true></video>
            <Show when=move || scanning.get()
                fallback=move || view! { <button type="button" class="primary" on:click=start>{tr(Key::AskScan)}</button> }>
                <p class="meta">{tr(Key::AskScanning)}</p>
                <button type="button" on:click=stop>{tr(Key::AskStopScan)}</button>
            </Show>
            <label for="answer-photo">{tr(Key::AskFromPhoto)}</label>
            <input id="answer-photo" type="file" accept="image/*" capture="environment" on:change=photographed />
            <label for="answer-file">{tr(Key::AskFromFile)}</label>
            <input id="answer-file" type="file" accept=".txt,text/plain" on:change=picked />
            <p role="status" class=move || match outcome.get() {
                Some((true, _)) => "scan-outcome added",
                _ => "scan-outcome",
            }>{move || outcome.get().map(|(_, text)| text)}</p>
        </div>
    }
}

/// The words for a code that is not a whole answer of ours.
fn payload_message(error: PayloadError, language: Language) -> String {
    match error {
        PayloadError::Newer => Key::AskNewer,
        _ => Key::AskNotOurs,
    }
    .text(language)
    .to_string()
}

/// The words for what placing an answer did.
fn received_message(
    received: Result<Received, AnswerRefusal>,
    card: Option<&QuestionCard>,
    language: Language,
) -> Outcome {
    match received {
        Ok(Received::Added {
            place,
            person,
            notes,
        }) => {
            let what = card
                .map(|card| landed(card, place, person, notes, language))
                .unwrap_or_default();
            (
                true,
                Msg::with(Key::AskAdded, vec![("what", what)]).text(language),
            )
        }
        Ok(Received::AlreadyIn) => (false, Key::AskAlreadyIn.text(language).to_string()),
        Ok(Received::ChangedSince) => (false, Key::AskChangedSince.text(language).to_string()),
        Err(refusal) => {
            let text = match refusal {
                AnswerRefusal::UnknownQuestion => Key::AskUnknown.text(language).to_string(),
                AnswerRefusal::Closed => Key::AskClosedRefused.text(language).to_string(),
                AnswerRefusal::NoSuchPlace => Key::AskNoPlace.text(language).to_string(),
                AnswerRefusal::Refused(error) => Msg::with(
                    Key::AskRefusedFit,
                    vec![("reason", validation_message(&error, language))],
                )
                .text(language),
            };
            (false, text)
        }
    }
}

/// The words for a camera that cannot be used.
fn camera_message(error: CameraError) -> Key {
    match error {
        CameraError::NoCamera => Key::CamNoCamera,
        CameraError::Refused => Key::CamRefused,
        CameraError::Unavailable => Key::CamUnavailable,
    }
}
