//! The free timer's own small key, beside the entities: read tolerantly (a
//! value that cannot be read is set aside as the store sets aside other
//! values, and the app goes on without a timer), written as plain JSON, and
//! removed when the timer stops.

use super::{Backend, BackendError, DecodeError, LoadProblem, Repository};
use crate::model::FreeTimer;

/// Where the free timer is kept.
pub const FREE_TIMER_KEY: &str = "werktafel:free-timer";

/// What reading the free timer found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FreeTimerRead {
    /// No free timer is kept.
    Absent,
    /// The timer as kept.
    Found(FreeTimer),
    /// The value could not be read and was set aside.
    SetAside(LoadProblem),
}

/// The free timer in `text`, if it keeps its rules.
fn decode(text: &str) -> Result<FreeTimer, DecodeError> {
    let timer: FreeTimer =
        serde_json::from_str(text).map_err(|e| DecodeError::NotJson(e.to_string()))?;
    timer
        .check_stored()
        .map_err(|v| DecodeError::BadData(format!("{v:?}")))?;
    Ok(timer)
}

impl<B: Backend> Repository<B> {
    /// Reads the free timer; an unreadable value is moved aside at `now`.
    pub fn read_free_timer(&mut self, now: i64) -> Result<FreeTimerRead, BackendError> {
        let Some(text) = self.backend.get(FREE_TIMER_KEY)? else {
            return Ok(FreeTimerRead::Absent);
        };
        Ok(match decode(&text) {
            Ok(timer) => FreeTimerRead::Found(timer),
            Err(reason) => {
                FreeTimerRead::SetAside(self.quarantine(FREE_TIMER_KEY, &text, reason, now))
            }
        })
    }

    /// Keeps the free timer, or removes it (`None`: stopped).
    pub fn write_free_timer(&mut self, timer: Option<&FreeTimer>) -> Result<(), BackendError> {
        match timer {
            Some(timer) => {
                let text = serde_json::to_string(timer).expect("a free timer serialises");
                self.backend.set(FREE_TIMER_KEY, &text)
            }
            None => self.backend.remove(FREE_TIMER_KEY),
        }
    }
}
