//! What every kind of record in a list (workshops, persona's, own methods) shares: change,
//! edit on a form opened earlier, copy, delete with an undo and put back. Each
//! change is saved at once through `saving`.

use super::saving::Pending;
use super::undo::Undo;
use super::AppState;
use crate::i18n::{CommonMsg, Key};
use crate::library::OwnMethod;
use crate::model::{Collection, Id, Persona, Record, Removed, ValidationError, Workshop};
use crate::platform::clock::{new_id, now};
use crate::store::Entity;
use crate::ui::i18n::Msg;
use leptos::prelude::*;

/// The kinds of record the app keeps in lists.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Workshop,
    Persona,
    Method,
}

/// A kind of record kept in a list of the app state.
pub trait Listed: Entity + Record {
    /// Which kind it is, for the save queue.
    const LIST: Kind;
    /// The list it is kept in.
    fn list(state: &AppState) -> RwSignal<Collection<Self>>;
    /// What an undo of its deletion keeps.
    fn undo(removed: Removed<Self>) -> Undo;
}

impl Listed for Workshop {
    const LIST: Kind = Kind::Workshop;

    fn list(state: &AppState) -> RwSignal<Collection<Self>> {
        state.workshops
    }

    fn undo(removed: Removed<Self>) -> Undo {
        Undo::Workshop(removed)
    }
}

impl Listed for Persona {
    const LIST: Kind = Kind::Persona;

    fn list(state: &AppState) -> RwSignal<Collection<Self>> {
        state.personas
    }

    fn undo(removed: Removed<Self>) -> Undo {
        Undo::Persona(Box::new(removed))
    }
}

impl Listed for OwnMethod {
    const LIST: Kind = Kind::Method;

    fn list(state: &AppState) -> RwSignal<Collection<Self>> {
        state.methods
    }

    fn undo(removed: Removed<Self>) -> Undo {
        Undo::Method(Box::new(removed))
    }
}

impl AppState {
    /// Saves record `id` after `change`; a refused change saves nothing.
    pub(super) fn change_record<T: Listed, R>(
        &self,
        id: Id<T::Kind>,
        change: impl FnOnce(&mut Collection<T>) -> Result<R, ValidationError>,
    ) -> Result<R, ValidationError> {
        let result = T::list(self)
            .try_update(change)
            .expect("the list signal lives as long as the app")?;
        self.commit(Pending::Saved(T::LIST, id.to_string()));
        Ok(result)
    }

    /// Saves an edit made on a form opened at `seen_updated_at`. If another tab
    /// changed the record since, that version is first kept as a copy, and said so.
    pub(super) fn edit_record<T: Listed, R>(
        &self,
        id: Id<T::Kind>,
        seen_updated_at: i64,
        change: impl FnOnce(&mut Collection<T>) -> Result<R, ValidationError>,
    ) -> Result<R, ValidationError> {
        let list = T::list(self);
        // The other tab's version, kept as a copy only once this edit is accepted:
        // a refused edit leaves nothing behind.
        let theirs = list
            .with_untracked(|l| l.get(id).cloned())
            .ok_or(ValidationError::NotFound)?;
        let result = self.change_record(id, change)?;
        if theirs.updated_at() != seen_updated_at {
            let suffix = self.text_now(Key::ConflictSuffix);
            let copy = theirs.copy_as(new_id(), suffix, now());
            let copy_id = Record::id(&copy).to_string();
            let copy_label = copy.label().to_string();
            if list.try_update(|l| l.add(copy)) == Some(Ok(())) {
                self.commit(Pending::Saved(T::LIST, copy_id));
                self.announce_conflict(&label_of::<T>(self, id), &copy_label);
            }
        }
        Ok(result)
    }

    /// Copies a record and says so; returns the id of the copy.
    pub(super) fn duplicate_record<T: Listed>(
        &self,
        id: Id<T::Kind>,
    ) -> Result<Id<T::Kind>, ValidationError> {
        let suffix = self.text_now(Key::CopySuffix);
        let copy_id = T::list(self)
            .try_update(|l| l.duplicate(id, new_id(), suffix, now()))
            .expect("the list signal lives as long as the app")?;
        self.commit(Pending::Saved(T::LIST, copy_id.to_string()));
        let title = label_of::<T>(self, copy_id);
        self.messages
            .toast(Msg::from(CommonMsg::ToastDuplicated { title }), None);
        Ok(copy_id)
    }

    /// Deletes a record and offers to undo it.
    pub(super) fn delete_with_undo<T: Listed>(
        &self,
        id: Id<T::Kind>,
    ) -> Result<(), ValidationError> {
        let removed = T::list(self)
            .try_update(|l| l.remove(id))
            .expect("the list signal lives as long as the app")?;
        self.commit(Pending::Deleted(T::LIST, id.to_string()));
        let title = removed.item.label().to_string();
        self.offer_undo(T::undo(removed), title);
        Ok(())
    }

    /// Puts a deleted record back.
    pub(super) fn restore_record<T: Listed>(&self, removed: Removed<T>) {
        let id = Record::id(&removed.item).to_string();
        let restored = T::list(self).try_update(|l| l.restore(removed));
        if matches!(restored, Some(Ok(()))) {
            self.commit(Pending::Saved(T::LIST, id));
        }
    }

    /// Says that another tab changed `title` too, and both versions are kept.
    pub(super) fn announce_conflict(&self, title: &str, copy: &str) {
        let message = Msg::from(CommonMsg::ConflictNotice {
            title: title.to_string(),
            copy: copy.to_string(),
        });
        self.messages.notify(message, false);
    }
}

/// The title or name of record `id` (empty if it is gone).
fn label_of<T: Listed>(state: &AppState, id: Id<T::Kind>) -> String {
    T::list(state)
        .with_untracked(|l| l.get(id).map(|r| r.label().to_string()))
        .unwrap_or_default()
}
