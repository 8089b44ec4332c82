//! Values set aside: moving an unreadable value out of the way (never
//! deleting it), listing what was moved aside together with the parts no
//! entity names (orphans), and removing one once the user is done with it.

use super::keys::{quarantine_key, PartKey};
use super::QUARANTINE_PREFIX;
use super::{Backend, BackendError, DecodeError, LoadProblem, Repository};

/// A value set aside: one that could not be read, or a part no entity names.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QuarantinedValue {
    /// The key it is kept under now.
    pub key: String,
    /// The raw text, for download.
    pub text: String,
    /// Why it is set aside.
    pub why: SetAside,
}

/// Why a value is in the list of values set aside.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SetAside {
    /// It could not be read and was moved aside.
    Unreadable,
    /// A part of an entity that was saved but that the entity does not name
    /// (a save cut off before the entity's own key was written, say); it is
    /// kept where it is, so nothing is lost.
    Orphan(PartKey),
}

impl<B: Backend> Repository<B> {
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
        let unreadable = keys.into_iter().map(|key| (key, SetAside::Unreadable));
        let orphans = self
            .orphans
            .iter()
            .map(|(key, part)| (key.clone(), SetAside::Orphan(part.clone())));
        let mut values = Vec::new();
        for (key, why) in unreadable.chain(orphans) {
            if let Some(text) = self.backend.get(&key)? {
                values.push(QuarantinedValue { key, text, why });
            }
        }
        Ok(values)
    }

    /// Removes one quarantined value or orphan (after the user downloaded or dismissed it).
    pub fn discard_quarantined(&mut self, key: &str) -> Result<(), BackendError> {
        if key.starts_with(QUARANTINE_PREFIX) || self.orphans.remove(key).is_some() {
            self.backend.remove(key)?;
        }
        Ok(())
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
}
