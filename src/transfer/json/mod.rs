//! A small JSON reader and writer for what the participant's phone reads and
//! writes: the question and answer cards, the phone's draft and the language of
//! the settings. The phone's program leaves serde_json and serde's derived code
//! out this way (issue 18: about 35 KB of its wasm).
//!
//! Both sides keep to serde_json 1 exactly: a text is read when serde_json
//! reads it (into a `Value`, or into a derived struct, see [`Reading`]) and
//! refused when it refuses it, and every card and draft is written as the same
//! text, byte for byte (tests/participate_json.rs and the draft's tests hold
//! the old serde types beside these and compare them).

mod fields;
mod read;
mod write;

pub(crate) use fields::{nullable, string, strings, unsigned, variant, Fields, ReadJson};
pub(crate) use read::{read, Reading};
pub(crate) use write::{write_object, WriteJson};

/// A JSON value as read.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Json {
    Null,
    Bool(bool),
    /// A whole number from 0 to `u64::MAX`, written without a fraction or an exponent.
    Unsigned(u64),
    /// Any other number (negative, with a fraction or an exponent, or larger).
    OtherNumber,
    String(String),
    Array(Vec<Json>),
    /// The members in their order; read as a `Value`, a key given twice keeps
    /// only its last value.
    Object(Vec<(String, Json)>),
    /// What serde_json only skips and never reads (only read as a struct): a
    /// string with a lone surrogate escape (or an object with one in a key),
    /// or arrays and objects nested past serde_json's depth limit.
    Unreadable,
}

impl Json {
    /// The value of member `key` of an object.
    pub(crate) fn get(&self, key: &str) -> Option<&Json> {
        match self {
            Json::Object(members) => members.iter().find(|(k, _)| k == key).map(|(_, v)| v),
            _ => None,
        }
    }
}
