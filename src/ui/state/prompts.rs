//! Questions put out to participants' phones and the answers scanned back.

use super::AppState;
use crate::model::{AnswerRefusal, IncomingAnswer, Received, ValidationError};
use crate::model::{PromptId, WorkshopId};
use crate::platform::clock::now;
use leptos::prelude::*;

impl AppState {
    /// Closes a question: it takes no more answers.
    pub fn close_prompt(
        &self,
        workshop_id: WorkshopId,
        prompt_id: PromptId,
    ) -> Result<(), ValidationError> {
        self.change_workshop(workshop_id, |w, at| w.close_prompt(prompt_id, at))
    }

    /// Places a scanned answer and saves the workshop; a refused or repeated
    /// answer changes and saves nothing.
    pub fn receive_answer(
        &self,
        workshop_id: WorkshopId,
        answer: IncomingAnswer,
    ) -> Result<Received, AnswerRefusal> {
        let mut changed = self
            .workshops
            .with_untracked(|l| l.get(workshop_id).cloned())
            .ok_or(AnswerRefusal::UnknownQuestion)?;
        let outcome = changed.receive_answer(answer, now())?;
        // Only an added answer changes the workshop; "already in" saves nothing.
        if matches!(outcome, Received::Added { .. }) {
            // Read just above, in the same turn: the workshop is there to replace.
            let _ = self.change_workshop(workshop_id, |w, _| {
                *w = changed;
                Ok(())
            });
        }
        Ok(outcome)
    }
}
