//! Ids of the things the app stores, one type per kind of thing, so that a
//! note's id cannot be passed where a theme's is meant. An id is what the app
//! could have made and can store under a key or put in an address: 1 to 64
//! ASCII letters, digits, `-` or `_`. It is stored as that plain text, exactly
//! as before ids had types, and read back only if it is one.
//!
//! An id is held inline (a length and 64 bytes), so it is `Copy` and passed by
//! value.

use serde::de::{self, Deserializer, Unexpected, Visitor};
use serde::{Deserialize, Serialize, Serializer};
use std::cmp::Ordering;
use std::fmt;
use std::hash::{Hash, Hasher};
use std::marker::PhantomData;
use std::str::FromStr;

/// Longest id, in bytes.
pub const MAX_ID_LEN: usize = 64;

/// The id of one thing of kind `K` (one of the markers in [`kind`]).
pub struct Id<K> {
    len: u8,
    /// The id's bytes, zero after `len`, so equal ids have equal arrays.
    bytes: [u8; MAX_ID_LEN],
    kind: PhantomData<fn() -> K>,
}

/// The kinds of thing that have ids; each marker only names a kind.
pub mod kind {
    macro_rules! kinds {
        ($($(#[$doc:meta])* $name:ident),* $(,)?) => {
            $($(#[$doc])* pub enum $name {})*
        };
    }

    kinds! {
        /// A workshop (bijeenkomst).
        Workshop,
        /// A work form in a workshop.
        Activity,
        /// A persona in the library.
        Persona,
        /// A note on a tablecloth or a placemat.
        Note,
        /// A theme of a harvest.
        Theme,
        /// An action of a harvest.
        Action,
        /// A café table.
        Table,
        /// A café round.
        Round,
        /// A placemat group.
        Group,
        /// A person's field (seat) on a placemat.
        Seat,
        /// A municipality in a persona test.
        Municipality,
        /// A question put out to phones.
        Prompt,
        /// An answer that came in from a phone.
        Answer,
        /// An answer to an open question.
        Reply,
        /// A block of a workshop's programme.
        Block,
        /// A method of the library that a facilitator added.
        Method,
    }
}

/// The id of a workshop.
pub type WorkshopId = Id<kind::Workshop>;
/// The id of a work form.
pub type ActivityId = Id<kind::Activity>;
/// The id of a persona.
pub type PersonaId = Id<kind::Persona>;
/// The id of a note.
pub type NoteId = Id<kind::Note>;
/// The id of a theme.
pub type ThemeId = Id<kind::Theme>;
/// The id of an action.
pub type ActionId = Id<kind::Action>;
/// The id of a café table.
pub type TableId = Id<kind::Table>;
/// The id of a café round.
pub type RoundId = Id<kind::Round>;
/// The id of a placemat group.
pub type GroupId = Id<kind::Group>;
/// The id of a person's field on a placemat.
pub type SeatId = Id<kind::Seat>;
/// The id of a municipality.
pub type MunicipalityId = Id<kind::Municipality>;
/// The id of a question put out to phones.
pub type PromptId = Id<kind::Prompt>;
/// The id of an answer from a phone.
pub type AnswerId = Id<kind::Answer>;
/// The id of an answer to an open question.
pub type ReplyId = Id<kind::Reply>;
/// The id of a block of a workshop's programme.
pub type BlockId = Id<kind::Block>;
/// The id of an own method of the library.
pub type MethodId = Id<kind::Method>;

/// A text that is no id: empty, too long, or with other signs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct NotAnId;

impl fmt::Display for NotAnId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("not an id: 1 to 64 letters, digits, - or _")
    }
}

impl std::error::Error for NotAnId {}

impl<K> Id<K> {
    /// The id as the text it is stored as.
    pub fn as_str(&self) -> &str {
        std::str::from_utf8(&self.bytes[..usize::from(self.len)]).expect("an id is ASCII")
    }

    /// An id the app made itself (a random id; a counter in tests). A text
    /// that is no id is a bug in the maker, so it panics.
    pub fn made(text: &str) -> Self {
        text.parse()
            .unwrap_or_else(|_| panic!("the app made {text:?} as an id"))
    }
}

/// Whether a text is an id: 1 to 64 letters, digits, `-` or `_`. Anything
/// else could not be stored under its key or put in an address.
fn is_plain_id(text: &str) -> bool {
    (1..=MAX_ID_LEN).contains(&text.len())
        && text
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
}

impl<K> FromStr for Id<K> {
    type Err = NotAnId;

    fn from_str(text: &str) -> Result<Self, NotAnId> {
        if !is_plain_id(text) {
            return Err(NotAnId);
        }
        let mut bytes = [0; MAX_ID_LEN];
        bytes[..text.len()].copy_from_slice(text.as_bytes());
        Ok(Self {
            len: text.len() as u8,
            bytes,
            kind: PhantomData,
        })
    }
}

impl<K> TryFrom<&str> for Id<K> {
    type Error = NotAnId;

    fn try_from(text: &str) -> Result<Self, NotAnId> {
        text.parse()
    }
}

/// Something that makes new ids of any kind: the app's random ids, a counter
/// in tests. Any function giving fresh id texts is one.
pub trait IdMaker {
    /// A new id of kind `K`.
    fn make<K>(&mut self) -> Id<K>;
}

impl<F: FnMut() -> String> IdMaker for F {
    fn make<K>(&mut self) -> Id<K> {
        Id::made(&self())
    }
}

impl<K> Clone for Id<K> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<K> Copy for Id<K> {}

impl<K> PartialEq for Id<K> {
    fn eq(&self, other: &Self) -> bool {
        self.len == other.len && self.bytes == other.bytes
    }
}

impl<K> Eq for Id<K> {}

impl<K> Hash for Id<K> {
    fn hash<H: Hasher>(&self, state: &mut H) {
        self.as_str().hash(state);
    }
}

impl<K> PartialOrd for Id<K> {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

/// In the order of the texts.
impl<K> Ord for Id<K> {
    fn cmp(&self, other: &Self) -> Ordering {
        self.as_str().cmp(other.as_str())
    }
}

impl<K> fmt::Debug for Id<K> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(self.as_str(), f)
    }
}

impl<K> fmt::Display for Id<K> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl<K> Serialize for Id<K> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de, K> Deserialize<'de> for Id<K> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_str(IdVisitor(PhantomData))
    }
}

/// Reads an id from a text, refusing a text the app could not have made.
struct IdVisitor<K>(PhantomData<fn() -> K>);

impl<K> Visitor<'_> for IdVisitor<K> {
    type Value = Id<K>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("an id of 1 to 64 letters, digits, - or _")
    }

    fn visit_str<E: de::Error>(self, text: &str) -> Result<Id<K>, E> {
        text.parse()
            .map_err(|_| E::invalid_value(Unexpected::Str(text), &self))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_id_reads_and_writes_as_its_text() {
        let id: NoteId = serde_json::from_str("\"ab-1_Z\"").unwrap();
        assert_eq!(id.as_str(), "ab-1_Z");
        assert_eq!(serde_json::to_string(&id).unwrap(), "\"ab-1_Z\"");
        assert_eq!(format!("{id} {id:?}"), "ab-1_Z \"ab-1_Z\"");
    }

    #[test]
    fn a_text_that_is_no_id_is_refused() {
        let long = "x".repeat(65);
        for text in ["", "a/b", "x y", "é", long.as_str()] {
            assert_eq!(text.parse::<NoteId>(), Err(NotAnId), "{text:?}");
            let json = serde_json::to_string(text).unwrap();
            assert!(serde_json::from_str::<NoteId>(&json).is_err(), "{text:?}");
        }
        assert!("x".repeat(64).parse::<NoteId>().is_ok());
    }

    #[test]
    fn ids_compare_and_sort_as_their_texts() {
        let a: ThemeId = "a".parse().unwrap();
        let ab: ThemeId = "ab".parse().unwrap();
        let b: ThemeId = "b".parse().unwrap();
        assert!(a < ab && ab < b);
        assert_eq!(a, "a".parse().unwrap());
        assert_ne!(a, ab);
    }
}
