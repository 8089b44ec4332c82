//! Migrations: pure functions that lift a stored document one schema version up.
//!
//! Each step is named after the versions it joins and says in a comment what
//! changed. Steps never drop what a user typed: a value that no longer has a
//! field of its own is carried into a text field.

use super::{DecodeError, Entity};
use crate::model::IsoDate;
use serde_json::{Map, Value};

/// One step from schema n to n+1.
pub type MigrationStep = fn(Value) -> Result<Value, String>;

/// Workshop steps, in order.
pub const WORKSHOP_MIGRATIONS: &[MigrationStep] = &[
    workshop_v1_to_v2,
    workshop_v2_to_v3,
    workshop_v3_to_v4,
    workshop_v4_to_v5,
    workshop_v5_to_v6,
    workshop_v6_to_v7,
    workshop_v7_to_v8,
];

/// Runs every step from `from` up to the entity's current schema.
pub fn migrate<E: Entity>(from: u32, mut data: Value) -> Result<Value, DecodeError> {
    if from == 0 {
        return Err(DecodeError::NoMigration(from));
    }
    for version in from..E::SCHEMA {
        let step = E::MIGRATIONS
            .get(version as usize - 1)
            .ok_or(DecodeError::NoMigration(version))?;
        data = step(data).map_err(DecodeError::BadData)?;
    }
    Ok(data)
}

/// Schema 1 (the first prototype) kept the date as the Dutch text `DD-MM-YYYY`
/// and had neither a facilitator nor an `updated_at`. Schema 2 stores the date as
/// `YYYY-MM-DD` (or null), adds `facilitator` (empty) and sets `updated_at` to
/// `created_at`. A date text that is not a real day is kept at the end of the goal.
fn workshop_v1_to_v2(data: Value) -> Result<Value, String> {
    let Value::Object(mut doc) = data else {
        return Err("workshop is not an object".into());
    };
    let old_date = take_string(&mut doc, "date");
    let date = match old_date.trim() {
        "" => Value::Null,
        text => match IsoDate::parse(text) {
            Some(date) => Value::String(date.to_string()),
            None => {
                let goal = take_string(&mut doc, "goal");
                let kept = format!("{goal}\n({text})").trim().to_string();
                doc.insert("goal".into(), Value::String(kept));
                Value::Null
            }
        },
    };
    doc.insert("date".into(), date);
    doc.entry("facilitator")
        .or_insert_with(|| Value::String(String::new()));
    let created = doc.get("created_at").cloned().unwrap_or(Value::from(0));
    doc.entry("updated_at").or_insert(created);
    Ok(Value::Object(doc))
}

/// Schema 3 adds the workshop's activities (persona test, and later other work
/// forms), stored inside the workshop; a workshop of schema 2 has none yet. The
/// version goes up although the field has a default, so that a tab still running
/// an older app refuses to save over a workshop whose activities it cannot see.
fn workshop_v2_to_v3(data: Value) -> Result<Value, String> {
    let Value::Object(mut doc) = data else {
        return Err("workshop is not an object".into());
    };
    doc.entry("activities").or_insert(Value::Array(Vec::new()));
    Ok(Value::Object(doc))
}

/// Schema 4 adds the wereldcafé as a kind of activity. A schema-3 workshop reads
/// as it is; the version goes up so that a tab still running an app without
/// cafés refuses a workshop holding one (and leaves it alone) instead of
/// setting it aside as unreadable.
fn workshop_v3_to_v4(data: Value) -> Result<Value, String> {
    unchanged_workshop(data)
}

/// Schema 5 adds the placemat as a kind of activity, and resonance marks on
/// notes. A schema-4 workshop reads as it is; the version goes up for the same
/// reason as schema 4's.
fn workshop_v4_to_v5(data: Value) -> Result<Value, String> {
    unchanged_workshop(data)
}

/// Schema 6 adds the questions put out to phones (`prompts`, absent when
/// none). A schema-5 workshop reads as it is; the version goes up so that a
/// tab still running the older app leaves a workshop with questions alone.
fn workshop_v5_to_v6(data: Value) -> Result<Value, String> {
    unchanged_workshop(data)
}

/// Schema 7 adds the open question as a kind of activity. A schema-6 workshop
/// reads as it is (some of schema 6 already hold an open question: it came
/// before this step); the version goes up so that a tab still running an app
/// without open questions leaves a workshop holding one alone.
fn workshop_v6_to_v7(data: Value) -> Result<Value, String> {
    unchanged_workshop(data)
}

/// Schema 8 adds the workshop's programme (draaiboek: blocks with their
/// times, the packing list's ticks and a run going on; absent when empty). A
/// schema-7 workshop reads as it is, with no programme; the version goes up so
/// that a tab still running an app without programmes leaves a workshop with
/// one alone instead of saving over it without its programme.
fn workshop_v7_to_v8(data: Value) -> Result<Value, String> {
    unchanged_workshop(data)
}

/// A step that only raises the version: the document must be an object.
fn unchanged_workshop(data: Value) -> Result<Value, String> {
    match data {
        Value::Object(_) => Ok(data),
        _ => Err("workshop is not an object".into()),
    }
}

fn take_string(doc: &mut Map<String, Value>, field: &str) -> String {
    match doc.remove(field) {
        Some(Value::String(text)) => text,
        _ => String::new(),
    }
}
