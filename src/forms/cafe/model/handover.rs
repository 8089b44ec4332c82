//! Merging a table that worked on a tablet of its own into the café here
//! (see `model::merge`).

use super::*;
use crate::model::board::MAX_NOTE_CHARS;
use crate::model::merge::{MergePlace, MergeWhat, Merger, NoteRules};
use crate::model::{Field, RoundId, ValidationError};

impl Cafe {
    /// Merges a table written on another device into the table here with the
    /// same id: its host, and per round its summary and notes (see
    /// [`Merger`]). Refused when the table or one of its rounds is not here.
    pub fn merge_table(
        &mut self,
        incoming: &Table,
        merger: &mut Merger,
    ) -> Result<(), ValidationError> {
        merger.take_ids(self.notes().map(|placed| placed.note));
        let rounds: Vec<RoundId> = self.rounds.iter().map(|r| r.id).collect();
        let table = self.table_mut(incoming.id)?;
        merger.text(
            &mut table.host,
            &incoming.host,
            ("host".into(), MergePlace::Whole, MergeWhat::Host),
            (Field::Host, MAX_LINE_CHARS),
        )?;
        let rules = NoteRules {
            max_chars: MAX_NOTE_CHARS,
            max_notes: None,
            field: Field::NoteText,
            once_each: false,
            seats: &[],
            own_seat: None,
        };
        for cloth in &incoming.cloths {
            let round = rounds
                .iter()
                .position(|r| *r == cloth.round)
                .ok_or(ValidationError::NotFound)?;
            let here = table.cloth_mut(cloth.round);
            merger.text(
                &mut here.summary,
                &cloth.summary,
                (
                    format!("summary:{}", cloth.round),
                    MergePlace::Round(round),
                    MergeWhat::Summary,
                ),
                (Field::Summary, MAX_SUMMARY_CHARS),
            )?;
            merger.notes(
                &mut here.notes,
                &cloth.notes,
                MergePlace::Round(round),
                &rules,
            )?;
        }
        Ok(())
    }
}
