//! What a participant typed ([`Draft`]), kept on their phone (in localStorage,
//! under the question's id) until they wipe it, and checked into an answer.

use crate::i18n::{Language, ParticipantKey, ParticipantMsg};
use crate::transfer::{Draft, PlaceKind, MAX_ANSWERS, MAX_ANSWER_CHARS};
use gloo_storage::{LocalStorage, Storage};

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

fn key(prompt: &str) -> String {
    format!("werktafel:v1:meedoen:{prompt}")
}

impl Draft {
    /// The draft of this question on this phone, or an empty one.
    pub fn load(prompt: &str) -> Self {
        LocalStorage::raw()
            .get_item(&key(prompt))
            .ok()
            .flatten()
            .and_then(|text| Self::from_text(&text))
            .unwrap_or_default()
    }

    /// Keeps the draft on this phone; a full storage only loses the draft.
    pub fn save(&self, prompt: &str) {
        let _ = LocalStorage::raw().set_item(&key(prompt), &self.to_text());
    }

    /// Takes the draft off this phone.
    pub fn wipe(prompt: &str) {
        let _ = LocalStorage::raw().remove_item(&key(prompt));
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
