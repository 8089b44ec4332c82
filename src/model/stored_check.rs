//! Checking stored data against the rules its editing keeps. Data read from a
//! file was not made by those rules, so before the app takes it each text,
//! count, number, id and reference is checked. Every type checks itself next
//! to its rules (`check_stored`); the helpers here say which rule a value
//! breaks and where, as a path from the value checked.

use std::collections::HashSet;
use std::hash::Hash;

use super::id::Id;

/// One step of a path into stored data: a field name or a position in a list.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Step {
    Field(String),
    Index(usize),
}

/// Which rule a stored value breaks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Flaw {
    /// A text that must say something is empty.
    Empty,
    /// A text is longer than its limit.
    TooLong,
    /// A list holds fewer items than its minimum.
    TooFew,
    /// A list holds more items than its limit.
    TooMany,
    /// A number is outside its range.
    OutOfRange,
    /// A value the app could not have made: an id with other signs, an emoji
    /// or a photo it refuses.
    UnknownValue,
    /// Something that is once in its list is there twice.
    Twice,
    /// A reference to something that is not there.
    UnknownReference,
    /// A placemat group with another number of persons than the first group.
    Uneven,
    /// A placemat note marked by the person who wrote it.
    OwnMark,
}

/// A stored value that breaks a rule: where, from the value checked, and which.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Violation {
    pub path: Vec<Step>,
    pub flaw: Flaw,
}

/// What a check gives: nothing, or the first violation found.
pub type Checked = Result<(), Violation>;

/// Places a violation one level deeper in the data.
pub trait Within {
    /// The violation is inside `field` of the value checked.
    fn within(self, field: &str) -> Self;
}

impl Within for Checked {
    fn within(self, field: &str) -> Self {
        self.map_err(|mut violation| {
            violation.path.insert(0, Step::Field(field.to_string()));
            violation
        })
    }
}

/// Values met so far in one scope, to find one that is there twice.
pub struct Seen<T>(HashSet<T>);

impl<T> Default for Seen<T> {
    fn default() -> Self {
        Self(HashSet::new())
    }
}

impl<T: Eq + Hash> Seen<T> {
    /// One more value, which must not have been met before.
    pub fn once(&mut self, value: T) -> Checked {
        require(self.0.insert(value), Flaw::Twice)
    }
}

/// Nothing when `ok`, otherwise `flaw` here.
pub fn require(ok: bool, flaw: Flaw) -> Checked {
    if ok {
        Ok(())
    } else {
        Err(Violation {
            path: Vec::new(),
            flaw,
        })
    }
}

/// A text of at most `max` characters.
pub fn check_text(text: &str, max: usize) -> Checked {
    require(text.chars().count() <= max, Flaw::TooLong)
}

/// A text that says something (more than spaces), of at most `max` characters.
pub fn check_filled(text: &str, max: usize) -> Checked {
    require(!text.trim().is_empty(), Flaw::Empty)?;
    check_text(text, max)
}

/// A number of items within `range`.
pub fn check_count(count: usize, range: std::ops::RangeInclusive<usize>) -> Checked {
    require(count >= *range.start(), Flaw::TooFew)?;
    require(count <= *range.end(), Flaw::TooMany)
}

/// Lines of text (rules, tags, sub-questions): at most `count` of them, each
/// saying something in at most `max` characters.
pub fn check_lines(lines: &[String], max: usize, count: usize) -> Checked {
    check_count(lines.len(), 0..=count)?;
    check_items(lines, |line| check_filled(line, max))
}

/// Each item checked with `check`; a violation is placed at its item.
pub fn check_items<'a, T>(items: &'a [T], mut check: impl FnMut(&'a T) -> Checked) -> Checked {
    items.iter().enumerate().try_for_each(|(index, item)| {
        check(item).map_err(|mut violation| {
            violation.path.insert(0, Step::Index(index));
            violation
        })
    })
}

/// The `id` of each item (as `id` gives it), each only once in the list.
pub fn check_ids<T, K>(items: &[T], id: impl Fn(&T) -> Id<K>) -> Checked {
    let mut seen = Seen::default();
    check_items(items, |item| seen.once(id(item)).within("id"))
}
