//! The placemat: groups of three to six around a sheet with a field per person
//! and a shared middle. Everyone first writes in their own field, then the group
//! reads each other's fields and marks what resonates, then agrees on the themes
//! it shares in the middle, and in the plenary the facilitator links the themes
//! that recur across groups.
//!
//! Phases open parts of the placemat; they are not one-way: the facilitator can
//! go back to an earlier phase at any time. The cross-group themes are the
//! harvest of [`crate::model::NoteBoard`], with the middles' notes as its notes.

mod handover;
mod middle;
mod notes;
mod stored;

pub use middle::middle_holds;

use crate::model::board::{Harvest, Note};
use crate::model::error::check_length;
use crate::model::stored_check::{
    require, Checked, Flaw,
    Within,
};
use crate::model::timer::Timer;
use crate::model::{resize_at_end, 
    Field, GroupId, IdMaker, NoteId, Part, SeatId, ThemeId, Timestamp, ValidationError,
};
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
    pub id: SeatId,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub name: String,
    #[serde(default)]
    pub notes: Vec<Note>,
}

/// One group around one placemat.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Group {
    pub id: GroupId,
    pub name: String,
    pub seats: Part<Vec<Seat>>,
    /// The themes the group shares, written in the middle.
    #[serde(default)]
    pub middle: Part<Vec<Note>>,
}

impl Group {
    fn has_content(&self) -> bool {
        !self.middle.is_empty() || self.seats.iter().any(|s| !s.notes.is_empty())
    }

    /// The seat with this id.
    pub fn seat(&self, id: SeatId) -> Option<&Seat> {
        self.seats.iter().find(|s| s.id == id)
    }
}

/// Where a note is: a person's field or the middle.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Place {
    Seat(SeatId),
    Middle,
}

/// A note taken out, with where it was, for an undo.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RemovedPlacematNote {
    pub group_id: GroupId,
    pub place: Place,
    pub index: usize,
    pub note: Note,
}

/// A cross-group theme with the groups that named it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LinkedTheme<'a> {
    pub id: ThemeId,
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
    pub fn new(group_name: impl Fn(usize) -> String, mut new_id: impl IdMaker) -> Self {
        let groups = (0..DEFAULT_GROUPS)
            .map(|index| new_group(new_id.make(), group_name(index), DEFAULT_PERSONS, &mut new_id))
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
        mut new_id: impl IdMaker,
        group_name: impl Fn(usize) -> String,
    ) -> Result<(), ValidationError> {
        if !(1..=MAX_GROUPS).contains(&count) {
            return Err(ValidationError::GroupCountOutOfRange);
        }
        let persons = self.persons();
        resize_at_end(&mut self.groups, count, Group::has_content, |index| {
            let id = new_id.make();
            new_group(id, group_name(index), persons, &mut new_id)
        })
        .map_err(|group| ValidationError::GroupInUse {
            group: group.name.clone(),
        })
    }

    /// Sets the persons per group for every group. A field with notes is never
    /// taken off.
    pub fn set_person_count(
        &mut self,
        count: usize,
        mut new_id: impl IdMaker,
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
                group.seats.push(new_seat(new_id.make()));
            }
        }
        // Marks by persons who are gone go with them.
        for group in &mut self.groups {
            let seats: Vec<SeatId> = group.seats.iter().map(|s| s.id).collect();
            for note in group.seats.iter_mut().flat_map(|s| s.notes.iter_mut()) {
                note.marks.retain(|m| seats.contains(m));
            }
        }
        Ok(())
    }

    /// Renames a group; the name must not be empty.
    pub fn set_group_name(&mut self, group_id: GroupId, name: &str) -> Result<(), ValidationError> {
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
        group_id: GroupId,
        seat_id: SeatId,
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

    /// The group with this id.
    pub fn group(&self, id: GroupId) -> Option<&Group> {
        self.groups.iter().find(|g| g.id == id)
    }

    /// Every note in the persons' fields.
    pub fn field_notes(&self) -> impl Iterator<Item = &Note> {
        self.groups
            .iter()
            .flat_map(|g| g.seats.iter().flat_map(|s| s.notes.iter()))
    }

    fn group_mut(&mut self, id: GroupId) -> Result<&mut Group, ValidationError> {
        self.groups
            .iter_mut()
            .find(|g| g.id == id)
            .ok_or(ValidationError::NotFound)
    }

    fn seat_mut(&mut self, group_id: GroupId, seat_id: SeatId) -> Result<&mut Seat, ValidationError> {
        self.group_mut(group_id)?
            .seats
            .iter_mut()
            .find(|s| s.id == seat_id)
            .ok_or(ValidationError::NotFound)
    }
}

fn new_seat(id: SeatId) -> Seat {
    Seat {
        id,
        name: String::new(),
        notes: Vec::new(),
    }
}

fn new_group(
    id: GroupId,
    name: String,
    persons: usize,
    new_id: &mut impl IdMaker,
) -> Group {
    Group {
        id,
        name,
        seats: Part::from((0..persons).map(|_| new_seat(new_id.make())).collect::<Vec<_>>()),
        middle: Part::default(),
    }
}
