//! The persona library, shared by all workshops: the list commands plus saving
//! with revisions, putting back a revision, adding the examples and searching.

use super::collection::Collection;
use super::{Avatar, IdMaker, Persona, PersonaFields, PersonaId, Timestamp, ValidationError};

/// All persona's, newest first.
pub type Personas = Collection<Persona>;

impl Collection<Persona> {
    /// Adds a new persona at the top and returns its id.
    pub fn create(
        &mut self,
        fields: &PersonaFields,
        avatar: Avatar,
        id: PersonaId,
        now: Timestamp,
    ) -> Result<PersonaId, ValidationError> {
        self.add(Persona::create(fields, avatar, id, now)?)?;
        Ok(id)
    }

    /// Saves a persona's fields and avatar; returns whether a revision was added.
    pub fn edit(
        &mut self,
        id: PersonaId,
        fields: &PersonaFields,
        avatar: Avatar,
        note: &str,
        now: Timestamp,
    ) -> Result<bool, ValidationError> {
        self.get_mut(id)?.apply(fields, avatar, note, now)
    }

    /// Puts back an earlier version of a persona.
    pub fn restore_revision(
        &mut self,
        id: PersonaId,
        at: Timestamp,
        now: Timestamp,
    ) -> Result<(), ValidationError> {
        self.get_mut(id)?.restore_revision(at, now)
    }

    /// Adds the example persona's, each under an id from `new_id`; returns the ids.
    pub fn add_examples(
        &mut self,
        examples: Vec<(PersonaFields, Avatar)>,
        mut new_id: impl IdMaker,
        now: Timestamp,
    ) -> Result<Vec<PersonaId>, ValidationError> {
        let mut made = Vec::new();
        for (fields, avatar) in &examples {
            let mut persona = Persona::create(fields, avatar.clone(), new_id.make(), now)?;
            persona.example = true;
            made.push(persona);
        }
        let ids = made.iter().map(|p| p.id).collect();
        // Checked first, added after: a refused example adds none of them.
        for persona in made.into_iter().rev() {
            self.add(persona)?;
        }
        Ok(ids)
    }

    /// The persona's matching `query`, sorted by name.
    pub fn search(&self, query: &str) -> Vec<&Persona> {
        let mut found: Vec<&Persona> = self
            .all()
            .iter()
            .filter(|p| p.fields.matches(query))
            .collect();
        found.sort_by_cached_key(|p| p.fields.name.to_lowercase());
        found
    }
}
