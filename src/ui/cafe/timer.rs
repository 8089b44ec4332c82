//! The round timer on screen: the big countdown and its state, the signal when
//! the time is up (a tone unless muted, and a flash), and the screen kept on
//! while a round is under way. The time left is computed from the stored
//! moments at every tick, never counted down in memory.

use super::CafeAt;
use crate::i18n::Key;
use crate::model::{minutes_seconds, TimerState};
use crate::platform::clock::now;
use crate::platform::{sound, wake_lock};
use crate::ui::i18n::{tr, use_app, Msg};
use leptos::prelude::*;
use std::time::Duration;

/// How often the clock on screen is renewed.
const TICK: Duration = Duration::from_millis(500);
/// How long the screen flashes when the time is up.
const FLASH: Duration = Duration::from_secs(4);

/// The time now, renewed every tick while the calling component lives.
pub fn ticking_now() -> ReadSignal<i64> {
    let (time, set_time) = signal(now());
    if let Ok(handle) = set_interval_with_handle(move || set_time.set(now()), TICK) {
        on_cleanup(move || handle.clear());
    }
    time
}

/// The state of round `index` at the ticking time.
pub fn round_state(
    at: Memo<CafeAt>,
    index: Signal<usize>,
    time: ReadSignal<i64>,
) -> Memo<TimerState> {
    let state = use_app();
    Memo::new(move |_| {
        let now = time.get();
        at.get()
            .value(state, |c| Some(c.round_state(index.get(), now)))
            .unwrap_or(TimerState::Ready)
    })
}

/// The big countdown of a round and a line saying its state.
#[component]
pub fn TimerFace(at: Memo<CafeAt>, index: Signal<usize>, time: ReadSignal<i64>) -> impl IntoView {
    let state = use_app();
    let timer = round_state(at, index, time);
    let full_length = move || {
        at.get()
            .value(state, |c| i64::from(c.round_minutes) * 60_000)
    };
    let shown = move || match timer.get() {
        TimerState::Ready => minutes_seconds(full_length()),
        TimerState::Running { left_ms } | TimerState::Paused { left_ms } => {
            minutes_seconds(left_ms)
        }
        TimerState::TimeUp { .. } | TimerState::Closed => minutes_seconds(0),
    };
    let status = move || {
        let language = state.language();
        match timer.get() {
            TimerState::Ready => Key::TimerReady.text(language).to_string(),
            TimerState::Running { .. } => Key::TimerRunning.text(language).to_string(),
            TimerState::Paused { .. } => Key::TimerPaused.text(language).to_string(),
            TimerState::TimeUp { .. } => Key::TimerTimeUp.text(language).to_string(),
            TimerState::Closed => Key::TimerClosed.text(language).to_string(),
        }
    };
    let over_time = move || match timer.get() {
        TimerState::TimeUp { over_ms } => {
            Msg::with(Key::CafeOverTime, vec![("time", minutes_seconds(over_ms))])
                .text(state.language())
        }
        _ => String::new(),
    };
    let time_up = move || matches!(timer.get(), TimerState::TimeUp { .. });
    view! {
        <div class="timer-face" class:time-up=time_up class:paused=move || matches!(timer.get(), TimerState::Paused { .. })>
            <p class="countdown" role="timer" aria-label=tr(Key::CafeTimeLeft)>{shown}</p>
            <p class="timer-status" role="status">{status}</p>
            // Outside the live region: it changes every second.
            <p class="timer-status">{over_time}</p>
        </div>
    }
}

/// Sounds and flashes once when the round on the floor runs out while this view
/// is open (not again after a reload), and keeps the screen on while it runs.
/// Returns whether the screen flashes now.
pub fn watch_round_end(at: Memo<CafeAt>, time: ReadSignal<i64>) -> ReadSignal<bool> {
    let state = use_app();
    let (flash, set_flash) = signal(false);
    let current = Signal::derive(move || at.get().value(state, |c| c.current_round.unwrap_or(0)));
    let timer = round_state(at, current, time);
    Effect::new(move |was_up: Option<bool>| {
        let up = matches!(timer.get(), TimerState::TimeUp { .. });
        if up && was_up == Some(false) {
            if untrack(|| at.get().value(state, |c| c.sound)) {
                sound::play_end_signal();
            }
            set_flash.set(true);
            set_timeout(move || set_flash.set(false), FLASH);
        }
        up
    });
    // A memo: the lock is asked for when a round starts, not at every tick.
    let under_way = Memo::new(move |_| timer.get().is_under_way());
    Effect::new(move |_| wake_lock::keep_screen_on(under_way.get()));
    on_cleanup(|| wake_lock::keep_screen_on(false));
    flash
}
