//! Running the café on the tablet: choose a round, its question in view, the
//! timer with its buttons, and the tablecloth of one table at a time (one tap
//! to switch tables).

use super::cloth::ClothPanel;
use super::timer::{round_length, round_state, watch_round_end};
use super::CafeAt;
use crate::forms::cafe::{CafeKey, CafeMsg};
use crate::model::{TableId, TimerState, ValidationError};
use crate::platform::clock::now;
use crate::platform::sound;
use crate::transfer::Handover;
use crate::ui::drafts::NoteDrafts;
use crate::ui::form_error::FormError;
use crate::ui::handover_button::HandoverButton;
use crate::ui::i18n::{tr, use_app};
use crate::ui::table_mode::TableModeButton;
use crate::ui::timer::{ticking_now, SoundSwitch, TimerChange, TimerControls, TimerFace};
use leptos::prelude::*;

/// The rounds part of the café page.
#[component]
pub fn Rounds(at: CafeAt) -> impl IntoView {
    let state = use_app();
    let at = Memo::new(move |_| at.clone());
    let time = ticking_now();
    let flash = watch_round_end(at, time);
    let first_round = at
        .get_untracked()
        .value(state, |c| c.current_round.unwrap_or(0));
    let viewing = RwSignal::new(first_round);
    let round_count = Memo::new(move |_| at.get().value(state, |c| c.rounds.len()));
    let first_table = at
        .get_untracked()
        .read(state, |c| c.tables.first().map(|t| t.id))
        .flatten();
    let table = RwSignal::new(first_table);
    let drafts = NoteDrafts::new();
    let round_button = move |index: usize| {
        let label = move || {
            CafeMsg::RoundN {
                n: (index + 1).to_string(),
            }
            .text(state.language())
        };
        view! {
            <button type="button" aria-pressed=move || (viewing.get() == index).to_string()
                on:click=move |_| viewing.set(index)>{label}</button>
        }
    };
    let question = move || {
        at.get()
            .value(state, |c| {
                c.rounds.get(viewing.get()).map(|r| r.question.clone())
            })
            .filter(|q| !q.is_empty())
    };
    // A table that was taken off in the preparation falls back to the first one.
    // A memo: the tablecloth below is drawn again only when another table is
    // shown, never on a saved note (that would take the focus from a field).
    let shown_table = Memo::new(move |_| {
        let chosen = table.get();
        at.get()
            .read(state, |c| {
                chosen
                    .filter(|&id| c.table(id).is_some())
                    .or_else(|| c.tables.first().map(|t| t.id))
            })
            .flatten()
    });
    view! {
        <div class="cafe-run">
            <section class="card round-panel" class:flash=move || flash.get()>
                <div class="steps" role="group" aria-label=tr(CafeKey::RoundPicker)>
                    {move || (0..round_count.get()).map(round_button).collect_view()}
                </div>
                <h2>{move || CafeMsg::RoundOfTotal { n: (viewing.get() + 1).to_string(), total: round_count.get().to_string() }.text(state.language())}</h2>
                <p class="round-question">{move || question().unwrap_or_else(|| tr(CafeKey::NoQuestion)().to_string())}</p>
                <TimerFace timer=round_state(at, Signal::from(viewing), time) full_ms=round_length(at) />
                <TimerButtons at index=viewing time />
            </section>
            <div>
                <div class="actions">
                    <TableModeButton target=".cloth" />
                </div>
                <TablePicker at table />
                {move || {
                    let round = viewing.get();
                    shown_table.get().map(|table_id| view! { <ClothPanel at table_id round drafts /> })
                }}
                <HandoverButton workshop_id=at.get_untracked().workshop_id activity_id=at.get_untracked().activity_id
                    part_id=shown_table make=Handover::cafe_table label=CafeKey::HandOverTable />
            </div>
        </div>
    }
}

/// The buttons under the timer, as the round's state allows.
#[component]
fn TimerButtons(at: Memo<CafeAt>, index: RwSignal<usize>, time: ReadSignal<i64>) -> impl IntoView {
    let state = use_app();
    let timer = round_state(at, Signal::from(index), time);
    let error = RwSignal::new(None::<ValidationError>);
    let change = Callback::new(move |timer_change: TimerChange| {
        let index = index.get_untracked();
        let at_now = now();
        at.get_untracked().change(state, |c| {
            c.change_timer(index, |t| timer_change(t, at_now))
        })
    });
    // Starts round `offset` after the one in view, and shows it.
    let start = move |offset: usize| {
        move |_| {
            sound::prepare();
            let round = index.get_untracked() + offset;
            let started_at = now();
            let result = at
                .get_untracked()
                .change(state, |c| c.start_round(round, started_at));
            if result.is_ok() {
                index.set(round);
            }
            error.set(result.err());
        }
    };
    let start_label = move |offset: usize| {
        move || {
            let restart = offset == 0 && matches!(timer.get(), TimerState::Closed);
            let n = (index.get() + offset + 1).to_string();
            let label = if restart {
                CafeMsg::RestartRound { n }
            } else {
                CafeMsg::StartRound { n }
            };
            label.text(state.language())
        }
    };
    let round_count = move || at.get().value(state, |c| c.rounds.len());
    let next_ready =
        move || matches!(timer.get(), TimerState::Closed) && index.get() + 1 < round_count();
    let sound_on = Signal::derive(move || at.get().value(state, |c| c.sound));
    let set_sound = Callback::new(move |on: bool| {
        let _ = at.get_untracked().change(state, |c| {
            c.sound = on;
            Ok(())
        });
    });
    let under_way = move || timer.get().is_under_way();
    view! {
        <div class="actions timer-buttons" role="group" aria-label=tr(CafeKey::TimerControls)>
            <Show when=next_ready>
                <button type="button" class="primary" on:click=start(1)>{start_label(1)}</button>
            </Show>
            <Show when=move || !under_way()>
                <button type="button" class:primary=move || !next_ready() on:click=start(0)>{start_label(0)}</button>
            </Show>
            <TimerControls timer change error close_label=CafeKey::CloseRound />
        </div>
        <FormError error />
        <SoundSwitch on=sound_on set=set_sound label=CafeKey::Sound timer />
    }
}

/// One button per table; the chosen one's tablecloth is shown below.
#[component]
fn TablePicker(at: Memo<CafeAt>, table: RwSignal<Option<TableId>>) -> impl IntoView {
    let state = use_app();
    let tables = Memo::new(move |_| {
        at.get().value(state, |c| {
            c.tables
                .iter()
                .map(|t| (t.id, t.name.clone()))
                .collect::<Vec<_>>()
        })
    });
    view! {
        <nav class="table-picker" aria-label=tr(CafeKey::Tables)>
            <For each=move || tables.get() key=|t| t.clone()
                children=move |(id, name)| {
                    view! {
                        <button type="button" aria-pressed=move || (table.get() == Some(id)).to_string()
                            on:click=move |_| table.set(Some(id))>{name}</button>
                    }
                } />
        </nav>
    }
}
