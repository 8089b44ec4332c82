//! The actions on the library's own methods.

use super::AppState;
use crate::library::{OwnMethod, OwnMethodDraft};
use crate::model::{MethodId, ValidationError};
use crate::platform::clock::{new_id, now};

impl AppState {
    /// Adds an own method to the library; returns its id.
    pub fn create_method(&self, draft: &OwnMethodDraft) -> Result<MethodId, ValidationError> {
        let id = new_id();
        let at = now();
        self.change_record::<OwnMethod, _>(id, |m| m.create(draft, id, at))
    }

    /// Saves an own method from a form opened on its version `seen_updated_at`
    /// (see `edit_workshop`).
    pub fn edit_method(
        &self,
        id: MethodId,
        draft: &OwnMethodDraft,
        seen_updated_at: i64,
    ) -> Result<(), ValidationError> {
        let at = now();
        self.edit_record::<OwnMethod, _>(id, seen_updated_at, |m| m.edit(id, draft, at))
    }

    /// Deletes an own method and offers to undo it.
    pub fn delete_method(&self, id: MethodId) -> Result<(), ValidationError> {
        self.delete_with_undo::<OwnMethod>(id)
    }
}
