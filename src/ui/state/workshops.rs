//! The actions on workshops and on the activities inside them.

use super::{AppState, Undo};
use crate::forms::{ActivityBody, WorkForm};
use crate::model::{ActivityId, WorkshopId};
use crate::model::{Timestamp, ValidationError, Workshop, WorkshopDraft};
use crate::platform::clock::{new_id, now};

impl AppState {
    /// Creates a workshop; returns its id.
    pub fn create_workshop(&self, draft: &WorkshopDraft) -> Result<WorkshopId, ValidationError> {
        let id = new_id();
        let at = now();
        self.change_record::<Workshop, _>(id, |w| w.create(draft, id, at))
    }

    /// Changes a workshop's fields. `seen_updated_at` is the version the form was
    /// opened on: if another tab changed the workshop meanwhile, that version is
    /// kept as a copy before this edit is applied.
    pub fn edit_workshop(
        &self,
        id: WorkshopId,
        draft: &WorkshopDraft,
        seen_updated_at: i64,
    ) -> Result<(), ValidationError> {
        let at = now();
        self.edit_record::<Workshop, _>(id, seen_updated_at, |w| w.edit(id, draft, at))
    }

    /// Copies a workshop with its activities; returns the id of the copy.
    pub fn duplicate_workshop(&self, id: WorkshopId) -> Result<WorkshopId, ValidationError> {
        self.duplicate_record::<Workshop>(id)
    }

    /// Deletes a workshop and offers to undo it.
    pub fn delete_workshop(&self, id: WorkshopId) -> Result<(), ValidationError> {
        self.delete_with_undo::<Workshop>(id)
    }

    /// Adds an activity to a workshop; returns its id.
    pub fn add_activity(
        &self,
        workshop_id: WorkshopId,
        body: ActivityBody,
    ) -> Result<ActivityId, ValidationError> {
        let id = new_id();
        self.change_workshop(workshop_id, |w, at| w.add_activity(body, id, at))?;
        Ok(id)
    }

    /// Deletes an activity (named `title`) and offers to undo it.
    pub fn delete_activity(
        &self,
        workshop_id: WorkshopId,
        activity_id: ActivityId,
        title: String,
    ) -> Result<(), ValidationError> {
        let (index, activity) =
            self.change_workshop(workshop_id, |w, at| w.remove_activity(activity_id, at))?;
        let undo = Undo::Activity {
            workshop_id,
            index,
            activity,
        };
        self.offer_undo(undo, title);
        Ok(())
    }

    /// Changes an activity of work form `T` with `change` and saves its workshop.
    pub fn change_activity<T: WorkForm, R>(
        &self,
        workshop_id: WorkshopId,
        activity_id: ActivityId,
        change: impl FnOnce(&mut T) -> Result<R, ValidationError>,
    ) -> Result<R, ValidationError> {
        self.change_workshop(workshop_id, |w, at| {
            w.change_activity(activity_id, at, change)
        })
    }

    /// Changes one workshop with `change` (given the time now) and saves it.
    pub fn change_workshop<R>(
        &self,
        workshop_id: WorkshopId,
        change: impl FnOnce(&mut Workshop, Timestamp) -> Result<R, ValidationError>,
    ) -> Result<R, ValidationError> {
        let at = now();
        self.change_record::<Workshop, _>(workshop_id, |w| change(w.get_mut(workshop_id)?, at))
    }
}
