//! The actions on workshops and on the activities inside them.

use super::{AppState, Kind, RemovedPart, Undo};
use crate::forms::cafe::Cafe;
use crate::forms::open_question::OpenQuestion;
use crate::forms::persona_test::PersonaTest;
use crate::forms::placemat::Placemat;
use crate::forms::{ActivityBody, WorkForm};
use crate::i18n::Key;
use crate::model::{Timestamp, ValidationError, Workshop, WorkshopDraft};
use crate::platform::clock::{new_id, now};
use crate::ui::i18n::Msg;

impl AppState {
    /// Creates a workshop; returns its id.
    pub fn create_workshop(&self, draft: &WorkshopDraft) -> Result<String, ValidationError> {
        let id = new_id();
        let at = now();
        self.change_record(
            Kind::Workshop,
            self.workshops,
            |w| w.create(draft, id.clone(), at),
            &id,
        )
    }

    /// Changes a workshop's fields. `seen_updated_at` is the version the form was
    /// opened on: if another tab changed the workshop meanwhile, that version is
    /// kept as a copy before this edit is applied.
    pub fn edit_workshop(
        &self,
        id: &str,
        draft: &WorkshopDraft,
        seen_updated_at: i64,
    ) -> Result<(), ValidationError> {
        let at = now();
        self.edit_record(Kind::Workshop, self.workshops, id, seen_updated_at, |w| {
            w.edit(id, draft, at)
        })
    }

    /// Copies a workshop with its activities; returns the id of the copy.
    pub fn duplicate_workshop(&self, id: &str) -> Result<String, ValidationError> {
        self.duplicate_record(Kind::Workshop, self.workshops, id)
    }

    /// Deletes a workshop and offers to undo it.
    pub fn delete_workshop(&self, id: &str) -> Result<(), ValidationError> {
        self.delete_with_undo(Kind::Workshop, self.workshops, id, Undo::Workshop)
    }

    /// A catalogue text with `{n}` filled in as `index + 1` ("Tafel 1"), in
    /// the current language, for names stored in data.
    pub fn numbered(&self, key: Key, index: usize) -> String {
        crate::i18n::fill(self.text_now(key), &[("n", &(index + 1).to_string())])
    }

    /// Adds an activity to a workshop; returns its id.
    pub fn add_activity(
        &self,
        workshop_id: &str,
        body: ActivityBody,
    ) -> Result<String, ValidationError> {
        let id = new_id();
        self.change_workshop(workshop_id, |w, at| w.add_activity(body, id.clone(), at))?;
        Ok(id)
    }

    /// Deletes an activity and offers to undo it.
    pub fn delete_activity(
        &self,
        workshop_id: &str,
        activity_id: &str,
        title: String,
    ) -> Result<(), ValidationError> {
        let (index, activity) =
            self.change_workshop(workshop_id, |w, at| w.remove_activity(activity_id, at))?;
        let undo = Undo::Activity {
            workshop_id: workshop_id.to_string(),
            index,
            activity,
        };
        self.toast(
            Msg::with(Key::ToastDeleted, vec![("title", title)]),
            Some(undo),
        );
        Ok(())
    }

    /// Changes an activity of work form `T` with `change` and saves its workshop.
    pub fn change_activity<T: WorkForm + Clone, R>(
        &self,
        workshop_id: &str,
        activity_id: &str,
        change: impl FnOnce(&mut T) -> Result<R, ValidationError>,
    ) -> Result<R, ValidationError> {
        self.change_workshop(workshop_id, |w, at| {
            w.change_activity(activity_id, at, change)
        })
    }

    /// Changes one workshop with `change` (given the time now) and saves it.
    pub fn change_workshop<R>(
        &self,
        workshop_id: &str,
        change: impl FnOnce(&mut Workshop, Timestamp) -> Result<R, ValidationError>,
    ) -> Result<R, ValidationError> {
        let at = now();
        self.change_record(
            Kind::Workshop,
            self.workshops,
            |w| change(w.get_mut(workshop_id)?, at),
            workshop_id,
        )
    }

    /// Takes a municipality out of a persona test and offers to undo it.
    pub fn remove_municipality(
        &self,
        workshop_id: &str,
        activity_id: &str,
        municipality_id: &str,
    ) -> Result<(), ValidationError> {
        self.remove_part(workshop_id, activity_id, |test: &mut PersonaTest| {
            let removed = test.remove_municipality(municipality_id)?;
            let name = removed.municipality.name.clone();
            Ok((RemovedPart::Municipality(removed), name))
        })
    }

    /// Takes a part out of an activity with `remove` (which returns the part and
    /// its name) and offers to undo it.
    pub(super) fn remove_part<T: WorkForm + Clone>(
        &self,
        workshop_id: &str,
        activity_id: &str,
        remove: impl FnOnce(&mut T) -> Result<(RemovedPart, String), ValidationError>,
    ) -> Result<(), ValidationError> {
        let (part, name) = self.change_activity(workshop_id, activity_id, remove)?;
        self.offer_undo(workshop_id, activity_id, part, name);
        Ok(())
    }

    /// Says that `name` was deleted, with an undo that puts `part` back.
    pub(super) fn offer_undo(
        &self,
        workshop_id: &str,
        activity_id: &str,
        part: RemovedPart,
        name: String,
    ) {
        let undo = Undo::Part {
            workshop_id: workshop_id.to_string(),
            activity_id: activity_id.to_string(),
            part,
        };
        self.toast(
            Msg::with(Key::ToastDeleted, vec![("title", name)]),
            Some(undo),
        );
    }

    /// Puts a removed part back into its activity.
    pub(super) fn restore_part(&self, workshop_id: &str, activity_id: &str, part: RemovedPart) {
        let _ = match part {
            RemovedPart::Municipality(removed) => {
                self.change_activity(workshop_id, activity_id, |test: &mut PersonaTest| {
                    test.restore_municipality(removed);
                    Ok(())
                })
            }
            RemovedPart::Note(removed) => {
                self.change_activity(workshop_id, activity_id, |cafe: &mut Cafe| {
                    cafe.restore_note(removed)
                })
            }
            RemovedPart::PlacematNote(removed) => {
                self.change_activity(workshop_id, activity_id, |placemat: &mut Placemat| {
                    placemat.restore_note(removed)
                })
            }
            RemovedPart::Reply(removed) => {
                self.change_activity(workshop_id, activity_id, |question: &mut OpenQuestion| {
                    question.restore_reply(removed);
                    Ok(())
                })
            }
            RemovedPart::Theme(removed) => self.change_board(workshop_id, activity_id, |board| {
                board.restore_theme(removed);
                Ok(())
            }),
            RemovedPart::Action(index, action) => {
                self.change_board(workshop_id, activity_id, |board| {
                    board.harvest_mut().restore_action(index, action);
                    Ok(())
                })
            }
        };
    }
}
