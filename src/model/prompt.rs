//! Questions put out to participants' phones, and the answers that come back
//! by QR code. A question belongs to one work form of the workshop and says
//! where its answers go. The places are fixed when it is put out (the ids of
//! the tables, or of the groups and their persons), so an answer lands where
//! the participant chose even if names change later.
//!
//! An answer's notes get ids made of the answer's own id, so an answer scanned
//! twice is added once.

use super::stored_check::{
    check_filled, check_ids, check_items, check_text, require, Checked, Flaw, Within,
};
use super::{Timestamp, ValidationError, Workshop};
use crate::forms::persona_test::SCORES;
use crate::forms::{PromptTarget, WorkForm};
use crate::model::{ActivityId, AnswerId, PromptId};
use serde::{Deserialize, Serialize};

/// Longest question text, in characters (a café round's question).
pub const MAX_PROMPT_CHARS: usize = 2_000;
/// Longest name or pseudonym an answer carries, in characters.
pub const MAX_ANSWER_NAME_CHARS: usize = 60;
/// Most places a question offers to pick from (a phone shows them as buttons).
pub const MAX_PROMPT_PLACES: usize = 30;

/// An answer that came in.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReceivedAnswer {
    pub id: AnswerId,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub name: String,
    /// The table or group, from 0.
    pub place: usize,
    /// The person in the group (placemat) or the municipality (persona
    /// test), from 0.
    #[serde(default)]
    pub person: usize,
    pub notes: usize,
    /// The score given (persona test).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub score: Option<u8>,
    /// A fingerprint of what the answer said, to tell a changed one apart.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub digest: String,
    pub at: Timestamp,
}

/// A question put out to phones.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Prompt {
    pub id: PromptId,
    pub activity_id: ActivityId,
    pub question: String,
    pub target: PromptTarget,
    /// Closed questions take no more answers.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub closed: bool,
    #[serde(default)]
    pub answers: Vec<ReceivedAnswer>,
    pub created_at: Timestamp,
}

impl Prompt {
    /// Whether a stored question keeps the rules. Its work form may be gone
    /// (deleted after asking): answers to it are then refused as having no place.
    pub(super) fn check_stored(&self) -> Checked {
        check_filled(&self.question, MAX_PROMPT_CHARS).within("question")?;
        self.target.check_stored().within("target")?;
        check_ids(&self.answers, |a| a.id).within("answers")?;
        check_items(&self.answers, |a| {
            check_text(&a.name, MAX_ANSWER_NAME_CHARS).within("name")?;
            let fingerprint = a.digest.is_empty()
                || (a.digest.len() == 16 && a.digest.bytes().all(|b| b.is_ascii_hexdigit()));
            require(fingerprint, Flaw::UnknownValue).within("digest")?;
            let scored = a.score.is_none_or(|s| SCORES.contains(&s));
            require(scored, Flaw::OutOfRange).within("score")
        })
        .within("answers")
    }
}

/// One answer as scanned, before it is placed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct IncomingAnswer<'a> {
    pub prompt_id: PromptId,
    pub answer_id: AnswerId,
    pub name: &'a str,
    /// The table or group picked, from 0.
    pub place: usize,
    /// The person in the group (placemat) or the municipality (persona
    /// test), from 0.
    pub person: usize,
    /// A score from 1 to 5 (persona test).
    pub score: Option<u8>,
    pub texts: &'a [String],
}

impl IncomingAnswer<'_> {
    /// A fingerprint of what the answer says and where (FNV-1a, 64 bits, in
    /// hex): the same answer scanned again gives the same one.
    fn digest(&self) -> String {
        let score = self.score.map(|s| s.to_string()).unwrap_or_default();
        let fields = [
            self.place.to_string(),
            self.person.to_string(),
            score,
            self.name.trim().to_string(),
        ];
        let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
        for field in fields.iter().chain(self.texts) {
            for byte in field.bytes().chain([0x1f]) {
                hash = (hash ^ u64::from(byte)).wrapping_mul(0x0100_0000_01b3);
            }
        }
        format!("{hash:016x}")
    }
}

/// What an answer did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Received {
    /// Its notes were added at `place` (and `person`).
    Added {
        place: usize,
        person: usize,
        notes: usize,
    },
    /// It came in before; nothing was added.
    AlreadyIn,
    /// It came in before and was changed on the phone since; nothing was
    /// added (the first version is here to change by hand).
    ChangedSince,
}

/// Why an answer was not taken. Nothing changed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AnswerRefusal {
    /// No question with this id in this workshop.
    UnknownQuestion,
    /// The question was closed.
    Closed,
    /// The table, group or person picked is not there.
    NoSuchPlace,
    /// The notes do not fit (too long, too many).
    Refused(ValidationError),
}

impl Workshop {
    /// The open question of a work form, if any.
    pub fn open_prompt(&self, activity_id: ActivityId) -> Option<&Prompt> {
        self.prompts
            .iter()
            .rev()
            .find(|p| p.activity_id == activity_id && !p.closed)
    }

    /// Closes a question: it takes no more answers.
    pub fn close_prompt(
        &mut self,
        prompt_id: PromptId,
        now: Timestamp,
    ) -> Result<(), ValidationError> {
        let prompt = self
            .prompts
            .iter_mut()
            .find(|p| p.id == prompt_id)
            .ok_or(ValidationError::NotFound)?;
        prompt.closed = true;
        self.updated_at = now;
        Ok(())
    }

    /// Places an answer's texts as notes where the participant chose.
    pub fn receive_answer(
        &mut self,
        answer: IncomingAnswer,
        now: Timestamp,
    ) -> Result<Received, AnswerRefusal> {
        let prompt = self
            .prompts
            .iter()
            .find(|p| p.id == answer.prompt_id)
            .ok_or(AnswerRefusal::UnknownQuestion)?;
        let digest = answer.digest();
        if let Some(earlier) = prompt.answers.iter().find(|a| a.id == answer.answer_id) {
            let same = earlier.digest.is_empty() || earlier.digest == digest;
            return Ok(if same {
                Received::AlreadyIn
            } else {
                Received::ChangedSince
            });
        }
        if prompt.closed {
            return Err(AnswerRefusal::Closed);
        }
        let placed = self
            .activities
            .iter_mut()
            .find(|a| a.id == prompt.activity_id)
            .ok_or(ValidationError::NotFound)
            .and_then(|activity| (prompt.target).receive(activity, now, &answer, &prompt.answers));
        let added = placed.map_err(|error| match error {
            ValidationError::NotFound => AnswerRefusal::NoSuchPlace,
            other => AnswerRefusal::Refused(other),
        })?;
        self.updated_at = now;
        let prompt = self
            .prompts
            .iter_mut()
            .find(|p| p.id == answer.prompt_id)
            .expect("found above");
        prompt.answers.push(ReceivedAnswer {
            id: answer.answer_id,
            name: answer
                .name
                .trim()
                .chars()
                .take(MAX_ANSWER_NAME_CHARS)
                .collect(),
            place: answer.place,
            person: answer.person,
            notes: added,
            score: answer.score,
            digest,
            at: now,
        });
        Ok(Received::Added {
            place: answer.place,
            person: answer.person,
            notes: added,
        })
    }

    /// The question to put out: the open one of this work form if it is the
    /// same, else a new one with the open ones closed.
    pub(crate) fn ask(
        &mut self,
        activity_id: ActivityId,
        question: String,
        target: PromptTarget,
        prompt_id: PromptId,
        now: Timestamp,
    ) -> &Prompt {
        let same = self.prompts.iter().rposition(|p| {
            p.activity_id == activity_id
                && !p.closed
                && p.question == question
                && p.target == target
        });
        let index = match same {
            Some(index) => index,
            None => {
                for prompt in self.prompts.iter_mut() {
                    if prompt.activity_id == activity_id {
                        prompt.closed = true;
                    }
                }
                self.prompts.push(Prompt {
                    id: prompt_id,
                    activity_id,
                    question,
                    target,
                    closed: false,
                    answers: Vec::new(),
                    created_at: now,
                });
                self.updated_at = now;
                self.prompts.len() - 1
            }
        };
        &self.prompts[index]
    }

    /// The work form of kind `T` with this id.
    pub(crate) fn form_of<T: WorkForm>(
        &self,
        activity_id: ActivityId,
    ) -> Result<&T, ValidationError> {
        self.activity(activity_id)
            .and_then(|a| a.form::<T>())
            .ok_or(ValidationError::NotFound)
    }
}
