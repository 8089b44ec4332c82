//! The shared timer widget of the café's rounds, the placemat's phases, the
//! programme's blocks and the free timer: the big countdown and its state, the
//! buttons that pause, extend, reset and close it, the signal when the time is up (a tone unless muted, and a flash), and
//! the screen kept on while it runs. The time left is computed from the stored
//! moments at every tick, never counted down in memory.

use crate::i18n::{CommonMsg, Key, Text};
use crate::model::{minutes_seconds, Timer, TimerState, ValidationError, MINUTE_MS};
use crate::platform::clock::now;
use crate::platform::{sound, wake_lock};
use crate::ui::i18n::{tr, use_app};
use leptos::prelude::*;
use std::time::Duration;

/// How often the clock on screen is renewed.
const TICK: Duration = Duration::from_millis(500);
/// How long the screen flashes when the time is up.
const FLASH: Duration = Duration::from_secs(4);

/// A change to a timer at a moment (pause, resume, extend, reset, close).
pub type TimerChange = fn(&mut Timer, i64) -> Result<(), ValidationError>;

/// The time now, renewed every tick while the calling component lives.
pub fn ticking_now() -> ReadSignal<i64> {
    let (time, set_time) = signal(now());
    if let Ok(handle) = set_interval_with_handle(move || set_time.set(now()), TICK) {
        on_cleanup(move || handle.clear());
    }
    time
}

/// The big countdown and a line saying the timer's state; `full_ms` is shown
/// before it starts.
#[component]
pub fn TimerFace(timer: Memo<TimerState>, full_ms: Signal<i64>) -> impl IntoView {
    let state = use_app();
    let shown = move || match timer.get() {
        TimerState::Ready => minutes_seconds(full_ms.get()),
        TimerState::Running { left_ms } | TimerState::Paused { left_ms } => {
            minutes_seconds(left_ms)
        }
        TimerState::TimeUp { .. } | TimerState::Closed => minutes_seconds(0),
    };
    let status = move || {
        let key = match timer.get() {
            TimerState::Ready => Key::TimerReady,
            TimerState::Running { .. } => Key::TimerRunning,
            TimerState::Paused { .. } => Key::TimerPaused,
            TimerState::TimeUp { .. } => Key::TimerTimeUp,
            TimerState::Closed => Key::TimerClosed,
        };
        key.text(state.language())
    };
    let over_time = move || match timer.get() {
        TimerState::TimeUp { over_ms } => CommonMsg::TimerOverTime {
            time: minutes_seconds(over_ms),
        }
        .text(state.language()),
        _ => String::new(),
    };
    let time_up = move || matches!(timer.get(), TimerState::TimeUp { .. });
    view! {
        <div class="timer-face" class:time-up=time_up class:paused=move || matches!(timer.get(), TimerState::Paused { .. })>
            <p class="countdown" role="timer" aria-label=tr(Key::TimerTimeLeft)>{shown}</p>
            <p class="timer-status" role="status">{status}</p>
            // Outside the live region: it changes every second.
            <p class="timer-status">{over_time}</p>
        </div>
    }
}

/// How much one tap on the extend button adds.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Extend {
    /// "+5 min": a round, a phase, a programme's block.
    #[default]
    FiveMinutes,
    /// "+1 min": the free timer.
    OneMinute,
}

impl Extend {
    /// The change the button makes.
    fn change(self) -> TimerChange {
        match self {
            Extend::FiveMinutes => |t, now| t.extend(now),
            Extend::OneMinute => |t, now| t.extend_by(MINUTE_MS, now),
        }
    }

    /// The button's text and its fuller label.
    fn texts(self) -> (Key, Key) {
        match self {
            Extend::FiveMinutes => (Key::TimerExtend, Key::TimerExtendLabel),
            Extend::OneMinute => (Key::TimerExtendOne, Key::TimerExtendOneLabel),
        }
    }
}

/// Pause, resume and extend, and with a `close_label` also reset and close, as
/// the timer's state allows: a programme's block and the free timer are never
/// reset or closed here. `change` applies a [`TimerChange`] to the stored
/// timer; a refusal lands in `error`.
#[component]
pub fn TimerControls(
    timer: Memo<TimerState>,
    change: Callback<TimerChange, Result<(), ValidationError>>,
    error: RwSignal<Option<ValidationError>>,
    #[prop(optional, into)] close_label: Option<Text>,
    #[prop(optional)] extend: Extend,
) -> impl IntoView {
    let act = move |timer_change: TimerChange| move |_| error.set(change.run(timer_change).err());
    let under_way = move || timer.get().is_under_way();
    let paused = move || matches!(timer.get(), TimerState::Paused { .. });
    let running = move || matches!(timer.get(), TimerState::Running { .. });
    let (extend_text, extend_label) = extend.texts();
    let ending = close_label.map(|close_label| {
        view! {
            <Show when=under_way>
                <button type="button" on:click=act(|t, _| { t.reset(); Ok(()) })>{tr(Key::TimerReset)}</button>
                <button type="button" class="primary" on:click=act(|t, now| t.close(now))>{tr(close_label)}</button>
            </Show>
        }
    });
    view! {
        <Show when=running>
            <button type="button" on:click=act(|t, now| t.pause(now))>{tr(Key::TimerPause)}</button>
        </Show>
        <Show when=paused>
            <button type="button" class="primary" on:click=act(|t, now| t.resume(now))>{tr(Key::TimerResume)}</button>
        </Show>
        <Show when=under_way>
            <button type="button" aria-label=tr(extend_label) on:click=act(extend.change())>{tr(extend_text)}</button>
        </Show>
        {ending}
    }
}

/// The switch for the tone at the end; `set` stores the choice. While `timer`
/// runs with the tone on but the browser still holds the sound back (Safari
/// until the first tap), a line says to tap once; the flash comes either way.
#[component]
pub fn SoundSwitch(
    on: Signal<bool>,
    set: Callback<bool>,
    #[prop(into)] label: Text,
    timer: Memo<TimerState>,
) -> impl IntoView {
    // Checked at every tick: the browser says nothing when it lets sound through.
    let tick = ticking_now();
    let blocked = move || {
        tick.track();
        on.get() && timer.get().is_under_way() && !sound::is_ready()
    };
    view! {
        <label class="choice">
            <input type="checkbox" prop:checked=on
                on:change=move |ev| {
                    let on = event_target_checked(&ev);
                    if on { sound::prepare(); }
                    set.run(on);
                } />
            {tr(label)}
        </label>
        <Show when=blocked>
            <p class="sound-blocked">{tr(Key::SoundBlocked)}</p>
        </Show>
    }
}

/// Sounds (if `sound`) and flashes once when `timer` runs out while this view
/// is open (not again after a reload), and keeps the screen on while it runs.
/// Any tap or key opens the sound, so it can sound after a reload too.
/// Returns whether the screen flashes now.
pub fn watch_time_up(timer: Memo<TimerState>, sound_on: Signal<bool>) -> ReadSignal<bool> {
    // Safari counts the end of a touch as a tap, not its start.
    let taps = window_event_listener(leptos::ev::pointerup, |_| sound::prepare());
    let keys = window_event_listener(leptos::ev::keydown, |_| sound::prepare());
    on_cleanup(move || {
        taps.remove();
        keys.remove();
    });
    let (flash, set_flash) = signal(false);
    Effect::new(move |was_up: Option<bool>| {
        let up = matches!(timer.get(), TimerState::TimeUp { .. });
        if up && was_up == Some(false) {
            if sound_on.get_untracked() {
                sound::play_end_signal();
            }
            set_flash.set(true);
            set_timeout(move || set_flash.set(false), FLASH);
        }
        up
    });
    // A memo: the lock is asked for when a timer starts, not at every tick.
    let under_way = Memo::new(move |_| timer.get().is_under_way());
    Effect::new(move |_| wake_lock::keep_screen_on(under_way.get()));
    on_cleanup(|| wake_lock::keep_screen_on(false));
    flash
}
