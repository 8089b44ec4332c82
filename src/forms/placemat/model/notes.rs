//! Notes in the persons' fields: writing, changing, taking out and putting
//! back, the ♥ marks of the others in the group, and notes from phones.

use super::*;
use super::middle::same_text;
use crate::forms::undo::{short_name, Restorable};
use crate::model::board::{Note, NoteKind};
use crate::model::error::check_length;
use crate::model::merge::NoteRules;
use crate::model::{Field, ValidationError};

impl Placemat {
    /// Adds a note to a person's field.
    pub fn add_note(
        &mut self,
        group_id: GroupId,
        seat_id: SeatId,
        note_id: NoteId,
        text: &str,
    ) -> Result<(), ValidationError> {
        self.check_open(PlacematPart::Fields)?;
        let note = self.new_note(note_id, text)?;
        let seat = self.seat_mut(group_id, seat_id)?;
        push_note(&mut seat.notes, note, Field::NoteText)
    }

    /// Changes the text of a note in a field or in the middle.
    pub fn edit_note(&mut self, note_id: NoteId, text: &str) -> Result<(), ValidationError> {
        let part = self.part_of(note_id)?;
        self.check_open(part)?;
        let mut edited = self.find_note_mut(note_id)?.clone();
        edited.edit_within(NoteKind::Idea, text, MAX_PLACEMAT_NOTE_CHARS)?;
        if part == PlacematPart::Middle {
            let others: Vec<Note> = self
                .groups
                .iter()
                .find(|g| g.middle.iter().any(|n| n.id == note_id))
                .map(|g| {
                    g.middle
                        .iter()
                        .filter(|n| n.id != note_id)
                        .cloned()
                        .collect()
                })
                .unwrap_or_default();
            if middle_holds(&others, &edited.text) {
                return Err(ValidationError::MiddleTwice);
            }
        }
        *self.find_note_mut(note_id)? = edited;
        Ok(())
    }

    /// Takes a note out of a field or the middle; returns what an undo needs.
    pub fn remove_note(&mut self, note_id: NoteId) -> Result<RemovedPlacematNote, ValidationError> {
        let part = self.part_of(note_id)?;
        self.check_open(part)?;
        // Found first, then changed: only the group that held it changes.
        for group in &mut self.groups {
            if let Some(index) = group.middle.iter().position(|n| n.id == note_id) {
                return Ok(RemovedPlacematNote {
                    group_id: group.id,
                    place: Place::Middle,
                    index,
                    note: group.middle.remove(index),
                });
            }
            let found = group.seats.iter().enumerate().find_map(|(s, seat)| {
                let index = seat.notes.iter().position(|n| n.id == note_id)?;
                Some((s, index))
            });
            if let Some((s, index)) = found {
                let seat = &mut group.seats[s];
                return Ok(RemovedPlacematNote {
                    group_id: group.id,
                    place: Place::Seat(seat.id),
                    index,
                    note: seat.notes.remove(index),
                });
            }
        }
        Err(ValidationError::NotFound)
    }

    /// Puts a removed note back where it was, whatever the phase (an undo).
    pub fn restore_note(&mut self, removed: RemovedPlacematNote) -> Result<(), ValidationError> {
        if self.find_note_mut(removed.note.id).is_ok() {
            return Ok(());
        }
        let mut note = removed.note;
        if note
            .theme
            .is_some_and(|t| self.harvest.theme(t).is_none())
        {
            note.theme = None;
        }
        let group = self.group_mut(removed.group_id)?;
        let notes = match &removed.place {
            // The same theme was written in the middle again meanwhile: that one
            // stays, and takes the link to a cross-group theme if it has none.
            Place::Middle if middle_holds(&group.middle, &note.text) => {
                if let Some(same) = group
                    .middle
                    .iter_mut()
                    .find(|m| same_text(&m.text, &note.text) && m.theme.is_none())
                {
                    same.theme = note.theme;
                }
                return Ok(());
            }
            Place::Middle => &mut group.middle,
            Place::Seat(seat_id) => {
                let seats: Vec<SeatId> = group.seats.iter().map(|s| s.id).collect();
                note.marks.retain(|m| seats.contains(m));
                &mut group
                    .seats
                    .iter_mut()
                    .find(|s| s.id == *seat_id)
                    .ok_or(ValidationError::NotFound)?
                    .notes
            }
        };
        notes.insert(removed.index.min(notes.len()), note);
        Ok(())
    }

    /// Marks a note as resonating with the person in `by_seat` of the same
    /// group, or takes the mark off. Nobody marks their own note.
    pub fn toggle_mark(&mut self, note_id: NoteId, by_seat: SeatId) -> Result<bool, ValidationError> {
        self.check_open(PlacematPart::Marks)?;
        let group = self
            .groups
            .iter_mut()
            .find(|g| {
                g.seats
                    .iter()
                    .any(|s| s.notes.iter().any(|n| n.id == note_id))
            })
            .ok_or(ValidationError::NotFound)?;
        if group.seat(by_seat).is_none() {
            return Err(ValidationError::NotFound);
        }
        let seat = group
            .seats
            .iter_mut()
            .find(|s| s.notes.iter().any(|n| n.id == note_id))
            .ok_or(ValidationError::NotFound)?;
        if seat.id == by_seat {
            return Err(ValidationError::OwnNote);
        }
        let note = seat
            .notes
            .iter_mut()
            .find(|n| n.id == note_id)
            .ok_or(ValidationError::NotFound)?;
        let marked = match note.marks.iter().position(|&m| m == by_seat) {
            Some(index) => {
                note.marks.remove(index);
                false
            }
            None => {
                note.marks.push(by_seat);
                true
            }
        };
        Ok(marked)
    }

    /// Adds notes that came from a participant's phone to a person's field,
    /// whatever the phase (the facilitator chose when to ask). Notes whose id
    /// is here already are left out; a name fills the person's name if it is
    /// still empty. Returns how many notes were added.
    pub fn receive_notes(
        &mut self,
        group_id: GroupId,
        seat_id: SeatId,
        name: &str,
        notes: &[(NoteId, String)],
    ) -> Result<usize, ValidationError> {
        let name = check_length(name, Field::PersonName, MAX_PLACEMAT_NAME_CHARS)?;
        let fresh: Vec<Note> = notes
            .iter()
            .filter(|(id, _)| !self.contains_note(*id))
            .map(|(id, text)| Note::new_within(*id, text, MAX_PLACEMAT_NOTE_CHARS))
            .collect::<Result<_, _>>()?;
        let seat = self.seat_mut(group_id, seat_id)?;
        let added = fresh.len();
        for note in fresh {
            push_note(&mut seat.notes, note, Field::NoteText)?;
        }
        if seat.name.is_empty() {
            seat.name = name;
        }
        Ok(added)
    }

    pub(super) fn new_note(&self, note_id: NoteId, text: &str) -> Result<Note, ValidationError> {
        if self.contains_note(note_id) {
            return Err(ValidationError::DuplicateId);
        }
        Note::new_within(note_id, text, MAX_PLACEMAT_NOTE_CHARS)
    }

    fn contains_note(&self, id: NoteId) -> bool {
        self.groups.iter().any(|g| {
            g.middle.iter().any(|n| n.id == id)
                || g.seats.iter().any(|s| s.notes.iter().any(|n| n.id == id))
        })
    }

    /// Which part a note is in: a field or the middle.
    fn part_of(&self, note_id: NoteId) -> Result<PlacematPart, ValidationError> {
        if self
            .groups
            .iter()
            .any(|g| g.middle.iter().any(|n| n.id == note_id))
        {
            return Ok(PlacematPart::Middle);
        }
        if self.field_notes().any(|n| n.id == note_id) {
            return Ok(PlacematPart::Fields);
        }
        Err(ValidationError::NotFound)
    }

    fn find_note_mut(&mut self, id: NoteId) -> Result<&mut Note, ValidationError> {
        self.groups
            .iter_mut()
            .flat_map(|g| {
                g.middle
                    .iter_mut()
                    .chain(g.seats.iter_mut().flat_map(|s| s.notes.iter_mut()))
            })
            .find(|n| n.id == id)
            .ok_or(ValidationError::NotFound)
    }
}

/// How a merge treats a person's field (`own_seat`) or the middle (`None`).
pub(super) fn note_rules<'a>(field: Field, seats: &'a [SeatId], own_seat: Option<SeatId>) -> NoteRules<'a> {
    NoteRules {
        max_chars: MAX_PLACEMAT_NOTE_CHARS,
        max_notes: Some(MAX_NOTES_PER_PLACE),
        field,
        once_each: own_seat.is_none(),
        seats,
        own_seat,
    }
}

pub(super) fn push_note(notes: &mut Vec<Note>, note: Note, field: Field) -> Result<(), ValidationError> {
    if notes.len() >= MAX_NOTES_PER_PLACE {
        return Err(ValidationError::TooMany {
            field,
            max: MAX_NOTES_PER_PLACE,
        });
    }
    notes.push(note);
    Ok(())
}

impl Restorable for Placemat {
    type Removed = RemovedPlacematNote;

    fn restore(&mut self, removed: RemovedPlacematNote) -> Result<(), ValidationError> {
        self.restore_note(removed)
    }

    fn removed_name(removed: &RemovedPlacematNote) -> String {
        short_name(&removed.note.text)
    }
}
