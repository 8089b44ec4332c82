//! The work forms' actions that go beyond one change: starting a round,
//! removing a note, an answer, a theme or an action with an undo.

use super::{AppState, RemovedPart};
use crate::forms::cafe::Cafe;
use crate::forms::open_question::OpenQuestion;
use crate::forms::placemat::Placemat;
use crate::model::{NoteBoard, ValidationError};
use crate::platform::clock::now;

impl AppState {
    /// Starts a round of a café now.
    pub fn start_round(
        &self,
        workshop_id: &str,
        activity_id: &str,
        index: usize,
    ) -> Result<(), ValidationError> {
        let at = now();
        self.change_activity(workshop_id, activity_id, |cafe: &mut Cafe| {
            cafe.start_round(index, at)
        })
    }

    /// Changes the notes, themes and actions of a café or placemat with
    /// `change` and saves its workshop.
    pub fn change_board<R>(
        &self,
        workshop_id: &str,
        activity_id: &str,
        change: impl FnOnce(&mut dyn NoteBoard) -> Result<R, ValidationError>,
    ) -> Result<R, ValidationError> {
        self.change_workshop(workshop_id, |w, at| w.change_board(activity_id, at, change))
    }

    /// Takes a note out of a placemat's field or middle and offers to undo it.
    pub fn remove_placemat_note(
        &self,
        workshop_id: &str,
        activity_id: &str,
        note_id: &str,
    ) -> Result<(), ValidationError> {
        self.remove_part(workshop_id, activity_id, |placemat: &mut Placemat| {
            let removed = placemat.remove_note(note_id)?;
            let name = short(&removed.note.text);
            Ok((RemovedPart::PlacematNote(removed), name))
        })
    }

    /// Takes an answer off an open question and offers to undo it.
    pub fn remove_reply(
        &self,
        workshop_id: &str,
        activity_id: &str,
        reply_id: &str,
    ) -> Result<(), ValidationError> {
        self.remove_part(workshop_id, activity_id, |question: &mut OpenQuestion| {
            let removed = question.remove_reply(reply_id)?;
            let name = short(&removed.reply.text);
            Ok((RemovedPart::Reply(removed), name))
        })
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
        let (part, name) = self.change_board(workshop_id, activity_id, |board| {
            let removed = board.remove_theme(theme_id)?;
            let name = removed.theme.name.clone();
            Ok((RemovedPart::Theme(removed), name))
        })?;
        self.offer_undo(workshop_id, activity_id, part, name);
        Ok(())
    }

    /// Takes an action out of the harvest and offers to undo it.
    pub fn remove_action(
        &self,
        workshop_id: &str,
        activity_id: &str,
        action_id: &str,
    ) -> Result<(), ValidationError> {
        let (part, name) = self.change_board(workshop_id, activity_id, |board| {
            let (index, action) = board.harvest_mut().remove_action(action_id)?;
            let name = short(&action.text);
            Ok((RemovedPart::Action(index, action), name))
        })?;
        self.offer_undo(workshop_id, activity_id, part, name);
        Ok(())
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
