//! What a toast's *Ongedaan maken* puts back: a deleted workshop, persona or
//! own method, an activity, a block of a programme or its place, or a part of
//! an activity (see `forms::RemovedPart`).

use super::AppState;
use crate::forms::{Activity, RemovedPart};
use crate::i18n::CommonMsg;
use crate::library::OwnMethod;
use crate::model::{ActivityId, BlockId, WorkshopId};
use crate::model::{Block, Persona, Removed, Workshop};
use crate::ui::i18n::Msg;

/// What a toast's undo button puts back.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Undo {
    Workshop(Removed<Workshop>),
    Persona(Box<Removed<Persona>>),
    /// An own method of the library.
    Method(Box<Removed<OwnMethod>>),
    Activity {
        workshop_id: WorkshopId,
        index: usize,
        activity: Activity,
    },
    /// A block of a workshop's programme.
    Block {
        workshop_id: WorkshopId,
        index: usize,
        block: Block,
    },
    /// A block of a programme dragged to another place: moving it `by`
    /// places puts it back.
    Moved {
        workshop_id: WorkshopId,
        block_id: BlockId,
        by: isize,
    },
    /// A part of an activity: a municipality, a note, an answer, a theme, an action.
    Part {
        workshop_id: WorkshopId,
        activity_id: ActivityId,
        part: RemovedPart,
    },
}

impl AppState {
    /// Says that `name` was deleted, with a button that puts it back.
    pub fn offer_undo(&self, undo: Undo, name: String) {
        self.offer_undo_saying(undo, CommonMsg::ToastDeleted { title: name }.into());
    }

    /// Says `message`, with a button that undoes what it says.
    pub fn offer_undo_saying(&self, undo: Undo, message: Msg) {
        self.messages.toast(message, Some(undo));
    }

    /// Puts back what a toast removed.
    pub fn undo(&self, toast_id: u64) {
        let Some(undo) = self.messages.take_undo(toast_id) else {
            return;
        };
        match undo {
            Undo::Workshop(removed) => self.restore_record(removed),
            Undo::Persona(removed) => self.restore_record(*removed),
            Undo::Method(removed) => self.restore_record(*removed),
            Undo::Activity {
                workshop_id,
                index,
                activity,
            } => {
                let _ = self.change_workshop(workshop_id, |w, at| {
                    w.restore_activity(index, activity, at);
                    Ok(())
                });
            }
            Undo::Block {
                workshop_id,
                index,
                block,
            } => {
                let _ = self.change_workshop(workshop_id, |w, _| w.programme.restore(index, block));
            }
            Undo::Moved {
                workshop_id,
                block_id,
                by,
            } => {
                let _ = self.change_workshop(workshop_id, |w, at| {
                    w.change_programme(at, |p| p.shift(block_id, by))
                });
            }
            Undo::Part {
                workshop_id,
                activity_id,
                part,
            } => {
                let _ = self
                    .change_workshop(workshop_id, |w, at| w.restore_part(activity_id, part, at));
            }
        }
    }
}
