//! The café's actions that go beyond one change: removing a note, a theme or an
//! action with an undo, and the timer taps that also open the audio.

use super::{AppState, RemovedPart};
use crate::model::{Cafe, NoteBoard, ValidationError};
use crate::platform::clock::now;

impl AppState {
    /// Changes a café with `change` and saves its workshop.
    pub fn change_cafe<R>(
        &self,
        workshop_id: &str,
        activity_id: &str,
        change: impl FnOnce(&mut Cafe) -> Result<R, ValidationError>,
    ) -> Result<R, ValidationError> {
        self.change_activity(workshop_id, activity_id, change)
    }

    /// Starts a round of a café now.
    pub fn start_round(
        &self,
        workshop_id: &str,
        activity_id: &str,
        index: usize,
    ) -> Result<(), ValidationError> {
        let at = now();
        self.change_cafe(workshop_id, activity_id, |cafe| cafe.start_round(index, at))
    }

    /// Takes a note off its tablecloth and offers to undo it.
    pub fn remove_note(
        &self,
        workshop_id: &str,
        activity_id: &str,
        note_id: &str,
    ) -> Result<(), ValidationError> {
        self.remove_part(workshop_id, activity_id, |cafe: &mut Cafe| {
            let removed = cafe.remove_note(note_id)?;
            let name = short(&removed.note.text);
            Ok((RemovedPart::Note(removed), name))
        })
    }

    /// Takes a theme out of the harvest (its notes become ungrouped) and offers
    /// to undo it.
    pub fn remove_theme(
        &self,
        workshop_id: &str,
        activity_id: &str,
        theme_id: &str,
    ) -> Result<(), ValidationError> {
        self.remove_part(workshop_id, activity_id, |cafe: &mut Cafe| {
            let removed = cafe.remove_theme(theme_id)?;
            let name = removed.theme.name.clone();
            Ok((RemovedPart::Theme(removed), name))
        })
    }

    /// Takes an action out of the harvest and offers to undo it.
    pub fn remove_action(
        &self,
        workshop_id: &str,
        activity_id: &str,
        action_id: &str,
    ) -> Result<(), ValidationError> {
        self.remove_part(workshop_id, activity_id, |cafe: &mut Cafe| {
            let (index, action) = cafe.harvest.remove_action(action_id)?;
            let name = short(&action.text);
            Ok((RemovedPart::Action(index, action), name))
        })
    }
}

/// The start of a text, for a toast.
fn short(text: &str) -> String {
    const MAX: usize = 40;
    if text.chars().count() <= MAX {
        text.to_string()
    } else {
        format!("{}…", text.chars().take(MAX).collect::<String>())
    }
}
