//! Running the programme live (*Draaiboek draaien*): the block on now in
//! large type with its own timer (kept as moments, so it is right after a
//! reload), the block after it, how far ahead or behind the plan the meeting
//! is, and buttons to move on or back. A block that is a work form opens that
//! form in one tap.

use super::{change_programme, programme_of};
use crate::i18n::{Key, ProgrammeKey, ProgrammeMsg};
use crate::model::programme::{BlockKind, LiveStatus, Programme};
use crate::model::{ActivityId, TimerState, Timestamp, ValidationError, WorkshopId};
use crate::platform::clock::{local_time, now, today_at};
use crate::ui::form_error::FormError;
use crate::ui::form_pages::listed;
use crate::ui::i18n::{tr, use_app};
use crate::ui::links::app_path;
use crate::ui::record_page::record_by_address;
use crate::ui::state::AppState;
use crate::ui::table_mode::TableModeButton;
use crate::ui::timer::{ticking_now, watch_time_up, TimerChange, TimerControls, TimerFace};
use leptos::prelude::*;
use leptos_router::components::A;

/// How far from now a start time may lie to anchor the plan: a run started
/// the evening before counts from the moment it starts instead.
const ANCHOR_WINDOW_MS: i64 = 2 * 60 * 60 * 1000;

/// The live page of the workshop in the address.
#[component]
pub fn LivePage() -> impl IntoView {
    let state = use_app();
    record_by_address(state.workshops().into(), Key::WorkshopNotFound, |id| {
        view! { <LiveRunOf id /> }.into_any()
    })
}

/// When the plan's first block was meant to begin: today at the start time
/// if that is near, otherwise now.
fn planned_start(programme: &Programme, now: Timestamp) -> Timestamp {
    programme
        .start
        .map(|start| today_at(start.minutes()))
        .filter(|at| (at - now).abs() <= ANCHOR_WINDOW_MS)
        .unwrap_or(now)
}

/// Where the run of `programme` stands, renewed every tick while the calling
/// component lives; `None` while it is not running.
pub(super) fn ticking_status(programme: Memo<Programme>) -> Memo<Option<LiveStatus>> {
    let time = ticking_now();
    Memo::new(move |_| programme.with(|p| p.live_status(time.get())))
}

/// The run of workshop `id`, or a button to start it.
#[component]
fn LiveRunOf(id: WorkshopId) -> impl IntoView {
    let state = use_app();
    let programme = programme_of(id);
    let status = ticking_status(programme);
    let error = RwSignal::new(None::<ValidationError>);
    let start = move |_| {
        let at = now();
        let started = change_programme(state, id, |p| {
            let anchor = planned_start(p, at);
            p.start_run(anchor, at)
        });
        error.set(started.err());
    };
    view! {
        <A href=app_path(&format!("/bijeenkomst/{id}/programma")) attr:class="back">{tr(ProgrammeKey::BackToProgramme)}</A>
        <h1>{tr(ProgrammeKey::RunProgramme)}</h1>
        <Show when=move || status.with(Option::is_some)
            fallback=move || view! {
                <p class="empty">{tr(ProgrammeKey::NotRunning)}</p>
                <button type="button" class="primary" on:click=start>{tr(ProgrammeKey::StartRun)}</button>
                <FormError error />
            }>
            <NowView id programme status />
        </Show>
    }
}

/// The block on now, its timer, the schedule and the buttons.
#[component]
fn NowView(
    id: WorkshopId,
    programme: Memo<Programme>,
    status: Memo<Option<LiveStatus>>,
) -> impl IntoView {
    let state = use_app();
    let error = RwSignal::new(None::<ValidationError>);
    let index = Memo::new(move |_| status.get().map(|s| s.index).unwrap_or(0));
    let finished = Memo::new(move |_| status.get().is_some_and(|s| s.finished));
    let timer = Memo::new(move |_| status.get().map(|s| s.timer).unwrap_or(TimerState::Ready));
    let flash = watch_time_up(timer, Signal::derive(|| true));
    let block = Memo::new(move |_| programme.with(|p| p.blocks.get(index.get()).cloned()));
    let next = Memo::new(move |_| {
        programme.with(|p| p.blocks.get(index.get() + 1).map(|b| b.title.clone()))
    });
    let full_ms = Signal::derive(move || {
        block.with(|b| b.as_ref().map_or(0, |b| i64::from(b.minutes) * 60_000))
    });
    let of = move || {
        ProgrammeMsg::BlockOf {
            n: (index.get() + 1).to_string(),
            all: programme.with(|p| p.blocks.len()).to_string(),
        }
        .text(state.language())
    };
    let schedule = move || {
        status
            .get()
            .map(|s| schedule_text(&s, state))
            .unwrap_or_default()
    };
    let ends = move || {
        status.get().map(|s| {
            ProgrammeMsg::Ends {
                planned: local_time(s.planned_end),
                expected: local_time(s.expected_end),
            }
            .text(state.language())
        })
    };
    let activity = Memo::new(move |_| match block.with(|b| b.as_ref().map(|b| b.kind)) {
        Some(BlockKind::Form(activity)) => Some(activity),
        _ => None,
    });
    let form_link = move || {
        let activity = activity.get()?;
        let segment = state
            .workshops()
            .with(|w| w.get(id)?.activity(activity).map(|a| listed(&a.body).0))?;
        Some(view! {
            <A href=app_path(&format!("/bijeenkomst/{id}/{segment}/{activity}")) attr:class="button primary">
                {tr(ProgrammeKey::OpenForm)}
            </A>
        })
    };
    let act = move |change: fn(&mut Programme, Timestamp) -> Result<(), ValidationError>| {
        move |_| {
            let at = now();
            error.set(change_programme(state, id, |p| change(p, at)).err());
        }
    };
    let timer_change = Callback::new(move |change: TimerChange| {
        let at = now();
        change_programme(state, id, |p| p.change_block_timer(|t| change(t, at)))
    });
    // A finished run has no timer to change.
    let block_timer = Memo::new(move |_| {
        if finished.get() {
            TimerState::Closed
        } else {
            timer.get()
        }
    });
    let stop = move |_| {
        let _ = change_programme(state, id, |p| {
            p.stop_run();
            Ok(())
        });
    };
    view! {
        <section class="card live-now" class:flash=move || flash.get() aria-labelledby="live-title">
            <p class="meta">{tr(ProgrammeKey::NowOn)}" · "{of}</p>
            <h2 id="live-title" class="live-title">{move || block.with(|b| b.as_ref().map(|b| b.title.clone()))}</h2>
            <Show when=move || !finished.get() fallback=|| view! { <p class="live-done" role="status">{tr(ProgrammeKey::Finished)}</p> }>
                <TimerFace timer full_ms />
                <FormTimer id activity />
            </Show>
            <p class="live-schedule" role="status">{schedule}</p>
            <p class="meta">{ends}</p>
            {form_link}
            <div class="actions timer-buttons" role="group" aria-label=tr(ProgrammeKey::BlockTimer)>
                <TimerControls timer=block_timer change=timer_change error />
            </div>
            <div class="actions">
                <button type="button" on:click=act(|p, _| p.previous_block())>"← "{tr(ProgrammeKey::PreviousBlock)}</button>
                <Show when=move || !finished.get()>
                    <button type="button" class="primary" on:click=act(|p, at| p.next_block(at))>{tr(ProgrammeKey::NextBlock)}" →"</button>
                </Show>
            </div>
            <FormError error />
        </section>
        <p class="actions">
            <TableModeButton target=".live-now" />
            <A href=app_path(&format!("/bijeenkomst/{id}/programma-scherm")) attr:class="button">{tr(ProgrammeKey::Projector)}</A>
        </p>
        <section class="card live-next">
            <h2>{tr(ProgrammeKey::NextUp)}</h2>
            <p>{move || next.get().unwrap_or_else(|| tr(ProgrammeKey::LastBlock)().to_string())}</p>
        </section>
        <div class="actions">
            <button type="button" class="danger" on:click=stop>{tr(ProgrammeKey::StopRun)}</button>
        </div>
    }
}

/// The timer of the work form the block on now is, while one of its rounds
/// or phases is under way: what it times and its time left, live.
#[component]
fn FormTimer(id: WorkshopId, activity: Memo<Option<ActivityId>>) -> impl IntoView {
    let state = use_app();
    let time = ticking_now();
    let running = Memo::new(move |_| {
        let activity = activity.get()?;
        let now = time.get();
        state.workshops().with(|w| {
            w.get(id)?
                .activity(activity)?
                .body
                .form()
                .running_timer(now)
        })
    });
    let timer =
        Memo::new(move |_| running.with(|r| r.as_ref().map_or(TimerState::Closed, |r| r.state)));
    let label = move || running.with(|r| r.as_ref().map(|r| r.label.text(state.language())));
    view! {
        <Show when=move || running.with(Option::is_some)>
            <section class="form-timer" aria-label=tr(ProgrammeKey::FormTimer)>
                <p class="form-timer-label">{label}</p>
                <TimerFace timer full_ms=Signal::stored(0) />
            </section>
        </Show>
    }
}

/// `12 min achter op schema`, `3 min voor op schema` or `Op schema`.
pub(super) fn schedule_text(status: &LiveStatus, state: AppState) -> String {
    let behind = status.minutes_behind();
    let n = behind.abs().to_string();
    match behind {
        0 => ProgrammeKey::OnSchedule.text(state.language()).to_string(),
        b if b > 0 => ProgrammeMsg::Behind { n }.text(state.language()),
        _ => ProgrammeMsg::Ahead { n }.text(state.language()),
    }
}
