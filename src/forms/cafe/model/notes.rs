//! The tablecloths: notes per table per round, the host's summary that the
//! next group reads first, and every note of the café for the harvest.

use super::*;
use crate::forms::undo::{short_name, Restorable};
use crate::model::board::{Harvest, Note, NoteBoard, NoteKind};
use crate::model::error::check_length;
use crate::model::{Field, NoteId, RoundId, TableId, ValidationError};

impl Cafe {
    /// Adds a note to a table's cloth in a round.
    pub fn add_note(
        &mut self,
        table_id: TableId,
        round_id: RoundId,
        note_id: NoteId,
        kind: NoteKind,
        text: &str,
    ) -> Result<(), ValidationError> {
        self.round_mut(round_id)?;
        if self.notes().any(|placed| placed.note.id == note_id) {
            return Err(ValidationError::DuplicateId);
        }
        let note = Note::new(note_id, kind, text)?;
        self.table_mut(table_id)?
            .cloth_mut(round_id)
            .notes
            .push(note);
        Ok(())
    }

    /// Changes a note's kind and text.
    pub fn edit_note(
        &mut self,
        note_id: NoteId,
        kind: NoteKind,
        text: &str,
    ) -> Result<(), ValidationError> {
        self.note_mut(note_id)?.edit(kind, text)
    }

    /// Takes a note out; returns what an undo needs.
    pub fn remove_note(&mut self, note_id: NoteId) -> Result<RemovedNote, ValidationError> {
        // Found first, then changed: only the table that held it changes.
        for table in &mut self.tables {
            let found = table.cloths.iter().enumerate().find_map(|(c, cloth)| {
                let index = cloth.notes.iter().position(|n| n.id == note_id)?;
                Some((c, index))
            });
            if let Some((c, index)) = found {
                let cloth = &mut table.cloths[c];
                return Ok(RemovedNote {
                    table_id: table.id,
                    round_id: cloth.round,
                    index,
                    note: cloth.notes.remove(index),
                });
            }
        }
        Err(ValidationError::NotFound)
    }

    /// Puts a removed note back where it was (if its table and round still exist).
    pub fn restore_note(&mut self, removed: RemovedNote) -> Result<(), ValidationError> {
        if self.notes().any(|n| n.note.id == removed.note.id) {
            return Ok(());
        }
        self.round_mut(removed.round_id)?;
        let mut note = removed.note;
        // Its theme may have been deleted meanwhile: then it comes back ungrouped.
        if note
            .theme
            .is_some_and(|t| self.harvest.theme(t).is_none())
        {
            note.theme = None;
        }
        let notes = &mut self
            .table_mut(removed.table_id)?
            .cloth_mut(removed.round_id)
            .notes;
        notes.insert(removed.index.min(notes.len()), note);
        Ok(())
    }

    /// Sets the host's summary of a table in a round.
    pub fn set_summary(
        &mut self,
        table_id: TableId,
        round_id: RoundId,
        text: &str,
    ) -> Result<(), ValidationError> {
        let summary = check_length(text, Field::Summary, MAX_SUMMARY_CHARS)?;
        self.round_mut(round_id)?;
        self.table_mut(table_id)?.cloth_mut(round_id).summary = summary;
        Ok(())
    }

    /// The tablecloth of a table in a round, if anything was written on it.
    pub fn cloth(&self, table_id: TableId, round_id: RoundId) -> Option<&Cloth> {
        self.table(table_id)?.cloth(round_id)
    }

    /// What the previous group at this table left: the summary of the round
    /// before `round` (from 0). `None` in the first round or when it is empty.
    pub fn previous_summary(&self, table_id: TableId, round: usize) -> Option<&str> {
        let previous = self.rounds.get(round.checked_sub(1)?)?;
        self.cloth(table_id, previous.id)
            .map(|c| c.summary.as_str())
            .filter(|s| !s.is_empty())
    }

    /// Every note with its table and round, table by table, round by round.
    pub fn notes(&self) -> impl Iterator<Item = PlacedNote<'_>> {
        self.tables.iter().flat_map(move |table| {
            self.rounds.iter().enumerate().flat_map(move |(round, r)| {
                table
                    .cloth(r.id)
                    .into_iter()
                    .flat_map(|c| c.notes.iter())
                    .map(move |note| PlacedNote { table, round, note })
            })
        })
    }
}

impl NoteBoard for Cafe {
    fn harvest(&self) -> &Harvest {
        &self.harvest
    }

    fn harvest_mut(&mut self) -> &mut Harvest {
        &mut self.harvest
    }

    fn notes_mut(&mut self) -> Box<dyn Iterator<Item = &mut Note> + '_> {
        Box::new(
            self.tables
                .iter_mut()
                .flat_map(|t| t.cloths.iter_mut())
                .flat_map(|c| c.notes.iter_mut()),
        )
    }

    /// Found first, then changed: only the table that holds it changes.
    fn note_mut(&mut self, id: NoteId) -> Result<&mut Note, ValidationError> {
        let (t, c, n) = self
            .tables
            .iter()
            .enumerate()
            .find_map(|(t, table)| {
                table.cloths.iter().enumerate().find_map(|(c, cloth)| {
                    let n = cloth.notes.iter().position(|note| note.id == id)?;
                    Some((t, c, n))
                })
            })
            .ok_or(ValidationError::NotFound)?;
        Ok(&mut self.tables[t].cloths[c].notes[n])
    }
}

impl Restorable for Cafe {
    type Removed = RemovedNote;

    fn restore(&mut self, removed: RemovedNote) -> Result<(), ValidationError> {
        self.restore_note(removed)
    }

    fn removed_name(removed: &RemovedNote) -> String {
        short_name(&removed.note.text)
    }
}
