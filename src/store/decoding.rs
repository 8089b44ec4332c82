//! Reading stored JSON as entities, through a table the app hands the
//! repository. Serde's reading of every model type and the migrations are a
//! large part of the program that a first visit, with nothing stored yet,
//! does not need: the facilitator's build loads this table's code on its own
//! (`ui::decoding`), and until then the repository reads nothing and refuses
//! a save that would have to read another tab's version.

use super::{migrate, DecodeError, Entity};
use crate::library::OwnMethod;
use crate::model::{Persona, Settings, Workshop};
use serde_json::Value;

/// How one kind of entity is read.
pub struct Decoder<E> {
    /// A stored document of the given schema, migrated up and read as the entity.
    pub document: fn(u32, Value) -> Result<E, DecodeError>,
    /// A part's stored content put in its place: the activity, the part.
    pub part: fn(&mut E, &str, &str, Value) -> Result<(), String>,
}

/// A decoder for every kind of entity.
pub struct Decoders {
    pub workshop: Decoder<Workshop>,
    pub persona: Decoder<Persona>,
    pub method: Decoder<OwnMethod>,
    pub settings: Decoder<Settings>,
}

/// Every kind's decoder.
pub fn decoders() -> &'static Decoders {
    static ALL: Decoders = Decoders {
        workshop: decoder(),
        persona: decoder(),
        method: decoder(),
        settings: decoder(),
    };
    &ALL
}

const fn decoder<E: Entity>() -> Decoder<E> {
    Decoder {
        document: read_document::<E>,
        part: E::fill_part,
    }
}

/// Migrates `data`, stored at `schema`, and reads it as the entity.
fn read_document<E: Entity>(schema: u32, data: Value) -> Result<E, DecodeError> {
    let data = migrate::<E>(schema, data)?;
    serde_json::from_value(data).map_err(|e| DecodeError::BadData(e.to_string()))
}
