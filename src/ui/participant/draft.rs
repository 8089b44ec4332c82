//! What a participant typed, kept on their phone (in localStorage, under the
//! question's id) until they wipe it.

use crate::i18n::{Language, ParticipantKey, ParticipantMsg};
use crate::transfer::{AnswerCard, PlaceKind, MAX_ANSWERS, MAX_ANSWER_CHARS};
use gloo_storage::{LocalStorage, Storage};
use serde::{Deserialize, Serialize};

/// What keeps a draft from being an answer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AnswerProblem {
    /// A choice or an answer is missing: the text says which.
    Missing(ParticipantKey),
    /// An answer is longer than [`MAX_ANSWER_CHARS`].
    TooLong,
}

impl AnswerProblem {
    /// What to tell the participant.
    pub fn text(self, language: Language) -> String {
        match self {
            AnswerProblem::Missing(key) => key.text(language).to_string(),
            AnswerProblem::TooLong => ParticipantMsg::TooLong {
                max: MAX_ANSWER_CHARS.to_string(),
            }
            .text(language),
        }
    }
}

/// The form as typed, and the answer once it was made into codes.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Draft {
    pub place: Option<u8>,
    /// The person in the group, or the municipality of a persona test.
    pub person: Option<u8>,
    /// The score picked (persona test).
    #[serde(default)]
    pub score: Option<u8>,
    pub name: String,
    pub texts: Vec<String>,
    pub sent: Option<AnswerCard>,
    /// The id of an answer made before and now being changed: it keeps it.
    #[serde(default)]
    pub editing: Option<String>,
}

fn key(prompt: &str) -> String {
    format!("werktafel:v1:meedoen:{prompt}")
}

impl Draft {
    /// The draft of this question on this phone, or an empty one.
    pub fn load(prompt: &str) -> Self {
        LocalStorage::get(key(prompt)).unwrap_or_default()
    }

    /// Keeps the draft on this phone; a full storage only loses the draft.
    pub fn save(&self, prompt: &str) {
        let _ = LocalStorage::set(key(prompt), self);
    }

    /// Takes the draft off this phone.
    pub fn wipe(prompt: &str) {
        LocalStorage::delete(key(prompt));
    }

    /// Sets answer `index`, adding fields up to it.
    pub fn set_text(&mut self, index: usize, text: String) {
        if self.texts.len() <= index {
            self.texts.resize(index + 1, String::new());
        }
        self.texts[index] = text;
    }

    /// One more answer field, up to the most answers.
    pub fn add_answer(&mut self) {
        let shown = self.texts.len().max(1);
        if shown < MAX_ANSWERS {
            self.texts.resize(shown + 1, String::new());
        }
    }

    /// What the participant picked and wrote, or what is missing.
    pub fn answer(&self, kind: PlaceKind) -> Result<Picked, AnswerProblem> {
        let missing_place = match kind {
            PlaceKind::Cell => AnswerProblem::Missing(ParticipantKey::NeedCell),
            PlaceKind::Anyone | PlaceKind::Table | PlaceKind::Field => {
                AnswerProblem::Missing(ParticipantKey::NeedPlace)
            }
        };
        let (place, person) = match kind {
            PlaceKind::Anyone => (0, 0),
            PlaceKind::Table => (self.place.ok_or(missing_place)?, 0),
            PlaceKind::Field | PlaceKind::Cell => (
                self.place.ok_or(missing_place)?,
                self.person.ok_or(missing_place)?,
            ),
        };
        let score = self.score.filter(|_| kind == PlaceKind::Cell);
        let texts: Vec<String> = self
            .texts
            .iter()
            .map(|t| t.trim().to_string())
            .filter(|t| !t.is_empty())
            .collect();
        if texts.is_empty() && score.is_none() {
            return Err(AnswerProblem::Missing(match kind {
                PlaceKind::Cell => ParticipantKey::NeedScoreOrAnswer,
                PlaceKind::Anyone | PlaceKind::Table | PlaceKind::Field => {
                    ParticipantKey::NeedAnswer
                }
            }));
        }
        if texts.iter().any(|t| t.chars().count() > MAX_ANSWER_CHARS) {
            return Err(AnswerProblem::TooLong);
        }
        Ok(Picked {
            place,
            person,
            score,
            texts,
        })
    }
}

/// A checked answer, ready to become an answer card.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Picked {
    pub place: u8,
    pub person: u8,
    pub score: Option<u8>,
    pub texts: Vec<String>,
}
