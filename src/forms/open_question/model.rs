//! The open question (losse vraag): one question to the whole room, answered
//! in short texts, from phones or typed in by the facilitator. No tables, no
//! groups: a quick round of ideas, a check-in or an evaluation at the end.

use crate::forms::{FormData, StoredForm};
use crate::forms::undo::{short_name, Restorable};
use crate::model::error::check_length;
use crate::model::stored_check::{
    check_count, check_filled, check_items, check_text, Checked, Seen, Within,
};
use crate::model::{Field, ReplyId, ValidationError};
use serde::{Deserialize, Serialize};

/// Longest question, in characters.
pub const MAX_OPEN_QUESTION_CHARS: usize = 1_000;
/// Longest answer, in characters.
pub const MAX_REPLY_CHARS: usize = 500;
/// Longest name with an answer, in characters.
pub const MAX_REPLY_NAME_CHARS: usize = 60;
/// Most answers to one question: a full hall answering a few times each.
pub const MAX_REPLIES: usize = 1_000;

/// One answer to the question.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Reply {
    pub id: ReplyId,
    pub text: String,
    /// Who gave it, if they said.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub name: String,
}

/// An answer taken out, kept for an undo.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RemovedReply {
    pub index: usize,
    pub reply: Reply,
}

/// One open question and its answers, in the order they came in.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct OpenQuestion {
    pub question: String,
    pub replies: Vec<Reply>,
}

impl OpenQuestion {
    /// Sets the question.
    pub fn set_question(&mut self, text: &str) -> Result<(), ValidationError> {
        self.question = check_length(text, Field::CentralQuestion, MAX_OPEN_QUESTION_CHARS)?;
        Ok(())
    }

    /// Adds an answer at the end.
    pub fn add_reply(&mut self, id: ReplyId, text: &str, name: &str) -> Result<(), ValidationError> {
        let reply = Reply {
            id,
            text: reply_text(text)?,
            name: check_length(name, Field::PersonName, MAX_REPLY_NAME_CHARS)?,
        };
        if self.replies.len() >= MAX_REPLIES {
            return Err(ValidationError::TooMany {
                field: Field::Answer,
                max: MAX_REPLIES,
            });
        }
        self.replies.push(reply);
        Ok(())
    }

    /// Changes an answer's text (a typo, a spoken answer heard better); its
    /// place and name stay.
    pub fn edit_reply(&mut self, id: ReplyId, text: &str) -> Result<(), ValidationError> {
        let text = reply_text(text)?;
        let reply = self
            .replies
            .iter_mut()
            .find(|r| r.id == id)
            .ok_or(ValidationError::NotFound)?;
        reply.text = text;
        Ok(())
    }

    /// Takes an answer out; returns it for an undo.
    pub fn remove_reply(&mut self, id: ReplyId) -> Result<RemovedReply, ValidationError> {
        let index = self
            .replies
            .iter()
            .position(|r| r.id == id)
            .ok_or(ValidationError::NotFound)?;
        Ok(RemovedReply {
            index,
            reply: self.replies.remove(index),
        })
    }

    /// Puts a removed answer back where it was (once).
    pub fn restore_reply(&mut self, removed: RemovedReply) {
        if self.replies.iter().any(|r| r.id == removed.reply.id) {
            return;
        }
        let index = removed.index.min(self.replies.len());
        self.replies.insert(index, removed.reply);
    }

    /// Adds the answers a phone sent, each `(id, text)`; those whose id is
    /// here already are left out. Returns how many were added; nothing is
    /// added when one is refused.
    pub fn receive_replies(
        &mut self,
        name: &str,
        replies: &[(ReplyId, String)],
    ) -> Result<usize, ValidationError> {
        let mut changed = self.clone();
        let mut added = 0;
        for (id, text) in replies {
            if !changed.replies.iter().any(|r| r.id == *id) {
                changed.add_reply(*id, text, name)?;
                added += 1;
            }
        }
        *self = changed;
        Ok(added)
    }
}

/// An answer's text: trimmed, not empty, within [`MAX_REPLY_CHARS`].
fn reply_text(text: &str) -> Result<String, ValidationError> {
    let text = check_length(text, Field::Answer, MAX_REPLY_CHARS)?;
    if text.is_empty() {
        return Err(ValidationError::AnswerEmpty);
    }
    Ok(text)
}

impl StoredForm for OpenQuestion {
    /// Whether a stored question keeps the rules its editing keeps.
    fn check_stored(&self) -> Checked {
        check_text(&self.question, MAX_OPEN_QUESTION_CHARS).within("question")?;
        check_count(self.replies.len(), 0..=MAX_REPLIES).within("replies")?;
        let mut ids = Seen::default();
        check_items(&self.replies, |reply| {
            ids.once(reply.id).within("id")?;
            check_filled(&reply.text, MAX_REPLY_CHARS).within("text")?;
            check_text(&reply.name, MAX_REPLY_NAME_CHARS).within("name")
        })
        .within("replies")
    }
}

impl FormData for OpenQuestion {
    fn names_mut(&mut self) -> Vec<&mut String> {
        self.replies.iter_mut().map(|r| &mut r.name).collect()
    }
}

impl Restorable for OpenQuestion {
    type Removed = RemovedReply;

    fn restore(&mut self, removed: RemovedReply) -> Result<(), ValidationError> {
        self.restore_reply(removed);
        Ok(())
    }

    fn removed_name(removed: &RemovedReply) -> String {
        short_name(&removed.reply.text)
    }
}
