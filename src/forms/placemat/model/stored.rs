//! Checking a stored placemat against the rules its editing keeps.

use super::*;
use crate::forms::placemat::texts::phase_label;
use crate::forms::{FormData, RunningTimer, StoredForm};
use crate::model::{PartMark, StoredPart};
use serde::{Deserialize, Serialize};
use crate::model::board::{Harvest, Note, NoteBoard};
use crate::model::stored_check::{
    check_count, check_filled, check_ids, check_items, check_text, require, Checked, Flaw, Seen,
    Within,
};

impl Group {
    /// Whether a stored group keeps the rules: a name, `persons` persons with
    /// their own ids and names within [`MAX_PLACEMAT_NAME_CHARS`], and notes in
    /// their fields and the middle whose ids are not in `notes` yet.
    fn check_stored(
        &self,
        persons: usize,
        harvest: &Harvest,
        notes: &mut Seen<NoteId>,
    ) -> Checked {
        check_filled(&self.name, MAX_PLACEMAT_NAME_CHARS).within("name")?;
        check_count(self.seats.len(), MIN_PERSONS..=MAX_PERSONS).within("seats")?;
        require(self.seats.len() == persons, Flaw::Uneven).within("seats")?;
        check_ids(&self.seats, |s| s.id).within("seats")?;
        check_items(&self.seats, |seat| {
            check_text(&seat.name, MAX_PLACEMAT_NAME_CHARS).within("name")?;
            self.check_notes(&seat.notes, Some(seat.id), harvest, notes)
                .within("notes")
        })
        .within("seats")?;
        self.check_notes(&self.middle, None, harvest, notes)
            .within("middle")?;
        // A middle holds each theme once, letter case aside.
        let mut themes = Seen::default();
        check_items(&self.middle, |note| {
            themes.once(note.text.to_lowercase()).within("text")
        })
        .within("middle")
    }

    /// Whether a group handed over from another tablet keeps the rules that
    /// need no session around it (its notes' themes already taken off).
    pub fn check_handed(&self) -> Checked {
        self.check_stored(self.seats.len(), &Harvest::default(), &mut Seen::default())
    }

    /// The notes of one place of this group: a person's field (`own` is that
    /// person) or the middle. At most [`MAX_NOTES_PER_PLACE`] notes, marked only
    /// by other persons of the group.
    fn check_notes(
        &self,
        place: &[Note],
        own: Option<SeatId>,
        harvest: &Harvest,
        notes: &mut Seen<NoteId>,
    ) -> Checked {
        check_count(place.len(), 0..=MAX_NOTES_PER_PLACE)?;
        check_items(place, |note| {
            note.check_stored(MAX_PLACEMAT_NOTE_CHARS, harvest, notes)?;
            let mut marks = Seen::default();
            check_items(&note.marks, |mark| {
                require(self.seat(*mark).is_some(), Flaw::UnknownReference)?;
                require(own != Some(*mark), Flaw::OwnMark)?;
                marks.once(*mark)
            })
            .within("marks")
        })
    }
}

impl StoredForm for Placemat {
    /// Whether a stored placemat session keeps the rules its editing keeps: a
    /// question and phase lengths within their limits, 1 to [`MAX_GROUPS`]
    /// groups with their own ids and as many persons each, a harvest within
    /// its rules, and notes with ids of their own in the whole session.
    fn check_stored(&self) -> Checked {
        check_text(&self.question, MAX_QUESTION_CHARS).within("question")?;
        self.minutes.check_stored().within("minutes")?;
        check_count(self.groups.len(), 1..=MAX_GROUPS).within("groups")?;
        check_ids(&self.groups, |g| g.id).within("groups")?;
        self.harvest.check_stored().within("harvest")?;
        let persons = self.persons();
        let mut notes = Seen::default();
        check_items(&self.groups, |group| {
            group.check_stored(persons, &self.harvest, &mut notes)
        })
        .within("groups")
    }

    fn fill_part(&mut self, id: &str, content: serde_json::Value) -> Result<(), String> {
        let group = self
            .part_group(id)
            .ok_or_else(|| format!("no group {id}"))?;
        let stored: GroupPart<Part<Vec<Seat>>, Part<Vec<Note>>> = serde_json::from_value(content).map_err(|e| e.to_string())?;
        group.seats = stored.seats;
        group.middle = stored.middle;
        Ok(())
    }
}

impl FormData for Placemat {
    fn board_mut(&mut self) -> Option<&mut dyn NoteBoard> {
        Some(self)
    }

    fn names_mut(&mut self) -> Vec<&mut String> {
        let seats = self.groups.iter_mut().flat_map(|g| g.seats.iter_mut());
        let owners = self.harvest.actions.iter_mut().map(|a| &mut a.owner);
        seats.map(|s| &mut s.name).chain(owners).collect()
    }

    /// Each group (its persons' fields and its middle) is a part.
    fn parts(&self) -> Vec<(&str, &dyn StoredPart)> {
        self.groups
            .iter()
            .map(|g| (g.id.as_str(), g as &dyn StoredPart))
            .collect()
    }

    fn part_name(&self, id: &str) -> Option<&str> {
        let group = self.groups.iter().find(|g| g.id.as_str() == id)?;
        Some(&group.name)
    }

    fn empty_part(&mut self, id: &str) {
        if let Some(group) = self.part_group(id) {
            group.seats = Part::default();
            group.middle = Part::default();
        }
    }

    /// The phase on the floor while its time is under way.
    fn running_timer(&self, now: Timestamp) -> Option<RunningTimer> {
        let phase = self.phase?;
        let state = self.timer.state(now);
        state.is_under_way().then(|| RunningTimer {
            label: phase_label(phase).into(),
            state,
        })
    }
}

impl Placemat {
    /// The group that is the part with this id (as in its key).
    fn part_group(&mut self, id: &str) -> Option<&mut Group> {
        let id: GroupId = id.parse().ok()?;
        self.group_mut(id).ok()
    }
}

/// A group's part as stored: its persons' fields and its middle.
#[derive(Serialize, Deserialize)]
struct GroupPart<S, M> {
    seats: S,
    middle: M,
}

impl StoredPart for Group {
    fn marks(&self) -> Vec<PartMark> {
        vec![self.seats.mark(), self.middle.mark()]
    }

    fn to_json(&self) -> String {
        let part = GroupPart {
            seats: &self.seats,
            middle: &self.middle,
        };
        serde_json::to_string(&part).expect("parts serialize to JSON")
    }

    /// Fields without a name or a note and an empty middle stay in the workshop's key.
    fn is_empty(&self) -> bool {
        self.middle.is_empty()
            && self
                .seats
                .iter()
                .all(|s| s.name.is_empty() && s.notes.is_empty())
    }
}
