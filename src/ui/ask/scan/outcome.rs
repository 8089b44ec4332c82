//! The line under the scanner: what the last code, file, photo or camera
//! start did, in words.

use super::super::landed;
use crate::i18n::{CommonMsg, Key, Language};
use crate::model::{AnswerRefusal, Received};
use crate::platform::camera::CameraError;
use crate::transfer::{PayloadError, QuestionCard};
use crate::ui::i18n::validation_message;

/// What happened, in words.
#[derive(Debug, Clone, PartialEq)]
pub enum Outcome {
    /// An answer was added: the line shows it in its own colour, and a tone
    /// sounds.
    Added(String),
    /// Anything else: a part read, a code refused, no camera.
    Plain(String),
}

impl Outcome {
    /// The words on the line.
    pub fn text(&self) -> &str {
        match self {
            Outcome::Added(text) | Outcome::Plain(text) => text,
        }
    }

    /// The line's class.
    pub fn class(outcome: Option<&Outcome>) -> &'static str {
        match outcome {
            Some(Outcome::Added(_)) => "scan-outcome added",
            _ => "scan-outcome",
        }
    }

    /// A line that says `key`.
    pub fn plain(key: Key, language: Language) -> Self {
        Outcome::Plain(key.text(language).to_string())
    }

    /// `have` of `of` parts of a long answer are in.
    pub fn part(have: usize, of: usize, language: Language) -> Self {
        Outcome::Plain(
            CommonMsg::AskPartIn {
                have: have.to_string(),
                of: of.to_string(),
            }
            .text(language),
        )
    }

    /// A code that is not a whole answer of ours.
    pub fn payload(error: PayloadError, language: Language) -> Self {
        let key = match error {
            PayloadError::Newer => Key::AskNewer,
            _ => Key::AskNotOurs,
        };
        Outcome::plain(key, language)
    }

    /// A camera that cannot be used.
    pub fn camera(error: CameraError, language: Language) -> Self {
        let key = match error {
            CameraError::NoCamera => Key::CamNoCamera,
            CameraError::Refused => Key::CamRefused,
            CameraError::Unavailable => Key::CamUnavailable,
        };
        Outcome::plain(key, language)
    }

    /// What placing an answer did; `card` is its question's card, to name
    /// where it landed.
    pub fn received(
        received: Result<Received, AnswerRefusal>,
        card: Option<&QuestionCard>,
        language: Language,
    ) -> Self {
        match received {
            Ok(Received::Added {
                place,
                person,
                notes,
            }) => {
                let what = card
                    .map(|card| landed(card, place, person, notes, language))
                    .unwrap_or_default();
                Outcome::Added(CommonMsg::AskAdded { what }.text(language))
            }
            Ok(Received::AlreadyIn) => Outcome::plain(Key::AskAlreadyIn, language),
            Ok(Received::ChangedSince) => Outcome::plain(Key::AskChangedSince, language),
            Err(refusal) => Outcome::refused(refusal, language),
        }
    }

    /// An answer that was not placed.
    fn refused(refusal: AnswerRefusal, language: Language) -> Self {
        match refusal {
            AnswerRefusal::UnknownQuestion => Outcome::plain(Key::AskUnknown, language),
            AnswerRefusal::Closed => Outcome::plain(Key::AskClosedRefused, language),
            AnswerRefusal::NoSuchPlace => Outcome::plain(Key::AskNoPlace, language),
            AnswerRefusal::Refused(error) => Outcome::Plain(
                CommonMsg::AskRefusedFit {
                    reason: validation_message(&error, language),
                }
                .text(language),
            ),
        }
    }
}
