//! The work forms that put their question out to participants' phones: where
//! each one's answers go ([`PromptTarget`], made from the registry) and what
//! each one does with an answer and shows on the phone's card. The asking and
//! receiving around it (the question, the answers in, an answer scanned twice)
//! is `model::prompt`'s, the same for every form.

use crate::forms::{Activity, WorkForm};
use crate::model::id::MAX_ID_LEN;
use crate::model::{
    Checked, Field, Id, IncomingAnswer, PersonaId, ReceivedAnswer, ValidationError,
};
use crate::transfer::CardPlaces;
use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};
use std::fmt::Debug;

/// A work form whose question goes out to phones.
pub trait PhoneForm: WorkForm {
    /// Where its answers go, fixed when the question goes out (the ids of
    /// the tables, or of the groups and their persons), so an answer lands
    /// where the participant chose even if names change later.
    type Target: Debug + Clone + PartialEq + Eq + Serialize + DeserializeOwned;

    /// Whether a stored target keeps the rules.
    fn check_target(target: &Self::Target) -> Checked;

    /// Places an answer where the participant chose. Returns how many notes
    /// were placed; `NotFound` when the place is not there any more.
    fn receive(&mut self, delivery: Delivery<Self::Target>) -> Result<usize, ValidationError>;

    /// What the phone picks from, by the names the form (if it is still
    /// there) gives them now.
    fn card_places(form: Option<&Self>, target: &Self::Target, names: PersonaNames) -> CardPlaces;
}

/// An answer on its way to its place in a form.
pub struct Delivery<'a, T> {
    /// Where the question's answers go, as fixed when it went out.
    pub target: &'a T,
    pub answer: &'a IncomingAnswer<'a>,
    /// The answers to this question that came in before.
    pub earlier: &'a [ReceivedAnswer],
}

impl<T> Delivery<'_, T> {
    /// The answer's texts, each with the id of the note (or answer) it
    /// becomes: the answer's own id and its number (`<answer>-1`), so an
    /// answer scanned twice is added once. An answer's id from a card has at
    /// most 40 characters, so these fit; a longer one is refused.
    pub fn parts<K>(&self) -> Result<Vec<(Id<K>, String)>, ValidationError> {
        let answer = self.answer;
        answer
            .texts
            .iter()
            .enumerate()
            .map(|(k, text)| {
                let id = format!("{}-{}", answer.answer_id, k + 1);
                let too_long = ValidationError::TooLong {
                    field: Field::Answer,
                    max: MAX_ID_LEN,
                };
                Ok((id.parse().map_err(|_| too_long)?, text.clone()))
            })
            .collect()
    }
}

/// The name of a persona of the library, by its id.
pub type PersonaNames<'a> = &'a dyn Fn(PersonaId) -> String;

/// [`PromptTarget`] with a variant for each form that asks phones: the
/// registry's list is first narrowed to those forms and their tags.
macro_rules! prompt_targets {
    (@narrow [$($phone:tt)*]) => {
        prompt_targets!(@emit $($phone)*);
    };
    (@narrow [$($phone:tt)*] $form:ident in $module:ident, phone $tag:literal; $($rest:tt)*) => {
        prompt_targets!(@narrow [$($phone)* $form $tag;] $($rest)*);
    };
    (@narrow [$($phone:tt)*] $form:ident in $module:ident; $($rest:tt)*) => {
        prompt_targets!(@narrow [$($phone)*] $($rest)*);
    };
    (@emit $($form:ident $tag:literal;)*) => {
        /// Where a question's answers go: the target of one kind of form,
        /// stored tagged by `to`.
        #[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
        #[serde(tag = "to")]
        pub enum PromptTarget {
            $(
                #[serde(rename = $tag)]
                $form(<super::$form as PhoneForm>::Target),
            )*
        }

        impl PromptTarget {
            /// Whether the stored target keeps the rules.
            pub fn check_stored(&self) -> Checked {
                match self {
                    $(PromptTarget::$form(target) => super::$form::check_target(target),)*
                }
            }

            /// Places an answer in `activity`, the form the question belongs
            /// to (see [`PhoneForm::receive`]); nothing changes when it is
            /// refused or the activity is of another kind.
            pub fn receive(
                &self,
                activity: &mut Activity,
                now: crate::model::Timestamp,
                answer: &IncomingAnswer,
                earlier: &[ReceivedAnswer],
            ) -> Result<usize, ValidationError> {
                match self {
                    $(
                        PromptTarget::$form(target) => {
                            activity.change(now, |form: &mut super::$form| {
                                form.receive(Delivery { target, answer, earlier })
                            })
                        }
                    )*
                }
            }

            /// What the phone picks from (see [`PhoneForm::card_places`]).
            pub fn card_places(
                &self,
                activity: Option<&Activity>,
                persona_name: PersonaNames,
            ) -> CardPlaces {
                match self {
                    $(
                        PromptTarget::$form(target) => {
                            let form = activity.and_then(|a| a.form::<super::$form>());
                            super::$form::card_places(form, target, persona_name)
                        }
                    )*
                }
            }
        }
    };
    ($($entries:tt)*) => {
        prompt_targets!(@narrow [] $($entries)*);
    };
}
super::registry!(prompt_targets);
