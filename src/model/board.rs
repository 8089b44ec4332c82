//! The shared core of every diverge → converge work form: notes people write,
//! the themes the facilitator groups them into, and the actions with an owner
//! that come out of them. The café uses it now; the placemat can use it too.
//!
//! Where a note was written (a table and a round, a placemat field) belongs to
//! the work form, not to this module.

use super::error::check_length;
use super::stored_check::{
    check_count, check_filled, check_ids, check_items, check_text, require, Checked, Flaw, Seen,
    Within,
};
use super::{ActionId, Field, IsoDate, NoteId, SeatId, ThemeId, ValidationError};
use serde::{Deserialize, Serialize};

/// Longest note, in characters: a few lines on a tablecloth.
pub const MAX_NOTE_CHARS: usize = 500;
/// Longest theme name, in characters.
pub const MAX_THEME_CHARS: usize = 100;
/// Longest action text or owner, in characters.
pub const MAX_ACTION_CHARS: usize = 300;
/// Most themes in one harvest: more no longer reads as grouping.
pub const MAX_THEMES: usize = 30;

/// What kind of thing a note says.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum NoteKind {
    #[default]
    Idea,
    Question,
    Insight,
    Action,
}

impl NoteKind {
    /// Whether this is the default kind (left out of storage).
    pub fn is_idea(&self) -> bool {
        *self == NoteKind::Idea
    }

    /// Every kind, in the order of the buttons.
    pub const ALL: [NoteKind; 4] = [
        NoteKind::Idea,
        NoteKind::Question,
        NoteKind::Insight,
        NoteKind::Action,
    ];
}

/// One note. Fields at their default are left out of storage: a café can hold
/// thousands of notes.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Note {
    pub id: NoteId,
    #[serde(default, skip_serializing_if = "NoteKind::is_idea")]
    pub kind: NoteKind,
    pub text: String,
    /// Marked as a key insight in the harvest.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub key: bool,
    /// The theme it was grouped into.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub theme: Option<ThemeId>,
    /// Who marked it as resonating with them (placemat seat ids).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub marks: Vec<SeatId>,
}

impl Note {
    /// A new note; the text must not be empty.
    pub fn new(id: NoteId, kind: NoteKind, text: &str) -> Result<Self, ValidationError> {
        let mut note = Self::new_within(id, text, MAX_NOTE_CHARS)?;
        note.kind = kind;
        Ok(note)
    }

    /// A new idea of at most `max` characters; the text must not be empty.
    pub fn new_within(id: NoteId, text: &str, max: usize) -> Result<Self, ValidationError> {
        Ok(Self {
            id,
            kind: NoteKind::Idea,
            text: check_note(text, max)?,
            key: false,
            theme: None,
            marks: Vec::new(),
        })
    }

    /// Changes the kind and text; nothing changes if the text is refused.
    pub fn edit(&mut self, kind: NoteKind, text: &str) -> Result<(), ValidationError> {
        self.edit_within(kind, text, MAX_NOTE_CHARS)
    }

    /// Changes the kind and a text of at most `max` characters.
    pub fn edit_within(
        &mut self,
        kind: NoteKind,
        text: &str,
        max: usize,
    ) -> Result<(), ValidationError> {
        self.text = check_note(text, max)?;
        self.kind = kind;
        Ok(())
    }

    /// Whether a stored note keeps the rules: an id not in `ids` yet, a text
    /// that says something in at most `max` characters, and a theme of
    /// `harvest` if it names one.
    pub(crate) fn check_stored(
        &self,
        max: usize,
        harvest: &Harvest,
        ids: &mut Seen<NoteId>,
    ) -> Checked {
        ids.once(self.id).within("id")?;
        check_filled(&self.text, max).within("text")?;
        let theme_known = self.theme.is_none_or(|t| harvest.theme(t).is_some());
        require(theme_known, Flaw::UnknownReference).within("theme")
    }
}

/// A note's text: trimmed, not empty, at most `max` characters.
fn check_note(text: &str, max: usize) -> Result<String, ValidationError> {
    let text = check_length(text, Field::NoteText, max)?;
    if text.is_empty() {
        return Err(ValidationError::NoteEmpty);
    }
    Ok(text)
}

/// A theme notes are grouped into.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Theme {
    pub id: ThemeId,
    pub name: String,
}

impl Theme {
    /// Whether a stored theme has a name of at most [`MAX_THEME_CHARS`].
    fn check_stored(&self) -> Checked {
        check_filled(&self.name, MAX_THEME_CHARS).within("name")
    }
}

/// Something somebody will do, with an owner and a date.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Action {
    pub id: ActionId,
    pub text: String,
    /// Who picks it up.
    #[serde(default)]
    pub owner: String,
    #[serde(default)]
    pub due: Option<IsoDate>,
    /// The note it came from.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<NoteId>,
}

impl Action {
    /// Whether a stored action has a text and an owner within [`MAX_ACTION_CHARS`].
    fn check_stored(&self) -> Checked {
        check_filled(&self.text, MAX_ACTION_CHARS).within("text")?;
        check_text(&self.owner, MAX_ACTION_CHARS).within("owner")
    }
}

/// What a facilitator typed for an action, before it is checked.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ActionDraft {
    pub text: String,
    pub owner: String,
    /// Empty, `YYYY-MM-DD` or `DD-MM-YYYY`.
    pub due: String,
}

impl ActionDraft {
    fn check(&self) -> Result<(String, String, Option<IsoDate>), ValidationError> {
        let text = check_length(&self.text, Field::ActionText, MAX_ACTION_CHARS)?;
        if text.is_empty() {
            return Err(ValidationError::ActionEmpty);
        }
        let owner = check_length(&self.owner, Field::Owner, MAX_ACTION_CHARS)?;
        let due = match self.due.trim() {
            "" => None,
            date => Some(IsoDate::parse(date).ok_or(ValidationError::DateInvalid)?),
        };
        Ok((text, owner, due))
    }
}

/// The converge half: themes and actions. Notes stay where they were written
/// and point to their theme.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Harvest {
    pub themes: Vec<Theme>,
    pub actions: Vec<Action>,
}

/// A theme taken out, with the notes that were in it, for an undo.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RemovedTheme {
    pub index: usize,
    pub theme: Theme,
    pub note_ids: Vec<NoteId>,
}

impl Harvest {
    /// Whether a stored harvest keeps the rules: at most [`MAX_THEMES`] themes,
    /// themes and actions each with their own id and a text.
    pub(crate) fn check_stored(&self) -> Checked {
        check_count(self.themes.len(), 0..=MAX_THEMES).within("themes")?;
        check_ids(&self.themes, |t| t.id).within("themes")?;
        check_items(&self.themes, Theme::check_stored).within("themes")?;
        check_ids(&self.actions, |a| a.id).within("actions")?;
        check_items(&self.actions, Action::check_stored).within("actions")
    }

    /// Adds a theme; the name must be new and not empty.
    pub fn add_theme(&mut self, id: ThemeId, name: &str) -> Result<(), ValidationError> {
        let name = self.check_theme_name(name)?;
        if self.theme(id).is_some() {
            return Err(ValidationError::DuplicateId);
        }
        if self.themes.len() >= MAX_THEMES {
            return Err(ValidationError::TooMany {
                field: Field::Theme,
                max: MAX_THEMES,
            });
        }
        self.themes.push(Theme { id, name });
        Ok(())
    }

    /// The theme with this id.
    pub fn theme(&self, id: ThemeId) -> Option<&Theme> {
        self.themes.iter().find(|t| t.id == id)
    }

    fn check_theme_name(&self, name: &str) -> Result<String, ValidationError> {
        let name = check_length(name, Field::Theme, MAX_THEME_CHARS)?;
        if name.is_empty() {
            return Err(ValidationError::ThemeEmpty);
        }
        let taken = self
            .themes
            .iter()
            .any(|t| t.name.to_lowercase() == name.to_lowercase());
        if taken {
            return Err(ValidationError::ThemeTwice);
        }
        Ok(name)
    }

    /// Adds an action.
    pub fn add_action(
        &mut self,
        id: ActionId,
        draft: &ActionDraft,
        note: Option<NoteId>,
    ) -> Result<(), ValidationError> {
        let (text, owner, due) = draft.check()?;
        if self.actions.iter().any(|a| a.id == id) {
            return Err(ValidationError::DuplicateId);
        }
        self.actions.push(Action {
            id,
            text,
            owner,
            due,
            note,
        });
        Ok(())
    }

    /// Changes an action's text, owner and date.
    pub fn edit_action(
        &mut self,
        id: ActionId,
        draft: &ActionDraft,
    ) -> Result<(), ValidationError> {
        let (text, owner, due) = draft.check()?;
        let action = self
            .actions
            .iter_mut()
            .find(|a| a.id == id)
            .ok_or(ValidationError::NotFound)?;
        action.text = text;
        action.owner = owner;
        action.due = due;
        Ok(())
    }

    /// Takes an action out; returns where it was, for an undo.
    pub fn remove_action(&mut self, id: ActionId) -> Result<(usize, Action), ValidationError> {
        let index = self
            .actions
            .iter()
            .position(|a| a.id == id)
            .ok_or(ValidationError::NotFound)?;
        Ok((index, self.actions.remove(index)))
    }

    /// Puts a removed action back where it was.
    pub fn restore_action(&mut self, index: usize, action: Action) {
        if self.actions.iter().all(|a| a.id != action.id) {
            self.actions.insert(index.min(self.actions.len()), action);
        }
    }
}

/// Every note of a work form, wherever it was written, for the harvest rules.
pub trait NoteBoard {
    /// The harvest of this work form.
    fn harvest(&self) -> &Harvest;
    /// The harvest, to change.
    fn harvest_mut(&mut self) -> &mut Harvest;
    /// Every note, to change.
    fn notes_mut(&mut self) -> Box<dyn Iterator<Item = &mut Note> + '_>;

    /// The note with this id, to change.
    fn note_mut(&mut self, id: NoteId) -> Result<&mut Note, ValidationError> {
        self.notes_mut()
            .find(|n| n.id == id)
            .ok_or(ValidationError::NotFound)
    }

    /// Puts a note in a theme (`None`: out of every theme).
    fn group_note(
        &mut self,
        note_id: NoteId,
        theme_id: Option<ThemeId>,
    ) -> Result<(), ValidationError> {
        if let Some(theme_id) = theme_id {
            self.harvest()
                .theme(theme_id)
                .ok_or(ValidationError::NotFound)?;
        }
        self.note_mut(note_id)?.theme = theme_id;
        Ok(())
    }

    /// Marks a note as a key insight, or unmarks it.
    fn mark_key(&mut self, note_id: NoteId, key: bool) -> Result<(), ValidationError> {
        self.note_mut(note_id)?.key = key;
        Ok(())
    }

    /// Turns a note into an action that points back to the note; the note stays.
    fn note_to_action(
        &mut self,
        note_id: NoteId,
        action_id: ActionId,
        draft: &ActionDraft,
    ) -> Result<(), ValidationError> {
        self.note_mut(note_id)?;
        self.harvest_mut()
            .add_action(action_id, draft, Some(note_id))
    }

    /// Takes a theme out; its notes become ungrouped. Returns what an undo needs.
    fn remove_theme(&mut self, theme_id: ThemeId) -> Result<RemovedTheme, ValidationError> {
        let harvest = self.harvest_mut();
        let index = harvest
            .themes
            .iter()
            .position(|t| t.id == theme_id)
            .ok_or(ValidationError::NotFound)?;
        let theme = harvest.themes.remove(index);
        let note_ids = self
            .notes_mut()
            .filter(|n| n.theme == Some(theme_id))
            .map(|n| {
                n.theme = None;
                n.id
            })
            .collect();
        Ok(RemovedTheme {
            index,
            theme,
            note_ids,
        })
    }

    /// Puts a removed theme back with its notes (those still ungrouped). If a
    /// theme of the same name was added meanwhile, that one takes the notes; if
    /// the harvest is full, the notes stay ungrouped.
    fn restore_theme(&mut self, removed: RemovedTheme) {
        let harvest = self.harvest_mut();
        if harvest.theme(removed.theme.id).is_some() {
            return;
        }
        let same_name = harvest
            .themes
            .iter()
            .find(|t| t.name.to_lowercase() == removed.theme.name.to_lowercase())
            .map(|t| t.id);
        let theme_id = match same_name {
            Some(id) => id,
            None if harvest.themes.len() < MAX_THEMES => {
                let index = removed.index.min(harvest.themes.len());
                harvest.themes.insert(index, removed.theme.clone());
                removed.theme.id
            }
            None => return,
        };
        for note in self.notes_mut() {
            if note.theme.is_none() && removed.note_ids.contains(&note.id) {
                note.theme = Some(theme_id);
            }
        }
    }
}
