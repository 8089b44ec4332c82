//! Preparing a placemat session: the central question (or one of the examples),
//! the number of groups and persons per group, the phase lengths, and names or
//! pseudonyms for the groups and the persons. Every field saves while typing;
//! a refused value shows why next to it and changes nothing.

use super::mat::MAT;
use super::{Part, PlacematAt};
use crate::forms::placemat::{
    Phase, PlacematKey, PlacematMsg, MAX_GROUPS, MAX_PERSONS, MIN_PERSONS, PHASE_MINUTES,
};
use crate::model::{SeatId, ValidationError};
use crate::platform::clock::{new_id_text, now};
use crate::platform::page;
use crate::ui::form_error::FormError;
use crate::ui::form_fields::{number_field, text_field};
use crate::ui::i18n::{tr, use_app};
use leptos::prelude::*;

/// Example questions a facilitator can start from.
const EXAMPLE_QUESTIONS: [PlacematKey; 4] = [
    PlacematKey::Example1,
    PlacematKey::Example2,
    PlacematKey::Example3,
    PlacematKey::Example4,
];

/// The preparation part of the placemat page; "Start" goes to phase 1.
#[component]
pub fn Prepare(at: PlacematAt, part: RwSignal<Part>) -> impl IntoView {
    let state = use_app();
    let at = Memo::new(move |_| at.clone());
    let error = RwSignal::new(None::<ValidationError>);
    let start = move |_| {
        let at_now = now();
        let result = at
            .get_untracked()
            .change(state, |p| p.start_phase(Phase::Individual, at_now));
        if result.is_ok() {
            part.set(Part::Mats);
            // The placemat in view from its upper field down, not where the
            // start button was on the longer preparation.
            page::scroll_to_top_of(MAT);
        }
        error.set(result.err());
    };
    let started = move || at.get().value(state, |p| p.phase.is_some());
    view! {
        <QuestionSetup at />
        <SizeSetup at />
        <NamesSetup at />
        <section class="card form">
            <Show when=move || !started() fallback=|| view! { <p class="meta">{tr(PlacematKey::StartedAlready)}</p> }>
                <p class="meta">{tr(PlacematKey::StartHint)}</p>
                <button type="button" class="primary" on:click=start>{tr(PlacematKey::Start)}</button>
                <FormError error />
            </Show>
        </section>
    }
}

/// The central question, with examples to pick from.
#[component]
fn QuestionSetup(at: Memo<PlacematAt>) -> impl IntoView {
    let state = use_app();
    // Drawn again after an example is picked, so the field shows it.
    let version = RwSignal::new(0_u32);
    let pick = move |key: PlacematKey| {
        let question = state.text_now(key).to_string();
        if at
            .get_untracked()
            .change(state, |p| p.set_question(&question))
            .is_ok()
        {
            version.update(|v| *v += 1);
        }
    };
    view! {
        <section class="card form">
            <h2>{tr(PlacematKey::QuestionTitle)}</h2>
            {move || {
                version.get();
                let initial = untrack(|| at.get().value(state, |p| p.question.clone()));
                text_field(at, "pm-question".into(), move || tr(PlacematKey::QuestionField)().to_string(), initial, Some(3),
                    |p, t| p.set_question(t))
            }}
            <h3>{tr(PlacematKey::Examples)}</h3>
            <ul class="examples">
                {EXAMPLE_QUESTIONS.into_iter().map(|key| view! {
                    <li>
                        <span>{tr(key)}</span>
                        <button type="button" aria-label=move || PlacematMsg::UseExampleNamed { question: tr(key)().to_string() }.text(state.language())
                            on:click=move |_| pick(key)>{tr(PlacematKey::UseExample)}</button>
                    </li>
                }).collect_view()}
            </ul>
        </section>
    }
}

/// Groups, persons per group and the phase lengths.
#[component]
fn SizeSetup(at: Memo<PlacematAt>) -> impl IntoView {
    let state = use_app();
    let initial =
        move |read: fn(&crate::forms::Placemat) -> usize| at.get_untracked().value(state, read);
    let minutes = |phase: Phase, id: &'static str, label: PlacematKey| {
        let value = at
            .get_untracked()
            .value(state, |p| p.minutes.of(phase).unwrap_or(0) as usize);
        view! {
            <div>{number_field(at, id, label, (PHASE_MINUTES.0 as usize, PHASE_MINUTES.1 as usize), value,
                move |p, n| p.set_minutes(phase, u32::try_from(n).unwrap_or(u32::MAX)),
                ValidationError::PhaseLengthOutOfRange)}</div>
        }
    };
    view! {
        <section class="card form">
            <h2>{tr(PlacematKey::SizeTitle)}</h2>
            <div class="field-pair">
                <div>{number_field(at, "pm-groups", PlacematKey::GroupCountField, (1, MAX_GROUPS), initial(|p| p.groups.len()),
                    move |p, n| p.set_group_count(n, new_id_text, |i| super::group_name(state, i)), ValidationError::GroupCountOutOfRange)}</div>
                <div>{number_field(at, "pm-persons", PlacematKey::PersonCountField, (MIN_PERSONS, MAX_PERSONS), initial(|p| p.persons()),
                    |p, n| p.set_person_count(n, new_id_text), ValidationError::PersonCountOutOfRange)}</div>
            </div>
            <h3>{tr(PlacematKey::MinutesTitle)}</h3>
            <div class="field-pair">
                {minutes(Phase::Individual, "pm-minutes-1", PlacematKey::MinutesIndividual)}
                {minutes(Phase::Sharing, "pm-minutes-2", PlacematKey::MinutesSharing)}
                {minutes(Phase::Consensus, "pm-minutes-3", PlacematKey::MinutesConsensus)}
            </div>
        </section>
    }
}

/// A name per group and an optional name or pseudonym per person.
#[component]
fn NamesSetup(at: Memo<PlacematAt>) -> impl IntoView {
    let state = use_app();
    let groups = Memo::new(move |_| {
        at.get().value(state, |p| {
            p.groups
                .iter()
                .enumerate()
                .map(|(index, g)| {
                    let seats: Vec<SeatId> = g.seats.iter().map(|s| s.id).collect();
                    (index, g.id, seats)
                })
                .collect::<Vec<_>>()
        })
    });
    view! {
        <section class="card form">
            <h2>{tr(PlacematKey::NamesTitle)}</h2>
            <p class="meta">{tr(PlacematKey::NamesHint)}</p>
            <For each=move || groups.get() key=|g| g.clone()
                children=move |(index, group_id, seats)| {
                    let name = at.get_untracked().value(state, |p| p.group(group_id).map(|g| g.name.clone()).unwrap_or_default());
                    let n = (index + 1).to_string();
                    let label = move || PlacematMsg::GroupNameLabel { n: n.clone() }.text(state.language());
                    view! {
                        <fieldset class="group-names">
                            {text_field(at, format!("pm-group-{index}"), label, name, None,
                                move |p, t| p.set_group_name(group_id, t))}
                            <div class="seat-names">
                                {seats.into_iter().enumerate().map(|(seat_index, seat_id)| {
                                    let name = at.get_untracked().value(state, |p| {
                                        p.group(group_id).and_then(|g| g.seat(seat_id)).map(|s| s.name.clone()).unwrap_or_default()
                                    });
                                    let label = move || PlacematMsg::SeatNameLabel { n: (seat_index + 1).to_string(), group: (index + 1).to_string() }.text(state.language());
                                    view! {
                                        <div>{text_field(at, format!("pm-seat-{index}-{seat_index}"), label, name, None,
                                            move |p, t| p.set_seat_name(group_id, seat_id, t))}</div>
                                    }
                                }).collect_view()}
                            </div>
                        </fieldset>
                    }
                } />
        </section>
    }
}
