//! Merging a group that worked on a tablet of its own into the session here
//! (see `model::merge`).

use super::*;
use super::notes::note_rules;
use crate::model::merge::{MergePlace, MergeWhat, Merger};
use crate::model::{Field, ValidationError};

impl Placemat {
    /// Merges a group's placemat written on another device into the group
    /// here with the same id: per person their name and notes, and the middle
    /// (see [`Merger`]), whatever the phase. Refused when the group or one of
    /// its persons is not here, or a field or the middle would hold too many.
    pub fn merge_group(
        &mut self,
        incoming: &Group,
        merger: &mut Merger,
    ) -> Result<(), ValidationError> {
        merger.take_ids(self.groups.iter().flat_map(|g| {
            g.middle
                .iter()
                .chain(g.seats.iter().flat_map(|s| s.notes.iter()))
        }));
        let group = self.group_mut(incoming.id)?;
        let seat_ids: Vec<SeatId> = group.seats.iter().map(|s| s.id).collect();
        for seat in &incoming.seats {
            let index = seat_ids
                .iter()
                .position(|id| *id == seat.id)
                .ok_or(ValidationError::NotFound)?;
            let here = &mut group.seats[index];
            merger.text(
                &mut here.name,
                &seat.name,
                (
                    format!("name:{}", seat.id),
                    MergePlace::Seat(index),
                    MergeWhat::PersonName,
                ),
                (Field::PersonName, MAX_PLACEMAT_NAME_CHARS),
            )?;
            let rules = note_rules(Field::NoteText, &seat_ids, Some(seat.id));
            merger.notes(
                &mut here.notes,
                &seat.notes,
                MergePlace::Seat(index),
                &rules,
            )?;
        }
        let rules = note_rules(Field::Middle, &seat_ids, None);
        merger.notes(
            &mut group.middle,
            &incoming.middle,
            MergePlace::Middle,
            &rules,
        )
    }
}
