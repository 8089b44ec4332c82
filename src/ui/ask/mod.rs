//! Putting a work form's question out to participants' phones: a large QR
//! code of the app's address with the question in its fragment, the answers
//! scanned back with the tablet's camera, the answers that came in, and
//! closing the question.

mod scan;

use super::form_at::{FormAt, FormRoute};
use super::i18n::{tr, use_app, validation_message};
use super::qr_code::QrCode;
use super::state::AppState;
use crate::i18n::{CommonMsg, Key, Language, Text};
use crate::model::{PersonaId, PromptId, WorkshopId};
use crate::model::{Prompt, ValidationError, Workshop};
use crate::platform::page;
use crate::transfer::{
    phone_page_address, question_payload, PlaceKind, QuestionCard, CARD_VERSION,
};
use leptos::prelude::*;
use leptos_router::components::A;
use scan::ScanPanel;

/// The question card the phones receive for a prompt: its text and the
/// places to pick from by their names now (`persona_name` names a persona of
/// the library).
fn question_card(
    workshop: &Workshop,
    prompt: &Prompt,
    persona_name: impl Fn(PersonaId) -> String,
) -> QuestionCard {
    let activity = workshop.activity(prompt.activity_id);
    let places = prompt.target.card_places(activity, &persona_name);
    QuestionCard {
        version: CARD_VERSION,
        prompt: prompt.id.to_string(),
        text: prompt.question.clone(),
        kind: places.kind,
        places: places.places,
        persons: places.persons,
        columns: places.columns,
    }
}

/// The card of a question of a workshop (tracked).
fn card_in(
    state: AppState,
    workshop_id: WorkshopId,
    prompt_id: PromptId,
) -> Option<(QuestionCard, Prompt)> {
    let persona_name = |id: PersonaId| {
        state
            .personas()
            .with(|p| p.get(id).map(|p| p.fields.name.clone()))
            .unwrap_or_default()
    };
    state.workshops().with(|w| {
        let workshop = w.get(workshop_id)?;
        let prompt = workshop.prompts.iter().find(|p| p.id == prompt_id)?;
        Some((
            question_card(workshop, prompt, persona_name),
            prompt.clone(),
        ))
    })
}

/// Where an answer goes, in words: "Tafel 4", "Groep 2, persoon 3" or
/// "Ans in Utrecht".
pub fn place_label(card: &QuestionCard, place: usize, person: usize, language: Language) -> String {
    let name = |names: &[String], index: usize| names.get(index).cloned().unwrap_or_default();
    match card.kind {
        PlaceKind::Anyone => String::new(),
        PlaceKind::Table => name(&card.places, place),
        PlaceKind::Field => CommonMsg::AskFieldOf {
            group: name(&card.places, place),
            n: (person + 1).to_string(),
        }
        .text(language),
        PlaceKind::Cell => CommonMsg::AskCellOf {
            persona: name(&card.places, place),
            municipality: name(&card.columns, person),
        }
        .text(language),
    }
}

/// The links of a work form's page to its question for phones and, where
/// it has one, its projector screen.
pub fn form_links<T: FormRoute>(at: Memo<FormAt<T>>, projector: bool) -> impl IntoView {
    view! {
        <div class="actions">
            <A href=move || at.get().path("/vraag") attr:class="button">{tr(Key::AskLink)}</A>
            {projector.then(|| view! {
                <A href=move || at.get().path("/scherm") attr:class="button">{tr(Key::ProjectorLink)}</A>
            })}
        </div>
    }
}

/// The address a phone opens for a question.
fn question_address(state: AppState, card: &QuestionCard) -> String {
    let base = state
        .settings()
        .with_untracked(|s| s.invite_address.clone())
        .unwrap_or_else(page::app_address);
    phone_page_address(&base, &question_payload(card))
}

/// A work form's page for asking phones: `ask` puts its question out once,
/// as the page opens; `back_label` leads back to the form.
pub fn ask_page<T: FormRoute>(
    ask: fn(&FormAt<T>, AppState) -> Result<Prompt, ValidationError>,
    back_label: impl Into<Text>,
) -> AnyView {
    let state = use_app();
    let at = FormAt::<T>::from_address().get_untracked();
    let asked = ask(&at, state);
    let back_label = back_label.into();
    view! { <AskPage back=at.path("") back_label workshop_id=at.workshop_id asked /> }.into_any()
}

/// The page around a question put out (asking is done once when the page
/// opens: the open question comes back unless the question or the places
/// changed since), or why it could not be put out.
#[component]
fn AskPage(
    back: String,
    back_label: Text,
    workshop_id: WorkshopId,
    asked: Result<Prompt, ValidationError>,
) -> impl IntoView {
    let state = use_app();
    view! {
        <A href=back attr:class="back">{tr(back_label)}</A>
        <h1>{tr(Key::AskTitle)}</h1>
        {match asked {
            Ok(prompt) => view! { <AskPanel workshop_id prompt_id=prompt.id /> }.into_any(),
            Err(error) => view! {
                <p class="form-error" role="alert">{move || validation_message(&error, state.language())}</p>
            }.into_any(),
        }}
    }
}

/// The question's code, the scanner, the answers in, and closing.
#[component]
fn AskPanel(workshop_id: WorkshopId, prompt_id: PromptId) -> impl IntoView {
    let state = use_app();
    let ids = StoredValue::new((workshop_id, prompt_id));
    let prompt = Memo::new(move |_| {
        let (workshop_id, prompt_id) = ids.get_value();
        card_in(state, workshop_id, prompt_id)
    });
    let address = Signal::derive(move || {
        prompt
            .with(|p| p.as_ref().map(|(card, _)| question_address(state, card)))
            .unwrap_or_default()
    });
    let closed = move || prompt.with(|p| p.as_ref().is_some_and(|(_, p)| p.closed));
    let close = move |_| {
        let (workshop_id, prompt_id) = ids.get_value();
        let _ = state.close_prompt(workshop_id, prompt_id);
    };
    let received = move || {
        prompt.with(|p| {
            p.as_ref()
                .map(|(card, prompt)| answer_lines(card, prompt, state.language()))
                .unwrap_or_default()
        })
    };
    view! {
        <section class="card ask">
            <p class="ask-question">{move || prompt.with(|p| p.as_ref().map(|(card, _)| card.text.clone()))}</p>
            <Show when=move || !closed() fallback=|| view! { <p role="status">{tr(Key::AskClosed)}</p> }>
                <p>{tr(Key::AskIntro)}</p>
                <QrCode text=address label=Key::AskCodeLabel fit_screen=true />
                <ScanPanel workshop_id=ids.get_value().0 />
                <button type="button" class="danger" on:click=close>{tr(Key::AskClose)}</button>
            </Show>
        </section>
        <section class="card" aria-labelledby="answers-in">
            <h2 id="answers-in">{move || CommonMsg::AskReceived { n: received().len().to_string() }.text(state.language())}</h2>
            <ul class="answers-in">
                {move || received().into_iter().map(|line| view! { <li>{line}</li> }).collect_view()}
            </ul>
        </section>
    }
}

/// Where an answer landed: "Tafel 2 (2 notitie(s))", or for a persona test
/// "Klaas in Zeist".
pub fn landed(
    card: &QuestionCard,
    place: usize,
    person: usize,
    notes: usize,
    language: Language,
) -> String {
    let place = place_label(card, place, person, language);
    match card.kind {
        PlaceKind::Cell => place,
        PlaceKind::Anyone => CommonMsg::AskNotes {
            notes: notes.to_string(),
        }
        .text(language),
        PlaceKind::Table | PlaceKind::Field => CommonMsg::AskNotesAt {
            place,
            notes: notes.to_string(),
        }
        .text(language),
    }
}

/// A line per answer that came in: where it went, its score, who (if named).
fn answer_lines(card: &QuestionCard, prompt: &Prompt, language: Language) -> Vec<String> {
    prompt
        .answers
        .iter()
        .map(|answer| {
            let mut line = landed(card, answer.place, answer.person, answer.notes, language);
            if let Some(score) = answer.score {
                line.push_str(&format!(" · {score}/5"));
            }
            if !answer.name.is_empty() {
                line.push_str(&format!(" — {}", answer.name));
            }
            line
        })
        .collect()
}
