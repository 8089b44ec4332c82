//! A calendar date without time zone, stored as `YYYY-MM-DD`.
//!
//! Kept small on purpose (no date crate): the app only needs to check that a
//! typed or imported date is a real day and to show it back.

use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::fmt;

/// A real calendar day (year 1000–9999), such as 2026-11-22.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct IsoDate {
    year: u16,
    month: u8,
    day: u8,
}

impl IsoDate {
    /// Builds a date if it exists on the calendar.
    pub fn new(year: u16, month: u8, day: u8) -> Option<Self> {
        let valid = (1000..=9999).contains(&year)
            && (1..=12).contains(&month)
            && day >= 1
            && day <= days_in_month(year, month);
        valid.then_some(Self { year, month, day })
    }

    /// Reads `YYYY-MM-DD` (what a date field gives) or the Dutch `DD-MM-YYYY`.
    pub fn parse(text: &str) -> Option<Self> {
        let parts: Vec<&str> = text.trim().split('-').collect();
        let [a, b, c] = parts.as_slice() else {
            return None;
        };
        let all_digits = |s: &str| !s.is_empty() && s.chars().all(|c| c.is_ascii_digit());
        if !(all_digits(a) && all_digits(b) && all_digits(c)) {
            return None;
        }
        let (year, month, day) = if a.len() == 4 {
            (a, b, c)
        } else if c.len() == 4 {
            (c, b, a)
        } else {
            return None;
        };
        if month.len() > 2 || day.len() > 2 {
            return None;
        }
        Self::new(year.parse().ok()?, month.parse().ok()?, day.parse().ok()?)
    }

    /// The Dutch way of writing the day: `22-11-2026`.
    pub fn dutch(&self) -> String {
        format!("{:02}-{:02}-{:04}", self.day, self.month, self.year)
    }
}

impl fmt::Display for IsoDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

fn days_in_month(year: u16, month: u8) -> u8 {
    match month {
        2 if is_leap_year(year) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

fn is_leap_year(year: u16) -> bool {
    (year.is_multiple_of(4) && !year.is_multiple_of(100)) || year.is_multiple_of(400)
}

impl Serialize for IsoDate {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&self.to_string())
    }
}

impl<'de> Deserialize<'de> for IsoDate {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = String::deserialize(deserializer)?;
        IsoDate::parse(&text)
            .ok_or_else(|| serde::de::Error::custom(format!("not a date: {text:?}")))
    }
}
