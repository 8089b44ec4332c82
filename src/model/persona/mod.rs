//! A persona: a fictional resident built from real facts about a group, who keeps
//! developing as the group learns more. Every save that changes the fields adds a
//! dated revision, so the history can be read and an earlier version put back.
//!
//! The photo is not part of a revision: it is the persona's face, not one of the
//! facts, and keeping a copy per revision would fill the storage.

mod avatar;
mod checks;

pub use avatar::{Avatar, AvatarColour};
pub use checks::parse_age;

use crate::model::collection::Record;
use crate::model::error::check_length;
use crate::model::id::kind;
use crate::model::{copy_name, Field, PersonaId, Timestamp, ValidationError};
use serde::{Deserialize, Serialize};

/// Longest name, in characters.
pub const MAX_NAME_CHARS: usize = 100;

/// Longest one-line text (place, relation, a tag's neighbours), in characters.
pub const MAX_LINE_CHARS: usize = 200;

/// Longest free text (situation, wishes, background), in characters: a few paragraphs.
pub const MAX_STORY_CHARS: usize = 2000;

/// Longest tag, in characters: a tag is a word or two.
pub const MAX_TAG_CHARS: usize = 40;

/// Most tags on one persona: more stops being a filter.
pub const MAX_TAGS: usize = 20;

/// Most people in one network: a whole family and more fits.
pub const MAX_NETWORK: usize = 30;

/// Oldest age accepted.
pub const MAX_AGE: u8 = 120;

/// Longest stored photo in bytes once decoded; the app scales photos to about
/// 60 KB, this leaves room for what another device made.
pub const MAX_PHOTO_BYTES: usize = 90_000;

/// Longest emoji text, in characters (a flag or a family is several code points).
pub const MAX_EMOJI_CHARS: usize = 8;

/// The areas of life a persona's situation is described in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum LifeArea {
    Housing,
    WorkIncome,
    Education,
    Care,
    Wellbeing,
    SocialContacts,
    Participation,
}

impl LifeArea {
    /// Every area, in the order a form shows them.
    pub const ALL: [LifeArea; 7] = [
        LifeArea::Housing,
        LifeArea::WorkIncome,
        LifeArea::Education,
        LifeArea::Care,
        LifeArea::Wellbeing,
        LifeArea::SocialContacts,
        LifeArea::Participation,
    ];
}

/// How it goes in one area of life.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Rating {
    Good,
    Fair,
    Problem,
}

/// The situation in one area of life.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct LifeAreaNote {
    pub area: LifeArea,
    #[serde(default)]
    pub situation: String,
    #[serde(default)]
    pub rating: Option<Rating>,
}

/// How much a person in the network supports the persona.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Support {
    Strong,
    Weak,
    #[default]
    None,
}

/// Someone in the persona's network.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct NetworkMember {
    #[serde(default)]
    pub name: String,
    #[serde(default)]
    pub relation: String,
    #[serde(default)]
    pub support: Support,
}

/// Everything a persona says about the person; the part that has revisions.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct PersonaFields {
    pub name: String,
    pub age: Option<u8>,
    /// Woonplaats or gemeente.
    pub place: String,
    /// Household and living situation.
    pub household: String,
    /// Work, school or day activities.
    pub daytime: String,
    /// Health and disability.
    pub health: String,
    /// Target groups (LVB, ggz, ouderen, …).
    pub tags: Vec<String>,
    /// The life event that brings the question (aanleiding).
    pub occasion: String,
    /// The question asked for help (hulpvraag).
    pub question: String,
    /// The question behind the question.
    pub question_behind: String,
    /// Situations per area of life; only areas with something in them, in [`LifeArea::ALL`] order.
    pub life_areas: Vec<LifeAreaNote>,
    pub network: Vec<NetworkMember>,
    pub wishes: String,
    pub barriers: String,
    /// A sentence in the persona's own voice.
    pub quote: String,
    /// For role-play: how the persona behaves in a conversation.
    pub roleplay_behaviour: String,
    /// For role-play: background for the player only.
    pub roleplay_background: String,
    /// The facts the persona is based on.
    pub sources: String,
    /// Whether the persona was made together with the target group.
    pub co_created: bool,
}

impl PersonaFields {
    /// The note for one area of life, if there is one.
    pub fn life_area(&self, area: LifeArea) -> Option<&LifeAreaNote> {
        self.life_areas.iter().find(|note| note.area == area)
    }

    /// The initials shown on an avatar: first letters of the first and last word.
    pub fn initials(&self) -> String {
        // Words that start with a letter or digit: "Emma (kopie)" gives "E", not "E(".
        let mut words = self
            .name
            .split_whitespace()
            .filter_map(|w| w.chars().next())
            .filter(|c| c.is_alphanumeric());
        let first = words.next();
        let last = words.next_back();
        first
            .into_iter()
            .chain(last)
            .flat_map(char::to_uppercase)
            .collect()
    }

    /// Whether every word of `query` occurs in the name, a tag or any text
    /// (case does not matter). An empty query matches everything.
    pub fn matches(&self, query: &str) -> bool {
        let query = query.to_lowercase();
        let mut words = query.split_whitespace().peekable();
        if words.peek().is_none() {
            return true;
        }
        let haystack = self.search_text();
        words.all(|word| haystack.contains(word))
    }

    fn search_text(&self) -> String {
        let texts = [
            &self.name,
            &self.place,
            &self.household,
            &self.daytime,
            &self.health,
            &self.occasion,
            &self.question,
            &self.question_behind,
            &self.wishes,
            &self.barriers,
            &self.quote,
            &self.roleplay_behaviour,
            &self.roleplay_background,
            &self.sources,
        ];
        let areas = self.life_areas.iter().map(|note| &note.situation);
        let network = self
            .network
            .iter()
            .flat_map(|member| [&member.name, &member.relation]);
        texts
            .into_iter()
            .chain(&self.tags)
            .chain(areas)
            .chain(network)
            .map(|text| text.to_lowercase())
            .collect::<Vec<_>>()
            .join("\n")
    }

    /// The fields that differ between two versions, in form order.
    pub fn changed_fields(&self, other: &Self) -> Vec<Field> {
        let pairs = [
            (self.name != other.name, Field::Name),
            (self.age != other.age, Field::Age),
            (self.place != other.place, Field::Place),
            (self.household != other.household, Field::Household),
            (self.daytime != other.daytime, Field::Daytime),
            (self.health != other.health, Field::Health),
            (self.tags != other.tags, Field::Tags),
            (self.occasion != other.occasion, Field::Occasion),
            (self.question != other.question, Field::Question),
            (
                self.question_behind != other.question_behind,
                Field::QuestionBehind,
            ),
            (self.life_areas != other.life_areas, Field::LifeAreas),
            (self.network != other.network, Field::Network),
            (self.wishes != other.wishes, Field::Wishes),
            (self.barriers != other.barriers, Field::Barriers),
            (self.quote != other.quote, Field::Quote),
            (
                self.roleplay_behaviour != other.roleplay_behaviour,
                Field::RoleplayBehaviour,
            ),
            (
                self.roleplay_background != other.roleplay_background,
                Field::RoleplayBackground,
            ),
            (
                self.sources != other.sources || self.co_created != other.co_created,
                Field::Sources,
            ),
        ];
        pairs
            .into_iter()
            .filter_map(|(changed, field)| changed.then_some(field))
            .collect()
    }
}

/// One saved version of a persona's fields.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Revision {
    pub at: Timestamp,
    /// What changed, in the maker's words (may be empty).
    #[serde(default)]
    pub note: String,
    /// Set when this version put back the one saved at that moment.
    #[serde(default)]
    pub restored_from: Option<Timestamp>,
    pub fields: PersonaFields,
}

impl Revision {
    /// The version a persona starts with.
    fn first(fields: &PersonaFields, at: Timestamp) -> Self {
        Self {
            at,
            note: String::new(),
            restored_from: None,
            fields: fields.clone(),
        }
    }
}

/// Longest revision note, in characters.
pub const MAX_NOTE_CHARS: usize = 500;

/// A persona as stored.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Persona {
    pub id: PersonaId,
    pub created_at: Timestamp,
    pub updated_at: Timestamp,
    /// One of the example persona's that come with the app.
    #[serde(default)]
    pub example: bool,
    #[serde(default)]
    pub avatar: Avatar,
    pub fields: PersonaFields,
    /// Every saved version, oldest first; the last one equals `fields`.
    #[serde(default)]
    pub revisions: Vec<Revision>,
}

impl Persona {
    /// A new persona with its first revision.
    pub fn create(
        fields: &PersonaFields,
        avatar: Avatar,
        id: PersonaId,
        now: Timestamp,
    ) -> Result<Self, ValidationError> {
        let fields = fields.checked()?;
        Ok(Self {
            id,
            created_at: now,
            updated_at: now,
            example: false,
            avatar: avatar.checked()?,
            revisions: vec![Revision::first(&fields, now)],
            fields,
        })
    }

    /// Saves new fields and avatar. A change of fields adds a revision with `note`;
    /// returns whether one was added. A refused input changes nothing.
    pub fn apply(
        &mut self,
        fields: &PersonaFields,
        avatar: Avatar,
        note: &str,
        now: Timestamp,
    ) -> Result<bool, ValidationError> {
        let fields = fields.checked()?;
        let avatar = avatar.checked()?;
        let note = check_length(note, Field::Note, MAX_NOTE_CHARS)?;
        let changed = fields != self.fields;
        if changed {
            self.push_revision(fields, note, None, now);
        }
        if avatar != self.avatar || changed {
            self.avatar = avatar;
            self.updated_at = now;
        }
        Ok(changed)
    }

    /// Puts back the fields of the revision saved at `at`, as a new revision.
    pub fn restore_revision(
        &mut self,
        at: Timestamp,
        now: Timestamp,
    ) -> Result<(), ValidationError> {
        let fields = self
            .revisions
            .iter()
            .find(|revision| revision.at == at)
            .map(|revision| revision.fields.clone())
            .ok_or(ValidationError::NotFound)?;
        if fields == self.fields {
            return Ok(());
        }
        self.push_revision(fields, String::new(), Some(at), now);
        self.updated_at = now;
        Ok(())
    }

    fn push_revision(
        &mut self,
        fields: PersonaFields,
        note: String,
        restored_from: Option<Timestamp>,
        now: Timestamp,
    ) {
        // Two saves in the same millisecond keep distinct, ordered times.
        let last = self.revisions.last().map_or(Timestamp::MIN, |r| r.at);
        let at = now.max(last + 1);
        self.revisions.push(Revision {
            at,
            note,
            restored_from,
            fields: fields.clone(),
        });
        self.fields = fields;
    }
}

impl Record for Persona {
    type Kind = kind::Persona;

    fn id(&self) -> PersonaId {
        self.id
    }

    fn label(&self) -> &str {
        &self.fields.name
    }

    fn created_at(&self) -> Timestamp {
        self.created_at
    }

    fn updated_at(&self) -> Timestamp {
        self.updated_at
    }

    /// A copy starts its own history; it is no longer an example.
    fn copy_as(&self, id: PersonaId, suffix: &str, now: Timestamp) -> Self {
        let fields = PersonaFields {
            name: copy_name(&self.fields.name, suffix, MAX_NAME_CHARS),
            ..self.fields.clone()
        };
        Self {
            id,
            created_at: now,
            updated_at: now,
            example: false,
            avatar: self.avatar.clone(),
            revisions: vec![Revision::first(&fields, now)],
            fields,
        }
    }
}
