//! Activities: the work forms run inside a workshop (persona test now; café,
//! placemat and others later). Each activity is stored inside its workshop, so a
//! workshop's copy, delete, undo and backup carry its activities along.
//!
//! A new kind of activity is one new variant of [`ActivityBody`] and its module;
//! the stored form is tagged by `kind`, so older kinds keep reading as they were.

use super::{PersonaTest, Timestamp, ValidationError};
use serde::{Deserialize, Serialize};

/// What an activity is, with the data of its own work form.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum ActivityBody {
    PersonaTest(PersonaTest),
}

/// One activity in a workshop.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Activity {
    /// Unique within its workshop.
    pub id: String,
    pub created_at: Timestamp,
    pub updated_at: Timestamp,
    #[serde(flatten)]
    pub body: ActivityBody,
}

impl Activity {
    /// The persona test of this activity, if it is one.
    pub fn persona_test(&self) -> Option<&PersonaTest> {
        match &self.body {
            ActivityBody::PersonaTest(test) => Some(test),
        }
    }

    /// Changes the persona test of this activity with `change`; nothing changes
    /// if `change` refuses.
    pub fn change_persona_test<R>(
        &mut self,
        now: Timestamp,
        change: impl FnOnce(&mut PersonaTest) -> Result<R, ValidationError>,
    ) -> Result<R, ValidationError> {
        let ActivityBody::PersonaTest(test) = &mut self.body;
        let mut changed = test.clone();
        let result = change(&mut changed)?;
        *test = changed;
        self.updated_at = now;
        Ok(result)
    }
}
