//! Activities: the work forms run inside a workshop (persona test, wereldcafé,
//! placemat, open question; others later). Each activity is stored inside its workshop, so a
//! workshop's copy, delete, undo and backup carry its activities along.
//!
//! A new kind of activity is one new variant of [`ActivityBody`] (with its arm in
//! [`ActivityBody::form`] and a `work_form!` line) and its module, which implements
//! [`FormData`]; the stored form is tagged by `kind`, so older kinds keep reading
//! as they were.

use super::stored_check::Checked;
use super::{Cafe, NoteBoard, OpenQuestion, PersonaTest, Placemat, Timestamp, ValidationError};
use serde::{Deserialize, Serialize};

/// What an activity is, with the data of its own work form.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum ActivityBody {
    PersonaTest(PersonaTest),
    Cafe(Cafe),
    Placemat(Placemat),
    OpenQuestion(OpenQuestion),
}

impl ActivityBody {
    /// The work form inside, whatever its kind: the one place that lists the kinds
    /// for what every form does (its stored rules, its board, its names).
    pub fn form(&self) -> &dyn FormData {
        match self {
            ActivityBody::PersonaTest(test) => test,
            ActivityBody::Cafe(cafe) => cafe,
            ActivityBody::Placemat(placemat) => placemat,
            ActivityBody::OpenQuestion(question) => question,
        }
    }

    /// The work form inside, to change.
    pub fn form_mut(&mut self) -> &mut dyn FormData {
        match self {
            ActivityBody::PersonaTest(test) => test,
            ActivityBody::Cafe(cafe) => cafe,
            ActivityBody::Placemat(placemat) => placemat,
            ActivityBody::OpenQuestion(question) => question,
        }
    }
}

/// What the code around a work form asks of every kind, so that code (checking
/// an import, the shared notes core, taking names out) never lists the kinds.
pub trait FormData {
    /// Whether the stored form keeps the rules its editing keeps.
    fn check_stored(&self) -> Checked;

    /// The notes, themes and actions of a form that has them.
    fn board_mut(&mut self) -> Option<&mut dyn NoteBoard> {
        None
    }

    /// Every person's name the form holds in a field of its own (hosts,
    /// participants, persons on a placemat, action owners, who answered).
    fn names_mut(&mut self) -> Vec<&mut String> {
        Vec::new()
    }
}

/// A work form's data, found inside an [`ActivityBody`].
pub trait WorkForm: Sized {
    /// The data, if the body is of this kind.
    fn of(body: &ActivityBody) -> Option<&Self>;
    /// The data to change, if the body is of this kind.
    fn of_mut(body: &mut ActivityBody) -> Option<&mut Self>;
}

/// Implements [`WorkForm`] for the data of one variant of [`ActivityBody`].
macro_rules! work_form {
    ($form:ty, $variant:ident) => {
        impl WorkForm for $form {
            fn of(body: &ActivityBody) -> Option<&Self> {
                match body {
                    ActivityBody::$variant(form) => Some(form),
                    _ => None,
                }
            }

            fn of_mut(body: &mut ActivityBody) -> Option<&mut Self> {
                match body {
                    ActivityBody::$variant(form) => Some(form),
                    _ => None,
                }
            }
        }
    };
}

work_form!(PersonaTest, PersonaTest);
work_form!(Cafe, Cafe);
work_form!(Placemat, Placemat);
work_form!(OpenQuestion, OpenQuestion);

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
    /// The work form's data, if this activity is of kind `T`.
    pub fn form<T: WorkForm>(&self) -> Option<&T> {
        T::of(&self.body)
    }

    /// Changes the work form's data with `change`; nothing changes if `change`
    /// refuses or the activity is of another kind.
    pub fn change<T: WorkForm + Clone, R>(
        &mut self,
        now: Timestamp,
        change: impl FnOnce(&mut T) -> Result<R, ValidationError>,
    ) -> Result<R, ValidationError> {
        let form = T::of_mut(&mut self.body).ok_or(ValidationError::NotFound)?;
        let mut changed = form.clone();
        let result = change(&mut changed)?;
        *form = changed;
        self.updated_at = now;
        Ok(result)
    }

    /// Changes the notes, themes and actions of a work form that has them;
    /// nothing changes if `change` refuses.
    pub fn change_board<R>(
        &mut self,
        now: Timestamp,
        change: impl FnOnce(&mut dyn NoteBoard) -> Result<R, ValidationError>,
    ) -> Result<R, ValidationError> {
        let mut changed = self.body.clone();
        let board = changed
            .form_mut()
            .board_mut()
            .ok_or(ValidationError::NotFound)?;
        let result = change(board)?;
        self.body = changed;
        self.updated_at = now;
        Ok(result)
    }
}
