//! The actions on the persona library.

use super::records::{Kind, Listed};
use super::saving::Pending;
use super::AppState;
use crate::model::{example_personas, Avatar, Persona, PersonaFields, PersonaId, ValidationError};
use crate::platform::clock::{new_id, new_id_text, now};
use leptos::prelude::*;

impl AppState {
    /// Creates a persona; returns its id.
    pub fn create_persona(
        &self,
        fields: &PersonaFields,
        avatar: Avatar,
    ) -> Result<PersonaId, ValidationError> {
        let id = new_id();
        let at = now();
        self.change_record::<Persona, _>(id, |p| p.create(fields, avatar, id, at))
    }

    /// Saves a persona; a change of fields adds a revision with `note`.
    /// `seen_updated_at` is the version the form was opened on (see `edit_workshop`).
    pub fn edit_persona(
        &self,
        id: PersonaId,
        fields: &PersonaFields,
        avatar: Avatar,
        note: &str,
        seen_updated_at: i64,
    ) -> Result<bool, ValidationError> {
        let at = now();
        self.edit_record::<Persona, _>(id, seen_updated_at, |p| {
            p.edit(id, fields, avatar, note, at)
        })
    }

    /// Puts back the version of a persona saved at `at`.
    pub fn restore_persona_revision(&self, id: PersonaId, at: i64) -> Result<(), ValidationError> {
        let time = now();
        self.change_record::<Persona, _>(id, |p| p.restore_revision(id, at, time))
    }

    /// Copies a persona; returns the id of the copy.
    pub fn duplicate_persona(&self, id: PersonaId) -> Result<PersonaId, ValidationError> {
        self.duplicate_record::<Persona>(id)
    }

    /// Deletes a persona and offers to undo it.
    pub fn delete_persona(&self, id: PersonaId) -> Result<(), ValidationError> {
        self.delete_with_undo::<Persona>(id)
    }

    /// Adds the example persona's to the library.
    pub fn add_example_personas(&self) -> Result<(), ValidationError> {
        let at = now();
        let ids = Persona::list(self)
            .try_update(|p| p.add_examples(example_personas(), new_id_text, at))
            .expect("the persona signal lives as long as the app")?;
        for id in ids {
            self.commit(Pending::Saved(Kind::Persona, id.to_string()));
        }
        Ok(())
    }
}
