//! Activities: the work forms run inside a workshop. Each activity is stored
//! inside its workshop, so a workshop's copy, delete, undo and backup carry its
//! activities along. The stored form is tagged by `kind` (the form's name in
//! snake case), so older kinds keep reading as they were.
//!
//! Everything here that lists the kinds is made from [`super::registry!`].

use crate::forms::{FormData, FormReport, StoredForm};
use crate::model::{ActivityId, NoteBoard, Timestamp, ValidationError};
use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};
use std::fmt::Debug;

/// A work form's data: one kind of [`ActivityBody`].
pub trait WorkForm:
    FormData + FormReport + Debug + Clone + PartialEq + Serialize + DeserializeOwned + 'static
{
    /// Which kind it is.
    const KIND: FormKind;
    /// The data, if the body is of this kind.
    fn of(body: &ActivityBody) -> Option<&Self>;
    /// The data to change, if the body is of this kind.
    fn of_mut(body: &mut ActivityBody) -> Option<&mut Self>;
    /// The body holding this data.
    fn into_body(self) -> ActivityBody;
}

/// Something done with the type of one kind of form, chosen at run time by
/// its [`FormKind`] (see [`FormKind::visit`]).
pub trait FormVisitor {
    type Output;
    /// Does it with the form type `T`.
    fn visit<T: WorkForm>(self) -> Self::Output;
}

/// The body, the kind and the form trait of each registered work form.
macro_rules! activity_kinds {
    ($($form:ident in $module:ident $(, phone $tag:literal)?;)*) => {
        /// What an activity is, with the data of its own work form. Stored
        /// tagged by `kind`; read by [`Activity`]'s own reading below.
        #[derive(Debug, Clone, PartialEq, Eq, Serialize)]
        #[serde(tag = "kind", rename_all = "snake_case")]
        pub enum ActivityBody {
            $($form(super::$form),)*
        }

        /// A kind of work form, without its data.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        pub enum FormKind {
            $($form,)*
        }

        impl FormKind {
            /// Every kind, in the registry's order.
            pub const ALL: &'static [FormKind] = &[$(FormKind::$form,)*];

            /// Its name, as the workshop's list, its page and the programme
            /// show it.
            pub fn name(self) -> crate::i18n::Text {
                match self {
                    $(FormKind::$form => <super::$form as super::FormTexts>::NAME,)*
                }
            }

            /// The name a stored activity of this kind carries as its `kind`.
            pub fn stored_name(self) -> &'static str {
                match self {
                    $(FormKind::$form => stringify!($module),)*
                }
            }

            /// The kind whose stored name is `name`.
            pub fn from_stored_name(name: &str) -> Option<FormKind> {
                FormKind::ALL.iter().copied().find(|kind| kind.stored_name() == name)
            }

            /// Does `visitor`'s work with the form type of this kind.
            pub fn visit<V: FormVisitor>(self, visitor: V) -> V::Output {
                match self {
                    $(FormKind::$form => visitor.visit::<super::$form>(),)*
                }
            }
        }

        impl ActivityBody {
            /// Which kind of form this is.
            pub fn kind(&self) -> FormKind {
                match self {
                    $(ActivityBody::$form(_) => FormKind::$form,)*
                }
            }

            /// The work form inside, whatever its kind.
            pub fn form(&self) -> &dyn FormData {
                match self {
                    $(ActivityBody::$form(form) => form,)*
                }
            }

            /// The work form inside, to change.
            pub fn form_mut(&mut self) -> &mut dyn FormData {
                match self {
                    $(ActivityBody::$form(form) => form,)*
                }
            }

            /// The work form inside, to check as stored.
            pub fn stored(&self) -> &dyn StoredForm {
                match self {
                    $(ActivityBody::$form(form) => form,)*
                }
            }

            /// The work form inside, to fill in its stored parts.
            pub fn stored_mut(&mut self) -> &mut dyn StoredForm {
                match self {
                    $(ActivityBody::$form(form) => form,)*
                }
            }

            /// The work form inside, for the report and the spreadsheet.
            pub fn report(&self) -> &dyn FormReport {
                match self {
                    $(ActivityBody::$form(form) => form,)*
                }
            }
        }

        $(
            impl WorkForm for super::$form {
                const KIND: FormKind = FormKind::$form;

                fn of(body: &ActivityBody) -> Option<&Self> {
                    if let ActivityBody::$form(form) = body {
                        Some(form)
                    } else {
                        None
                    }
                }

                fn into_body(self) -> ActivityBody {
                    ActivityBody::$form(self)
                }

                fn of_mut(body: &mut ActivityBody) -> Option<&mut Self> {
                    if let ActivityBody::$form(form) = body {
                        Some(form)
                    } else {
                        None
                    }
                }
            }
        )*
    };
}
super::registry!(activity_kinds);

/// One activity in a workshop.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Activity {
    /// Unique within its workshop.
    pub id: ActivityId,
    pub created_at: Timestamp,
    pub updated_at: Timestamp,
    #[serde(flatten)]
    pub body: ActivityBody,
}

/// The fields every stored activity has besides its form's data.
#[derive(Deserialize)]
pub(crate) struct ActivityHead {
    id: ActivityId,
    created_at: Timestamp,
    updated_at: Timestamp,
    kind: String,
}

/// Reads an activity as a JSON value first, then its form's data as the type
/// its `kind` names. Serde's own reading of a tagged, flattened value would
/// make a second copy of every form's reading code for each deserializer the
/// app uses (the store's and the import's); this way there is one, over
/// `serde_json::Value`. The import finds the place of a mistake by reading
/// the head and the form again on their own (`transfer::import`).
impl<'de> Deserialize<'de> for Activity {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let value = serde_json::Value::deserialize(deserializer)?;
        Activity::from_value(value).map_err(serde::de::Error::custom)
    }
}

impl Activity {
    fn from_value(value: serde_json::Value) -> Result<Self, serde_json::Error> {
        let head = ActivityHead::deserialize(&value)?;
        let kind = FormKind::from_stored_name(&head.kind)
            .ok_or_else(|| serde::de::Error::unknown_variant(&head.kind, &[]))?;
        Ok(Activity {
            id: head.id,
            created_at: head.created_at,
            updated_at: head.updated_at,
            body: kind.visit(BodyFrom(value))?,
        })
    }
}

/// Reads a value as the body of one kind of form.
struct BodyFrom(serde_json::Value);

impl FormVisitor for BodyFrom {
    type Output = Result<ActivityBody, serde_json::Error>;

    fn visit<T: WorkForm>(self) -> Self::Output {
        serde_json::from_value::<T>(self.0).map(T::into_body)
    }
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
