//! Time and ids from the browser.

use crate::model::{Id, IsoDate, Timestamp};

/// Milliseconds since the epoch.
pub fn now() -> Timestamp {
    js_sys::Date::now() as Timestamp
}

/// A new random id (UUID v4).
pub fn new_id<K>() -> Id<K> {
    Id::made(&new_id_text())
}

/// A new random id (UUID v4) as text, for what makes ids of several kinds
/// (a new café's tables and rounds, the copies an import makes).
pub fn new_id_text() -> String {
    uuid::Uuid::new_v4().to_string()
}

/// A short random id (8 characters of 0-9a-z, 41 random bits) for the many
/// small parts of one activity (notes, themes, actions): plenty within one
/// workshop, where a clash is refused anyway, and thousands of notes stay small
/// in storage.
pub fn short_id<K>() -> Id<K> {
    const DIGITS: &[u8; 36] = b"0123456789abcdefghijklmnopqrstuvwxyz";
    let mut number = uuid::Uuid::new_v4().as_u128();
    let text: String = (0..8)
        .map(|_| {
            let digit = DIGITS[(number % 36) as usize] as char;
            number /= 36;
            digit
        })
        .collect();
    Id::made(&text)
}

/// The calendar day of a moment in the device's time zone.
pub fn local_date(at: Timestamp) -> Option<IsoDate> {
    let date = js_sys::Date::new(&(at as f64).into());
    IsoDate::new(
        date.get_full_year() as u16,
        date.get_month() as u8 + 1,
        date.get_date() as u8,
    )
}

/// `HH:MM` of a moment in the device's time zone.
pub fn local_time(at: Timestamp) -> String {
    let date = js_sys::Date::new(&(at as f64).into());
    format!("{:02}:{:02}", date.get_hours(), date.get_minutes())
}

/// The moment today (in the device's time zone) at `minutes` after midnight.
pub fn today_at(minutes: u32) -> Timestamp {
    let date = js_sys::Date::new_0();
    date.set_hours(minutes / 60);
    date.set_minutes(minutes % 60);
    date.set_seconds(0);
    date.set_milliseconds(0);
    date.get_time() as Timestamp
}
