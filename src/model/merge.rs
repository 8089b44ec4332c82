//! Merging work done on another device into the session here: one café table
//! or one placemat group that a host or a group wrote on its own tablet.
//!
//! Notes are matched by id. A note that is not here is added; one that says
//! the same is left (its ♥ marks are joined); one whose text differs is a
//! difference the user decides on: keep both, take the incoming one, or keep
//! the one here. A summary or a name is taken when it is empty here and is a
//! difference when both have a different one (take it or keep the one here).
//! Themes and ★ belong to the harvest on this device and do not travel.
//!
//! One walk does both jobs: without choices it lists what would happen (the
//! preview, with every difference at its default); with the user's choices it
//! changes the data.

use super::board::{Note, NoteKind};
use super::error::check_length;
use super::{Field, IdMaker, NoteId, SeatId, ValidationError};
use crate::forms::placemat::middle_holds;
use std::collections::{HashMap, HashSet};

/// Whether an incoming record or note is new here, here unchanged, or here changed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Arrival {
    New,
    Same,
    Conflict,
}

/// What to do with something that differs from the one here.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Choice {
    /// Keep both: the incoming one as a copy with a new id.
    #[default]
    Copy,
    /// The incoming one takes the place of the one here.
    Replace,
    /// Leave the one here; drop the incoming one.
    Skip,
}

/// Where a merged item is, to name it in the preview.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MergePlace {
    /// The table or group itself (its host, its name).
    Whole,
    /// A café round, from 0.
    Round(usize),
    /// A placemat person, from 0.
    Seat(usize),
    /// The middle of a placemat.
    Middle,
}

/// What a merged item is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MergeWhat {
    Note,
    /// New ♥ marks on a note that is here already.
    Marks,
    Summary,
    Host,
    PersonName,
}

/// One thing from the other device and how it meets what is here.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MergeItem {
    /// What the user's choice is keyed by: the note's id, or the place of a text.
    pub key: String,
    pub place: MergePlace,
    pub what: MergeWhat,
    pub arrival: Arrival,
    /// The text here (empty when new).
    pub here: String,
    /// The text that comes in.
    pub incoming: String,
}

impl MergeItem {
    /// The choices that make sense: a text in one place cannot be kept twice.
    pub fn choices(&self) -> &'static [Choice] {
        match self.what {
            MergeWhat::Note | MergeWhat::Marks => &[Choice::Copy, Choice::Replace, Choice::Skip],
            _ => &[Choice::Replace, Choice::Skip],
        }
    }

    /// What happens to a difference nobody chose for: notes are kept both,
    /// texts stay as they are here.
    pub fn default_choice(&self) -> Choice {
        match self.what {
            MergeWhat::Note | MergeWhat::Marks => Choice::Copy,
            _ => Choice::Skip,
        }
    }
}

/// The rules for one list of notes: its length limits and, for a placemat,
/// the seats whose marks count and whether themes may appear twice.
pub(crate) struct NoteRules<'a> {
    pub max_chars: usize,
    pub max_notes: Option<usize>,
    pub field: Field,
    /// A middle holds each theme once (letter case aside).
    pub once_each: bool,
    /// The seats of the group (marks of others are dropped), and the seat
    /// whose own notes these are (nobody marks their own note).
    pub seats: &'a [SeatId],
    pub own_seat: Option<SeatId>,
}

impl NoteRules<'_> {
    /// Whether a note here says `text` of `kind`: in a middle, the same theme
    /// letter case aside; elsewhere the same text and kind.
    fn says_same(&self, note: &Note, text: &str, kind: NoteKind) -> bool {
        if self.once_each {
            middle_holds(std::slice::from_ref(note), text)
        } else {
            note.text == text && note.kind == kind
        }
    }
}

/// How a walk decides differences.
#[derive(Clone, Copy)]
enum Choosing<'a> {
    /// Each at its default (the preview).
    Defaults,
    /// Each the way that adds the fewest notes (a preview that fits the limits).
    Fewest,
    /// As the user chose, the default where nothing was chosen.
    Chosen(&'a HashMap<String, Choice>),
}

/// The walk through one table or group: the choices to follow, where new ids
/// come from, the note ids in use in the work form, and what was found.
pub struct Merger<'a> {
    choices: Choosing<'a>,
    new_id: &'a mut dyn FnMut() -> String,
    taken: HashSet<NoteId>,
    items: Vec<MergeItem>,
}

impl<'a> Merger<'a> {
    /// A walk that lists what would happen, every difference at its default.
    pub fn preview(new_id: &'a mut dyn FnMut() -> String) -> Self {
        Self::new(Choosing::Defaults, new_id)
    }

    /// A walk that lists what would happen, every difference kept as it is
    /// here: when the defaults would not fit a limit, the user can still choose.
    pub fn preview_fewest(new_id: &'a mut dyn FnMut() -> String) -> Self {
        Self::new(Choosing::Fewest, new_id)
    }

    /// A walk that follows the user's choices (the default where none).
    pub fn with_choices(
        choices: &'a HashMap<String, Choice>,
        new_id: &'a mut dyn FnMut() -> String,
    ) -> Self {
        Self::new(Choosing::Chosen(choices), new_id)
    }

    fn new(choices: Choosing<'a>, new_id: &'a mut dyn FnMut() -> String) -> Self {
        Self {
            choices,
            new_id,
            taken: HashSet::new(),
            items: Vec::new(),
        }
    }

    /// What was found, in the order of the walk.
    pub fn into_items(self) -> Vec<MergeItem> {
        self.items
    }

    /// Notes the work form holds already: an incoming note with one of these
    /// ids somewhere else gets a new id.
    pub(crate) fn take_ids<'n>(&mut self, notes: impl Iterator<Item = &'n Note>) {
        self.taken.extend(notes.map(|n| n.id));
    }

    fn choice(&self, item: &MergeItem) -> Choice {
        let chosen = match self.choices {
            Choosing::Defaults => None,
            Choosing::Fewest => Some(Choice::Skip),
            Choosing::Chosen(choices) => choices.get(&item.key).copied(),
        };
        match chosen {
            Some(choice) if item.choices().contains(&choice) => choice,
            _ => item.default_choice(),
        }
    }

    /// Merges one text (a summary, a host, a name) of at most `max` characters.
    pub(crate) fn text(
        &mut self,
        slot: &mut String,
        incoming: &str,
        (key, place, what): (String, MergePlace, MergeWhat),
        (field, max): (Field, usize),
    ) -> Result<(), ValidationError> {
        let incoming = check_length(incoming, field, max)?;
        if incoming.is_empty() {
            return Ok(());
        }
        let arrival = if *slot == incoming {
            Arrival::Same
        } else if slot.is_empty() {
            Arrival::New
        } else {
            Arrival::Conflict
        };
        let item = MergeItem {
            key,
            place,
            what,
            arrival,
            here: slot.clone(),
            incoming: incoming.clone(),
        };
        let take = match arrival {
            Arrival::New => true,
            Arrival::Same => false,
            Arrival::Conflict => self.choice(&item) == Choice::Replace,
        };
        if take {
            *slot = incoming;
        }
        self.items.push(item);
        Ok(())
    }

    /// Merges the incoming notes of one place into the notes here.
    pub(crate) fn notes(
        &mut self,
        here: &mut Vec<Note>,
        incoming: &[Note],
        place: MergePlace,
        rules: &NoteRules,
    ) -> Result<(), ValidationError> {
        for note in incoming {
            let checked = Note::new_within(note.id, &note.text, rules.max_chars)?;
            let marks = kept_marks(&note.marks, rules);
            let position = here.iter().position(|h| h.id == note.id);
            // A note here that says the same: the same note, or one an earlier
            // merge added or copied (so a second merge adds nothing).
            let says_same = |h: &Note| rules.says_same(h, &checked.text, note.kind);
            let holder = position
                .filter(|&i| says_same(&here[i]))
                .or_else(|| here.iter().position(says_same));
            let new_marks =
                holder.is_some_and(|i| marks.iter().any(|m| !here[i].marks.contains(m)));
            let (what, arrival) = match (holder, position) {
                (Some(_), _) if new_marks => (MergeWhat::Marks, Arrival::New),
                (Some(_), _) => (MergeWhat::Note, Arrival::Same),
                (None, None) => (MergeWhat::Note, Arrival::New),
                (None, Some(_)) => (MergeWhat::Note, Arrival::Conflict),
            };
            let item = MergeItem {
                key: format!("note:{}", note.id),
                place,
                what,
                arrival,
                here: position.map(|i| here[i].text.clone()).unwrap_or_default(),
                incoming: checked.text.clone(),
            };
            let choice = self.choice(&item);
            self.items.push(item);
            match (holder, position, choice) {
                (Some(i), _, _) => join_marks(&mut here[i].marks, &marks),
                (None, Some(i), Choice::Replace) => {
                    here[i].text = checked.text;
                    here[i].kind = note.kind;
                    join_marks(&mut here[i].marks, &marks);
                }
                (None, Some(_), Choice::Skip) => {}
                (None, None, _) | (None, Some(_), Choice::Copy) => {
                    let id = match position {
                        None => self.fresh_id(note.id),
                        Some(_) => self.new_id.make(),
                    };
                    self.push(here, arrival_note(id, note, checked.text, marks), rules)?;
                }
            }
        }
        Ok(())
    }

    /// The incoming id, or a new one when it is in use elsewhere here.
    fn fresh_id(&mut self, id: NoteId) -> NoteId {
        if self.taken.contains(&id) {
            self.new_id.make()
        } else {
            id
        }
    }

    fn push(
        &mut self,
        here: &mut Vec<Note>,
        note: Note,
        rules: &NoteRules,
    ) -> Result<(), ValidationError> {
        if let Some(max) = rules.max_notes.filter(|&max| here.len() >= max) {
            return Err(ValidationError::TooMany {
                field: rules.field,
                max,
            });
        }
        self.taken.insert(note.id);
        here.push(note);
        Ok(())
    }
}

/// A note as it arrives: its kind, checked text and kept marks; no theme or ★.
fn arrival_note(id: NoteId, from: &Note, text: String, marks: Vec<SeatId>) -> Note {
    Note {
        id,
        kind: from.kind,
        text,
        key: false,
        theme: None,
        marks,
    }
}

/// The marks of seats in the group, not the note's own seat, each once.
fn kept_marks(marks: &[SeatId], rules: &NoteRules) -> Vec<SeatId> {
    let mut kept: Vec<SeatId> = Vec::new();
    for mark in marks {
        let counts = rules.seats.contains(mark) && Some(*mark) != rules.own_seat;
        if counts && !kept.contains(mark) {
            kept.push(*mark);
        }
    }
    kept
}

fn join_marks(marks: &mut Vec<SeatId>, more: &[SeatId]) {
    for mark in more {
        if !marks.contains(mark) {
            marks.push(*mark);
        }
    }
}
