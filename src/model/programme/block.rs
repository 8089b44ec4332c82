//! One block of a programme: what happens for how long, with its goal, steps,
//! materials, tips, who leads it and notes for the facilitator.

use crate::model::error::check_length;
use crate::model::stored_check::{check_filled, check_text, require, Checked, Flaw, Within};
use crate::model::{ActivityId, BlockId, Field, ValidationError};
use serde::{Deserialize, Serialize};

/// The shortest block, in minutes.
pub const MIN_BLOCK_MINUTES: u16 = 1;
/// The longest block, in minutes: a whole working day.
pub const MAX_BLOCK_MINUTES: u16 = 480;
/// Longest block title, in characters.
pub const MAX_BLOCK_TITLE_CHARS: usize = 200;
/// Longest who-leads text, in characters.
pub const MAX_LEADER_CHARS: usize = 200;
/// Longest goal, steps, materials, tips or notes text, in characters.
pub const MAX_BLOCK_TEXT_CHARS: usize = 4000;

/// What kind of block it is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(try_from = "StoredKind", into = "StoredKind")]
pub enum BlockKind {
    /// A work form of this workshop, run by the app.
    Form(ActivityId),
    /// A block the app only times.
    Plain(PlainKind),
}

/// A block's kind as stored, among the block's own fields: `"kind": "break"`,
/// or `"kind": "form"` with the `activity` it runs.
#[derive(Serialize, Deserialize)]
struct StoredKind {
    kind: KindName,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    activity: Option<ActivityId>,
}

/// The stored name of a kind: `form`, or a plain kind's name.
#[derive(Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
enum KindName {
    Form,
    #[serde(untagged)]
    Plain(PlainKind),
}

impl TryFrom<StoredKind> for BlockKind {
    type Error = &'static str;

    fn try_from(stored: StoredKind) -> Result<Self, Self::Error> {
        match (stored.kind, stored.activity) {
            (KindName::Form, Some(activity)) => Ok(BlockKind::Form(activity)),
            (KindName::Plain(plain), None) => Ok(BlockKind::Plain(plain)),
            (KindName::Form, None) => Err("a block of a work form names its activity"),
            (KindName::Plain(_), Some(_)) => Err("only a block of a work form has an activity"),
        }
    }
}

impl From<BlockKind> for StoredKind {
    fn from(kind: BlockKind) -> Self {
        match kind {
            BlockKind::Form(activity) => StoredKind {
                kind: KindName::Form,
                activity: Some(activity),
            },
            BlockKind::Plain(plain) => StoredKind {
                kind: KindName::Plain(plain),
                activity: None,
            },
        }
    }
}

/// The kinds of block that are not a work form, stored by their names in
/// small letters (`break`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PlainKind {
    /// Welcome (welkom).
    Welcome,
    /// Getting to know each other (kennismaking).
    Introductions,
    /// An explanation or a talk (uitleg).
    Explanation,
    /// A break (pauze).
    Break,
    /// A short activity to wake the room up.
    Energizer,
    /// Looking back on the meeting (evaluatie).
    Evaluation,
    /// Closing (afsluiting).
    Closing,
    /// Anything else.
    Free,
}

impl PlainKind {
    /// Every plain kind, in the order a meeting usually has them.
    pub const ALL: [PlainKind; 8] = [
        PlainKind::Welcome,
        PlainKind::Introductions,
        PlainKind::Explanation,
        PlainKind::Energizer,
        PlainKind::Break,
        PlainKind::Evaluation,
        PlainKind::Closing,
        PlainKind::Free,
    ];
}

impl BlockKind {
    /// The work form it runs, if any.
    pub fn activity(self) -> Option<ActivityId> {
        match self {
            BlockKind::Form(activity) => Some(activity),
            BlockKind::Plain(_) => None,
        }
    }
}

/// One block as stored.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Block {
    pub id: BlockId,
    pub title: String,
    /// How long it lasts, 1 to 480 minutes.
    pub minutes: u16,
    #[serde(flatten)]
    pub kind: BlockKind,
    /// What it is for (doel, leerdoel).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub goal: String,
    /// What happens, step by step.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub steps: String,
    /// What is needed, one thing a line: the packing list is made of them.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub materials: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub tips: String,
    /// Who leads it.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub leader: String,
    /// Notes for the facilitator only.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub notes: String,
    /// The library method it was made from, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub method: Option<String>,
}

/// What a facilitator typed in a block's form, before it is checked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BlockDraft {
    pub title: String,
    /// Whole minutes, as typed.
    pub minutes: String,
    pub kind: BlockKind,
    pub goal: String,
    pub steps: String,
    pub materials: String,
    pub tips: String,
    pub leader: String,
    pub notes: String,
    pub method: Option<String>,
}

impl BlockDraft {
    /// An empty draft of a plain block of `kind`.
    pub fn plain(kind: PlainKind, title: &str, minutes: u16) -> Self {
        Self {
            title: title.to_string(),
            minutes: minutes.to_string(),
            kind: BlockKind::Plain(kind),
            goal: String::new(),
            steps: String::new(),
            materials: String::new(),
            tips: String::new(),
            leader: String::new(),
            notes: String::new(),
            method: None,
        }
    }

    /// A draft holding a block's current values, for its edit form.
    pub fn from_block(block: &Block) -> Self {
        Self {
            title: block.title.clone(),
            minutes: block.minutes.to_string(),
            kind: block.kind,
            goal: block.goal.clone(),
            steps: block.steps.clone(),
            materials: block.materials.clone(),
            tips: block.tips.clone(),
            leader: block.leader.clone(),
            notes: block.notes.clone(),
            method: block.method.clone(),
        }
    }

    /// The block this draft makes under `id`, or why it is refused.
    pub fn check(&self, id: BlockId) -> Result<Block, ValidationError> {
        let title = check_length(&self.title, Field::BlockTitle, MAX_BLOCK_TITLE_CHARS)?;
        if title.is_empty() {
            return Err(ValidationError::TitleEmpty);
        }
        let text = |value: &str, field| check_length(value, field, MAX_BLOCK_TEXT_CHARS);
        Ok(Block {
            id,
            title,
            minutes: parse_minutes(&self.minutes)?,
            kind: self.kind,
            goal: text(&self.goal, Field::Goal)?,
            steps: text(&self.steps, Field::Steps)?,
            materials: text(&self.materials, Field::Materials)?,
            tips: text(&self.tips, Field::Tips)?,
            leader: check_length(&self.leader, Field::Leader, MAX_LEADER_CHARS)?,
            notes: text(&self.notes, Field::FacilitatorNotes)?,
            method: self.method.clone(),
        })
    }
}

/// Whole minutes from 1 to 480, as typed.
pub fn parse_minutes(text: &str) -> Result<u16, ValidationError> {
    text.trim()
        .parse::<u16>()
        .ok()
        .filter(|m| (MIN_BLOCK_MINUTES..=MAX_BLOCK_MINUTES).contains(m))
        .ok_or(ValidationError::BlockMinutesOutOfRange)
}

impl Block {
    /// Whether a stored block keeps the rules its form keeps.
    pub fn check_stored(&self) -> Checked {
        check_filled(&self.title, MAX_BLOCK_TITLE_CHARS).within("title")?;
        require(
            (MIN_BLOCK_MINUTES..=MAX_BLOCK_MINUTES).contains(&self.minutes),
            Flaw::OutOfRange,
        )
        .within("minutes")?;
        for (field, text) in [
            ("goal", &self.goal),
            ("steps", &self.steps),
            ("materials", &self.materials),
            ("tips", &self.tips),
            ("notes", &self.notes),
        ] {
            check_text(text, MAX_BLOCK_TEXT_CHARS).within(field)?;
        }
        check_text(&self.leader, MAX_LEADER_CHARS).within("leader")?;
        match &self.method {
            Some(slug) => check_filled(slug, MAX_LEADER_CHARS).within("method"),
            None => Ok(()),
        }
    }

    /// Its materials, one a line, without empty lines.
    pub fn material_lines(&self) -> impl Iterator<Item = &str> {
        self.materials
            .lines()
            .map(|line| line.trim().trim_start_matches(['-', '*', '•']).trim())
            .filter(|line| !line.is_empty())
    }
}
