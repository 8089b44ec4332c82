//! The placemat: groups of three to six around a sheet with a field per person
//! and a shared middle. Everyone first writes in their own field, then the group
//! reads each other's fields and marks what resonates, then agrees on the themes
//! it shares in the middle, and in the plenary the facilitator links the themes
//! that recur across groups.
//!
//! Phases open parts of the placemat; they are not one-way: the facilitator can
//! go back to an earlier phase at any time. The cross-group themes are the
//! harvest of [`NoteBoard`], with the middles' notes as its notes.

use crate::forms::FormData;
use crate::forms::undo::{short_name, Restorable, RemovedPart};
use crate::model::board::{Harvest, Note, NoteBoard, NoteKind};
use crate::model::error::check_length;
use crate::model::merge::{MergePlace, MergeWhat, Merger, NoteRules};
use crate::model::stored_check::{
    check_count, check_filled, check_ids, check_items, check_text, require, Checked, Flaw, Seen,
    Within,
};
use crate::model::timer::Timer;
use crate::model::{Field, Timestamp, ValidationError};
use serde::{Deserialize, Serialize};

/// Fewest persons around one placemat.
pub const MIN_PERSONS: usize = 3;
/// Most persons around one placemat: more no longer fits around a table.
pub const MAX_PERSONS: usize = 6;
/// Persons per group in a new placemat session.
pub const DEFAULT_PERSONS: usize = 4;
/// Most groups in one session: a large hall.
pub const MAX_GROUPS: usize = 20;
/// Groups in a new placemat session.
pub const DEFAULT_GROUPS: usize = 3;
/// Longest note in a field or in the middle, in characters.
pub const MAX_PLACEMAT_NOTE_CHARS: usize = 1000;
/// Longest central question, in characters.
pub const MAX_QUESTION_CHARS: usize = 1000;
/// Longest group or person name, in characters.
pub const MAX_PLACEMAT_NAME_CHARS: usize = 60;
/// Shortest and longest phase, in minutes.
pub const PHASE_MINUTES: (u32, u32) = (1, 60);
/// Most notes in one field or one middle: a placemat is a sheet, not a database.
pub const MAX_NOTES_PER_PLACE: usize = 200;

/// The four phases of a placemat session.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Phase {
    /// Everyone writes in their own field.
    Individual,
    /// The group reads each other's fields and marks what resonates.
    Sharing,
    /// The group writes the themes it shares in the middle.
    Consensus,
    /// The groups present their middles; themes are linked across groups.
    Plenary,
}

impl Phase {
    /// Every phase, in order.
    pub const ALL: [Phase; 4] = [
        Phase::Individual,
        Phase::Sharing,
        Phase::Consensus,
        Phase::Plenary,
    ];

    /// The phase's number, from 1.
    pub fn number(self) -> usize {
        self as usize + 1
    }

    /// The phase after this one.
    pub fn next(self) -> Option<Phase> {
        Phase::ALL.get(self.number()).copied()
    }
}

/// A part of the placemat that only some phases open.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PlacematPart {
    /// Notes in the persons' fields: phases 1 to 3.
    Fields,
    /// Marks on notes that resonate: phase 2.
    Marks,
    /// The middle: phases 3 and 4.
    Middle,
    /// Cross-group themes: phase 4.
    Links,
}

impl PlacematPart {
    /// Whether `phase` opens this part.
    pub fn open_in(self, phase: Phase) -> bool {
        match self {
            PlacematPart::Fields => phase <= Phase::Consensus,
            PlacematPart::Marks => phase == Phase::Sharing,
            PlacematPart::Middle => phase >= Phase::Consensus,
            PlacematPart::Links => phase == Phase::Plenary,
        }
    }
}

/// How long each timed phase lasts, in minutes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct PhaseMinutes {
    pub individual: u32,
    pub sharing: u32,
    pub consensus: u32,
}

impl Default for PhaseMinutes {
    fn default() -> Self {
        Self {
            individual: 5,
            sharing: 10,
            consensus: 10,
        }
    }
}

impl PhaseMinutes {
    /// The minutes of a phase; `None` for the plenary, which has no timer.
    pub fn of(&self, phase: Phase) -> Option<u32> {
        match phase {
            Phase::Individual => Some(self.individual),
            Phase::Sharing => Some(self.sharing),
            Phase::Consensus => Some(self.consensus),
            Phase::Plenary => None,
        }
    }

    /// Whether every timed phase lasts [`PHASE_MINUTES`].
    fn check_stored(&self) -> Checked {
        let range = PHASE_MINUTES.0..=PHASE_MINUTES.1;
        [
            ("individual", self.individual),
            ("sharing", self.sharing),
            ("consensus", self.consensus),
        ]
        .into_iter()
        .try_for_each(|(field, minutes)| {
            require(range.contains(&minutes), Flaw::OutOfRange).within(field)
        })
    }

    fn slot(&mut self, phase: Phase) -> Option<&mut u32> {
        match phase {
            Phase::Individual => Some(&mut self.individual),
            Phase::Sharing => Some(&mut self.sharing),
            Phase::Consensus => Some(&mut self.consensus),
            Phase::Plenary => None,
        }
    }
}

/// One person's field: an optional name or pseudonym and their notes.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Seat {
    pub id: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub name: String,
    #[serde(default)]
    pub notes: Vec<Note>,
}

/// One group around one placemat.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Group {
    pub id: String,
    pub name: String,
    pub seats: Vec<Seat>,
    /// The themes the group shares, written in the middle.
    #[serde(default)]
    pub middle: Vec<Note>,
}

impl Group {
    /// Whether a stored group keeps the rules: a name, `persons` persons with
    /// their own ids and names within [`MAX_PLACEMAT_NAME_CHARS`], and notes in
    /// their fields and the middle whose ids are not in `notes` yet.
    fn check_stored<'a>(
        &'a self,
        persons: usize,
        harvest: &Harvest,
        notes: &mut Seen<&'a str>,
    ) -> Checked {
        check_filled(&self.name, MAX_PLACEMAT_NAME_CHARS).within("name")?;
        check_count(self.seats.len(), MIN_PERSONS..=MAX_PERSONS).within("seats")?;
        require(self.seats.len() == persons, Flaw::Uneven).within("seats")?;
        check_ids(&self.seats, |s| &s.id).within("seats")?;
        check_items(&self.seats, |seat| {
            check_text(&seat.name, MAX_PLACEMAT_NAME_CHARS).within("name")?;
            self.check_notes(&seat.notes, Some(&seat.id), harvest, notes)
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
    fn check_notes<'a>(
        &self,
        place: &'a [Note],
        own: Option<&str>,
        harvest: &Harvest,
        notes: &mut Seen<&'a str>,
    ) -> Checked {
        check_count(place.len(), 0..=MAX_NOTES_PER_PLACE)?;
        check_items(place, |note| {
            note.check_stored(MAX_PLACEMAT_NOTE_CHARS, harvest, notes)?;
            let mut marks = Seen::default();
            check_items(&note.marks, |mark| {
                require(self.seat(mark).is_some(), Flaw::UnknownReference)?;
                require(own != Some(mark.as_str()), Flaw::OwnMark)?;
                marks.once(mark.as_str())
            })
            .within("marks")
        })
    }

    fn has_content(&self) -> bool {
        !self.middle.is_empty() || self.seats.iter().any(|s| !s.notes.is_empty())
    }

    /// The seat with this id.
    pub fn seat(&self, id: &str) -> Option<&Seat> {
        self.seats.iter().find(|s| s.id == id)
    }
}

/// Where a note is: a person's field or the middle.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Place {
    Seat(String),
    Middle,
}

/// A note taken out, with where it was, for an undo.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RemovedPlacematNote {
    pub group_id: String,
    pub place: Place,
    pub index: usize,
    pub note: Note,
}

/// A cross-group theme with the groups that named it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LinkedTheme<'a> {
    pub id: &'a str,
    pub name: &'a str,
    /// The middle notes linked to it, with their group's name.
    pub notes: Vec<(&'a str, &'a Note)>,
    /// How many different groups named it.
    pub groups: usize,
}

/// One placemat session: a question and its groups.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Placemat {
    #[serde(default)]
    pub question: String,
    #[serde(default)]
    pub minutes: PhaseMinutes,
    pub groups: Vec<Group>,
    /// The phase on the floor; `None` before the session starts.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub phase: Option<Phase>,
    /// The timer of the phase on the floor.
    #[serde(default, skip_serializing_if = "Timer::is_unused")]
    pub timer: Timer,
    /// Whether the end of a phase sounds a tone.
    #[serde(default = "sound_on")]
    pub sound: bool,
    /// The cross-group themes (and actions) of the plenary.
    #[serde(default)]
    pub harvest: Harvest,
}

fn sound_on() -> bool {
    true
}

impl Placemat {
    /// A new session: three groups of four. `group_name` comes in the
    /// interface's language.
    pub fn new(group_name: impl Fn(usize) -> String, mut new_id: impl FnMut() -> String) -> Self {
        let groups = (0..DEFAULT_GROUPS)
            .map(|index| new_group(new_id(), group_name(index), DEFAULT_PERSONS, &mut new_id))
            .collect();
        Self {
            question: String::new(),
            minutes: PhaseMinutes::default(),
            groups,
            phase: None,
            timer: Timer::default(),
            sound: true,
            harvest: Harvest::default(),
        }
    }

    /// Persons per group (every group has as many).
    pub fn persons(&self) -> usize {
        self.groups
            .first()
            .map_or(DEFAULT_PERSONS, |g| g.seats.len())
    }

    /// Sets the central question.
    pub fn set_question(&mut self, text: &str) -> Result<(), ValidationError> {
        self.question = check_length(text, Field::CentralQuestion, MAX_QUESTION_CHARS)?;
        Ok(())
    }

    /// Sets the length of a timed phase.
    pub fn set_minutes(&mut self, phase: Phase, minutes: u32) -> Result<(), ValidationError> {
        if !(PHASE_MINUTES.0..=PHASE_MINUTES.1).contains(&minutes) {
            return Err(ValidationError::PhaseLengthOutOfRange);
        }
        *self.minutes.slot(phase).ok_or(ValidationError::NotFound)? = minutes;
        Ok(())
    }

    /// Adds groups at the end, or takes off groups at the end that hold nothing.
    pub fn set_group_count(
        &mut self,
        count: usize,
        mut new_id: impl FnMut() -> String,
        group_name: impl Fn(usize) -> String,
    ) -> Result<(), ValidationError> {
        if !(1..=MAX_GROUPS).contains(&count) {
            return Err(ValidationError::GroupCountOutOfRange);
        }
        if let Some(group) = self.groups.iter().skip(count).find(|g| g.has_content()) {
            return Err(ValidationError::GroupInUse {
                group: group.name.clone(),
            });
        }
        let persons = self.persons();
        self.groups.truncate(count);
        while self.groups.len() < count {
            let id = new_id();
            let name = group_name(self.groups.len());
            self.groups.push(new_group(id, name, persons, &mut new_id));
        }
        Ok(())
    }

    /// Sets the persons per group for every group. A field with notes is never
    /// taken off.
    pub fn set_person_count(
        &mut self,
        count: usize,
        mut new_id: impl FnMut() -> String,
    ) -> Result<(), ValidationError> {
        if !(MIN_PERSONS..=MAX_PERSONS).contains(&count) {
            return Err(ValidationError::PersonCountOutOfRange);
        }
        for group in &self.groups {
            if let Some(index) = group
                .seats
                .iter()
                .skip(count)
                .position(|s| !s.notes.is_empty())
            {
                return Err(ValidationError::SeatInUse {
                    group: group.name.clone(),
                    seat: count + index + 1,
                });
            }
        }
        for group in &mut self.groups {
            group.seats.truncate(count);
            while group.seats.len() < count {
                group.seats.push(new_seat(new_id()));
            }
        }
        // Marks by persons who are gone go with them.
        for group in &mut self.groups {
            let seats: Vec<String> = group.seats.iter().map(|s| s.id.clone()).collect();
            for note in group.seats.iter_mut().flat_map(|s| s.notes.iter_mut()) {
                note.marks.retain(|m| seats.contains(m));
            }
        }
        Ok(())
    }

    /// Renames a group; the name must not be empty.
    pub fn set_group_name(&mut self, group_id: &str, name: &str) -> Result<(), ValidationError> {
        let name = check_length(name, Field::GroupName, MAX_PLACEMAT_NAME_CHARS)?;
        if name.is_empty() {
            return Err(ValidationError::GroupNameEmpty);
        }
        self.group_mut(group_id)?.name = name;
        Ok(())
    }

    /// Sets the name or pseudonym of a person (may be empty).
    pub fn set_seat_name(
        &mut self,
        group_id: &str,
        seat_id: &str,
        name: &str,
    ) -> Result<(), ValidationError> {
        let name = check_length(name, Field::PersonName, MAX_PLACEMAT_NAME_CHARS)?;
        self.seat_mut(group_id, seat_id)?.name = name;
        Ok(())
    }

    /// Goes to a phase, forwards or back. A timed phase starts its timer afresh;
    /// the plenary has none. Refused while the question is empty.
    pub fn start_phase(&mut self, phase: Phase, now: Timestamp) -> Result<(), ValidationError> {
        if self.question.trim().is_empty() {
            return Err(ValidationError::CentralQuestionEmpty);
        }
        match self.minutes.of(phase) {
            Some(minutes) => self.timer.start(i64::from(minutes) * 60_000, now),
            None => self.timer.reset(),
        }
        self.phase = Some(phase);
        Ok(())
    }

    /// Changes the timer of the phase on the floor (pause, resume, extend, close, reset).
    pub fn change_timer(
        &mut self,
        change: impl FnOnce(&mut Timer) -> Result<(), ValidationError>,
    ) -> Result<(), ValidationError> {
        change(&mut self.timer)
    }

    /// Whether the phase on the floor opens `part`.
    pub fn is_open(&self, part: PlacematPart) -> bool {
        self.phase.is_some_and(|phase| part.open_in(phase))
    }

    fn check_open(&self, part: PlacematPart) -> Result<(), ValidationError> {
        if self.phase.is_none() {
            return Err(ValidationError::PlacematNotStarted);
        }
        if !self.is_open(part) {
            return Err(ValidationError::PhaseClosed(part));
        }
        Ok(())
    }

    /// Adds a note to a person's field.
    pub fn add_note(
        &mut self,
        group_id: &str,
        seat_id: &str,
        note_id: String,
        text: &str,
    ) -> Result<(), ValidationError> {
        self.check_open(PlacematPart::Fields)?;
        let note = self.new_note(note_id, text)?;
        let seat = self.seat_mut(group_id, seat_id)?;
        push_note(&mut seat.notes, note, Field::NoteText)
    }

    /// Changes the text of a note in a field or in the middle.
    pub fn edit_note(&mut self, note_id: &str, text: &str) -> Result<(), ValidationError> {
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
    pub fn remove_note(&mut self, note_id: &str) -> Result<RemovedPlacematNote, ValidationError> {
        let part = self.part_of(note_id)?;
        self.check_open(part)?;
        for group in &mut self.groups {
            if let Some(index) = group.middle.iter().position(|n| n.id == note_id) {
                return Ok(RemovedPlacematNote {
                    group_id: group.id.clone(),
                    place: Place::Middle,
                    index,
                    note: group.middle.remove(index),
                });
            }
            for seat in &mut group.seats {
                if let Some(index) = seat.notes.iter().position(|n| n.id == note_id) {
                    return Ok(RemovedPlacematNote {
                        group_id: group.id.clone(),
                        place: Place::Seat(seat.id.clone()),
                        index,
                        note: seat.notes.remove(index),
                    });
                }
            }
        }
        Err(ValidationError::NotFound)
    }

    /// Puts a removed note back where it was, whatever the phase (an undo).
    pub fn restore_note(&mut self, removed: RemovedPlacematNote) -> Result<(), ValidationError> {
        if self.find_note_mut(&removed.note.id).is_ok() {
            return Ok(());
        }
        let mut note = removed.note;
        if note
            .theme
            .as_ref()
            .is_some_and(|t| self.harvest.theme(t).is_none())
        {
            note.theme = None;
        }
        let group = self.group_mut(&removed.group_id)?;
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
                let seats: Vec<String> = group.seats.iter().map(|s| s.id.clone()).collect();
                note.marks.retain(|m| seats.contains(m));
                &mut group
                    .seats
                    .iter_mut()
                    .find(|s| &s.id == seat_id)
                    .ok_or(ValidationError::NotFound)?
                    .notes
            }
        };
        notes.insert(removed.index.min(notes.len()), note);
        Ok(())
    }

    /// Marks a note as resonating with the person in `by_seat` of the same
    /// group, or takes the mark off. Nobody marks their own note.
    pub fn toggle_mark(&mut self, note_id: &str, by_seat: &str) -> Result<bool, ValidationError> {
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
        let marked = match note.marks.iter().position(|m| m == by_seat) {
            Some(index) => {
                note.marks.remove(index);
                false
            }
            None => {
                note.marks.push(by_seat.to_string());
                true
            }
        };
        Ok(marked)
    }

    /// Writes a new shared theme in a group's middle.
    pub fn add_to_middle(
        &mut self,
        group_id: &str,
        note_id: String,
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
        source_id: &str,
        note_id: String,
    ) -> Result<(), ValidationError> {
        let (group_id, text) = self
            .groups
            .iter()
            .find_map(|g| {
                g.seats
                    .iter()
                    .flat_map(|s| s.notes.iter())
                    .find(|n| n.id == source_id)
                    .map(|n| (g.id.clone(), n.text.clone()))
            })
            .ok_or(ValidationError::NotFound)?;
        self.add_to_middle(&group_id, note_id, &text)
    }

    /// Whether a note's text is in its group's middle already.
    pub fn in_middle(&self, group: &Group, note: &Note) -> bool {
        middle_holds(&group.middle, &note.text)
    }

    /// Adds a cross-group theme (plenary).
    pub fn add_linked_theme(
        &mut self,
        theme_id: String,
        name: &str,
    ) -> Result<(), ValidationError> {
        self.check_open(PlacematPart::Links)?;
        self.harvest.add_theme(theme_id, name)
    }

    /// Links a middle note to a cross-group theme, or unlinks it (plenary).
    pub fn link(&mut self, note_id: &str, theme_id: Option<&str>) -> Result<(), ValidationError> {
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
                    .filter(|(_, n)| n.theme.as_deref() == Some(theme.id.as_str()))
                    .map(|(g, n)| (g.name.as_str(), n))
                    .collect();
                let groups = self
                    .groups
                    .iter()
                    .filter(|g| {
                        g.middle
                            .iter()
                            .any(|n| n.theme.as_deref() == Some(theme.id.as_str()))
                    })
                    .count();
                LinkedTheme {
                    id: &theme.id,
                    name: &theme.name,
                    notes,
                    groups,
                }
            })
            .collect()
    }

    /// Adds notes that came from a participant's phone to a person's field,
    /// whatever the phase (the facilitator chose when to ask). Notes whose id
    /// is here already are left out; a name fills the person's name if it is
    /// still empty. Returns how many notes were added.
    pub fn receive_notes(
        &mut self,
        group_id: &str,
        seat_id: &str,
        name: &str,
        notes: &[(String, String)],
    ) -> Result<usize, ValidationError> {
        let name = check_length(name, Field::PersonName, MAX_PLACEMAT_NAME_CHARS)?;
        let fresh: Vec<Note> = notes
            .iter()
            .filter(|(id, _)| !self.contains_note(id))
            .map(|(id, text)| Note::new_within(id.clone(), text, MAX_PLACEMAT_NOTE_CHARS))
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
        let group = self.group_mut(&incoming.id)?;
        let seat_ids: Vec<String> = group.seats.iter().map(|s| s.id.clone()).collect();
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
            let rules = note_rules(Field::NoteText, &seat_ids, Some(seat.id.as_str()));
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

    /// The group with this id.
    pub fn group(&self, id: &str) -> Option<&Group> {
        self.groups.iter().find(|g| g.id == id)
    }

    /// Every note in the persons' fields.
    pub fn field_notes(&self) -> impl Iterator<Item = &Note> {
        self.groups
            .iter()
            .flat_map(|g| g.seats.iter().flat_map(|s| s.notes.iter()))
    }

    fn new_note(&self, note_id: String, text: &str) -> Result<Note, ValidationError> {
        if self.contains_note(&note_id) {
            return Err(ValidationError::DuplicateId);
        }
        Note::new_within(note_id, text, MAX_PLACEMAT_NOTE_CHARS)
    }

    fn contains_note(&self, id: &str) -> bool {
        self.groups.iter().any(|g| {
            g.middle.iter().any(|n| n.id == id)
                || g.seats.iter().any(|s| s.notes.iter().any(|n| n.id == id))
        })
    }

    /// Which part a note is in: a field or the middle.
    fn part_of(&self, note_id: &str) -> Result<PlacematPart, ValidationError> {
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

    fn find_note_mut(&mut self, id: &str) -> Result<&mut Note, ValidationError> {
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

    fn group_mut(&mut self, id: &str) -> Result<&mut Group, ValidationError> {
        self.groups
            .iter_mut()
            .find(|g| g.id == id)
            .ok_or(ValidationError::NotFound)
    }

    fn seat_mut(&mut self, group_id: &str, seat_id: &str) -> Result<&mut Seat, ValidationError> {
        self.group_mut(group_id)?
            .seats
            .iter_mut()
            .find(|s| s.id == seat_id)
            .ok_or(ValidationError::NotFound)
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
}

/// Whether a middle holds a theme with this text (letter case aside).
pub fn middle_holds(middle: &[Note], text: &str) -> bool {
    middle.iter().any(|m| same_text(&m.text, text))
}

/// Whether two themes say the same, letter case aside.
fn same_text(a: &str, b: &str) -> bool {
    a.to_lowercase() == b.to_lowercase()
}

/// How a merge treats a person's field (`own_seat`) or the middle (`None`).
fn note_rules<'a>(field: Field, seats: &'a [String], own_seat: Option<&'a str>) -> NoteRules<'a> {
    NoteRules {
        max_chars: MAX_PLACEMAT_NOTE_CHARS,
        max_notes: Some(MAX_NOTES_PER_PLACE),
        field,
        once_each: own_seat.is_none(),
        seats,
        own_seat,
    }
}

fn push_note(notes: &mut Vec<Note>, note: Note, field: Field) -> Result<(), ValidationError> {
    if notes.len() >= MAX_NOTES_PER_PLACE {
        return Err(ValidationError::TooMany {
            field,
            max: MAX_NOTES_PER_PLACE,
        });
    }
    notes.push(note);
    Ok(())
}

fn new_seat(id: String) -> Seat {
    Seat {
        id,
        name: String::new(),
        notes: Vec::new(),
    }
}

fn new_group(
    id: String,
    name: String,
    persons: usize,
    new_id: &mut impl FnMut() -> String,
) -> Group {
    Group {
        id,
        name,
        seats: (0..persons).map(|_| new_seat(new_id())).collect(),
        middle: Vec::new(),
    }
}

impl FormData for Placemat {
    /// Whether a stored placemat session keeps the rules its editing keeps: a
    /// question and phase lengths within their limits, 1 to [`MAX_GROUPS`]
    /// groups with their own ids and as many persons each, a harvest within
    /// its rules, and notes with ids of their own in the whole session.
    fn check_stored(&self) -> Checked {
        check_text(&self.question, MAX_QUESTION_CHARS).within("question")?;
        self.minutes.check_stored().within("minutes")?;
        check_count(self.groups.len(), 1..=MAX_GROUPS).within("groups")?;
        check_ids(&self.groups, |g| &g.id).within("groups")?;
        self.harvest.check_stored().within("harvest")?;
        let persons = self.persons();
        let mut notes = Seen::default();
        check_items(&self.groups, |group| {
            group.check_stored(persons, &self.harvest, &mut notes)
        })
        .within("groups")
    }

    fn board_mut(&mut self) -> Option<&mut dyn NoteBoard> {
        Some(self)
    }

    fn names_mut(&mut self) -> Vec<&mut String> {
        let seats = self.groups.iter_mut().flat_map(|g| g.seats.iter_mut());
        let owners = self.harvest.actions.iter_mut().map(|a| &mut a.owner);
        seats.map(|s| &mut s.name).chain(owners).collect()
    }
}

impl Restorable for Placemat {
    type Removed = RemovedPlacematNote;

    fn restore(&mut self, removed: RemovedPlacematNote) -> Result<(), ValidationError> {
        self.restore_note(removed)
    }

    fn removed_name(removed: &RemovedPlacematNote) -> String {
        short_name(&removed.note.text)
    }

    fn into_part(removed: RemovedPlacematNote) -> RemovedPart {
        RemovedPart::Placemat(removed)
    }
}
