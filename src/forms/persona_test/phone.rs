//! The persona test's question for phones: its central question, answered
//! with a score and a line for a persona (of those still in the library) in a
//! municipality. The line lands under the cell's text; the cell's score
//! follows the phones' scores until the facilitator sets one.

use crate::forms::persona_test::{PersonaTest, PhoneCell, SCORES};
use crate::forms::phone::{Delivery, PersonaNames};
use crate::forms::{PhoneForm, PromptTarget};
use crate::model::prompt::{MAX_ANSWER_NAME_CHARS, MAX_PROMPT_PLACES};
use crate::model::stored_check::{check_ids, Checked, Within};
use crate::model::{Field, IncomingAnswer, Prompt, Timestamp, ValidationError, Workshop};
use crate::transfer::{CardPlaces, PlaceKind};
use serde::{Deserialize, Serialize};
use crate::model::{ActivityId, PromptId};
use crate::model::{MunicipalityId, PersonaId};

/// A score and a line in a cell of a persona test: a persona (the answer's
/// place) in a municipality (the answer's second pick).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PersonaCells {
    pub personas: Vec<PersonaId>,
    pub municipalities: Vec<MunicipalityId>,
}

impl PhoneForm for PersonaTest {
    type Target = PersonaCells;

    fn check_target(target: &PersonaCells) -> Checked {
        check_ids(&target.personas, |p| *p).within("personas")?;
        check_ids(&target.municipalities, |m| *m).within("municipalities")
    }

    fn receive(&mut self, delivery: Delivery<PersonaCells>) -> Result<usize, ValidationError> {
        let Delivery { target, answer, earlier, .. } = delivery;
        let persona = *target
            .personas
            .get(answer.place)
            .ok_or(ValidationError::NotFound)?;
        let municipality = *target
            .municipalities
            .get(answer.person)
            .ok_or(ValidationError::NotFound)?;
        let earlier: Vec<u8> = earlier
            .iter()
            .filter(|a| a.place == answer.place && a.person == answer.person)
            .filter_map(|a| a.score)
            .collect();
        let cell = PhoneCell {
            line: answer_line(answer),
            score: answer.score,
            earlier_scores: &earlier,
        };
        self.receive_cell(persona, municipality, cell)?;
        Ok(answer.texts.len())
    }

    fn card_places(test: Option<&PersonaTest>, target: &PersonaCells, persona_name: PersonaNames) -> CardPlaces {
        let name = |id: MunicipalityId| {
            test.and_then(|t| t.municipalities.iter().find(|m| m.id == id))
                .map(|m| m.name.clone())
        };
        CardPlaces {
            places: target.personas.iter().map(|&p| persona_name(p)).collect(),
            columns: target
                .municipalities
                .iter()
                .map(|&m| name(m).unwrap_or_default())
                .collect(),
            ..CardPlaces::of(PlaceKind::Cell)
        }
    }
}

impl Workshop {
    /// Puts a persona test's central question out to phones, for a score and
    /// a line in any cell. Only the persona's `shown` (still in the library)
    /// can be picked.
    pub fn ask_persona_test(
        &mut self,
        activity_id: ActivityId,
        shown: impl Fn(PersonaId) -> bool,
        prompt_id: PromptId,
        now: Timestamp,
    ) -> Result<&Prompt, ValidationError> {
        let test = self.form_of::<PersonaTest>(activity_id)?;
        if test.central_question.trim().is_empty() {
            return Err(ValidationError::CentralQuestionEmpty);
        }
        let personas: Vec<PersonaId> = test
            .persona_ids
            .iter()
            .copied()
            .filter(|&id| shown(id))
            .collect();
        if personas.is_empty() || test.municipalities.is_empty() {
            return Err(ValidationError::GridEmpty);
        }
        if personas.len() > MAX_PROMPT_PLACES {
            return Err(ValidationError::TooMany {
                field: Field::Personas,
                max: MAX_PROMPT_PLACES,
            });
        }
        let target = PromptTarget::PersonaTest(PersonaCells {
            personas,
            municipalities: test.municipalities.iter().map(|m| m.id).collect(),
        });
        let question = test.central_question.clone();
        Ok(self.ask(activity_id, question, target, prompt_id, now))
    }
}

/// An answer as one line in a persona test's cell: its score, its texts and
/// who gave it, e.g. `– 4/5 · Het loket is ver weg (Sam)`.
fn answer_line(answer: &IncomingAnswer) -> String {
    let score = answer.score.map(|s| format!("{s}/{}", SCORES.end()));
    let parts: Vec<&str> = score
        .as_deref()
        .into_iter()
        .chain(answer.texts.iter().map(|t| t.trim()))
        .collect();
    let name = answer.name.trim();
    let by = if name.is_empty() {
        String::new()
    } else {
        format!(
            " ({})",
            name.chars().take(MAX_ANSWER_NAME_CHARS).collect::<String>()
        )
    };
    format!("– {}{by}", parts.join(" · "))
}
