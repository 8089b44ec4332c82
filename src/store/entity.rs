//! What the repository needs to know about a kind of stored thing.
//!
//! A new kind of data (a persona, an own method, a café) is one `impl Entity` plus its migrations;
//! the repository, quarantine and conflict handling come with it.

use super::decoding::{Decoder, Decoders};
use super::migrations::{MigrationStep, WORKSHOP_MIGRATIONS};
use crate::library::{OwnMethod, MAX_METHOD_NAME_CHARS};
use crate::model::{
    copy_name, Id, Persona, PersonaFields, Settings, StoredPart, Workshop, MAX_NAME_CHARS,
};
use serde::de::DeserializeOwned;
use serde::Serialize;

/// A kind of data stored under its own key.
pub trait Entity: Serialize + DeserializeOwned + Clone + 'static {
    /// The kind in the key: `werktafel:v1:<KIND>:<id>`.
    const KIND: &'static str;
    /// The schema version this app writes.
    const SCHEMA: u32;
    /// Steps from each older schema to the next: entry 0 turns schema 1 into 2.
    /// Its length must be `SCHEMA - 1`.
    const MIGRATIONS: &'static [MigrationStep];
    /// The first stored schema that keeps the entity's large parts under keys
    /// of their own, if any. A stored envelope of this schema or later holds
    /// the document of one schema less (the split changed where the parts
    /// are, not the document), so a backup still names `SCHEMA`. From then on
    /// every envelope is written with [`Entity::STORED_SCHEMA`], with parts or
    /// without, so an envelope's schema always says which document it holds.
    const SPLIT_SINCE: Option<u32> = None;
    /// The schema of the envelopes this app writes.
    const STORED_SCHEMA: u32 = match Self::SPLIT_SINCE {
        Some(_) => Self::SCHEMA + 1,
        None => Self::SCHEMA,
    };
    /// Its decoder among `all`.
    fn decoder(all: &Decoders) -> &Decoder<Self>;
    /// The id in the key.
    fn id(&self) -> &str;
    /// Sets the id (used when the key and the stored id disagree); a key
    /// whose id the app could not have made changes nothing.
    fn set_id(&mut self, id: String);
    /// The copy to keep of another tab's version after a conflict, under `id` and
    /// named with `suffix`; `None` for kinds where the latest save simply wins.
    fn conflict_copy(&self, id: String, suffix: &str) -> Option<Self>;

    /// Its large parts, each stored under a key of its own: the activity and
    /// the part's id with the part; none for most kinds.
    fn parts(&self) -> Vec<(&str, &str, &dyn StoredPart)> {
        Vec::new()
    }

    /// Empties one part (the entity's own key names it instead).
    fn empty_part(&mut self, _activity: &str, _part: &str) {}

    /// Puts a stored part's content in its place; refused when it has no such
    /// part or the content does not fit.
    fn fill_part(
        &mut self,
        activity: &str,
        part: &str,
        _content: serde_json::Value,
    ) -> Result<(), String> {
        Err(format!("no part {activity}/{part}"))
    }

    /// Sets the moments of its last change to zero, to see whether two
    /// versions differ in more than when they were changed.
    fn clear_times(&mut self) {}
}

/// `Entity::id` and `Entity::set_id` for a record with a typed `id` field of
/// its own (a workshop, a persona): the key's text is parsed into it.
macro_rules! typed_id {
    () => {
        fn id(&self) -> &str {
            self.id.as_str()
        }

        fn set_id(&mut self, id: String) {
            if let Ok(id) = id.parse() {
                self.id = id;
            }
        }
    };
}

impl Entity for Workshop {
    const KIND: &'static str = "workshop";
    /// One more than the steps: a new step (for a new kind of work form) raises it.
    const SCHEMA: u32 = WORKSHOP_MIGRATIONS.len() as u32 + 1;
    const MIGRATIONS: &'static [MigrationStep] = WORKSHOP_MIGRATIONS;
    /// Stored schema 8 holds schema 7's workshop with each café table's
    /// tablecloths and each placemat group under keys of their own (the
    /// workshop's key names them with their revisions); stored schema 9 holds
    /// schema 8's (with the programme), and so on.
    const SPLIT_SINCE: Option<u32> = Some(8);

    fn decoder(all: &Decoders) -> &Decoder<Self> {
        &all.workshop
    }

    typed_id!();

    fn conflict_copy(&self, id: String, suffix: &str) -> Option<Self> {
        Some(Workshop {
            id: Id::made(&id),
            title: crate::model::copy_title(&self.title, suffix),
            ..self.clone()
        })
    }

    fn parts(&self) -> Vec<(&str, &str, &dyn StoredPart)> {
        self.activities
            .iter()
            .flat_map(|a| {
                let activity = a.id.as_str();
                a.body
                    .form()
                    .parts()
                    .into_iter()
                    .map(move |(part, stored)| (activity, part, stored))
            })
            .collect()
    }

    fn empty_part(&mut self, activity: &str, part: &str) {
        if let Some(a) = self
            .activities
            .iter_mut()
            .find(|a| a.id.as_str() == activity)
        {
            a.body.form_mut().empty_part(part);
        }
    }

    fn fill_part(
        &mut self,
        activity: &str,
        part: &str,
        content: serde_json::Value,
    ) -> Result<(), String> {
        let a = self
            .activities
            .iter_mut()
            .find(|a| a.id.as_str() == activity)
            .ok_or_else(|| format!("no activity {activity}"))?;
        a.body.stored_mut().fill_part(part, content)
    }

    fn clear_times(&mut self) {
        self.updated_at = 0;
        for activity in &mut self.activities {
            activity.updated_at = 0;
        }
    }
}

impl Entity for Persona {
    const KIND: &'static str = "persona";
    const SCHEMA: u32 = 1;
    const MIGRATIONS: &'static [MigrationStep] = &[];

    fn decoder(all: &Decoders) -> &Decoder<Self> {
        &all.persona
    }

    typed_id!();

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

impl Entity for OwnMethod {
    const KIND: &'static str = "method";
    const SCHEMA: u32 = 1;
    const MIGRATIONS: &'static [MigrationStep] = &[];

    fn decoder(all: &Decoders) -> &Decoder<Self> {
        &all.method
    }

    typed_id!();

    /// The copy is the other tab's version under a name of its own.
    fn conflict_copy(&self, id: String, suffix: &str) -> Option<Self> {
        Some(OwnMethod {
            id: Id::made(&id),
            name: copy_name(&self.name, suffix, MAX_METHOD_NAME_CHARS),
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

    fn decoder(all: &Decoders) -> &Decoder<Self> {
        &all.settings
    }

    fn id(&self) -> &str {
        SETTINGS_ID
    }

    fn set_id(&mut self, _id: String) {}

    /// Settings are preferences: the latest save wins, no copy is kept.
    fn conflict_copy(&self, _id: String, _suffix: &str) -> Option<Self> {
        None
    }
}
