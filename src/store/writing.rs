//! Writing entities: a save that keeps another tab's version as a copy (or
//! joins it, part by part) before writing its own, a delete that keeps what
//! another tab changed meanwhile, and every write read back. A version this
//! app cannot open is neither saved over nor deleted.

use super::envelope::envelope_rev;
use super::parts::{KnownParts, Merged};
use super::{entity_key, Backend, DecodeError, Decoder, Entity, Envelope};
use super::{Deleted, Repository, Saved, StoreError};

impl<B: Backend> Repository<B> {
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
        let unchanged = self.backend.unchanged_since_written(&key);
        let stored_rev = match (known, unchanged) {
            (Some(known), Some(true)) => Some(known),
            _ => self.stored_rev(&key)?,
        };
        let mut kept_copy = None;
        let mut merged = None;
        let written_over = self.written_over(E::KIND, entity.id(), stored_rev, unchanged);
        if written_over {
            // Theirs and ours both follow a version this tab no longer has:
            // nothing to join them against, so theirs is kept whole.
            self.known_parts.remove(&key);
        }
        let mut parts = self.known_parts.get(&key).cloned().unwrap_or_default();
        if stored_rev.is_some() && (stored_rev != known || written_over) {
            if let Some(envelope) = self.stored_envelope(&key)? {
                let decoder = self.decoder::<E>().ok_or(StoreError::NotLoaded)?;
                if E::SPLIT_SINCE.is_some() {
                    let (merging, theirs_stored) =
                        self.merge_theirs(&key, entity, envelope, decoder)?;
                    // What storage holds is theirs: the parts are written against it.
                    parts = theirs_stored;
                    match merging {
                        Merged::Joined(joined) => merged = Some(joined),
                        Merged::Conflict(theirs) => {
                            kept_copy = self.keep_copy(&theirs, now, copy_id, copy_suffix)?;
                        }
                    }
                } else {
                    let theirs = open_theirs(envelope, decoder)?;
                    kept_copy = self.keep_copy(&theirs, now, copy_id, copy_suffix)?;
                }
            }
        }
        let orphans = self.orphan_revs.get(&key).copied();
        let rev = stored_rev.max(known).max(orphans).unwrap_or(0) + 1;
        self.write_entity(&key, merged.as_ref().unwrap_or(entity), (rev, now), parts)?;
        self.known_revs.insert(key.clone(), rev);
        self.own_writes.insert(key);
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
                let decoder = self.decoder::<E>().ok_or(StoreError::NotLoaded)?;
                let rev = envelope.rev;
                let theirs = open_theirs(envelope, decoder)?;
                self.known_revs.insert(key, rev);
                return Ok(Deleted::KeptNewer(theirs));
            }
        }
        self.remember(&key)?;
        self.backend.remove(&key)?;
        self.known_revs.remove(&key);
        self.own_writes.remove(&key);
        // Removed after the entity's key: a crash in between leaves orphans, not a broken entity.
        if let Some(parts) = self.known_parts.remove(&key) {
            self.remove_named_parts::<E>(id, &parts);
        }
        Ok(Deleted::Done)
    }

    /// Whether another tab wrote the entity's key at the very revision this
    /// tab last wrote there, not knowing of this tab's write: two saves at the
    /// same moment, each made before the other's reached its tab. `unchanged`
    /// is the backend's answer for that key (`unchanged_since_written`).
    pub(super) fn written_over(
        &self,
        kind: &str,
        id: &str,
        stored_rev: Option<u64>,
        unchanged: Option<bool>,
    ) -> bool {
        let key = entity_key(kind, id);
        let Some(rev) = stored_rev.filter(|rev| self.known_revs.get(&key) == Some(rev)) else {
            return false;
        };
        self.own_writes.contains(&key)
            && (unchanged == Some(false) || self.parts_written_over(kind, id, rev))
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
        self.known_revs.insert(copy_key.clone(), 1);
        self.own_writes.insert(copy_key);
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

/// Opens another tab's envelope found in storage with `decoder`; one this app
/// cannot open is refused and stays where it is.
pub(super) fn open_theirs<E: Entity>(
    envelope: Envelope,
    decoder: &Decoder<E>,
) -> Result<E, StoreError> {
    envelope.open(decoder).map_err(|reason| match reason {
        DecodeError::TooNew { found, .. } => StoreError::NewerInStorage(found),
        reason => StoreError::UnreadableInStorage(reason),
    })
}
