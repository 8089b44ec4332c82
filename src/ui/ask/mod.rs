//! Putting a work form's question out to participants' phones: a large QR
//! code of the app's address with the question in its fragment, the answers
//! scanned back with the tablet's camera, the answers that came in, and
//! closing the question.

mod scan;

use super::form_at::FormAt;
use super::i18n::{tr, use_app, validation_message, Msg};
use super::qr_code::QrCode;
use crate::i18n::Key;
use crate::model::{Cafe, Placemat, Prompt, PromptTarget, ValidationError, Workshop};
use crate::platform::page;
use crate::transfer::{question_payload, PlaceKind, QuestionCard, CARD_VERSION};
use leptos::prelude::*;
use leptos_router::components::A;
use scan::ScanPanel;

/// The question card the phones receive for a prompt: its text and the
/// places to pick from by their names now.
fn question_card(workshop: &Workshop, prompt: &Prompt) -> QuestionCard {
    let activity = workshop.activity(&prompt.activity_id);
    let (kind, places, persons) = match &prompt.target {
        PromptTarget::PlacematFields { groups } => {
            let placemat = activity.and_then(|a| a.form::<Placemat>());
            let name = |id: &str| {
                placemat
                    .and_then(|p| p.group(id))
                    .map(|g| g.name.clone())
                    .unwrap_or_default()
            };
            let persons = groups.first().map_or(0, |g| g.seats.len());
            let places = groups.iter().map(|g| name(&g.id)).collect();
            (PlaceKind::Field, places, persons as u8)
        }
        PromptTarget::CafeRound { tables, .. } => {
            let cafe = activity.and_then(|a| a.form::<Cafe>());
            let name = |id: &str| {
                cafe.and_then(|c| c.table(id))
                    .map(|t| t.name.clone())
                    .unwrap_or_default()
            };
            (
                PlaceKind::Table,
                tables.iter().map(|t| name(t)).collect(),
                0,
            )
        }
    };
    QuestionCard {
        version: CARD_VERSION,
        prompt: prompt.id.clone(),
        text: prompt.question.clone(),
        kind,
        places,
        persons,
    }
}

/// The address a phone opens for a question.
fn question_address(state: super::state::AppState, card: &QuestionCard) -> String {
    let base = state
        .settings
        .with_untracked(|s| s.invite_address.clone())
        .unwrap_or_else(page::app_address);
    let base = base.split('#').next().unwrap_or_default().to_string();
    format!("{base}#/meedoen/{}", question_payload(card))
}

/// The placemat's page for asking phones: its central question, answered in
/// a person's field.
#[component]
pub fn PlacematAskPage() -> impl IntoView {
    let state = use_app();
    let at = FormAt::<Placemat>::from_address().get_untracked();
    let asked = state.ask_placemat(&at.workshop_id, &at.activity_id);
    view! { <AskPage back=at.path("") back_label=Key::PmBackToPlacemat workshop_id=at.workshop_id asked /> }
}

/// The café's page for asking phones: the question of the round on the
/// floor, answered at a table.
#[component]
pub fn CafeAskPage() -> impl IntoView {
    let state = use_app();
    let at = FormAt::<Cafe>::from_address().get_untracked();
    let asked = state.ask_cafe_round(&at.workshop_id, &at.activity_id);
    view! { <AskPage back=at.path("") back_label=Key::CafeBackToCafe workshop_id=at.workshop_id asked /> }
}

/// The page around a question put out (asking is done once when the page
/// opens: the open question comes back unless the question or the places
/// changed since), or why it could not be put out.
#[component]
fn AskPage(
    back: String,
    back_label: Key,
    workshop_id: String,
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
fn AskPanel(workshop_id: String, prompt_id: String) -> impl IntoView {
    let state = use_app();
    let ids = StoredValue::new((workshop_id, prompt_id));
    let prompt = Memo::new(move |_| {
        let (workshop_id, prompt_id) = ids.get_value();
        state.workshops.with(|w| {
            let workshop = w.get(&workshop_id)?;
            let prompt = workshop.prompts.iter().find(|p| p.id == prompt_id)?;
            Some((question_card(workshop, prompt), prompt.clone()))
        })
    });
    let address = Signal::derive(move || {
        prompt
            .with(|p| p.as_ref().map(|(card, _)| question_address(state, card)))
            .unwrap_or_default()
    });
    let closed = move || prompt.with(|p| p.as_ref().is_some_and(|(_, p)| p.closed));
    let close = move |_| {
        let (workshop_id, prompt_id) = ids.get_value();
        let _ = state.close_prompt(&workshop_id, &prompt_id);
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
                <QrCode text=address label=Key::AskCodeLabel />
                <ScanPanel workshop_id=ids.get_value().0 card=Signal::derive(move || prompt.with(|p| p.as_ref().map(|(card, _)| card.clone()))) />
                <button type="button" class="danger" on:click=close>{tr(Key::AskClose)}</button>
            </Show>
        </section>
        <section class="card" aria-labelledby="answers-in">
            <h2 id="answers-in">{move || Msg::with(Key::AskReceived, vec![("n", received().len().to_string())]).text(state.language())}</h2>
            <ul class="answers-in">
                {move || received().into_iter().map(|line| view! { <li>{line}</li> }).collect_view()}
            </ul>
        </section>
    }
}

/// A line per answer that came in: where it went, who (if named), how many notes.
fn answer_lines(
    card: &QuestionCard,
    prompt: &Prompt,
    language: crate::i18n::Language,
) -> Vec<String> {
    prompt
        .answers
        .iter()
        .map(|answer| {
            let place = card.places.get(answer.place).cloned().unwrap_or_default();
            let place = scan::place_label(card.kind, &place, answer.person, language);
            let name = if answer.name.is_empty() {
                String::new()
            } else {
                format!(" — {}", answer.name)
            };
            Msg::with(
                Key::AskAnswerLine,
                vec![
                    ("place", place),
                    ("name", name),
                    ("notes", answer.notes.to_string()),
                ],
            )
            .text(language)
        })
        .collect()
}
