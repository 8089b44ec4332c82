//! The projector view: one thing at a time in very large type for the room —
//! the round with its question and the time left, the café rules, or the harvest.
//! It reads the stored café like any other view, so it shows the right time in a
//! second window too.

use super::timer::{round_length, round_state, watch_round_end};
use super::CafeAt;
use crate::forms::cafe::{CafeKey, CafeMsg};
use crate::i18n::Key;
use crate::model::NoteBoard;
use crate::ui::i18n::{tr, use_app};
use crate::ui::steps::projector_page;
use crate::ui::timer::{ticking_now, TimerFace};
use leptos::prelude::*;

/// What the projector shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Shows {
    Round,
    Rules,
    Harvest,
}

/// The café's projector page.
#[component]
pub fn CafeProjectorPage() -> impl IntoView {
    let at = CafeAt::from_address();
    let steps = vec![
        (Shows::Round, CafeKey::ProjectorRound.into()),
        (Shows::Rules, CafeKey::Rules.into()),
        (Shows::Harvest, Key::HarvestTitle.into()),
    ];
    projector_page(at, RwSignal::new(Shows::Round), steps, move |shows| match shows {
        Shows::Round => view! { <RoundScreen at /> }.into_any(),
        Shows::Rules => view! { <RulesScreen at /> }.into_any(),
        Shows::Harvest => view! { <HarvestScreen at /> }.into_any(),
    })
}

/// The round on the floor, its question and the time left.
#[component]
fn RoundScreen(at: Memo<CafeAt>) -> impl IntoView {
    let state = use_app();
    let time = ticking_now();
    let flash = watch_round_end(at, time);
    let current = Memo::new(move |_| at.get().value(state, |c| c.current_round));
    let index = Signal::derive(move || current.get().unwrap_or(0));
    let heading = move || {
        let total = at.get().value(state, |c| c.rounds.len());
        CafeMsg::RoundOfTotal {
            n: (index.get() + 1).to_string(),
            total: total.to_string(),
        }
        .text(state.language())
    };
    let question = move || {
        at.get().value(state, |c| {
            c.rounds.get(index.get()).map(|r| r.question.clone())
        })
    };
    view! {
        <section class="cafe-screen" class:flash=move || flash.get()>
            <Show when=move || current.get().is_some()
                fallback=|| view! { <p class="screen-question">{tr(CafeKey::ProjectorNoRound)}</p> }>
                <h2 class="screen-round">{heading}</h2>
                <p class="screen-question">{question}</p>
                <TimerFace timer=round_state(at, index, time) full_ms=round_length(at) />
            </Show>
        </section>
    }
}

/// The café rules.
#[component]
fn RulesScreen(at: Memo<CafeAt>) -> impl IntoView {
    let state = use_app();
    view! {
        <section class="cafe-screen">
            <h2 class="screen-round">{tr(CafeKey::Rules)}</h2>
            <ol class="screen-rules">
                {move || at.get().value(state, |c| c.rules.clone()).into_iter()
                    .map(|rule| view! { <li>{rule}</li> }).collect_view()}
            </ol>
        </section>
    }
}

/// The harvest for the room: themes with their key insights, and the actions.
#[component]
fn HarvestScreen(at: Memo<CafeAt>) -> impl IntoView {
    let state = use_app();
    let themes = move || {
        at.get().value(state, |c| {
            c.harvest()
                .themes
                .iter()
                .map(|theme| {
                    let notes = c
                        .notes()
                        .filter(|p| p.note.theme == Some(theme.id))
                        .map(|p| (p.note.text.clone(), p.note.key))
                        .collect::<Vec<_>>();
                    (theme.name.clone(), notes)
                })
                .collect::<Vec<_>>()
        })
    };
    let actions = move || at.get().value(state, |c| c.harvest.actions.clone());
    view! {
        <section class="cafe-screen screen-harvest">
            <h2 class="screen-round">{tr(Key::HarvestTitle)}</h2>
            <div class="findings-grid">
                {move || themes().into_iter().map(|(name, notes)| view! {
                    <article class="finding">
                        <h3>{name}</h3>
                        <ul>{notes.into_iter().map(|(text, key)| view! {
                            <li class:key-insight=key>{key.then(|| format!("{} ", tr(Key::HarvestKeyMark)()))}{text}</li>
                        }).collect_view()}</ul>
                    </article>
                }).collect_view()}
            </div>
            <h3>{tr(Key::HarvestActions)}</h3>
            <ul class="screen-actions">
                {move || actions().into_iter().map(|a| view! {
                    <li>{a.text}{(!a.owner.is_empty()).then(|| format!(" — {}", a.owner))}</li>
                }).collect_view()}
            </ul>
        </section>
    }
}
