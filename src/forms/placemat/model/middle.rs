//! The middle of each placemat (the themes a group shares) and the themes
//! the plenary links across groups, which are the placemat's harvest.

use super::*;
use super::notes::push_note;
use crate::model::board::{Harvest, Note, NoteBoard};
use crate::model::{Field, ValidationError};

impl Placemat {
    /// Writes a new shared theme in a group's middle.
    pub fn add_to_middle(
        &mut self,
        group_id: GroupId,
        note_id: NoteId,
        text: &str,
    ) -> Result<(), ValidationError> {
        self.check_open(PlacematPart::Middle)?;
        let note = self.new_note(note_id, text)?;
        let group = self.group_mut(group_id)?;
        if middle_holds(&group.middle, &note.text) {
            return Err(ValidationError::MiddleTwice);
        }
        push_note(&mut group.middle, note, Field::Middle)
    }

    /// Copies a note from a person's field into its group's middle.
    pub fn copy_to_middle(
        &mut self,
        source_id: NoteId,
        note_id: NoteId,
    ) -> Result<(), ValidationError> {
        let (group_id, text) = self
            .groups
            .iter()
            .find_map(|g| {
                g.seats
                    .iter()
                    .flat_map(|s| s.notes.iter())
                    .find(|n| n.id == source_id)
                    .map(|n| (g.id, n.text.clone()))
            })
            .ok_or(ValidationError::NotFound)?;
        self.add_to_middle(group_id, note_id, &text)
    }

    /// Whether a note's text is in its group's middle already.
    pub fn in_middle(&self, group: &Group, note: &Note) -> bool {
        middle_holds(&group.middle, &note.text)
    }

    /// Adds a cross-group theme (plenary).
    pub fn add_linked_theme(
        &mut self,
        theme_id: ThemeId,
        name: &str,
    ) -> Result<(), ValidationError> {
        self.check_open(PlacematPart::Links)?;
        self.harvest.add_theme(theme_id, name)
    }

    /// Links a middle note to a cross-group theme, or unlinks it (plenary).
    pub fn link(&mut self, note_id: NoteId, theme_id: Option<ThemeId>) -> Result<(), ValidationError> {
        self.check_open(PlacematPart::Links)?;
        self.group_note(note_id, theme_id)
    }

    /// Every cross-group theme with its notes and the number of groups that named it.
    pub fn linked_themes(&self) -> Vec<LinkedTheme<'_>> {
        self.harvest
            .themes
            .iter()
            .map(|theme| {
                let notes: Vec<(&str, &Note)> = self
                    .groups
                    .iter()
                    .flat_map(|g| g.middle.iter().map(move |n| (g, n)))
                    .filter(|(_, n)| n.theme == Some(theme.id))
                    .map(|(g, n)| (g.name.as_str(), n))
                    .collect();
                let groups = self
                    .groups
                    .iter()
                    .filter(|g| {
                        g.middle
                            .iter()
                            .any(|n| n.theme == Some(theme.id))
                    })
                    .count();
                LinkedTheme {
                    id: theme.id,
                    name: &theme.name,
                    notes,
                    groups,
                }
            })
            .collect()
    }
}

/// The middles' notes are what the plenary groups into cross-group themes.
impl NoteBoard for Placemat {
    fn harvest(&self) -> &Harvest {
        &self.harvest
    }

    fn harvest_mut(&mut self) -> &mut Harvest {
        &mut self.harvest
    }

    fn notes_mut(&mut self) -> Box<dyn Iterator<Item = &mut Note> + '_> {
        Box::new(self.groups.iter_mut().flat_map(|g| g.middle.iter_mut()))
    }

    /// Found first, then changed: only the group that holds it changes.
    fn note_mut(&mut self, id: NoteId) -> Result<&mut Note, ValidationError> {
        let (g, n) = self
            .groups
            .iter()
            .enumerate()
            .find_map(|(g, group)| Some((g, group.middle.iter().position(|m| m.id == id)?)))
            .ok_or(ValidationError::NotFound)?;
        Ok(&mut self.groups[g].middle[n])
    }
}

/// Whether a middle holds a theme with this text (letter case aside).
pub fn middle_holds(middle: &[Note], text: &str) -> bool {
    middle.iter().any(|m| same_text(&m.text, text))
}

/// Whether two themes say the same, letter case aside.
pub(super) fn same_text(a: &str, b: &str) -> bool {
    a.to_lowercase() == b.to_lowercase()
}
