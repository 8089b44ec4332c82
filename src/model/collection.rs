//! A list of stored records (workshops, persona's) and the commands every kind
//! shares: add, duplicate, remove with undo, and taking in changes from storage.
//!
//! What a kind adds of its own (a workshop's draft, a persona's revisions) lives in
//! that kind's module; this one knows only ids, creation times and copies.

use super::{Id, Timestamp, ValidationError};

/// What a collection needs of the records it holds.
pub trait Record: Clone + Send + Sync + 'static {
    /// The kind of thing its id names.
    type Kind: 'static;
    /// The record's id, unique in its collection.
    fn id(&self) -> Id<Self::Kind>;
    /// The title or name people know it by.
    fn label(&self) -> &str;
    /// When it was made; the list shows the newest first.
    fn created_at(&self) -> Timestamp;
    /// When it was last changed; an edit form opened before then is stale.
    fn updated_at(&self) -> Timestamp;
    /// A copy under `id`, named with `suffix`, made at `now`.
    fn copy_as(&self, id: Id<Self::Kind>, suffix: &str, now: Timestamp) -> Self;
}

/// A record taken out of its list, kept so the removal can be undone.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Removed<T> {
    pub index: usize,
    pub item: T,
}

/// Records of one kind, newest first.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Collection<T> {
    items: Vec<T>,
}

impl<T> Default for Collection<T> {
    fn default() -> Self {
        Self { items: Vec::new() }
    }
}

impl<T: Record> Collection<T> {
    /// Builds the list from loaded records, putting the newest first.
    pub fn from_loaded(mut items: Vec<T>) -> Self {
        items.sort_by(|a, b| {
            b.created_at()
                .cmp(&a.created_at())
                .then_with(|| a.id().cmp(&b.id()))
        });
        Self { items }
    }

    /// The records in display order.
    pub fn all(&self) -> &[T] {
        &self.items
    }

    /// The record with this id.
    pub fn get(&self, id: Id<T::Kind>) -> Option<&T> {
        self.items.iter().find(|item| item.id() == id)
    }

    /// The record with this id, to change.
    pub fn get_mut(&mut self, id: Id<T::Kind>) -> Result<&mut T, ValidationError> {
        self.items
            .iter_mut()
            .find(|item| item.id() == id)
            .ok_or(ValidationError::NotFound)
    }

    /// Adds a new record at the top; refuses an id that is taken.
    pub fn add(&mut self, item: T) -> Result<(), ValidationError> {
        if self.get(item.id()).is_some() {
            return Err(ValidationError::DuplicateId);
        }
        self.items.insert(0, item);
        Ok(())
    }

    /// Copies a record under a new id, right above the original; returns the new id.
    pub fn duplicate(
        &mut self,
        id: Id<T::Kind>,
        new_id: Id<T::Kind>,
        suffix: &str,
        now: Timestamp,
    ) -> Result<Id<T::Kind>, ValidationError> {
        if self.get(new_id).is_some() {
            return Err(ValidationError::DuplicateId);
        }
        let index = self.index_of(id)?;
        let copy = self.items[index].copy_as(new_id, suffix, now);
        self.items.insert(index, copy);
        Ok(new_id)
    }

    /// Takes a record out; the returned value can put it back with [`Collection::restore`].
    pub fn remove(&mut self, id: Id<T::Kind>) -> Result<Removed<T>, ValidationError> {
        let index = self.index_of(id)?;
        let item = self.items.remove(index);
        Ok(Removed { index, item })
    }

    /// Puts a removed record back where it was (undo of a delete).
    pub fn restore(&mut self, removed: Removed<T>) -> Result<(), ValidationError> {
        if self.get(removed.item.id()).is_some() {
            return Err(ValidationError::DuplicateId);
        }
        let index = removed.index.min(self.items.len());
        self.items.insert(index, removed.item);
        Ok(())
    }

    /// Adds a record that came from storage (another tab, a kept conflict copy),
    /// or replaces the one with the same id.
    pub fn upsert(&mut self, item: T) {
        match self.index_of(item.id()) {
            Ok(index) => self.items[index] = item,
            Err(_) => self.items.insert(0, item),
        }
    }

    /// Drops a record that another tab deleted; returns whether it was here.
    pub fn forget(&mut self, id: Id<T::Kind>) -> bool {
        self.remove(id).is_ok()
    }

    fn index_of(&self, id: Id<T::Kind>) -> Result<usize, ValidationError> {
        self.items
            .iter()
            .position(|item| item.id() == id)
            .ok_or(ValidationError::NotFound)
    }
}
