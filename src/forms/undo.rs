//! Parts taken out of a work form, kept so the toast's *Ongedaan maken* can
//! put them back: each form's own part (a note, an answer, a municipality,
//! see [`Restorable`]) and the themes and actions of a form's harvest.
//! [`RemovedPart`] is made from the registry.

use super::{Activity, WorkForm};
use crate::model::ActivityId;
use crate::model::{Action, RemovedTheme, Timestamp, ValidationError, Workshop};
use std::fmt::Debug;

/// A work form with a part that can be taken out and put back.
pub trait Restorable: WorkForm {
    /// What taking the part out keeps, to put it back where it was.
    /// ([`RemovedPart`] has a variant for it, made from the registry.)
    type Removed: Debug + Clone + PartialEq + Eq + Send + Sync + Into<RemovedPart>;

    /// Puts a removed part back where it was (once).
    fn restore(&mut self, removed: Self::Removed) -> Result<(), ValidationError>;

    /// The part's name, as the toast says it was deleted.
    fn removed_name(removed: &Self::Removed) -> String;
}

/// A part of the harvest every form with notes shares.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum HarvestPart {
    Theme(RemovedTheme),
    /// An action and its place in the list.
    Action(usize, Action),
}

/// [`RemovedPart`] with a variant for each form's own part.
macro_rules! removed_parts {
    ($($form:ident in $module:ident $(, phone $tag:literal)?;)*) => {
        /// A part taken out of an activity, with what putting it back needs.
        #[derive(Debug, Clone, PartialEq, Eq)]
        pub enum RemovedPart {
            $($form(<super::$form as Restorable>::Removed),)*
            Harvest(HarvestPart),
        }

        $(impl From<<super::$form as Restorable>::Removed> for RemovedPart {
            fn from(removed: <super::$form as Restorable>::Removed) -> Self {
                RemovedPart::$form(removed)
            }
        })*

        impl RemovedPart {
            /// Puts the part back into `activity`, the form it came from.
            fn restore_into(
                self,
                activity: &mut Activity,
                now: Timestamp,
            ) -> Result<(), ValidationError> {
                match self {
                    $(
                        RemovedPart::$form(removed) => {
                            activity.change(now, |form: &mut super::$form| form.restore(removed))
                        }
                    )*
                    RemovedPart::Harvest(part) => activity.change_board(now, |board| {
                        match part {
                            HarvestPart::Theme(removed) => board.restore_theme(removed),
                            HarvestPart::Action(index, action) => {
                                board.harvest_mut().restore_action(index, action)
                            }
                        }
                        Ok(())
                    }),
                }
            }
        }
    };
}
super::registry!(removed_parts);

impl Workshop {
    /// Puts a removed part back into the activity `activity_id`.
    pub fn restore_part(
        &mut self,
        activity_id: ActivityId,
        part: RemovedPart,
        now: Timestamp,
    ) -> Result<(), ValidationError> {
        let activity = self
            .activities
            .iter_mut()
            .find(|a| a.id == activity_id)
            .ok_or(ValidationError::NotFound)?;
        part.restore_into(activity, now)?;
        self.updated_at = now;
        Ok(())
    }
}

/// The start of a text, as a toast names it: at most 40 characters.
pub fn short_name(text: &str) -> String {
    const MAX: usize = 40;
    if text.chars().count() <= MAX {
        text.to_string()
    } else {
        format!("{}…", text.chars().take(MAX).collect::<String>())
    }
}
