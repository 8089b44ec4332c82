//! A persona: a fictional resident built from real facts about a group, who keeps
//! developing as the group learns more. Every save that changes the fields adds a
//! dated revision, so the history can be read and an earlier version put back.
//!
//! The photo is not part of a revision: it is the persona's face, not one of the
//! facts, and keeping a copy per revision would fill the storage.

use super::collection::Record;
use super::error::check_length;
use super::stored_check::{
    check_count, check_filled, check_items, check_lines, check_text, require, Checked, Flaw, Seen,
    Within,
};
use super::{copy_name, Field, Timestamp, ValidationError};
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

/// The background colours an avatar can have (named, so the page needs no inline style).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum AvatarColour {
    #[default]
    Blue,
    Green,
    Orange,
    Purple,
    Red,
    Teal,
}

impl AvatarColour {
    /// Every colour, in the order a picker shows them.
    pub const ALL: [AvatarColour; 6] = [
        AvatarColour::Blue,
        AvatarColour::Green,
        AvatarColour::Orange,
        AvatarColour::Purple,
        AvatarColour::Red,
        AvatarColour::Teal,
    ];

    /// The colour's name in CSS classes and storage.
    pub fn name(self) -> &'static str {
        match self {
            AvatarColour::Blue => "blue",
            AvatarColour::Green => "green",
            AvatarColour::Orange => "orange",
            AvatarColour::Purple => "purple",
            AvatarColour::Red => "red",
            AvatarColour::Teal => "teal",
        }
    }
}

/// How a persona is pictured.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum Avatar {
    /// The initials of the name on a colour.
    Initials { colour: AvatarColour },
    /// An emoji on a colour.
    Emoji { emoji: String, colour: AvatarColour },
    /// A photo, scaled down, as a `data:image/…;base64,` address.
    Photo { data_url: String },
}

impl Default for Avatar {
    fn default() -> Self {
        Avatar::Initials {
            colour: AvatarColour::default(),
        }
    }
}

impl Avatar {
    /// The avatar as it may be stored, or why not.
    pub fn checked(self) -> Result<Self, ValidationError> {
        match self {
            Avatar::Emoji { emoji, colour } => Ok(Avatar::Emoji {
                emoji: check_emoji(&emoji)?,
                colour,
            }),
            Avatar::Photo { data_url } => {
                check_photo(&data_url)?;
                Ok(Avatar::Photo { data_url })
            }
            initials => Ok(initials),
        }
    }

    /// Whether a stored avatar is one [`Avatar::checked`] lets through.
    fn check_stored(&self) -> Checked {
        match self {
            Avatar::Emoji { emoji, .. } => {
                require(check_emoji(emoji).is_ok(), Flaw::UnknownValue).within("emoji")
            }
            Avatar::Photo { data_url } => {
                require(check_photo(data_url).is_ok(), Flaw::UnknownValue).within("data_url")
            }
            Avatar::Initials { .. } => Ok(()),
        }
    }
}

/// An emoji is trimmed, 1 to [`MAX_EMOJI_CHARS`] long, and holds no plain letters or digits.
fn check_emoji(emoji: &str) -> Result<String, ValidationError> {
    let emoji = emoji.trim();
    let length = emoji.chars().count();
    if length == 0 || length > MAX_EMOJI_CHARS || emoji.chars().any(|c| c.is_ascii_alphanumeric()) {
        return Err(ValidationError::EmojiInvalid);
    }
    Ok(emoji.to_string())
}

/// A photo address is a base64 JPEG, PNG or WebP image of at most [`MAX_PHOTO_BYTES`].
fn check_photo(data_url: &str) -> Result<(), ValidationError> {
    let payload = [
        "data:image/jpeg;base64,",
        "data:image/png;base64,",
        "data:image/webp;base64,",
    ]
    .iter()
    .find_map(|prefix| data_url.strip_prefix(prefix))
    .ok_or(ValidationError::PhotoInvalid)?;
    let base64 = |b: u8| b.is_ascii_alphanumeric() || matches!(b, b'+' | b'/' | b'=');
    if payload.is_empty()
        || payload.len() % 4 != 0
        || payload.len() / 4 * 3 > MAX_PHOTO_BYTES
        || !payload.bytes().all(base64)
    {
        return Err(ValidationError::PhotoInvalid);
    }
    Ok(())
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
    /// The fields as they may be stored: trimmed, limits checked, empty list rows
    /// dropped, tags without doubles. A refused draft changes nothing.
    pub fn checked(&self) -> Result<Self, ValidationError> {
        let name = self.name.trim();
        if name.is_empty() {
            return Err(ValidationError::NameEmpty);
        }
        if self.age.is_some_and(|age| age > MAX_AGE) {
            return Err(ValidationError::AgeInvalid);
        }
        let line = |text: &str, field| check_length(text, field, MAX_LINE_CHARS);
        let story = |text: &str, field| check_length(text, field, MAX_STORY_CHARS);
        Ok(Self {
            name: check_length(name, Field::Name, MAX_NAME_CHARS)?,
            age: self.age,
            place: line(&self.place, Field::Place)?,
            household: story(&self.household, Field::Household)?,
            daytime: story(&self.daytime, Field::Daytime)?,
            health: story(&self.health, Field::Health)?,
            tags: check_tags(&self.tags)?,
            occasion: story(&self.occasion, Field::Occasion)?,
            question: story(&self.question, Field::Question)?,
            question_behind: story(&self.question_behind, Field::QuestionBehind)?,
            life_areas: check_life_areas(&self.life_areas)?,
            network: check_network(&self.network)?,
            wishes: story(&self.wishes, Field::Wishes)?,
            barriers: story(&self.barriers, Field::Barriers)?,
            quote: story(&self.quote, Field::Quote)?,
            roleplay_behaviour: story(&self.roleplay_behaviour, Field::RoleplayBehaviour)?,
            roleplay_background: story(&self.roleplay_background, Field::RoleplayBackground)?,
            sources: story(&self.sources, Field::Sources)?,
            co_created: self.co_created,
        })
    }

    /// Whether stored fields keep the rules of [`PersonaFields::checked`]: a
    /// name, an age up to [`MAX_AGE`], texts, tags and network within their
    /// limits, each area of life once.
    fn check_stored(&self) -> Checked {
        check_filled(&self.name, MAX_NAME_CHARS).within("name")?;
        let age_known = self.age.is_none_or(|age| age <= MAX_AGE);
        require(age_known, Flaw::OutOfRange).within("age")?;
        check_text(&self.place, MAX_LINE_CHARS).within("place")?;
        for (field, text) in [
            ("household", &self.household),
            ("daytime", &self.daytime),
            ("health", &self.health),
            ("occasion", &self.occasion),
            ("question", &self.question),
            ("question_behind", &self.question_behind),
            ("wishes", &self.wishes),
            ("barriers", &self.barriers),
            ("quote", &self.quote),
            ("roleplay_behaviour", &self.roleplay_behaviour),
            ("roleplay_background", &self.roleplay_background),
            ("sources", &self.sources),
        ] {
            check_text(text, MAX_STORY_CHARS).within(field)?;
        }
        check_lines(&self.tags, MAX_TAG_CHARS, MAX_TAGS).within("tags")?;
        let mut areas = Seen::default();
        check_items(&self.life_areas, |note| {
            areas.once(note.area).within("area")?;
            check_text(&note.situation, MAX_STORY_CHARS).within("situation")
        })
        .within("life_areas")?;
        check_count(self.network.len(), 0..=MAX_NETWORK).within("network")?;
        check_items(&self.network, |member| {
            check_text(&member.name, MAX_LINE_CHARS).within("name")?;
            check_text(&member.relation, MAX_LINE_CHARS).within("relation")
        })
        .within("network")
    }

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

/// Reads an age typed in a form: empty is "not given"; otherwise a whole number 0–120.
pub fn parse_age(text: &str) -> Result<Option<u8>, ValidationError> {
    let text = text.trim();
    if text.is_empty() {
        return Ok(None);
    }
    if !text.bytes().all(|b| b.is_ascii_digit()) {
        return Err(ValidationError::AgeInvalid);
    }
    match text.parse::<u8>() {
        Ok(age) if age <= MAX_AGE => Ok(Some(age)),
        _ => Err(ValidationError::AgeInvalid),
    }
}

fn check_tags(tags: &[String]) -> Result<Vec<String>, ValidationError> {
    let mut kept: Vec<String> = Vec::new();
    for tag in tags {
        let tag = check_length(tag, Field::Tags, MAX_TAG_CHARS)?;
        let known = kept.iter().any(|k| k.to_lowercase() == tag.to_lowercase());
        if !tag.is_empty() && !known {
            kept.push(tag);
        }
    }
    if kept.len() > MAX_TAGS {
        return Err(ValidationError::TooMany {
            field: Field::Tags,
            max: MAX_TAGS,
        });
    }
    Ok(kept)
}

fn check_life_areas(notes: &[LifeAreaNote]) -> Result<Vec<LifeAreaNote>, ValidationError> {
    let mut kept = Vec::new();
    for area in LifeArea::ALL {
        let Some(note) = notes.iter().find(|note| note.area == area) else {
            continue;
        };
        let situation = check_length(&note.situation, Field::LifeAreas, MAX_STORY_CHARS)?;
        if !situation.is_empty() || note.rating.is_some() {
            kept.push(LifeAreaNote {
                area,
                situation,
                rating: note.rating,
            });
        }
    }
    Ok(kept)
}

fn check_network(members: &[NetworkMember]) -> Result<Vec<NetworkMember>, ValidationError> {
    let mut kept = Vec::new();
    for member in members {
        let name = check_length(&member.name, Field::Network, MAX_LINE_CHARS)?;
        let relation = check_length(&member.relation, Field::Network, MAX_LINE_CHARS)?;
        if !name.is_empty() || !relation.is_empty() {
            kept.push(NetworkMember {
                name,
                relation,
                support: member.support,
            });
        }
    }
    if kept.len() > MAX_NETWORK {
        return Err(ValidationError::TooMany {
            field: Field::Network,
            max: MAX_NETWORK,
        });
    }
    Ok(kept)
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
    pub id: String,
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
        id: String,
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

    /// Whether a stored persona keeps the rules its editing keeps: an avatar
    /// the app accepts, and fields and every revision (which can be put back)
    /// within their limits, each revision at its own moment.
    pub fn check_stored(&self) -> Checked {
        self.avatar.check_stored().within("avatar")?;
        self.fields.check_stored().within("fields")?;
        let mut moments = Seen::default();
        check_items(&self.revisions, |revision| {
            moments.once(revision.at).within("at")?;
            check_text(&revision.note, MAX_NOTE_CHARS).within("note")?;
            revision.fields.check_stored().within("fields")
        })
        .within("revisions")
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
    fn id(&self) -> &str {
        &self.id
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
    fn copy_as(&self, id: String, suffix: &str, now: Timestamp) -> Self {
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
