//! What the repository's calls return: a save's or delete's result and why
//! one did not happen, what a load found, and what a key holds after another
//! tab changed it.

#[cfg(doc)]
use super::Repository;
use super::{BackendError, DecodeError};
use thiserror::Error;

/// Why a save or delete did not happen. Storage is unchanged when this is returned,
/// except that a copy kept for a conflict may already be written.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum StoreError {
    #[error(transparent)]
    Backend(#[from] BackendError),
    /// Another tab's version must be read first, and the code that reads
    /// stored data is not there yet (see [`Repository::without_decoders`]).
    #[error("the code that reads stored data is not loaded yet")]
    NotLoaded,
    /// The value read back after writing was not the value written.
    #[error("the stored value differs from the value written")]
    ReadBackMismatch,
    /// Storage holds a version written by a newer app; it is not overwritten.
    #[error("stored by a newer version of the app (schema {0})")]
    NewerInStorage(u32),
    /// Storage holds another tab's envelope this app cannot open (a newer
    /// version's, most likely); it is neither overwritten nor moved aside.
    #[error("stored by another tab in a form this app cannot read: {0}")]
    UnreadableInStorage(DecodeError),
}

/// Something found while loading that the user must hear about.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LoadProblem {
    /// The value did not parse; it was moved to `moved_to` (or left in place if
    /// even that failed, e.g. with a full quota).
    Quarantined {
        key: String,
        moved_to: Option<String>,
        reason: DecodeError,
    },
    /// The value was written by a newer app; it is left untouched.
    TooNew { key: String, schema: u32 },
    /// Another tab, running a newer version most likely, wrote an envelope this
    /// app cannot open (a newer schema, a kind of work form it does not know);
    /// it is left untouched.
    FromNewerTab { key: String, reason: DecodeError },
}

/// All entities of one kind, and what went wrong with the others.
#[derive(Debug, Clone, PartialEq)]
pub struct Loaded<E> {
    pub entities: Vec<E>,
    pub problems: Vec<LoadProblem>,
}

/// The result of a save.
#[derive(Debug, Clone, PartialEq)]
pub struct Saved<E> {
    /// The revision now in storage.
    pub rev: u64,
    /// Another tab's version found in storage, now kept under a new id.
    pub kept_copy: Option<E>,
    /// What was saved instead of the entity given: another tab changed other
    /// parts of it meanwhile, and both changes are in this one.
    pub merged: Option<E>,
}

/// The result of a delete.
#[derive(Debug, Clone, PartialEq)]
pub enum Deleted<E> {
    Done,
    /// Another tab changed the entity since this tab saw it: it is kept, not deleted.
    KeptNewer(E),
}

/// What storage holds for one entity now, after another tab changed it.
#[derive(Debug, Clone, PartialEq)]
pub enum Reloaded<E> {
    Changed(E),
    Removed,
    Unchanged,
    /// Another tab saved over this tab's last save at the same revision, before
    /// either had seen the other's (browsers pass localStorage between tabs
    /// with a delay): saving this tab's version again keeps both.
    WrittenOver,
    Problem(LoadProblem),
}
