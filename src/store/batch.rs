//! Batches: the saves and deletes of one user action (with the copies a
//! conflict keeps) taken back whole, raw, key by key, when the action is
//! undone.

use super::{Backend, BackendError, Repository};

/// What a key held before a batch first changed it: its raw text and the
/// revision this tab knew.
pub(super) type Before = (String, Option<String>, Option<u64>);

impl<B: Backend> Repository<B> {
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
}
