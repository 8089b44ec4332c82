//! The rules of a persona's fields, for what a facilitator types and for
//! what a stored or imported persona holds.

use super::*;
use crate::model::error::check_length;
use crate::model::stored_check::{
    check_count, check_filled, check_items, check_lines, check_text, require, Checked, Flaw, Seen,
    Within,
};
use crate::model::{Field, ValidationError};

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

impl Persona {
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
}
