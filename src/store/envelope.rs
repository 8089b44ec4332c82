//! The envelope around every stored value, and versioned decoding.
//!
//! Decoding never trusts what it reads: text → JSON value → check the envelope's
//! shape → refuse a schema newer than this app → run the migrations in order →
//! the typed entity.

use super::migrations::migrate;
use super::Entity;
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
    /// The entity itself.
    pub data: Value,
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

impl Envelope {
    /// Reads the envelope only, without looking inside `data`.
    pub fn parse(text: &str) -> Result<Self, DecodeError> {
        let value: Value =
            serde_json::from_str(text).map_err(|e| DecodeError::NotJson(e.to_string()))?;
        serde_json::from_value(value).map_err(|e| DecodeError::NotEnvelope(e.to_string()))
    }

    /// Wraps an entity for storage.
    pub fn wrap<E: Entity>(entity: &E, rev: u64, saved_at: i64) -> Self {
        let data = serde_json::to_value(entity).expect("entities serialize to JSON");
        Self {
            schema: E::SCHEMA,
            rev,
            saved_at,
            data,
        }
    }

    /// Migrates `data` up to the app's schema and reads it as the entity.
    pub fn open<E: Entity>(self) -> Result<E, DecodeError> {
        if self.schema > E::SCHEMA {
            return Err(DecodeError::TooNew {
                found: self.schema,
                supported: E::SCHEMA,
            });
        }
        let data = migrate::<E>(self.schema, self.data)?;
        serde_json::from_value(data).map_err(|e| DecodeError::BadData(e.to_string()))
    }
}
