//! A time of day on the programme's clock, `HH:MM`, as a facilitator types it.

use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::fmt;

/// Minutes in a day.
const DAY_MINUTES: u32 = 24 * 60;

/// A time of day, in minutes after midnight (0 to 1439).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct ClockTime(u16);

impl ClockTime {
    /// The time `hours:minutes`, if it exists on a clock.
    pub fn new(hours: u32, minutes: u32) -> Option<Self> {
        (hours < 24 && minutes < 60).then(|| Self((hours * 60 + minutes) as u16))
    }

    /// Reads `13:05`, `9:30`, `09.30` or `1305`; `None` for a time that does
    /// not exist (`25:00`, `12:60`) or any other text.
    pub fn parse(text: &str) -> Option<Self> {
        let text = text.trim();
        let (hours, minutes) = match text.find([':', '.']) {
            Some(at) => (&text[..at], &text[at + 1..]),
            None if text.len() == 4 => text.split_at(2),
            None => return None,
        };
        let digits = |part: &str, most: usize| {
            (!part.is_empty() && part.len() <= most && part.bytes().all(|b| b.is_ascii_digit()))
                .then(|| part.parse::<u32>().ok())
                .flatten()
        };
        if minutes.len() != 2 {
            return None;
        }
        Self::new(digits(hours, 2)?, digits(minutes, 2)?)
    }

    /// Minutes after midnight.
    pub fn minutes(self) -> u32 {
        u32::from(self.0)
    }

    /// The time `minutes` later, round the clock past midnight.
    pub fn plus(self, minutes: u32) -> Self {
        Self(((self.minutes() + minutes) % DAY_MINUTES) as u16)
    }
}

impl fmt::Display for ClockTime {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:02}:{:02}", self.0 / 60, self.0 % 60)
    }
}

impl Serialize for ClockTime {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for ClockTime {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = String::deserialize(deserializer)?;
        match ClockTime::parse(&text) {
            Some(time) if time.to_string() == text => Ok(time),
            _ => Err(serde::de::Error::custom("a time of day is stored as HH:MM")),
        }
    }
}
