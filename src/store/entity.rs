//! What the repository needs to know about a kind of stored thing.
//!
//! A new kind of data (a persona, a café) is one `impl Entity` plus its migrations;
//! the repository, quarantine and conflict handling come with it.

use super::migrations::{MigrationStep, WORKSHOP_MIGRATIONS};
use crate::model::{copy_name, Id, Persona, PersonaFields, Settings, Workshop, MAX_NAME_CHARS};
use serde::de::DeserializeOwned;
use serde::Serialize;

/// A kind of data stored under its own key.
pub trait Entity: Serialize + DeserializeOwned + Clone {
    /// The kind in the key: `werktafel:v1:<KIND>:<id>`.
    const KIND: &'static str;
    /// The schema version this app writes.
    const SCHEMA: u32;
    /// Steps from each older schema to the next: entry 0 turns schema 1 into 2.
    /// Its length must be `SCHEMA - 1`.
    const MIGRATIONS: &'static [MigrationStep];
    /// The id in the key.
    fn id(&self) -> &str;
    /// Sets the id (used when the key and the stored id disagree); a key
    /// whose id the app could not have made changes nothing.
    fn set_id(&mut self, id: String);
    /// The copy to keep of another tab's version after a conflict, under `id` and
    /// named with `suffix`; `None` for kinds where the latest save simply wins.
    fn conflict_copy(&self, id: String, suffix: &str) -> Option<Self>;
}

impl Entity for Workshop {
    const KIND: &'static str = "workshop";
    /// One more than the steps: a new step (for a new kind of work form) raises it.
    const SCHEMA: u32 = WORKSHOP_MIGRATIONS.len() as u32 + 1;
    const MIGRATIONS: &'static [MigrationStep] = WORKSHOP_MIGRATIONS;

    fn id(&self) -> &str {
        self.id.as_str()
    }

    fn set_id(&mut self, id: String) {
        if let Ok(id) = id.parse() {
            self.id = id;
        }
    }

    fn conflict_copy(&self, id: String, suffix: &str) -> Option<Self> {
        Some(Workshop {
            id: Id::made(&id),
            title: crate::model::copy_title(&self.title, suffix),
            ..self.clone()
        })
    }
}

impl Entity for Persona {
    const KIND: &'static str = "persona";
    const SCHEMA: u32 = 1;
    const MIGRATIONS: &'static [MigrationStep] = &[];

    fn id(&self) -> &str {
        self.id.as_str()
    }

    fn set_id(&mut self, id: String) {
        if let Ok(id) = id.parse() {
            self.id = id;
        }
    }

    /// The copy keeps its history: it is the other tab's work.
    fn conflict_copy(&self, id: String, suffix: &str) -> Option<Self> {
        Some(Persona {
            id: Id::made(&id),
            fields: PersonaFields {
                name: copy_name(&self.fields.name, suffix, MAX_NAME_CHARS),
                ..self.fields.clone()
            },
            ..self.clone()
        })
    }
}

/// The settings are a single entity with a fixed id.
pub const SETTINGS_ID: &str = "device";

impl Entity for Settings {
    const KIND: &'static str = "settings";
    const SCHEMA: u32 = 1;
    const MIGRATIONS: &'static [MigrationStep] = &[];

    fn id(&self) -> &str {
        SETTINGS_ID
    }

    fn set_id(&mut self, _id: String) {}

    /// Settings are preferences: the latest save wins, no copy is kept.
    fn conflict_copy(&self, _id: String, _suffix: &str) -> Option<Self> {
        None
    }
}
