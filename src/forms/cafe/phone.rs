//! The café's question for phones: the question of a round, answered with
//! notes on the tablecloth of the table the participant picks.

use crate::forms::cafe::Cafe;
use crate::forms::phone::{Delivery, PersonaNames};
use crate::forms::{PhoneForm, PromptTarget};
use crate::model::stored_check::{check_ids, Checked, Within};
use crate::model::{NoteKind, Prompt, Timestamp, ValidationError, Workshop};
use crate::transfer::{CardPlaces, PlaceKind};
use serde::{Deserialize, Serialize};
use crate::model::{ActivityId, PromptId, RoundId};
use crate::model::TableId;

/// Notes on the tablecloth of a table in one café round.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CafeRound {
    pub round_id: RoundId,
    /// The tables to pick from, in the order the phone shows them.
    pub tables: Vec<TableId>,
}

impl PhoneForm for Cafe {
    type Target = CafeRound;

    fn check_target(target: &CafeRound) -> Checked {
        check_ids(&target.tables, |t| *t).within("tables")
    }

    fn receive(&mut self, delivery: Delivery<CafeRound>) -> Result<usize, ValidationError> {
        let Delivery { target, answer, .. } = &delivery;
        let table = *target
            .tables
            .get(answer.place)
            .ok_or(ValidationError::NotFound)?;
        self.table(table).ok_or(ValidationError::NotFound)?;
        let notes = delivery.parts()?;
        for (id, text) in &notes {
            self.add_note(table, target.round_id, *id, NoteKind::Idea, text)?;
        }
        Ok(notes.len())
    }

    fn card_places(cafe: Option<&Cafe>, target: &CafeRound, _: PersonaNames) -> CardPlaces {
        let name = |id: TableId| cafe.and_then(|c| c.table(id)).map(|t| t.name.clone());
        CardPlaces {
            places: target
                .tables
                .iter()
                .map(|&t| name(t).unwrap_or_default())
                .collect(),
            ..CardPlaces::of(PlaceKind::Table)
        }
    }
}

impl Workshop {
    /// Puts a café round's question out to phones, for notes at any table.
    pub fn ask_cafe_round(
        &mut self,
        activity_id: ActivityId,
        round: usize,
        prompt_id: PromptId,
        now: Timestamp,
    ) -> Result<&Prompt, ValidationError> {
        let cafe = self.form_of::<Cafe>(activity_id)?;
        let round_of = cafe.rounds.get(round).ok_or(ValidationError::NotFound)?;
        if round_of.question.trim().is_empty() {
            return Err(ValidationError::QuestionEmpty { round: round + 1 });
        }
        let target = PromptTarget::Cafe(CafeRound {
            round_id: round_of.id,
            tables: cafe.tables.iter().map(|t| t.id).collect(),
        });
        let question = round_of.question.clone();
        Ok(self.ask(activity_id, question, target, prompt_id, now))
    }
}
