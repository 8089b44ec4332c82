//! A round timer kept as moments, not as a ticking counter: when it started,
//! how long it ran paused, how much time was added. The time left follows from
//! those and the clock, so it is right after a reload or a tablet that slept.

use super::{Timestamp, ValidationError};
use serde::{Deserialize, Serialize};

/// Milliseconds in a minute.
pub const MINUTE_MS: i64 = 60 * 1000;
/// Minutes one tap on "+5 min" adds.
pub const EXTEND_MS: i64 = 5 * MINUTE_MS;

/// One round's timer as stored.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Timer {
    /// When the round started; `None` before it starts.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub started_at: Option<Timestamp>,
    /// The round's length when it started, in milliseconds.
    pub length_ms: i64,
    /// Time added with "+5 min".
    pub extra_ms: i64,
    /// Time spent in pauses that ended.
    pub paused_ms: i64,
    /// When the pause that is going on began.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub paused_at: Option<Timestamp>,
    /// When the facilitator closed the round.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub closed_at: Option<Timestamp>,
}

/// What a timer shows at a moment.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TimerState {
    /// Not started yet.
    Ready,
    /// Counting down; milliseconds left.
    Running { left_ms: i64 },
    /// Stopped for a while; milliseconds left.
    Paused { left_ms: i64 },
    /// The time is up but the round is not closed; milliseconds over time.
    TimeUp { over_ms: i64 },
    /// The facilitator closed the round.
    Closed,
}

impl TimerState {
    /// Whether the round is under way (started and not closed).
    pub fn is_under_way(self) -> bool {
        matches!(
            self,
            TimerState::Running { .. } | TimerState::Paused { .. } | TimerState::TimeUp { .. }
        )
    }
}

impl Timer {
    /// Whether the timer was never started (nothing worth storing).
    pub fn is_unused(&self) -> bool {
        *self == Timer::default()
    }

    /// The state at `now`.
    pub fn state(&self, now: Timestamp) -> TimerState {
        let Some(started_at) = self.started_at else {
            return TimerState::Ready;
        };
        if self.closed_at.is_some() {
            return TimerState::Closed;
        }
        let until = self.paused_at.unwrap_or(now).max(started_at);
        let ran = until - started_at - self.paused_ms;
        let left_ms = self.length_ms + self.extra_ms - ran;
        match (left_ms > 0, self.paused_at.is_some()) {
            (false, _) => TimerState::TimeUp { over_ms: -left_ms },
            (true, true) => TimerState::Paused { left_ms },
            (true, false) => TimerState::Running { left_ms },
        }
    }

    /// Starts the timer for a round of `length_ms`; a closed round starts afresh.
    pub fn start(&mut self, length_ms: i64, now: Timestamp) {
        *self = Timer {
            started_at: Some(now),
            length_ms,
            ..Timer::default()
        };
    }

    /// Pauses a running timer.
    pub fn pause(&mut self, now: Timestamp) -> Result<(), ValidationError> {
        match self.state(now) {
            TimerState::Running { .. } => {
                self.paused_at = Some(now);
                Ok(())
            }
            _ => Err(ValidationError::NotRunning),
        }
    }

    /// Goes on after a pause.
    pub fn resume(&mut self, now: Timestamp) -> Result<(), ValidationError> {
        let Some(paused_at) = self.paused_at.filter(|_| self.closed_at.is_none()) else {
            return Err(ValidationError::NotPaused);
        };
        self.paused_ms += (now - paused_at).max(0);
        self.paused_at = None;
        Ok(())
    }

    /// Adds five minutes to a round under way. After the time ran out, the
    /// five minutes count from now.
    pub fn extend(&mut self, now: Timestamp) -> Result<(), ValidationError> {
        self.extend_by(EXTEND_MS, now)
    }

    /// Adds `ms` to a round under way. After the time ran out, the time added
    /// counts from now.
    pub fn extend_by(&mut self, ms: i64, now: Timestamp) -> Result<(), ValidationError> {
        match self.state(now) {
            TimerState::Running { .. } | TimerState::Paused { .. } => {
                self.extra_ms += ms;
                Ok(())
            }
            TimerState::TimeUp { over_ms } => {
                self.extra_ms += over_ms + ms;
                Ok(())
            }
            TimerState::Ready | TimerState::Closed => Err(ValidationError::NotRunning),
        }
    }

    /// Back to the start: not started, nothing added.
    pub fn reset(&mut self) {
        *self = Timer::default();
    }

    /// Closes a round that is under way.
    pub fn close(&mut self, now: Timestamp) -> Result<(), ValidationError> {
        if !self.state(now).is_under_way() {
            return Err(ValidationError::NotRunning);
        }
        if let Some(paused_at) = self.paused_at.take() {
            self.paused_ms += (now - paused_at).max(0);
        }
        self.closed_at = Some(now);
        Ok(())
    }
}

/// Minutes and seconds, `MM:SS`, of a duration in milliseconds (rounded up, so
/// the display reaches 00:00 only when the time is up).
pub fn minutes_seconds(ms: i64) -> String {
    let seconds = (ms.max(0) + 999) / 1000;
    format!("{:02}:{:02}", seconds / 60, seconds % 60)
}
