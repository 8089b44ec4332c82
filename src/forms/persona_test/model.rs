//! The persona test (persona-toets): how satisfied would each chosen persona be
//! with the support in each chosen municipality? A grid of persona × municipality
//! with a score from 1 to 5 and a text per cell, and the questions that lead it.
//!
//! Answers stay when a persona is taken out of the selection, so putting it back
//! brings them back. Taking out a municipality returns its answers for an undo.

use crate::forms::{FormData, StoredForm};
use crate::forms::undo::Restorable;
use crate::model::error::check_length;
use crate::model::stored_check::{
    check_count, check_filled, check_ids, check_items, check_lines, check_text, require,
    Checked, Flaw, Seen, Within,
};
use crate::model::{Field, ValidationError};
use serde::{Deserialize, Serialize};
use crate::model::{MunicipalityId, PersonaId};

/// Longest municipality name, in characters.
pub const MAX_MUNICIPALITY_CHARS: usize = 100;
/// Most municipalities in one test: more no longer fits side by side.
pub const MAX_MUNICIPALITIES: usize = 12;
/// Longest question, in characters.
pub const MAX_QUESTION_CHARS: usize = 500;
/// Most sub-questions.
pub const MAX_SUB_QUESTIONS: usize = 10;
/// Longest answer text, in characters.
pub const MAX_ANSWER_CHARS: usize = 2000;
/// The scale of a score.
pub const SCORES: std::ops::RangeInclusive<u8> = 1..=5;

/// A municipality in the test.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Municipality {
    pub id: MunicipalityId,
    pub name: String,
}

/// The answer for one persona in one municipality.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Answer {
    pub persona_id: PersonaId,
    pub municipality_id: MunicipalityId,
    #[serde(default)]
    pub score: Option<u8>,
    #[serde(default)]
    pub text: String,
}

impl Answer {
    /// Whether a stored answer is in one of `municipalities`, with a score in
    /// [`SCORES`] and a text within [`MAX_ANSWER_CHARS`].
    fn check_stored(&self, municipalities: &[Municipality]) -> Checked {
        let known = municipalities.iter().any(|m| m.id == self.municipality_id);
        require(known, Flaw::UnknownReference).within("municipality_id")?;
        let scored = self.score.is_none_or(|s| SCORES.contains(&s));
        require(scored, Flaw::OutOfRange).within("score")?;
        check_text(&self.text, MAX_ANSWER_CHARS).within("text")
    }
}

/// A municipality taken out, with its answers, kept for an undo.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RemovedMunicipality {
    pub index: usize,
    pub municipality: Municipality,
    pub answers: Vec<Answer>,
}

/// One persona test.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct PersonaTest {
    /// The chosen persona's, in the order of the grid's rows.
    pub persona_ids: Vec<PersonaId>,
    pub municipalities: Vec<Municipality>,
    /// May hold `{naam}` and `{gemeente}` (or `{name}`, `{municipality}`).
    pub central_question: String,
    pub sub_questions: Vec<String>,
    pub answers: Vec<Answer>,
}

impl PersonaTest {
    /// A new test with the questions (in the interface's language) filled in.
    pub fn new(central_question: &str, sub_questions: &[&str]) -> Self {
        Self {
            central_question: central_question.to_string(),
            sub_questions: sub_questions.iter().map(|q| q.to_string()).collect(),
            ..Self::default()
        }
    }

    /// Chooses or unchooses a persona.
    pub fn toggle_persona(&mut self, persona_id: PersonaId) {
        match self.persona_ids.iter().position(|&id| id == persona_id) {
            Some(index) => {
                self.persona_ids.remove(index);
            }
            None => self.persona_ids.push(persona_id),
        }
    }

    /// Adds a municipality at the end.
    pub fn add_municipality(&mut self, name: &str, id: MunicipalityId) -> Result<(), ValidationError> {
        let name = check_length(name, Field::Municipality, MAX_MUNICIPALITY_CHARS)?;
        if name.is_empty() {
            return Err(ValidationError::MunicipalityEmpty);
        }
        let taken = self
            .municipalities
            .iter()
            .any(|m| m.name.to_lowercase() == name.to_lowercase());
        if taken {
            return Err(ValidationError::MunicipalityTwice);
        }
        if self.municipalities.len() >= MAX_MUNICIPALITIES {
            return Err(ValidationError::TooMany {
                field: Field::Municipality,
                max: MAX_MUNICIPALITIES,
            });
        }
        self.municipalities.push(Municipality { id, name });
        Ok(())
    }

    /// Takes a municipality and its answers out.
    pub fn remove_municipality(
        &mut self,
        id: MunicipalityId,
    ) -> Result<RemovedMunicipality, ValidationError> {
        let index = self
            .municipalities
            .iter()
            .position(|m| m.id == id)
            .ok_or(ValidationError::NotFound)?;
        let municipality = self.municipalities.remove(index);
        let (answers, kept) = std::mem::take(&mut self.answers)
            .into_iter()
            .partition(|a| a.municipality_id == id);
        self.answers = kept;
        Ok(RemovedMunicipality {
            index,
            municipality,
            answers,
        })
    }

    /// Puts a removed municipality and its answers back.
    pub fn restore_municipality(&mut self, removed: RemovedMunicipality) {
        if self
            .municipalities
            .iter()
            .any(|m| m.id == removed.municipality.id)
        {
            return;
        }
        let index = removed.index.min(self.municipalities.len());
        self.municipalities.insert(index, removed.municipality);
        self.answers.extend(removed.answers);
    }

    /// Replaces the questions; empty sub-questions are dropped.
    pub fn set_questions(&mut self, central: &str, subs: &[String]) -> Result<(), ValidationError> {
        let central = check_length(central, Field::CentralQuestion, MAX_QUESTION_CHARS)?;
        let mut kept = Vec::new();
        for sub in subs {
            let sub = check_length(sub, Field::SubQuestions, MAX_QUESTION_CHARS)?;
            if !sub.is_empty() {
                kept.push(sub);
            }
        }
        if kept.len() > MAX_SUB_QUESTIONS {
            return Err(ValidationError::TooMany {
                field: Field::SubQuestions,
                max: MAX_SUB_QUESTIONS,
            });
        }
        self.central_question = central;
        self.sub_questions = kept;
        Ok(())
    }

    /// The answer in one cell, if any.
    pub fn answer(&self, persona_id: PersonaId, municipality_id: MunicipalityId) -> Option<&Answer> {
        self.answers
            .iter()
            .find(|a| a.persona_id == persona_id && a.municipality_id == municipality_id)
    }

    /// Sets the score and text of one cell; an empty cell is removed.
    pub fn set_answer(
        &mut self,
        persona_id: PersonaId,
        municipality_id: MunicipalityId,
        score: Option<u8>,
        text: &str,
    ) -> Result<(), ValidationError> {
        if score.is_some_and(|s| !SCORES.contains(&s)) {
            return Err(ValidationError::ScoreInvalid);
        }
        if !self.municipalities.iter().any(|m| m.id == municipality_id) {
            return Err(ValidationError::NotFound);
        }
        let text = check_length(text, Field::Answer, MAX_ANSWER_CHARS)?;
        self.answers
            .retain(|a| !(a.persona_id == persona_id && a.municipality_id == municipality_id));
        if score.is_some() || !text.is_empty() {
            self.answers.push(Answer {
                persona_id,
                municipality_id,
                score,
                text,
            });
        }
        Ok(())
    }

    /// Adds a phone's answer to a cell: its `line` under the cell's text, and
    /// its score. The cell's score follows the rounded mean of the phones'
    /// scores as long as the facilitator left it empty or at that mean; a
    /// score they set themselves stays.
    pub fn receive_cell(
        &mut self,
        persona_id: PersonaId,
        municipality_id: MunicipalityId,
        cell: PhoneCell,
    ) -> Result<(), ValidationError> {
        if !self.persona_ids.contains(&persona_id) {
            return Err(ValidationError::NotFound);
        }
        let (score, text) = self
            .answer(persona_id, municipality_id)
            .map(|a| (a.score, a.text.clone()))
            .unwrap_or_default();
        let follows_phones = score.is_none() || score == rounded_mean(cell.earlier_scores);
        let score = match cell.score {
            Some(new) if follows_phones => {
                let scores: Vec<u8> = cell.earlier_scores.iter().copied().chain([new]).collect();
                rounded_mean(&scores)
            }
            _ => score,
        };
        let text = if text.is_empty() {
            cell.line
        } else {
            format!("{text}\n{}", cell.line)
        };
        self.set_answer(persona_id, municipality_id, score, &text)
    }

    /// The mean score of the chosen persona's that `exists` (still in the library)
    /// in one municipality, if any scored.
    pub fn average(&self, municipality_id: MunicipalityId, exists: impl Fn(PersonaId) -> bool) -> Option<f64> {
        let scores: Vec<u8> = self
            .persona_ids
            .iter()
            .copied()
            .filter(|&p| exists(p))
            .filter_map(|p| self.answer(p, municipality_id).and_then(|a| a.score))
            .collect();
        if scores.is_empty() {
            return None;
        }
        Some(scores.iter().map(|&s| f64::from(s)).sum::<f64>() / scores.len() as f64)
    }
}

/// A phone's answer for one cell of the test.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PhoneCell<'a> {
    /// The answer as one line of text.
    pub line: String,
    pub score: Option<u8>,
    /// The scores phones gave this cell before, for the same question.
    pub earlier_scores: &'a [u8],
}

/// The mean of `scores`, rounded half up; `None` when there are none.
fn rounded_mean(scores: &[u8]) -> Option<u8> {
    let count = scores.len() as u32;
    let sum: u32 = scores.iter().map(|&s| u32::from(s)).sum();
    (count > 0).then(|| ((2 * sum + count) / (2 * count)) as u8)
}

/// A question with the persona's name and the municipality filled in.
pub fn fill_question(template: &str, name: &str, municipality: &str) -> String {
    template
        .replace("{naam}", name)
        .replace("{name}", name)
        .replace("{gemeente}", municipality)
        .replace("{municipality}", municipality)
}

impl StoredForm for PersonaTest {
    /// Whether a stored test keeps the rules its editing keeps: persona's
    /// chosen once, at most [`MAX_MUNICIPALITIES`] municipalities with their
    /// own ids and a name, questions within their limits, and answers in a
    /// municipality of the test, once per cell, scored in [`SCORES`].
    fn check_stored(&self) -> Checked {
        let mut chosen = Seen::default();
        check_items(&self.persona_ids, |&id| chosen.once(id)).within("persona_ids")?;
        check_count(self.municipalities.len(), 0..=MAX_MUNICIPALITIES).within("municipalities")?;
        check_ids(&self.municipalities, |m| m.id).within("municipalities")?;
        check_items(&self.municipalities, |m| {
            check_filled(&m.name, MAX_MUNICIPALITY_CHARS).within("name")
        })
        .within("municipalities")?;
        check_text(&self.central_question, MAX_QUESTION_CHARS).within("central_question")?;
        check_lines(&self.sub_questions, MAX_QUESTION_CHARS, MAX_SUB_QUESTIONS)
            .within("sub_questions")?;
        let mut cells = Seen::default();
        check_items(&self.answers, |answer| {
            cells.once((answer.persona_id, answer.municipality_id))?;
            answer.check_stored(&self.municipalities)
        })
        .within("answers")
    }
}

impl FormData for PersonaTest {}

impl Restorable for PersonaTest {
    type Removed = RemovedMunicipality;

    fn restore(&mut self, removed: RemovedMunicipality) -> Result<(), ValidationError> {
        self.restore_municipality(removed);
        Ok(())
    }

    fn removed_name(removed: &RemovedMunicipality) -> String {
        removed.municipality.name.clone()
    }
}
