//! Scanning answers with the tablet's camera. Every code read goes through a
//! collector (a long answer is several codes), a whole answer is placed, and
//! a line says what happened, with a tone when an answer was added.

mod flow;
mod outcome;

use super::card_in;
use crate::i18n::Key;
use crate::model::WorkshopId;
use crate::model::{AnswerRefusal, IncomingAnswer};
use crate::platform::camera;
use crate::platform::photo::picture_luma;
use crate::platform::read_file::{picked_file, read_bytes};
use crate::platform::sound;
use crate::transfer::{read_qr_codes, AnswerCard, Scanned};
use crate::ui::i18n::{tr, use_app};
use crate::ui::state::AppState;
use flow::Scan;
use leptos::ev::Event;
use leptos::prelude::*;
use leptos::task::spawn_local;
use outcome::Outcome;

/// Longest side a photo of a code is read at, in pixels: a code held up to
/// the camera stays sharp, and rqrr reads it in well under a second.
const MAX_PHOTO_SIDE: u32 = 1_280;

/// Largest answer file read: twelve codes of a few hundred characters.
const MAX_ANSWER_FILE_BYTES: usize = 16 * 1024;

/// The camera view with its start and stop button and the last outcome.
#[component]
pub fn ScanPanel(workshop_id: WorkshopId) -> impl IntoView {
    let panel = Panel {
        app: use_app(),
        workshop_id: StoredValue::new(workshop_id),
        scan: RwSignal::new_local(Scan::default()),
        video: NodeRef::new(),
    };
    let scan = panel.scan;
    on_cleanup(move || {
        scan.try_update_untracked(Scan::stop);
    });
    let filming = move || scan.with(Scan::filming);
    view! {
        <div class="scan">
            <video node_ref=panel.video class="scan-view" hidden=move || !filming() muted=true playsinline=true></video>
            <Show when=filming
                fallback=move || view! { <button type="button" class="primary" on:click=move |_| panel.start()>{tr(Key::AskScan)}</button> }>
                <p class="meta">{tr(Key::AskScanning)}</p>
                <button type="button" on:click=move |_| panel.stop()>{tr(Key::AskStopScan)}</button>
            </Show>
            <label for="answer-photo">{tr(Key::AskFromPhoto)}</label>
            <input id="answer-photo" type="file" accept="image/*" capture="environment" on:change=move |ev| panel.photographed(&ev) />
            <label for="answer-file">{tr(Key::AskFromFile)}</label>
            <input id="answer-file" type="file" accept=".txt,text/plain" on:change=move |ev| panel.picked(&ev) />
            <p role="status" class=move || scan.with(|s| Outcome::class(s.outcome()))>
                {move || scan.with(|s| s.outcome().map(|o| o.text().to_string()))}
            </p>
        </div>
    }
}

/// The scan panel's state and what it acts with.
#[derive(Clone, Copy)]
struct Panel {
    app: AppState,
    workshop_id: StoredValue<WorkshopId>,
    scan: RwSignal<Scan, LocalStorage>,
    video: NodeRef<leptos::html::Video>,
}

impl Panel {
    /// "Scannen": the camera starts in the video, and reads every code it sees.
    fn start(self) {
        sound::prepare();
        let Some(element) = self.video.get_untracked() else {
            return;
        };
        let Some(number) = self.scan.try_update(Scan::start) else {
            return;
        };
        spawn_local(async move {
            match camera::start(&element, move |text| self.read(text)).await {
                // A panel gone meanwhile drops the scanner: the camera goes off.
                Ok(scanner) => self.scan.update(|s| s.started(number, scanner)),
                Err(error) => {
                    let why = Outcome::camera(error, self.app.language());
                    self.scan.update(|s| s.failed(number, why));
                }
            }
        });
    }

    /// "Stoppen": the camera goes off.
    fn stop(self) {
        self.scan.update(Scan::stop);
    }

    /// A code's text, from the camera, a file or a photo: a whole answer is
    /// placed, and the line says what the code did. What was read is not on
    /// show, so reading it changes nothing on the page by itself.
    fn read(self, text: String) {
        let Some(Some(scanned)) = self.scan.try_update_untracked(|s| s.read(&text)) else {
            return;
        };
        let language = self.app.language();
        let outcome = match scanned {
            Err(error) => Outcome::payload(error, language),
            Ok(Scanned::Part { have, of }) => Outcome::part(have, of, language),
            Ok(Scanned::Complete(answer)) => self.place(&answer),
        };
        if matches!(outcome, Outcome::Added(_)) {
            sound::play_end_signal();
        }
        self.tell(outcome);
    }

    /// Places a whole answer in this page's workshop; what that did is named
    /// by the answer's own question: it may be another than this page's.
    fn place(self, answer: &AnswerCard) -> Outcome {
        let language = self.app.language();
        // A card's ids were checked as it was read: these always read.
        let (Ok(prompt_id), Ok(answer_id)) = (answer.prompt.parse(), answer.id.parse()) else {
            return Outcome::received(Err(AnswerRefusal::UnknownQuestion), None, language);
        };
        let incoming = IncomingAnswer {
            prompt_id,
            answer_id,
            name: &answer.name,
            place: usize::from(answer.place),
            person: usize::from(answer.person),
            score: answer.score,
            texts: &answer.texts,
        };
        let workshop_id = self.workshop_id.get_value();
        let received = self.app.receive_answer(workshop_id, incoming);
        let card = untrack(|| card_in(self.app, workshop_id, prompt_id));
        let card = card.map(|(card, _)| card);
        Outcome::received(received, card.as_ref(), language)
    }

    /// A tablet without a camera reads the file a phone shared: a code's text
    /// a line.
    fn picked(self, ev: &Event) {
        let Some(file) = picked_file(ev) else {
            return;
        };
        spawn_local(async move {
            match read_bytes(&file, MAX_ANSWER_FILE_BYTES).await {
                Ok(bytes) => self.read_all(
                    String::from_utf8_lossy(&bytes)
                        .lines()
                        .map(str::trim)
                        .filter(|line| !line.is_empty())
                        .map(str::to_string),
                ),
                Err(_) => self.tell(Outcome::plain(Key::AskNotOurs, self.app.language())),
            }
        });
    }

    /// A photo of the phone's code, where the camera cannot film (or is
    /// refused).
    fn photographed(self, ev: &Event) {
        let Some(file) = picked_file(ev) else {
            return;
        };
        spawn_local(async move {
            let texts = match picture_luma(&file, MAX_PHOTO_SIDE).await {
                Ok((width, height, luma)) => read_qr_codes(width, height, &luma),
                Err(_) => Vec::new(),
            };
            if texts.is_empty() {
                self.tell(Outcome::plain(Key::AskNoCodeInPhoto, self.app.language()));
            }
            self.read_all(texts);
        });
    }

    /// The codes of one file or photo, each counted even if seen before.
    fn read_all(self, texts: impl IntoIterator<Item = String>) {
        self.scan.try_update_untracked(Scan::forget_seen);
        texts.into_iter().for_each(|text| self.read(text));
    }

    /// The line now says `outcome`.
    fn tell(self, outcome: Outcome) {
        self.scan.update(|s| s.tell(outcome));
    }
}
