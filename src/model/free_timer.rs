//! The free timer, started on its own from anywhere: an energizer of 3
//! minutes, a pair interview of 2 × 5. One or more rounds of the same length,
//! the next starting when one runs out. Kept as moments like the other timers:
//! the stored round's timer, from which the round on now and its time left
//! follow, so it is right after a reload or a tablet that slept.

use super::stored_check::{require, Checked, Flaw, Within};
use super::timer::MINUTE_MS;
use super::{Timer, TimerState, Timestamp, ValidationError};
use serde::{Deserialize, Serialize};
use std::ops::RangeInclusive;

/// The minutes a round may last.
pub const FREE_TIMER_MINUTES: RangeInclusive<u32> = 1..=120;
/// How many rounds a free timer may have.
pub const FREE_TIMER_ROUNDS: RangeInclusive<u8> = 1..=10;

/// A free timer as stored.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FreeTimer {
    /// Minutes of each round.
    pub minutes: u32,
    /// How many rounds.
    pub rounds: u8,
    /// The round `timer` times, from 0; the rounds after it follow from it.
    pub round: u8,
    /// The timer of round `round`.
    pub timer: Timer,
}

/// Where a free timer stands at a moment.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FreeTimerState {
    /// The round on, from 0.
    pub round: u8,
    /// Its timer's state; `TimeUp` only in the last round.
    pub timer: TimerState,
}

impl FreeTimer {
    /// A timer of `rounds` rounds of `minutes`, its first round started at `now`.
    pub fn start(minutes: u32, rounds: u8, now: Timestamp) -> Result<Self, ValidationError> {
        if !FREE_TIMER_MINUTES.contains(&minutes) || !FREE_TIMER_ROUNDS.contains(&rounds) {
            return Err(ValidationError::FreeTimerOutOfRange);
        }
        let mut timer = Timer::default();
        timer.start(i64::from(minutes) * MINUTE_MS, now);
        Ok(FreeTimer {
            minutes,
            rounds,
            round: 0,
            timer,
        })
    }

    fn round_ms(&self) -> i64 {
        i64::from(self.minutes) * MINUTE_MS
    }

    /// The round on at `now` and its timer: when a round ran out and rounds
    /// are left, the next one started at that moment.
    pub fn state(&self, now: Timestamp) -> FreeTimerState {
        let mut round = self.round;
        let mut timer = self.timer.state(now);
        while let TimerState::TimeUp { over_ms } = timer {
            if round + 1 >= self.rounds {
                break;
            }
            round += 1;
            let left_ms = self.round_ms() - over_ms;
            timer = if left_ms > 0 {
                TimerState::Running { left_ms }
            } else {
                TimerState::TimeUp { over_ms: -left_ms }
            };
        }
        FreeTimerState { round, timer }
    }

    /// Changes the timer of the round on at `now` (pause, resume, add a
    /// minute); nothing changes if `change` refuses.
    pub fn change(
        &mut self,
        now: Timestamp,
        change: impl FnOnce(&mut Timer) -> Result<(), ValidationError>,
    ) -> Result<(), ValidationError> {
        let mut changed = self.clone();
        changed.settle(now);
        change(&mut changed.timer)?;
        *self = changed;
        Ok(())
    }

    /// Stores the round on at `now` as the round timed, started when the
    /// round before it ran out.
    fn settle(&mut self, now: Timestamp) {
        let FreeTimerState { round, timer } = self.state(now);
        if round == self.round {
            return;
        }
        let ran_ms = match timer {
            TimerState::Running { left_ms } | TimerState::Paused { left_ms } => {
                self.round_ms() - left_ms
            }
            TimerState::TimeUp { over_ms } => self.round_ms() + over_ms,
            TimerState::Ready | TimerState::Closed => 0,
        };
        self.round = round;
        self.timer.start(self.round_ms(), now - ran_ms);
    }

    /// Whether a stored free timer keeps the rules starting one keeps: its
    /// minutes and rounds in range, a round that exists, a started timer of
    /// the round's length and no negative times.
    pub fn check_stored(&self) -> Checked {
        require(FREE_TIMER_MINUTES.contains(&self.minutes), Flaw::OutOfRange).within("minutes")?;
        require(FREE_TIMER_ROUNDS.contains(&self.rounds), Flaw::OutOfRange).within("rounds")?;
        require(self.round < self.rounds, Flaw::OutOfRange).within("round")?;
        let timer = &self.timer;
        let sane = timer.started_at.is_some_and(|at| at >= 0)
            && timer.length_ms == self.round_ms()
            && timer.extra_ms >= 0
            && timer.paused_ms >= 0;
        require(sane, Flaw::OutOfRange).within("timer")
    }
}
