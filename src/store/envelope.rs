//! The envelope around every stored value, and versioned decoding.
//!
//! Decoding never trusts what it reads: text → JSON value → check the envelope's
//! shape → refuse a schema newer than this app → run the migrations in order →
//! the typed entity.

use super::{Decoder, Entity};
use serde::{Deserialize, Serialize};
use serde_json::Value;
use thiserror::Error;

/// What is stored under an entity key.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Envelope {
    /// Schema version of `data`.
    pub schema: u32,
    /// Revision: 1 on the first save, one more on each save after.
    pub rev: u64,
    /// When it was written, in milliseconds since the epoch.
    pub saved_at: i64,
    /// The entity itself (without its parts stored under keys of their own).
    pub data: Value,
    /// The parts stored under keys of their own, with their revisions.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub parts: Vec<NamedPart>,
}

/// A part the entity's key names: where it belongs and the revision of its key.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct NamedPart {
    pub activity: String,
    pub part: String,
    pub rev: u64,
}

/// Why a stored value could not become an entity.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum DecodeError {
    #[error("not JSON: {0}")]
    NotJson(String),
    #[error("not an envelope: {0}")]
    NotEnvelope(String),
    /// Written by a newer version of the app: left alone, not quarantined.
    #[error("schema {found} is newer than this app's {supported}")]
    TooNew { found: u32, supported: u32 },
    #[error("no migration from schema {0}")]
    NoMigration(u32),
    #[error("data does not fit the schema: {0}")]
    BadData(String),
}

/// An entity wrapped for storage, serialised straight from the entity: no
/// intermediate JSON tree, which matters for a workshop with thousands of notes.
#[derive(Serialize)]
struct EnvelopeOf<'a, E> {
    schema: u32,
    rev: u64,
    saved_at: i64,
    data: &'a E,
    #[serde(skip_serializing_if = "<[NamedPart]>::is_empty")]
    parts: &'a [NamedPart],
}

/// The envelope's revision, read without building its data.
#[derive(Deserialize)]
struct EnvelopeHead {
    rev: u64,
}

/// The stored text of an entity in its envelope, naming its `parts` stored
/// under keys of their own (left out of `entity`).
pub fn envelope_text<E: Entity>(
    entity: &E,
    rev: u64,
    saved_at: i64,
    parts: &[NamedPart],
) -> String {
    let envelope = EnvelopeOf {
        schema: E::STORED_SCHEMA,
        rev,
        saved_at,
        data: entity,
        parts,
    };
    serde_json::to_string(&envelope).expect("entities serialize to JSON")
}

/// The stored text of a part (its content as JSON) in its envelope, with the
/// schema of the entity it belongs to.
pub fn part_envelope_text<E: Entity>(json: &str, rev: u64, saved_at: i64) -> String {
    format!(
        "{{\"schema\":{},\"rev\":{rev},\"saved_at\":{saved_at},\"data\":{json}}}",
        E::STORED_SCHEMA
    )
}

/// The revision of a stored envelope, without building its data. The app writes
/// `schema`, `rev` and `saved_at` (numbers) before `data`, so reading up to
/// `"data"` is enough; any other text is read whole.
pub fn envelope_rev(text: &str) -> Result<u64, DecodeError> {
    const HEAD_CHARS: usize = 120;
    let start = text
        .char_indices()
        .nth(HEAD_CHARS)
        .map_or(text, |(end, _)| &text[..end]);
    if let Some(head) = start
        .find(",\"data\":")
        .map(|end| format!("{}}}", &text[..end]))
    {
        if let Ok(head) = serde_json::from_str::<EnvelopeHead>(&head) {
            return Ok(head.rev);
        }
    }
    serde_json::from_str::<EnvelopeHead>(text)
        .map(|head| head.rev)
        .map_err(|e| DecodeError::NotEnvelope(e.to_string()))
}

impl Envelope {
    /// Reads the envelope only, without looking inside `data`.
    pub fn parse(text: &str) -> Result<Self, DecodeError> {
        let value: Value =
            serde_json::from_str(text).map_err(|e| DecodeError::NotJson(e.to_string()))?;
        serde_json::from_value(value).map_err(|e| DecodeError::NotEnvelope(e.to_string()))
    }

    /// Migrates `data` up to the app's schema and reads it as the entity
    /// with `decoder`. The parts it names are not read here: see the repository.
    pub fn open<E: Entity>(self, decoder: &Decoder<E>) -> Result<E, DecodeError> {
        if self.schema > E::STORED_SCHEMA {
            return Err(DecodeError::TooNew {
                found: self.schema,
                supported: E::STORED_SCHEMA,
            });
        }
        let document_schema = match E::SPLIT_SINCE {
            Some(split) if self.schema >= split => self.schema - 1,
            _ => self.schema,
        };
        (decoder.document)(document_schema, self.data)
    }
}
