//! The open question for phones: the question itself, answered by anyone,
//! with nothing to pick.

use crate::forms::open_question::OpenQuestion;
use crate::forms::phone::{Delivery, PersonaNames};
use crate::forms::{PhoneForm, PromptTarget};
use crate::model::stored_check::Checked;
use crate::model::{Prompt, Timestamp, ValidationError, Workshop};
use crate::transfer::{CardPlaces, PlaceKind};
use serde::{Deserialize, Serialize};
use crate::model::{ActivityId, PromptId};

/// An answer to an open question, from anyone: nothing to pick.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Anyone {}

impl PhoneForm for OpenQuestion {
    type Target = Anyone;

    fn check_target(_: &Anyone) -> Checked {
        Ok(())
    }

    fn receive(&mut self, delivery: Delivery<Anyone>) -> Result<usize, ValidationError> {
        self.receive_replies(delivery.answer.name, &delivery.parts()?)
    }

    fn card_places(_: Option<&OpenQuestion>, _: &Anyone, _: PersonaNames) -> CardPlaces {
        CardPlaces::of(PlaceKind::Anyone)
    }
}

impl Workshop {
    /// Puts an open question out to phones, for answers from anyone.
    pub fn ask_open_question(
        &mut self,
        activity_id: ActivityId,
        prompt_id: PromptId,
        now: Timestamp,
    ) -> Result<&Prompt, ValidationError> {
        let question = self.form_of::<OpenQuestion>(activity_id)?.question.clone();
        if question.trim().is_empty() {
            return Err(ValidationError::CentralQuestionEmpty);
        }
        Ok(self.ask(activity_id, question, PromptTarget::OpenQuestion(Anyone {}), prompt_id, now))
    }
}
