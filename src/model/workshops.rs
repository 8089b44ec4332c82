//! The list of workshops on this device and the commands that change it.

use super::copy_title;
use super::{Timestamp, ValidationError, Workshop, WorkshopDraft};

/// A workshop taken out of the list, kept so the removal can be undone.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Removed {
    pub index: usize,
    pub workshop: Workshop,
}

/// All workshops, newest first.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Workshops {
    items: Vec<Workshop>,
}

impl Workshops {
    /// Builds the list from loaded workshops, putting the newest first.
    pub fn from_loaded(mut items: Vec<Workshop>) -> Self {
        items.sort_by(|a, b| {
            b.created_at
                .cmp(&a.created_at)
                .then_with(|| a.id.cmp(&b.id))
        });
        Self { items }
    }

    /// The workshops in display order.
    pub fn all(&self) -> &[Workshop] {
        &self.items
    }

    /// The workshop with this id.
    pub fn get(&self, id: &str) -> Option<&Workshop> {
        self.items.iter().find(|w| w.id == id)
    }

    /// Adds a new workshop at the top and returns its id.
    pub fn create(
        &mut self,
        draft: &WorkshopDraft,
        id: String,
        now: Timestamp,
    ) -> Result<String, ValidationError> {
        if self.get(&id).is_some() {
            return Err(ValidationError::DuplicateId);
        }
        let workshop = Workshop::create(draft, id.clone(), now)?;
        self.items.insert(0, workshop);
        Ok(id)
    }

    /// Replaces the fields of one workshop with the draft's.
    pub fn edit(
        &mut self,
        id: &str,
        draft: &WorkshopDraft,
        now: Timestamp,
    ) -> Result<(), ValidationError> {
        self.get_mut(id)?.apply(draft, now)
    }

    /// Renames one workshop.
    pub fn rename(&mut self, id: &str, title: &str, now: Timestamp) -> Result<(), ValidationError> {
        self.get_mut(id)?.rename(title, now)
    }

    /// Copies a workshop under a new id, right above the original; returns the new id.
    pub fn duplicate(
        &mut self,
        id: &str,
        new_id: String,
        title_suffix: &str,
        now: Timestamp,
    ) -> Result<String, ValidationError> {
        if self.get(&new_id).is_some() {
            return Err(ValidationError::DuplicateId);
        }
        let index = self.index_of(id)?;
        let mut copy = self.items[index].clone();
        copy.id = new_id.clone();
        copy.title = copy_title(&copy.title, title_suffix);
        copy.created_at = now;
        copy.updated_at = now;
        self.items.insert(index, copy);
        Ok(new_id)
    }

    /// Takes a workshop out; the returned value can put it back with [`Workshops::restore`].
    pub fn remove(&mut self, id: &str) -> Result<Removed, ValidationError> {
        let index = self.index_of(id)?;
        let workshop = self.items.remove(index);
        Ok(Removed { index, workshop })
    }

    /// Puts a removed workshop back where it was (undo of a delete).
    pub fn restore(&mut self, removed: Removed) -> Result<(), ValidationError> {
        if self.get(&removed.workshop.id).is_some() {
            return Err(ValidationError::DuplicateId);
        }
        let index = removed.index.min(self.items.len());
        self.items.insert(index, removed.workshop);
        Ok(())
    }

    /// Adds a workshop that came from storage (another tab, a kept conflict copy),
    /// or replaces the one with the same id.
    pub fn upsert(&mut self, workshop: Workshop) {
        match self.index_of(&workshop.id) {
            Ok(index) => self.items[index] = workshop,
            Err(_) => self.items.insert(0, workshop),
        }
    }

    /// Drops a workshop that another tab deleted; returns whether it was here.
    pub fn forget(&mut self, id: &str) -> bool {
        self.remove(id).is_ok()
    }

    fn index_of(&self, id: &str) -> Result<usize, ValidationError> {
        self.items
            .iter()
            .position(|w| w.id == id)
            .ok_or(ValidationError::NotFound)
    }

    fn get_mut(&mut self, id: &str) -> Result<&mut Workshop, ValidationError> {
        self.items
            .iter_mut()
            .find(|w| w.id == id)
            .ok_or(ValidationError::NotFound)
    }
}
