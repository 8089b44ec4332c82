//! The repository: loads and saves entities, one key each, over any [`Backend`].
//!
//! It remembers the revision of every key it has read or written. A save that
//! finds a different revision in storage knows another tab wrote in between and
//! keeps that version as a copy before writing its own; nothing is dropped.
//!
//! Text that is not even an envelope (no version of the app writes that) is
//! moved aside wherever it is found; an envelope it cannot open, only when found
//! at start-up. One that another tab writes while this tab runs is that tab's,
//! from a newer version most likely: this tab neither moves it aside nor saves
//! over it.
//!
//! An entity's large parts are stored under keys of their own (see `parts`
//! for the write order); two tabs that changed different parts of one entity
//! both keep their changes without a copy.

use super::envelope::envelope_rev;
use super::keys::{quarantine_key, PartKey};
use super::parts::{KnownParts, Merged};
use super::QUARANTINE_PREFIX;
use super::{entity_key, parse_entity_key, Backend, BackendError, DecodeError, Entity, Envelope};
use std::collections::{BTreeMap, BTreeSet, HashMap};
use thiserror::Error;

/// Why a save or delete did not happen. Storage is unchanged when this is returned,
/// except that a copy kept for a conflict may already be written.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum StoreError {
    #[error(transparent)]
    Backend(#[from] BackendError),
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

/// A value that could not be read and was moved aside.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QuarantinedValue {
    /// The key it is kept under now.
    pub key: String,
    /// The raw text, for download.
    pub text: String,
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
    Problem(LoadProblem),
}

/// When a key is read, which decides what becomes of an envelope this app
/// cannot open.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Reading {
    /// At start-up: it is moved aside (a newer schema's is left alone).
    AtStart,
    /// After another tab changed the key: it is that tab's and is left alone.
    AfterOtherTab,
}

/// What a key held before a batch first changed it: its raw text and the
/// revision this tab knew.
type Before = (String, Option<String>, Option<u64>);

/// Loads and saves entities over a backend.
pub struct Repository<B: Backend> {
    pub(super) backend: B,
    known_revs: HashMap<String, u64>,
    /// The parts of each entity key as this tab last wrote or read them.
    pub(super) known_parts: HashMap<String, KnownParts>,
    /// Part keys no entity names that hold something of their own.
    pub(super) orphans: BTreeSet<String>,
    /// Per entity key, the highest revision among its orphans: new
    /// revisions go past it.
    pub(super) orphan_revs: HashMap<String, u64>,
    /// While a batch is open: every key it changed, as it was before, and
    /// what was known of the parts.
    batch: Option<(Vec<Before>, HashMap<String, KnownParts>)>,
}

impl<B: Backend> Repository<B> {
    /// A repository that has not read anything yet.
    pub fn new(backend: B) -> Self {
        Self {
            backend,
            known_revs: HashMap::new(),
            known_parts: HashMap::new(),
            orphans: BTreeSet::new(),
            orphan_revs: HashMap::new(),
            batch: None,
        }
    }

    /// Opens a batch: the saves and deletes from now on (with the copies a
    /// conflict keeps) can be taken back whole with [`Repository::undo_batch`].
    pub fn begin_batch(&mut self) {
        self.batch = Some((Vec::new(), self.known_parts.clone()));
    }

    /// Closes the batch and keeps what it wrote.
    pub fn end_batch(&mut self) {
        self.batch = None;
    }

    /// Puts every key the open batch changed back as it was, raw, and closes
    /// the batch. Each key is tried even if one fails; the first failure is
    /// returned. Putting back frees what the batch took, so it fits.
    pub fn undo_batch(&mut self) -> Result<(), BackendError> {
        let mut result = Ok(());
        let (before, known_parts) = self.batch.take().unwrap_or_default();
        self.known_parts = known_parts;
        for (key, text, rev) in before.into_iter().rev() {
            let restored = match &text {
                Some(text) => self.backend.set(&key, text),
                None => self.backend.remove(&key),
            };
            match rev {
                Some(rev) => self.known_revs.insert(key, rev),
                None => self.known_revs.remove(&key),
            };
            result = result.and(restored);
        }
        result
    }

    /// Notes what `key` holds before the open batch first changes it.
    pub(super) fn remember(&mut self, key: &str) -> Result<(), BackendError> {
        let first_change = self
            .batch
            .as_ref()
            .is_some_and(|(batch, _)| batch.iter().all(|(k, _, _)| k != key));
        if first_change {
            let before = (
                key.to_string(),
                self.backend.get(key)?,
                self.known_revs.get(key).copied(),
            );
            if let Some((batch, _)) = &mut self.batch {
                batch.push(before);
            }
        }
        Ok(())
    }

    /// Loads every entity of kind `E`. A broken value is quarantined and reported;
    /// it never stops the others from loading.
    pub fn load_all<E: Entity>(&mut self, now: i64) -> Result<Loaded<E>, BackendError> {
        let mut loaded = Loaded {
            entities: Vec::new(),
            problems: Vec::new(),
        };
        let all_keys = self.backend.keys()?;
        let mut parts: BTreeMap<String, Vec<PartKey>> = BTreeMap::new();
        for part in all_keys.iter().filter_map(|key| PartKey::parse(key)) {
            if part.kind == E::KIND {
                parts
                    .entry(entity_key(E::KIND, &part.id))
                    .or_default()
                    .push(part);
            }
        }
        let mut keys: Vec<String> = all_keys
            .into_iter()
            .filter(|key| matches!(parse_entity_key(key), Some((kind, _)) if kind == E::KIND))
            .collect();
        keys.sort();
        for key in keys {
            let leftovers = parts.remove(&key).unwrap_or_default();
            match self.read::<E>(&key, now, Reading::AtStart, &mut loaded.problems)? {
                Reloaded::Changed(entity) => {
                    self.sort_leftovers(&key, Some(&entity), &leftovers)?;
                    loaded.entities.push(entity);
                }
                Reloaded::Problem(problem) => {
                    // A newer app's parts are its own; others are kept as orphans.
                    if !matches!(problem, LoadProblem::TooNew { .. }) {
                        self.sort_leftovers::<E>(&key, None, &leftovers)?;
                    }
                    loaded.problems.push(problem);
                }
                Reloaded::Removed | Reloaded::Unchanged => {}
            }
        }
        for (key, leftovers) in parts {
            self.sort_leftovers::<E>(&key, None, &leftovers)?;
        }
        Ok(loaded)
    }

    /// Loads one entity by id, e.g. the settings.
    pub fn load_one<E: Entity>(&mut self, id: &str, now: i64) -> Result<Reloaded<E>, BackendError> {
        let mut problems = Vec::new();
        let read = self.read::<E>(
            &entity_key(E::KIND, id),
            now,
            Reading::AtStart,
            &mut problems,
        )?;
        Ok(problems.pop().map_or(read, Reloaded::Problem))
    }

    /// Reads a key again after another tab changed it. An envelope this app
    /// cannot open is left where it is and reported as
    /// [`LoadProblem::FromNewerTab`].
    pub fn reload<E: Entity>(&mut self, id: &str, now: i64) -> Result<Reloaded<E>, BackendError> {
        let key = entity_key(E::KIND, id);
        let Some(text) = self.backend.get(&key)? else {
            let was_known = self.known_revs.remove(&key).is_some();
            return Ok(if was_known {
                Reloaded::Removed
            } else {
                Reloaded::Unchanged
            });
        };
        if let Ok(envelope) = Envelope::parse(&text) {
            if self.known_revs.get(&key) == Some(&envelope.rev) {
                return Ok(Reloaded::Unchanged);
            }
        }
        let mut problems = Vec::new();
        let read = self.read::<E>(&key, now, Reading::AfterOtherTab, &mut problems)?;
        Ok(problems.pop().map_or(read, Reloaded::Problem))
    }

    /// Saves an entity and reads it back. If another tab saved it since this tab
    /// last saw it, that version is first kept under `copy_id()` with `copy_suffix`
    /// added to its name. A version this app cannot open is refused, not
    /// saved over.
    pub fn save<E: Entity>(
        &mut self,
        entity: &E,
        now: i64,
        copy_id: impl FnOnce() -> String,
        copy_suffix: &str,
    ) -> Result<Saved<E>, StoreError> {
        let key = entity_key(E::KIND, entity.id());
        let known = self.known_revs.get(&key).copied();
        // Unchanged since this tab wrote it: its revision is the one known.
        let stored_rev = match (known, self.backend.unchanged_since_written(&key)) {
            (Some(known), Some(true)) => Some(known),
            _ => self.stored_rev(&key)?,
        };
        let mut kept_copy = None;
        let mut merged = None;
        let mut parts = self.known_parts.get(&key).cloned().unwrap_or_default();
        if stored_rev.is_some() && stored_rev != known {
            if let Some(envelope) = self.stored_envelope(&key)? {
                if E::SPLIT_SINCE.is_some() {
                    let (merging, theirs_stored) = self.merge_theirs(&key, entity, envelope)?;
                    // What storage holds is theirs: the parts are written against it.
                    parts = theirs_stored;
                    match merging {
                        Merged::Joined(joined) => merged = Some(joined),
                        Merged::Conflict(theirs) => {
                            kept_copy = self.keep_copy(&theirs, now, copy_id, copy_suffix)?;
                        }
                    }
                } else {
                    let theirs = open_theirs::<E>(envelope)?;
                    kept_copy = self.keep_copy(&theirs, now, copy_id, copy_suffix)?;
                }
            }
        }
        let orphans = self.orphan_revs.get(&key).copied();
        let rev = stored_rev.max(known).max(orphans).unwrap_or(0) + 1;
        self.write_entity(&key, merged.as_ref().unwrap_or(entity), (rev, now), parts)?;
        self.known_revs.insert(key, rev);
        Ok(Saved {
            rev,
            kept_copy,
            merged,
        })
    }

    /// Deletes an entity, unless another tab changed it since this tab saw it
    /// (a version this app cannot open is refused).
    pub fn delete<E: Entity>(&mut self, id: &str) -> Result<Deleted<E>, StoreError> {
        let key = entity_key(E::KIND, id);
        let known = self.known_revs.get(&key).copied();
        if let Some(envelope) = self.stored_envelope(&key)? {
            if Some(envelope.rev) != known {
                let rev = envelope.rev;
                let theirs = open_theirs::<E>(envelope)?;
                self.known_revs.insert(key, rev);
                return Ok(Deleted::KeptNewer(theirs));
            }
        }
        self.remember(&key)?;
        self.backend.remove(&key)?;
        self.known_revs.remove(&key);
        // Removed after the entity's key: a crash in between leaves orphans, not a broken entity.
        if let Some(parts) = self.known_parts.remove(&key) {
            self.remove_named_parts::<E>(id, &parts);
        }
        Ok(Deleted::Done)
    }

    /// Every value that was moved aside, oldest first, then the parts no
    /// entity names (orphans, kept where they are).
    pub fn quarantined(&self) -> Result<Vec<QuarantinedValue>, BackendError> {
        let mut keys: Vec<String> = self
            .backend
            .keys()?
            .into_iter()
            .filter(|key| key.starts_with(QUARANTINE_PREFIX))
            .collect();
        keys.sort();
        keys.extend(self.orphans.iter().cloned());
        let mut values = Vec::new();
        for key in keys {
            if let Some(text) = self.backend.get(&key)? {
                values.push(QuarantinedValue { key, text });
            }
        }
        Ok(values)
    }

    /// Removes one quarantined value or orphan (after the user downloaded or dismissed it).
    pub fn discard_quarantined(&mut self, key: &str) -> Result<(), BackendError> {
        if key.starts_with(QUARANTINE_PREFIX) || self.orphans.remove(key) {
            self.backend.remove(key)?;
        }
        Ok(())
    }

    /// Removes every key of the app, and nothing else on the origin.
    pub fn erase_everything(&mut self) -> Result<(), BackendError> {
        for key in self.backend.keys()? {
            if super::is_app_key(&key) {
                self.backend.remove(&key)?;
            }
        }
        self.known_revs.clear();
        self.known_parts.clear();
        self.orphans.clear();
        self.orphan_revs.clear();
        Ok(())
    }

    /// UTF-16 code units used by the app's keys and values (what localStorage counts).
    pub fn units_used(&self) -> Result<usize, BackendError> {
        let mut units = 0;
        for key in self.backend.keys()? {
            if super::is_app_key(&key) {
                let value = self.backend.get(&key)?.unwrap_or_default();
                units += key.encode_utf16().count() + value.encode_utf16().count();
            }
        }
        Ok(units)
    }

    /// Reads and decodes one key. A value that is not an envelope is
    /// quarantined; one that does not open is quarantined at start-up, left
    /// alone after another tab wrote it.
    /// Its parts are read too; one that does not read is reported in
    /// `problems` (at start-up the rest of the entity opens without it).
    fn read<E: Entity>(
        &mut self,
        key: &str,
        now: i64,
        reading: Reading,
        problems: &mut Vec<LoadProblem>,
    ) -> Result<Reloaded<E>, BackendError> {
        let Some(text) = self.backend.get(key)? else {
            return Ok(Reloaded::Removed);
        };
        let opened = Envelope::parse(&text).and_then(|envelope| {
            let (rev, parts) = (envelope.rev, envelope.parts.clone());
            envelope.open::<E>().map(|entity| (entity, rev, parts))
        });
        match (opened, reading) {
            (Ok((mut entity, rev, parts)), _) => {
                // Repair: the key is the truth about the id.
                if let Some((_, id)) = parse_entity_key(key) {
                    if entity.id() != id {
                        entity.set_id(id.to_string());
                    }
                }
                let read = self.read_parts(&mut entity, &parts, reading, now, problems)?;
                let Some(known_parts) = read else {
                    return Ok(Reloaded::Unchanged);
                };
                if E::SPLIT_SINCE.is_some() {
                    self.known_parts.insert(key.to_string(), known_parts);
                }
                self.known_revs.insert(key.to_string(), rev);
                Ok(Reloaded::Changed(entity))
            }
            (Err(reason), Reading::AfterOtherTab) => {
                Ok(Reloaded::Problem(LoadProblem::FromNewerTab {
                    key: key.to_string(),
                    reason,
                }))
            }
            (Err(DecodeError::TooNew { found, .. }), Reading::AtStart) => {
                Ok(Reloaded::Problem(LoadProblem::TooNew {
                    key: key.to_string(),
                    schema: found,
                }))
            }
            (Err(reason), Reading::AtStart) => {
                Ok(Reloaded::Problem(self.quarantine(key, &text, reason, now)))
            }
        }
    }

    /// Moves an unreadable value aside. If the copy cannot be written (full
    /// quota), the value stays where it is: it is never deleted.
    pub(super) fn quarantine(
        &mut self,
        key: &str,
        text: &str,
        reason: DecodeError,
        now: i64,
    ) -> LoadProblem {
        let target = quarantine_key(key, now);
        // An open batch puts both keys back if it is undone.
        let remembered = self.remember(key).and(self.remember(&target)).is_ok();
        let moved = remembered
            && self.backend.set(&target, text).is_ok()
            && self.backend.get(&target).ok().flatten().as_deref() == Some(text)
            && self.backend.remove(key).is_ok();
        self.known_revs.remove(key);
        LoadProblem::Quarantined {
            key: key.to_string(),
            moved_to: moved.then_some(target),
            reason,
        }
    }

    /// The revision stored under `key`, read without building the data; a
    /// value that is not an envelope is refused (another tab's, left alone).
    fn stored_rev(&self, key: &str) -> Result<Option<u64>, StoreError> {
        let Some(text) = self.backend.get(key)? else {
            return Ok(None);
        };
        match envelope_rev(&text) {
            Ok(rev) => Ok(Some(rev)),
            Err(_) => Ok(self.stored_envelope(key)?.map(|envelope| envelope.rev)),
        }
    }

    /// The envelope stored under `key`; one that does not parse is refused
    /// (another tab's, left alone).
    fn stored_envelope(&self, key: &str) -> Result<Option<Envelope>, StoreError> {
        let Some(text) = self.backend.get(key)? else {
            return Ok(None);
        };
        Envelope::parse(&text)
            .map(Some)
            .map_err(StoreError::UnreadableInStorage)
    }

    /// Writes another tab's version under a new id before this tab's
    /// overwrites it. Returns `None` if the kind keeps no copies.
    fn keep_copy<E: Entity>(
        &mut self,
        theirs: &E,
        now: i64,
        copy_id: impl FnOnce() -> String,
        copy_suffix: &str,
    ) -> Result<Option<E>, StoreError> {
        let Some(copy) = theirs.conflict_copy(copy_id(), copy_suffix) else {
            return Ok(None);
        };
        let copy_key = entity_key(E::KIND, copy.id());
        self.write_entity(&copy_key, &copy, (1, now), KnownParts::default())?;
        self.known_revs.insert(copy_key, 1);
        Ok(Some(copy))
    }

    /// Writes an envelope's text and reads it back.
    pub(super) fn write(&mut self, key: &str, text: &str) -> Result<(), StoreError> {
        self.remember(key)?;
        if !self.backend.set_and_confirm(key, text)? {
            return Err(StoreError::ReadBackMismatch);
        }
        Ok(())
    }
}

/// Opens another tab's envelope found in storage; one this app cannot open is
/// refused and stays where it is.
pub(super) fn open_theirs<E: Entity>(envelope: Envelope) -> Result<E, StoreError> {
    envelope.open::<E>().map_err(|reason| match reason {
        DecodeError::TooNew { found, .. } => StoreError::NewerInStorage(found),
        reason => StoreError::UnreadableInStorage(reason),
    })
}
