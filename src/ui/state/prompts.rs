//! Questions put out to participants' phones and the answers scanned back.

use super::AppState;
use crate::model::{AnswerRefusal, Cafe, IncomingAnswer, Prompt, Received, ValidationError};
use crate::platform::clock::{now, short_id};
use leptos::prelude::*;

impl AppState {
    /// Puts a placemat's central question out; the question to show (the open
    /// one if nothing changed since it went out).
    pub fn ask_placemat(
        &self,
        workshop_id: &str,
        activity_id: &str,
    ) -> Result<Prompt, ValidationError> {
        self.change_workshop(workshop_id, |w, at| {
            w.ask_placemat(activity_id, short_id(), at).cloned()
        })
    }

    /// Puts a café round's question out (the round on the floor, or the
    /// first before any started); the question to show.
    pub fn ask_cafe_round(
        &self,
        workshop_id: &str,
        activity_id: &str,
    ) -> Result<Prompt, ValidationError> {
        self.change_workshop(workshop_id, |w, at| {
            let round = w
                .activity(activity_id)
                .and_then(|a| a.form::<Cafe>())
                .and_then(|c| c.current_round)
                .unwrap_or(0);
            w.ask_cafe_round(activity_id, round, short_id(), at)
                .cloned()
        })
    }

    /// Puts a persona test's central question out, for the persona's still in
    /// the library; the question to show.
    pub fn ask_persona_test(
        &self,
        workshop_id: &str,
        activity_id: &str,
    ) -> Result<Prompt, ValidationError> {
        let personas = self.personas;
        let in_library = |id: &str| personas.with_untracked(|l| l.get(id).is_some());
        self.change_workshop(workshop_id, |w, at| {
            w.ask_persona_test(activity_id, in_library, short_id(), at)
                .cloned()
        })
    }

    /// Puts an open question out; the question to show.
    pub fn ask_open_question(
        &self,
        workshop_id: &str,
        activity_id: &str,
    ) -> Result<Prompt, ValidationError> {
        self.change_workshop(workshop_id, |w, at| {
            w.ask_open_question(activity_id, short_id(), at).cloned()
        })
    }

    /// Closes a question: it takes no more answers.
    pub fn close_prompt(&self, workshop_id: &str, prompt_id: &str) -> Result<(), ValidationError> {
        self.change_workshop(workshop_id, |w, at| w.close_prompt(prompt_id, at))
    }

    /// Places a scanned answer and saves the workshop; a refused or repeated
    /// answer changes and saves nothing.
    pub fn receive_answer(
        &self,
        workshop_id: &str,
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
