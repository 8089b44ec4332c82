//! The actions on workshops and on the activities inside them.

use super::{AppState, Kind, Undo};
use crate::i18n::Key;
use crate::model::{ActivityBody, PersonaTest, ValidationError, WorkshopDraft};
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

    /// Adds a persona test to a workshop, with the questions in the current
    /// language; returns its id.
    pub fn add_persona_test(&self, workshop_id: &str) -> Result<String, ValidationError> {
        let central = self.text_now(Key::PtDefaultCentral);
        let subs = [
            self.text_now(Key::PtDefaultSub1),
            self.text_now(Key::PtDefaultSub2),
            self.text_now(Key::PtDefaultSub3),
        ];
        let body = ActivityBody::PersonaTest(PersonaTest::new(central, &subs));
        let id = new_id();
        let at = now();
        self.change_record(
            Kind::Workshop,
            self.workshops,
            |w| w.get_mut(workshop_id)?.add_activity(body, id.clone(), at),
            workshop_id,
        )?;
        Ok(id)
    }

    /// Deletes an activity and offers to undo it.
    pub fn delete_activity(
        &self,
        workshop_id: &str,
        activity_id: &str,
        title: String,
    ) -> Result<(), ValidationError> {
        let at = now();
        let (index, activity) = self.change_record(
            Kind::Workshop,
            self.workshops,
            |w| w.get_mut(workshop_id)?.remove_activity(activity_id, at),
            workshop_id,
        )?;
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

    /// Changes a persona test with `change` and saves its workshop.
    pub fn change_persona_test<R>(
        &self,
        workshop_id: &str,
        activity_id: &str,
        change: impl FnOnce(&mut PersonaTest) -> Result<R, ValidationError>,
    ) -> Result<R, ValidationError> {
        let at = now();
        self.change_record(
            Kind::Workshop,
            self.workshops,
            |w| {
                w.get_mut(workshop_id)?
                    .change_persona_test(activity_id, at, change)
            },
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
        let removed = self.change_persona_test(workshop_id, activity_id, |test| {
            test.remove_municipality(municipality_id)
        })?;
        let name = removed.municipality.name.clone();
        let undo = Undo::Municipality {
            workshop_id: workshop_id.to_string(),
            activity_id: activity_id.to_string(),
            removed,
        };
        self.toast(
            Msg::with(Key::ToastDeleted, vec![("title", name)]),
            Some(undo),
        );
        Ok(())
    }
}
