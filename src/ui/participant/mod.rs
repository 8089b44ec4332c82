//! The participant's page on their own phone, opened from the question's QR
//! code (`meedoen/#<payload>`): the question, a plain form, and the answer as
//! QR codes to show the facilitator. It is an entry of its own (the `meedoen`
//! binary and `meedoen.html`), so a phone loads none of the facilitator's app.
//! The draft stays on the phone until the participant wipes it.

mod draft;

use super::i18n::{use_language, UiLanguage};
use super::qr_code::qr_svg;
use super::timer::ticking_now;
use crate::forms::persona_test::{fill_question, SCORES};
use crate::i18n::{ParticipantKey, ParticipantMsg};
use crate::model::id::kind;
use crate::model::{Language, Settings};
use crate::platform::clock::short_id;
use crate::platform::page::set_document_language;
use crate::platform::{download, share};
use crate::store::{entity_key, stored_language, Entity, SETTINGS_ID};
use crate::transfer::{
    answer_parts, read_question, AnswerCard, Draft, PayloadError, PlaceKind, QrMatrix,
    QuestionCard, CARD_VERSION, MAX_ANSWERS, MAX_ANSWER_CHARS, MAX_NAME_CHARS,
};
use draft::Picked;
use gloo_storage::{LocalStorage, Storage};
use leptos::prelude::*;
use leptos::task::spawn_local;

/// How long each code of a longer answer stays on screen, in milliseconds.
const PART_MS: i64 = 2_000;
/// The kind of the answer file.
const TEXT: &str = "text/plain";

/// The phone's whole page: the question in the address's fragment, in the
/// language this device's Werktafel settings name (Dutch when it has none).
#[component]
pub fn PhonePage() -> impl IntoView {
    let language = device_language();
    set_document_language(language.code());
    provide_context(UiLanguage(Signal::stored(language)));
    let payload = web_sys::window()
        .and_then(|w| w.location().hash().ok())
        .unwrap_or_default();
    let payload = payload.strip_prefix('#').unwrap_or_default().to_string();
    view! { <ParticipantPage payload /> }
}

/// The language of this device's settings, if Werktafel ran here before. Only
/// read: the phone's page leaves the app's stored values as they are.
fn device_language() -> Language {
    let key = entity_key(Settings::KIND, SETTINGS_ID);
    LocalStorage::raw()
        .get_item(&key)
        .ok()
        .flatten()
        .and_then(|text| stored_language(&text))
        .unwrap_or_default()
}

/// The page for a question payload; a clear message if it cannot be read.
#[component]
fn ParticipantPage(payload: String) -> impl IntoView {
    let body = match read_question(&payload) {
        Ok(card) => view! { <Answering card /> }.into_any(),
        Err(error) => {
            let key = match error {
                PayloadError::Newer => ParticipantKey::NewerCode,
                _ => ParticipantKey::BadCode,
            };
            view! { <p class="form-error" role="alert">{say(key)}</p> }.into_any()
        }
    };
    view! {
        <main id="main" class="participant">
            <h1>{say(ParticipantKey::Title)}</h1>
            {body}
        </main>
    }
}

/// The question and either the form or the answer's codes.
#[component]
fn Answering(card: QuestionCard) -> impl IntoView {
    let draft = RwSignal::new(Draft::load(&card.prompt));
    let card = StoredValue::new(card);
    let wiped = RwSignal::new(false);
    Effect::new(move |_| {
        if !wiped.get() {
            draft.with(|d| d.save(&card.read_value().prompt));
        }
    });
    let wipe = move || {
        Draft::wipe(&card.read_value().prompt);
        wiped.set(true);
    };
    // Drawn again only when the answer is made or taken back, never on a
    // keystroke (that would take the focus from the field being typed in).
    let sent = Memo::new(move |_| draft.with(|d| d.sent.clone()));
    // A persona test's question names the persona and municipality picked.
    let question = move || {
        let card = card.read_value();
        let picked = |names: &[String], index: Option<u8>| {
            index
                .and_then(|i| names.get(usize::from(i)).cloned())
                .unwrap_or_else(|| "…".to_string())
        };
        match card.kind {
            PlaceKind::Cell => draft.with(|d| {
                fill_question(
                    &card.text,
                    &picked(&card.places, d.place),
                    &picked(&card.columns, d.person),
                )
            }),
            PlaceKind::Anyone | PlaceKind::Table | PlaceKind::Field => card.text.clone(),
        }
    };
    view! {
        <p class="participant-question">{question}</p>
        {move || {
            if wiped.get() {
                view! { <p role="status">{say(ParticipantKey::Wiped)}</p> }.into_any()
            } else if let Some(sent) = sent.get() {
                // The answer keeps its id: if its code was scanned already, the
                // tablet takes it once, not twice.
                let edit = move || draft.update(|d| {
                    d.editing = d.sent.take().map(|s| s.id);
                });
                view! { <AnswerCodes sent edit wipe /> }.into_any()
            } else {
                view! { <AnswerForm card=card.get_value() draft /> }.into_any()
            }
        }}
    }
}

/// A reactive text of the phone's own part of the catalogue: `{say(ParticipantKey::Done)}`.
/// (Not `tr`, which reaches every part: the phone's program would hold them all.)
fn say(key: ParticipantKey) -> impl Fn() -> &'static str + Copy + Send + Sync + 'static {
    let language = use_language();
    move || key.text(language.get())
}

/// Buttons to pick one of `count` options, labelled by `label`.
fn picker(
    legend: ParticipantKey,
    labels: Vec<String>,
    chosen: impl Fn() -> Option<u8> + Copy + Send + Sync + 'static,
    choose: impl Fn(u8) + Copy + Send + Sync + 'static,
) -> impl IntoView {
    view! {
        <fieldset class="participant-picker">
            <legend>{say(legend)}</legend>
            {labels.into_iter().enumerate().map(|(index, label)| {
                let index = index as u8;
                view! {
                    <button type="button" aria-pressed=move || (chosen() == Some(index)).to_string()
                        on:click=move |_| choose(index)>{label}</button>
                }
            }).collect_view()}
        </fieldset>
    }
}

/// A score picked again is taken back: a score is optional.
fn toggled(score: Option<u8>, picked: u8) -> Option<u8> {
    (score != Some(picked)).then_some(picked)
}

/// The form: where the participant sits, an optional name, the answers.
#[component]
fn AnswerForm(card: QuestionCard, draft: RwSignal<Draft>) -> impl IntoView {
    let language = use_language();
    let problem = RwSignal::new(None::<String>);
    let kind = card.kind;
    let (place_legend, second) = match kind {
        PlaceKind::Anyone => (None, None),
        PlaceKind::Table => (Some(ParticipantKey::PickTable), None),
        PlaceKind::Field => {
            let persons = (1..=card.persons)
                .map(|n| ParticipantMsg::PersonN { n: n.to_string() }.text(language.get()))
                .collect();
            (
                Some(ParticipantKey::PickGroup),
                Some((ParticipantKey::PickPerson, persons)),
            )
        }
        PlaceKind::Cell => (
            Some(ParticipantKey::PickPersona),
            Some((ParticipantKey::PickMunicipality, card.columns.clone())),
        ),
    };
    let scores: Vec<String> = SCORES.map(|s| s.to_string()).collect();
    let prompt = StoredValue::new(card.prompt.clone());
    // The answer fields are drawn again only when one is added.
    let fields = Memo::new(move |_| draft.with(|d| d.texts.len().max(1)));
    let editing = move || draft.with(|d| d.editing.is_some());
    let done = move |_| {
        let language = language.get();
        let checked = draft.with_untracked(|d| d.answer(kind));
        match checked {
            Err(message) => problem.set(Some(message.text(language))),
            Ok(Picked {
                place,
                person,
                score,
                texts,
            }) => {
                problem.set(None);
                let id = draft
                    .with_untracked(|d| d.editing.clone())
                    .unwrap_or_else(|| short_id::<kind::Answer>().to_string());
                let sent = AnswerCard {
                    version: CARD_VERSION,
                    prompt: prompt.get_value(),
                    id,
                    name: draft.with_untracked(|d| d.name.trim().to_string()),
                    place,
                    person,
                    score,
                    texts,
                };
                draft.update(|d| d.sent = Some(sent));
            }
        }
    };
    let answer_field = move |index: usize| {
        let label = move || {
            ParticipantMsg::AnswerN {
                n: (index + 1).to_string(),
            }
            .text(language.get())
        };
        let id = format!("answer-{index}");
        view! {
            <label for=id.clone()>{label}</label>
            <textarea id=id rows="3" maxlength=MAX_ANSWER_CHARS
                prop:value=move || draft.with(|d| d.texts.get(index).cloned().unwrap_or_default())
                on:input=move |ev| {
                    let text = event_target_value(&ev);
                    draft.update(|d| d.set_text(index, text));
                }></textarea>
        }
    };
    view! {
        <form class="card form participant-form" on:submit=|ev| ev.prevent_default() novalidate>
            {place_legend.map(|legend| picker(legend, card.places.clone(), move || draft.with(|d| d.place), move |i| draft.update(|d| d.place = Some(i))))}
            {second.map(|(legend, names)| picker(legend, names, move || draft.with(|d| d.person), move |i| draft.update(|d| d.person = Some(i))))}
            {(kind == PlaceKind::Cell).then(|| view! {
                {picker(ParticipantKey::PickScore, scores, move || draft.with(|d| d.score.map(|s| s - 1)), move |i| draft.update(|d| d.score = toggled(d.score, i + 1)))}
                <p class="meta">{say(ParticipantKey::ScoreHint)}</p>
            })}
            <label for="participant-name">{say(ParticipantKey::Name)}</label>
            <input id="participant-name" type="text" autocomplete="nickname" maxlength=MAX_NAME_CHARS
                prop:value=move || draft.with(|d| d.name.clone())
                on:input=move |ev| { let name = event_target_value(&ev); draft.update(|d| d.name = name); } />
            {move || (0..fields.get()).map(answer_field).collect_view()}
            <Show when=move || draft.with(|d| d.texts.len() < MAX_ANSWERS)>
                <button type="button" on:click=move |_| draft.update(Draft::add_answer)>{say(ParticipantKey::MoreAnswer)}</button>
            </Show>
            <Show when=editing>
                <p class="meta">{say(ParticipantKey::EditingNote)}</p>
            </Show>
            <p class="form-error" role="alert">{move || problem.get()}</p>
            <button type="button" class="primary" on:click=done>{say(ParticipantKey::Done)}</button>
            <p class="meta">{say(ParticipantKey::KeptHere)}</p>
        </form>
    }
}

/// The answer as QR codes (one after the other when there are several), and
/// the ways on: change the answer, or wipe it from the phone.
#[component]
fn AnswerCodes(
    sent: AnswerCard,
    edit: impl Fn() + Copy + Send + Sync + 'static,
    wipe: impl Fn() + Copy + Send + Sync + 'static,
) -> impl IntoView {
    let language = use_language();
    let parts = StoredValue::new(answer_parts(&sent));
    // For a tablet without a camera: the codes' texts as a file, a line each.
    let file_name = format!("antwoord-{}.txt", sent.id);
    let share_file = move |_| {
        let text = parts.with_value(|p| p.join("\n"));
        let name = file_name.clone();
        spawn_local(async move {
            if !(share::can_share_file(TEXT) && share::share_text_file(&name, TEXT, &text).await) {
                download::download_text(&name, TEXT, &text);
            }
        });
    };
    let count = parts.with_value(Vec::len);
    let time = ticking_now();
    let shown = Memo::new(move |_| (time.get() / PART_MS) as usize % count);
    let text = Signal::derive(move || parts.with_value(|p| p[shown.get()].clone()));
    let label = Signal::derive(move || ParticipantKey::CodeLabel.text(language.get()).to_string());
    let which = move || {
        ParticipantMsg::CodeOf {
            i: (shown.get() + 1).to_string(),
            n: count.to_string(),
        }
        .text(language.get())
    };
    view! {
        <section class="card participant-codes">
            <p>{say(ParticipantKey::ShowCode)}</p>
            {move || QrMatrix::encode(&text.get()).ok().map(|matrix| qr_svg(&matrix, label))}
            <Show when=move || { count > 1 }>
                <p class="meta">{which}</p>
            </Show>
            <div class="actions">
                <button type="button" on:click=share_file>{say(ParticipantKey::ShareFile)}</button>
                <button type="button" on:click=move |_| edit()>{say(ParticipantKey::Edit)}</button>
                <button type="button" class="danger" on:click=move |_| wipe()>{say(ParticipantKey::Wipe)}</button>
            </div>
        </section>
    }
}
