//! The workshops on this device: the shared list commands plus the ones that take
//! a checked [`WorkshopDraft`].

use super::collection::{Collection, Record};
use super::id::kind;
use super::{copy_title, Timestamp, ValidationError, Workshop, WorkshopDraft, WorkshopId};

/// All workshops, newest first.
pub type Workshops = Collection<Workshop>;

impl Record for Workshop {
    type Kind = kind::Workshop;

    fn id(&self) -> WorkshopId {
        self.id
    }

    fn label(&self) -> &str {
        &self.title
    }

    fn created_at(&self) -> Timestamp {
        self.created_at
    }

    fn updated_at(&self) -> Timestamp {
        self.updated_at
    }

    /// The copy keeps the programme's blocks and start but not a run going on
    /// or the packing list's ticks: the copy is for another meeting.
    fn copy_as(&self, id: WorkshopId, suffix: &str, now: Timestamp) -> Self {
        let mut copy = Workshop {
            id,
            title: copy_title(&self.title, suffix),
            created_at: now,
            updated_at: now,
            ..self.clone()
        };
        copy.programme.live = None;
        copy.programme.packed.clear();
        copy
    }
}

impl Collection<Workshop> {
    /// Adds a new workshop at the top and returns its id.
    pub fn create(
        &mut self,
        draft: &WorkshopDraft,
        id: WorkshopId,
        now: Timestamp,
    ) -> Result<WorkshopId, ValidationError> {
        self.add(Workshop::create(draft, id, now)?)?;
        Ok(id)
    }

    /// Replaces the fields of one workshop with the draft's.
    pub fn edit(
        &mut self,
        id: WorkshopId,
        draft: &WorkshopDraft,
        now: Timestamp,
    ) -> Result<(), ValidationError> {
        self.get_mut(id)?.apply(draft, now)
    }

    /// Renames one workshop.
    pub fn rename(
        &mut self,
        id: WorkshopId,
        title: &str,
        now: Timestamp,
    ) -> Result<(), ValidationError> {
        self.get_mut(id)?.rename(title, now)
    }
}
