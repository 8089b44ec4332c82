//! The actions on the persona library.

use super::{AppState, Kind, Undo};
use crate::model::{example_personas, Avatar, PersonaFields, ValidationError};
use crate::platform::clock::{new_id, now};
use leptos::prelude::*;

impl AppState {
    /// Creates a persona; returns its id.
    pub fn create_persona(
        &self,
        fields: &PersonaFields,
        avatar: Avatar,
    ) -> Result<String, ValidationError> {
        let id = new_id();
        let at = now();
        self.change_record(
            Kind::Persona,
            self.personas,
            |p| p.create(fields, avatar, id.clone(), at),
            &id,
        )
    }

    /// Saves a persona; a change of fields adds a revision with `note`.
    /// `seen_updated_at` is the version the form was opened on (see `edit_workshop`).
    pub fn edit_persona(
        &self,
        id: &str,
        fields: &PersonaFields,
        avatar: Avatar,
        note: &str,
        seen_updated_at: i64,
    ) -> Result<bool, ValidationError> {
        let at = now();
        self.edit_record(Kind::Persona, self.personas, id, seen_updated_at, |p| {
            p.edit(id, fields, avatar, note, at)
        })
    }

    /// Puts back the version of a persona saved at `at`.
    pub fn restore_persona_revision(&self, id: &str, at: i64) -> Result<(), ValidationError> {
        let time = now();
        self.change_record(
            Kind::Persona,
            self.personas,
            |p| p.restore_revision(id, at, time),
            id,
        )
    }

    /// Copies a persona; returns the id of the copy.
    pub fn duplicate_persona(&self, id: &str) -> Result<String, ValidationError> {
        self.duplicate_record(Kind::Persona, self.personas, id)
    }

    /// Deletes a persona and offers to undo it.
    pub fn delete_persona(&self, id: &str) -> Result<(), ValidationError> {
        self.delete_with_undo(Kind::Persona, self.personas, id, |removed| {
            Undo::Persona(Box::new(removed))
        })
    }

    /// Adds the example persona's to the library.
    pub fn add_example_personas(&self) -> Result<(), ValidationError> {
        let at = now();
        let ids = self
            .personas
            .try_update(|p| p.add_examples(example_personas(), new_id, at))
            .expect("the persona signal lives as long as the app")?;
        for id in ids {
            self.commit(super::Pending::Saved(Kind::Persona, id));
        }
        Ok(())
    }
}
