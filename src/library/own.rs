//! Own methods: methods a facilitator adds to the library next to the
//! built-in ones, with the same parts (name, short description, steps, time,
//! group size, preparation, materials and kind). They are stored as a kind of
//! entity of their own; the rules here hold for what is typed in the form and
//! for what a stored or imported method holds.

use super::MethodKind;
use crate::model::error::check_length;
use crate::model::stored_check::{
    check_filled, check_lines, check_text, require, Checked, Flaw, Within,
};
use crate::model::{
    copy_name, id::kind, Collection, Field, MethodId, PlainKind, Record, Timestamp,
    ValidationError, Workshop,
};
use serde::{Deserialize, Serialize};
use std::ops::RangeInclusive;

/// Longest name, in characters.
pub const MAX_METHOD_NAME_CHARS: usize = 80;
/// Longest short description, in characters.
pub const MAX_METHOD_SUMMARY_CHARS: usize = 600;
/// Longest step, in characters.
pub const MAX_STEP_CHARS: usize = 300;
/// Most steps. With [`MAX_STEP_CHARS`] the numbered steps fit in a block.
pub const MAX_STEPS: usize = 12;
/// Longest preparation, in characters.
pub const MAX_PREPARATION_CHARS: usize = 2000;
/// Longest material, in characters.
pub const MAX_MATERIAL_CHARS: usize = 120;
/// Most materials. With [`MAX_MATERIAL_CHARS`] they fit in a block.
pub const MAX_MATERIALS: usize = 30;
/// The time a method may take, in minutes: the same as a block's.
pub const METHOD_MINUTES: RangeInclusive<u16> = 1..=480;
/// The most people a method may be for.
pub const MAX_PEOPLE: u16 = 1000;
/// The group sizes a method may be for.
const PEOPLE: RangeInclusive<u16> = 1..=MAX_PEOPLE;

/// A method a facilitator added to the library.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct OwnMethod {
    pub id: MethodId,
    pub created_at: Timestamp,
    pub updated_at: Timestamp,
    /// Its name, short.
    pub name: String,
    /// What it is and what it is for.
    pub summary: String,
    /// What happens, one step each.
    pub steps: Vec<String>,
    /// What to do or arrange beforehand.
    pub preparation: String,
    /// What to bring, one thing each.
    pub materials: Vec<String>,
    /// What a block made from it is.
    pub kind: MethodKind,
    /// How long it takes at the shortest and the longest, in minutes.
    pub min_minutes: u16,
    pub max_minutes: u16,
    /// For how many people at the fewest and the most.
    pub min_people: u16,
    pub max_people: u16,
}

/// What a facilitator typed in an own method's form, before it is checked:
/// steps and materials one a line, numbers as typed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OwnMethodDraft {
    pub name: String,
    pub summary: String,
    pub steps: String,
    pub preparation: String,
    pub materials: String,
    pub kind: MethodKind,
    pub min_minutes: String,
    /// Empty means the same as the shortest time.
    pub max_minutes: String,
    pub min_people: String,
    /// Empty means the same as the fewest people.
    pub max_people: String,
}

impl Default for OwnMethodDraft {
    fn default() -> Self {
        Self {
            name: String::new(),
            summary: String::new(),
            steps: String::new(),
            preparation: String::new(),
            materials: String::new(),
            kind: MethodKind::Plain(PlainKind::Free),
            min_minutes: String::new(),
            max_minutes: String::new(),
            min_people: String::new(),
            max_people: String::new(),
        }
    }
}

impl OwnMethodDraft {
    /// A draft holding a method's current values, for its edit form.
    pub fn from_method(method: &OwnMethod) -> Self {
        Self {
            name: method.name.clone(),
            summary: method.summary.clone(),
            steps: method.steps.join("\n"),
            preparation: method.preparation.clone(),
            materials: method.materials.join("\n"),
            kind: method.kind,
            min_minutes: method.min_minutes.to_string(),
            max_minutes: method.max_minutes.to_string(),
            min_people: method.min_people.to_string(),
            max_people: method.max_people.to_string(),
        }
    }

    /// The method this draft makes under `id` at `now`, or why it is refused.
    pub fn check(&self, id: MethodId, now: Timestamp) -> Result<OwnMethod, ValidationError> {
        let name = check_length(&self.name, Field::Name, MAX_METHOD_NAME_CHARS)?;
        if name.is_empty() {
            return Err(ValidationError::NameEmpty);
        }
        let summary = check_length(&self.summary, Field::Summary, MAX_METHOD_SUMMARY_CHARS)?;
        if summary.is_empty() {
            return Err(ValidationError::SummaryEmpty);
        }
        let minutes = parse_range(
            (&self.min_minutes, &self.max_minutes),
            METHOD_MINUTES,
            ValidationError::MethodMinutesOutOfRange,
            Field::Minutes,
        )?;
        let people = parse_range(
            (&self.min_people, &self.max_people),
            PEOPLE,
            ValidationError::GroupSizeOutOfRange { max: MAX_PEOPLE },
            Field::GroupSize,
        )?;
        Ok(OwnMethod {
            id,
            created_at: now,
            updated_at: now,
            name,
            summary,
            steps: lines(&self.steps, Field::Steps, MAX_STEP_CHARS, MAX_STEPS)?,
            preparation: check_length(
                &self.preparation,
                Field::Preparation,
                MAX_PREPARATION_CHARS,
            )?,
            materials: lines(
                &self.materials,
                Field::Materials,
                MAX_MATERIAL_CHARS,
                MAX_MATERIALS,
            )?,
            kind: self.kind,
            min_minutes: minutes.0,
            max_minutes: minutes.1,
            min_people: people.0,
            max_people: people.1,
        })
    }
}

/// The lines of a text that say something, without a list sign in front:
/// at most `count` of them, each at most `max` characters.
fn lines(
    text: &str,
    field: Field,
    max: usize,
    count: usize,
) -> Result<Vec<String>, ValidationError> {
    let lines: Vec<String> = text
        .lines()
        .map(|line| line.trim().trim_start_matches(['-', '*', '•']).trim())
        .filter(|line| !line.is_empty())
        .map(|line| check_length(line, field, max))
        .collect::<Result<_, _>>()?;
    if lines.len() > count {
        return Err(ValidationError::TooMany { field, max: count });
    }
    Ok(lines)
}

/// A lowest and highest whole number, as typed, both within `range` and the
/// lowest first; an empty highest is the lowest.
fn parse_range(
    (low, high): (&str, &str),
    range: RangeInclusive<u16>,
    outside: ValidationError,
    field: Field,
) -> Result<(u16, u16), ValidationError> {
    let number = |text: &str| {
        text.trim()
            .parse::<u16>()
            .ok()
            .filter(|n| range.contains(n))
            .ok_or(outside.clone())
    };
    let low = number(low)?;
    let high = if high.trim().is_empty() {
        low
    } else {
        number(high)?
    };
    if low > high {
        return Err(ValidationError::RangeReversed { field });
    }
    Ok((low, high))
}

/// A stored lowest and highest number: both within `range`, the lowest first.
fn check_range(low: u16, high: u16, range: &RangeInclusive<u16>, fields: [&str; 2]) -> Checked {
    require(range.contains(&low), Flaw::OutOfRange).within(fields[0])?;
    require(range.contains(&high) && low <= high, Flaw::OutOfRange).within(fields[1])
}

impl OwnMethod {
    /// Saves a draft over this method at `now`; a refused draft changes nothing.
    pub fn apply(&mut self, draft: &OwnMethodDraft, now: Timestamp) -> Result<(), ValidationError> {
        let checked = draft.check(self.id, now)?;
        *self = OwnMethod {
            created_at: self.created_at,
            ..checked
        };
        Ok(())
    }

    /// Whether a stored method keeps the rules of [`OwnMethodDraft::check`].
    pub fn check_stored(&self) -> Checked {
        check_filled(&self.name, MAX_METHOD_NAME_CHARS).within("name")?;
        check_filled(&self.summary, MAX_METHOD_SUMMARY_CHARS).within("summary")?;
        check_lines(&self.steps, MAX_STEP_CHARS, MAX_STEPS).within("steps")?;
        check_text(&self.preparation, MAX_PREPARATION_CHARS).within("preparation")?;
        check_lines(&self.materials, MAX_MATERIAL_CHARS, MAX_MATERIALS).within("materials")?;
        check_range(
            self.min_minutes,
            self.max_minutes,
            &METHOD_MINUTES,
            ["min_minutes", "max_minutes"],
        )?;
        check_range(
            self.min_people,
            self.max_people,
            &PEOPLE,
            ["min_people", "max_people"],
        )
    }
}

impl Record for OwnMethod {
    type Kind = kind::Method;

    fn id(&self) -> MethodId {
        self.id
    }

    fn label(&self) -> &str {
        &self.name
    }

    fn created_at(&self) -> Timestamp {
        self.created_at
    }

    fn updated_at(&self) -> Timestamp {
        self.updated_at
    }

    fn copy_as(&self, id: MethodId, suffix: &str, now: Timestamp) -> Self {
        Self {
            id,
            created_at: now,
            updated_at: now,
            name: copy_name(&self.name, suffix, MAX_METHOD_NAME_CHARS),
            ..self.clone()
        }
    }
}

/// The own methods that blocks of these workshops were made from, so that a
/// backup of some workshops carries them along.
pub fn used_methods<'a>(
    workshops: impl IntoIterator<Item = &'a Workshop>,
    methods: &[OwnMethod],
) -> Vec<OwnMethod> {
    let named: Vec<&str> = workshops
        .into_iter()
        .flat_map(|w| &w.programme.blocks)
        .filter_map(|block| block.method.as_deref())
        .collect();
    methods
        .iter()
        .filter(|method| named.contains(&method.id.as_str()))
        .cloned()
        .collect()
}

/// The own methods, newest first.
pub type OwnMethods = Collection<OwnMethod>;

impl Collection<OwnMethod> {
    /// Adds a new method at the top and returns its id.
    pub fn create(
        &mut self,
        draft: &OwnMethodDraft,
        id: MethodId,
        now: Timestamp,
    ) -> Result<MethodId, ValidationError> {
        self.add(draft.check(id, now)?)?;
        Ok(id)
    }

    /// Saves a draft over method `id`.
    pub fn edit(
        &mut self,
        id: MethodId,
        draft: &OwnMethodDraft,
        now: Timestamp,
    ) -> Result<(), ValidationError> {
        self.get_mut(id)?.apply(draft, now)
    }
}
