//! The free timer, reachable from the header on every screen (an energizer
//! of 3 minutes, a pair interview of 2 × 5): a preset or own minutes and
//! rounds, pause, +1 min and stop, a tone between rounds and a tone and a
//! flash at the end. It is kept on the device as moments, so it survives a
//! reload, and the header shows its time left while it runs.

use super::form_error::FormError;
use super::i18n::{tr, use_app};
use super::state::AppState;
use super::timer::{ticking_now, watch_time_up, Extend, TimerChange, TimerControls, TimerFace};
use crate::i18n::{CommonMsg, Key};
use crate::model::{minutes_seconds, FreeTimer, FreeTimerState, TimerState, ValidationError};
use crate::platform::clock::now;
use crate::platform::sound;
use leptos::prelude::*;

/// The ready choices: label, minutes per round, rounds.
const PRESETS: [(Key, u32, u8); 3] = [
    (Key::PresetEnergizer, 3, 1),
    (Key::PresetPairInterview, 5, 2),
    (Key::PresetBreak, 10, 1),
];

/// The id of the panel the header's button opens.
const PANEL_ID: &str = "free-timer-panel";

/// The timer kept on the device, and whether its panel is open.
#[derive(Clone, Copy)]
struct Free {
    state: AppState,
    kept: RwSignal<Option<FreeTimer>>,
    open: RwSignal<bool>,
}

impl Free {
    /// Keeps `timer` on the device and on screen (`None`: stopped).
    fn keep(self, timer: Option<FreeTimer>) {
        self.state.keep_free_timer(timer.as_ref());
        self.kept.set(timer);
    }
}

/// The header's timer button with its panel: the start choices, or the
/// timer that runs.
#[component]
pub fn FreeTimerControl() -> impl IntoView {
    let state = use_app();
    let free = Free {
        state,
        kept: RwSignal::new(state.load_free_timer()),
        open: RwSignal::new(false),
    };
    view! {
        <div class="free-timer">
            <Show when=move || free.kept.with(Option::is_some)
                fallback=move || view! {
                    <PanelToggle free flash=Signal::stored(false)>{tr(Key::FreeTimer)}</PanelToggle>
                    <Show when=move || free.open.get()>
                        <StartChoices free />
                    </Show>
                }>
                <Running free />
            </Show>
        </div>
    }
}

/// The header's button that opens and closes the panel.
#[component]
fn PanelToggle(free: Free, flash: Signal<bool>, children: Children) -> impl IntoView {
    view! {
        <button type="button" class="free-timer-toggle" class:flash=flash
            aria-expanded=move || free.open.get().to_string() aria-controls=PANEL_ID
            on:click=move |_| free.open.update(|open| *open = !*open)>
            {children()}
        </button>
    }
}

/// The presets and a form for own minutes and rounds.
#[component]
fn StartChoices(free: Free) -> impl IntoView {
    let error = RwSignal::new(None::<ValidationError>);
    let minutes = RwSignal::new(String::from("3"));
    let rounds = RwSignal::new(String::from("1"));
    let start = move |minutes: Option<u32>, rounds: Option<u8>| {
        sound::prepare();
        let started = match (minutes, rounds) {
            (Some(minutes), Some(rounds)) => FreeTimer::start(minutes, rounds, now()),
            _ => Err(ValidationError::FreeTimerOutOfRange),
        };
        match started {
            Ok(timer) => free.keep(Some(timer)),
            Err(refused) => error.set(Some(refused)),
        }
    };
    let preset = move |(key, m, r): (Key, u32, u8)| {
        view! { <button type="button" on:click=move |_| start(Some(m), Some(r))>{tr(key)}</button> }
    };
    let own = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        start(
            minutes.get_untracked().trim().parse().ok(),
            rounds.get_untracked().trim().parse().ok(),
        );
    };
    view! {
        <section id=PANEL_ID class="free-timer-panel card" aria-labelledby="free-timer-title">
            <h2 id="free-timer-title">{tr(Key::FreeTimerTitle)}</h2>
            <p class="meta">{tr(Key::FreeTimerIntro)}</p>
            <div class="actions" role="group" aria-label=tr(Key::FreeTimerPresets)>
                {PRESETS.into_iter().map(preset).collect_view()}
            </div>
            <form class="form free-timer-own" novalidate on:submit=own>
                <h3>{tr(Key::FreeTimerOwn)}</h3>
                <label for="free-timer-minutes">{tr(Key::FreeTimerMinutes)}</label>
                <input id="free-timer-minutes" type="number" inputmode="numeric" min="1" max="120"
                    prop:value=move || minutes.get() on:input=move |ev| minutes.set(event_target_value(&ev)) />
                <label for="free-timer-rounds">{tr(Key::FreeTimerRounds)}</label>
                <input id="free-timer-rounds" type="number" inputmode="numeric" min="1" max="10"
                    prop:value=move || rounds.get() on:input=move |ev| rounds.set(event_target_value(&ev)) />
                <button type="submit" class="primary">{tr(Key::FreeTimerStart)}</button>
                <FormError error />
            </form>
        </section>
    }
}

/// The timer that runs: its time in the header, and in the panel the round,
/// the big countdown and the buttons. A tone sounds when a round gives way to
/// the next; at the end the tone and the flash come, and the panel opens.
#[component]
fn Running(free: Free) -> impl IntoView {
    let state = free.state;
    let time = ticking_now();
    let at = Memo::new(move |_| {
        free.kept
            .with(|kept| kept.as_ref().map(|t| t.state(time.get())))
    });
    let timer = Memo::new(move |_| at.get().map_or(TimerState::Closed, |a| a.timer));
    let flash = watch_time_up(timer, Signal::stored(true));
    let round = Memo::new(move |_| at.get().map_or(0, |a: FreeTimerState| a.round));
    Effect::new(move |was: Option<u8>| {
        let now_on = round.get();
        if was.is_some_and(|was| now_on > was) {
            sound::play_end_signal();
        }
        now_on
    });
    Effect::new(move |_| {
        if flash.get() {
            free.open.set(true);
        }
    });
    let rounds = Memo::new(move |_| free.kept.with(|k| k.as_ref().map_or(1, |t| t.rounds)));
    let round_text = move || {
        CommonMsg::FreeTimerRound {
            n: (round.get() + 1).to_string(),
            all: rounds.get().to_string(),
        }
        .text(state.language())
    };
    let short = move || {
        let left = match timer.get() {
            TimerState::Running { left_ms } | TimerState::Paused { left_ms } => left_ms,
            _ => 0,
        };
        CommonMsg::FreeTimerShort {
            time: minutes_seconds(left),
        }
        .text(state.language())
    };
    let error = RwSignal::new(None::<ValidationError>);
    let change = Callback::new(move |change: TimerChange| {
        let at = now();
        let mut changed = free
            .kept
            .get_untracked()
            .ok_or(ValidationError::NotRunning)?;
        changed.change(at, |t| change(t, at))?;
        free.keep(Some(changed));
        Ok(())
    });
    view! {
        <PanelToggle free flash=flash.into()>
            <span class="free-timer-time" class:time-up=move || matches!(timer.get(), TimerState::TimeUp { .. })>{short}</span>
        </PanelToggle>
        <Show when=move || free.open.get()>
            <section id=PANEL_ID class="free-timer-panel card" class:flash=move || flash.get()
                aria-labelledby="free-timer-title">
                <h2 id="free-timer-title">{tr(Key::FreeTimerTitle)}</h2>
                <Show when=move || { rounds.get() > 1 }>
                    <p class="free-timer-round" role="status">{round_text}</p>
                </Show>
                <TimerFace timer full_ms=Signal::stored(0) />
                <div class="actions timer-buttons" role="group" aria-label=tr(Key::FreeTimerTitle)>
                    <TimerControls timer change error extend=Extend::OneMinute />
                    <button type="button" class="danger" on:click=move |_| free.keep(None)>{tr(Key::FreeTimerStop)}</button>
                    <button type="button" on:click=move |_| free.open.set(false)>{tr(Key::FreeTimerHide)}</button>
                </div>
                <FormError error />
            </section>
        </Show>
    }
}
