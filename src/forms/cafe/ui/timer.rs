//! The café's side of the shared timer: the state of a round's timer, and the
//! end signal of the round on the floor.

use super::CafeAt;
use crate::model::TimerState;
use crate::ui::i18n::use_app;
use crate::ui::timer::watch_time_up;
use leptos::prelude::*;

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

/// The full length of a round, shown before it starts.
pub fn round_length(at: Memo<CafeAt>) -> Signal<i64> {
    let state = use_app();
    Signal::derive(move || {
        at.get()
            .value(state, |c| i64::from(c.round_minutes) * 60_000)
    })
}

/// Sounds and flashes once when the round on the floor runs out while this view
/// is open, and keeps the screen on while it runs. Returns whether it flashes.
pub fn watch_round_end(at: Memo<CafeAt>, time: ReadSignal<i64>) -> ReadSignal<bool> {
    let state = use_app();
    let current = Signal::derive(move || at.get().value(state, |c| c.current_round.unwrap_or(0)));
    let sound_on = Signal::derive(move || at.get().value(state, |c| c.sound));
    watch_time_up(round_state(at, current, time), sound_on)
}
