//! Persistence: versioned envelopes, migrations, and a repository of entities over a
//! key-value [`Backend`].
//!
//! Storage rules kept here: one key per entity; every value wrapped in an
//! [`Envelope`] with schema version and revision; every write read back; a value
//! that is not an envelope, or an envelope found unreadable at start-up, is moved
//! aside (quarantined), never deleted or overwritten; a value written by a newer
//! app is left alone, and so is an envelope another tab writes while this tab
//! runs that this app cannot open (that tab runs a newer version, most likely):
//! this tab neither moves it aside nor saves over it; an entity changed by
//! another tab since this tab last saw it is kept as a copy, never dropped.
//! Each workshop schema step comes with the kinds of work form it adds, so an
//! older app leaves a workshop holding a kind it does not know alone.
//! A workshop's large parts (a café table's tablecloths, a placemat group)
//! are stored under keys of their own, written before the workshop's key that
//! names them; see `parts` for the order and what an interrupted save leaves.
//! The browser's localStorage backend lives in `platform`, so this module has no
//! browser types and tests natively.

mod backend;
mod batch;
mod decoding;
mod entity;
mod envelope;
mod free_timer;
mod keys;
mod language;
mod migrations;
mod outcomes;
mod parts;
mod reading;
mod repository;
mod set_aside;
mod writing;

pub use backend::{Backend, BackendError, MemoryBackend};
pub use decoding::{decoders, Decoder, Decoders};
pub use entity::{Entity, SETTINGS_ID};
pub use envelope::{DecodeError, Envelope, NamedPart};
pub use free_timer::{FreeTimerRead, FREE_TIMER_KEY};
pub use keys::{entity_key, is_app_key, parse_entity_key, PartKey, QUARANTINE_PREFIX};
pub use language::stored_language;
pub use migrations::migrate;
pub use outcomes::{Deleted, LoadProblem, Loaded, Reloaded, Saved, StoreError};
pub use repository::Repository;
pub use set_aside::{QuarantinedValue, SetAside};
