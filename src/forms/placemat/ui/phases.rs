//! The phase bar above the placemats: the four phases (the one on the floor is
//! pressed; tapping another goes there, forwards or back), the question, what
//! the phase is for, and the shared timer with its buttons.

use super::{phase_label, Part, PlacematAt};
use crate::forms::placemat::{Phase, PlacematKey, PlacematMsg};
use crate::model::{TimerState, ValidationError};
use crate::platform::clock::now;
use crate::platform::sound;
use crate::ui::form_error::FormError;
use crate::ui::i18n::{tr, use_app};
use crate::ui::timer::{
    ticking_now, watch_time_up, SoundSwitch, TimerChange, TimerControls, TimerFace,
};
use leptos::prelude::*;

/// The timer of the phase on the floor at the ticking time.
pub fn phase_timer(at: Memo<PlacematAt>, time: ReadSignal<i64>) -> Memo<TimerState> {
    let state = use_app();
    Memo::new(move |_| {
        let now = time.get();
        at.get()
            .value(state, |p| Some(p.timer.state(now)))
            .unwrap_or(TimerState::Ready)
    })
}

/// The full length of the phase on the floor.
pub fn phase_length(at: Memo<PlacematAt>) -> Signal<i64> {
    let state = use_app();
    Signal::derive(move || {
        at.get().value(state, |p| {
            p.phase
                .and_then(|phase| p.minutes.of(phase))
                .map_or(0, |m| i64::from(m) * 60_000)
        })
    })
}

/// What a phase asks of the group.
fn phase_hint(phase: Phase) -> PlacematKey {
    match phase {
        Phase::Individual => PlacematKey::HintIndividual,
        Phase::Sharing => PlacematKey::HintSharing,
        Phase::Consensus => PlacematKey::HintConsensus,
        Phase::Plenary => PlacematKey::HintPlenary,
    }
}

/// The phase bar; going to the plenary shows the plenary part, going back to a
/// group phase shows the placemats.
#[component]
pub fn PhaseBar(at: PlacematAt, part: RwSignal<Part>) -> impl IntoView {
    let state = use_app();
    let at = Memo::new(move |_| at.clone());
    let time = ticking_now();
    let timer = phase_timer(at, time);
    let sound_on = Signal::derive(move || at.get().value(state, |p| p.sound));
    let flash = watch_time_up(timer, sound_on);
    let phase = Memo::new(move |_| at.get().value(state, |p| p.phase));
    let error = RwSignal::new(None::<ValidationError>);
    let go = move |to: Phase| {
        sound::prepare();
        let at_now = now();
        let result = at
            .get_untracked()
            .change(state, |p| p.start_phase(to, at_now));
        if result.is_ok() {
            part.set(Part::of(Some(to)));
        }
        error.set(result.err());
    };
    let phase_button = move |to: Phase| {
        view! {
            <button type="button" aria-pressed=move || (phase.get() == Some(to)).to_string()
                on:click=move |_| if phase.get_untracked() != Some(to) { go(to) }>{tr(phase_label(to))}</button>
        }
    };
    let next = move || phase.get().and_then(Phase::next);
    let next_label = move || {
        next().map(|to| {
            PlacematMsg::NextPhase {
                phase: phase_label(to).text(state.language()).to_string(),
            }
            .text(state.language())
        })
    };
    let change = Callback::new(move |timer_change: TimerChange| {
        let at_now = now();
        at.get_untracked()
            .change(state, |p| p.change_timer(|t| timer_change(t, at_now)))
    });
    let set_sound = Callback::new(move |on: bool| {
        let _ = at.get_untracked().change(state, |p| {
            p.sound = on;
            Ok(())
        });
    });
    let timed = move || phase.get().is_some_and(|p| p != Phase::Plenary);
    // After "Tijd terugzetten" or "Tijd stoppen" the time can start again.
    let start_label = move || match timer.get() {
        TimerState::Ready => Some(PlacematKey::StartTime),
        TimerState::Closed => Some(PlacematKey::RestartTime),
        _ => None,
    };
    let start_time = move |_| {
        if let Some(current) = phase.get_untracked() {
            go(current);
        }
    };
    view! {
        <section class="card phase-bar" class:flash=move || flash.get()>
            <div class="steps" role="group" aria-label=tr(PlacematKey::Phases)>
                {Phase::ALL.into_iter().map(phase_button).collect_view()}
            </div>
            <p class="round-question">{move || at.get().value(state, |p| p.question.clone())}</p>
            <p class="meta">{move || phase.get().map(|p| tr(phase_hint(p))())}</p>
            <Show when=timed>
                <TimerFace timer full_ms=phase_length(at) />
            </Show>
            <div class="actions timer-buttons" role="group" aria-label=tr(PlacematKey::TimerControls)>
                {move || next().map(|to| view! {
                    <button type="button" class="primary" on:click=move |_| go(to)>{next_label}</button>
                })}
                {move || start_label().filter(|_| timed()).map(|key| view! {
                    <button type="button" on:click=start_time>{tr(key)}</button>
                })}
                <TimerControls timer change error close_label=PlacematKey::ClosePhase />
            </div>
            <FormError error />
            <SoundSwitch on=sound_on set=set_sound label=PlacematKey::Sound timer />
        </section>
    }
}
