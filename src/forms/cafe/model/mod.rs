//! The wereldcafé (World Café): tables with a host each, rounds with a question
//! and a timer, a tablecloth of notes per table per round, the host's summary
//! that the next group reads first, and a harvest of themes and actions.
//!
//! Preparing, running and harvesting are not locked phases: the facilitator can
//! go back to any round, and late notes can still be added. Only one round runs
//! at a time, so the timer on screen is never ambiguous.

mod handover;
mod notes;
mod stored;

use crate::model::board::{Harvest, Note};
use crate::model::error::check_length;
use crate::model::timer::{Timer, TimerState};
use crate::model::{resize_at_end, Field, IdMaker, Part, RoundId, TableId, Timestamp, ValidationError};
use serde::{Deserialize, Serialize};

/// Shortest round, in minutes.
pub const MIN_ROUND_MINUTES: u32 = 5;

/// Longest round, in minutes.
pub const MAX_ROUND_MINUTES: u32 = 45;

/// A round's length until the facilitator changes it.
pub const DEFAULT_ROUND_MINUTES: u32 = 20;

/// Most rounds: a café longer than five rounds tires everyone.
pub const MAX_ROUNDS: usize = 5;

/// Rounds in a new café.
pub const DEFAULT_ROUNDS: usize = 3;

/// Most tables: a large hall.
pub const MAX_TABLES: usize = 30;

/// Tables in a new café.
pub const DEFAULT_TABLES: usize = 4;

/// Longest name, goal or theme line, in characters.
pub const MAX_LINE_CHARS: usize = 200;

/// Longest opening story notes or round question, in characters.
pub const MAX_TEXT_CHARS: usize = 2000;

/// Longest host summary, in characters: a few lines.
pub const MAX_SUMMARY_CHARS: usize = 1000;

/// Most café rules.
pub const MAX_RULES: usize = 12;

/// Most names on the participants list.
pub const MAX_PARTICIPANTS: usize = 300;

/// One round: its question and its timer.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Round {
    pub id: RoundId,
    #[serde(default)]
    pub question: String,
    #[serde(default, skip_serializing_if = "Timer::is_unused")]
    pub timer: Timer,
}

/// The tablecloth of one table in one round.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Cloth {
    /// The id of the round.
    pub round: RoundId,
    /// The host's summary at the end of the round.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub summary: String,
    #[serde(default)]
    pub notes: Vec<Note>,
}

/// One table with its host and its tablecloths.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Table {
    pub id: TableId,
    pub name: String,
    /// The gastvrouw or gastheer who stays at this table.
    #[serde(default)]
    pub host: String,
    /// Stored under a key of its own when it holds anything.
    #[serde(default)]
    pub cloths: Part<Vec<Cloth>>,
}

impl Table {
    fn has_content(&self) -> bool {
        self.cloths
            .iter()
            .any(|c| !c.notes.is_empty() || !c.summary.is_empty())
    }

    fn cloth(&self, round_id: RoundId) -> Option<&Cloth> {
        self.cloths.iter().find(|c| c.round == round_id)
    }

    fn cloth_mut(&mut self, round_id: RoundId) -> &mut Cloth {
        match self.cloths.iter().position(|c| c.round == round_id) {
            Some(index) => &mut self.cloths[index],
            None => {
                self.cloths.push(Cloth {
                    round: round_id,
                    summary: String::new(),
                    notes: Vec::new(),
                });
                self.cloths.last_mut().expect("just pushed")
            }
        }
    }
}

/// The café's one-line and free texts, set one at a time from the form.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CafeText {
    Name,
    Goal,
    Story,
    Theme,
}

/// A note taken out, with where it was, for an undo.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RemovedNote {
    pub table_id: TableId,
    pub round_id: RoundId,
    pub index: usize,
    pub note: Note,
}

/// A note with where it was written, for the harvest.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PlacedNote<'a> {
    pub table: &'a Table,
    /// The round's position, from 0.
    pub round: usize,
    pub note: &'a Note,
}

/// One wereldcafé.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Cafe {
    #[serde(default)]
    pub name: String,
    #[serde(default)]
    pub goal: String,
    /// Notes for the inspiring story that opens the café.
    #[serde(default)]
    pub story: String,
    #[serde(default)]
    pub theme: String,
    /// The café rules, shown to everyone; editable per café.
    #[serde(default)]
    pub rules: Vec<String>,
    pub round_minutes: u32,
    pub rounds: Vec<Round>,
    pub tables: Vec<Table>,
    #[serde(default)]
    pub participants: Vec<String>,
    /// The round on the floor: the one started last (from 0).
    #[serde(default)]
    pub current_round: Option<usize>,
    /// Whether the end of a round sounds a tone.
    #[serde(default = "sound_on")]
    pub sound: bool,
    #[serde(default)]
    pub harvest: Harvest,
}

fn sound_on() -> bool {
    true
}

impl Cafe {
    /// A new café: three rounds of twenty minutes at four tables. `rules` and
    /// `table_name` come in the interface's language.
    pub fn new(
        rules: Vec<String>,
        table_name: impl Fn(usize) -> String,
        mut new_id: impl IdMaker,
    ) -> Self {
        Self {
            name: String::new(),
            goal: String::new(),
            story: String::new(),
            theme: String::new(),
            rules,
            round_minutes: DEFAULT_ROUND_MINUTES,
            rounds: (0..DEFAULT_ROUNDS)
                .map(|_| Round {
                    id: new_id.make(),
                    question: String::new(),
                    timer: Timer::default(),
                })
                .collect(),
            tables: (0..DEFAULT_TABLES)
                .map(|index| new_table(new_id.make(), table_name(index)))
                .collect(),
            participants: Vec::new(),
            current_round: None,
            sound: true,
            harvest: Harvest::default(),
        }
    }

    /// Sets the name, goal, story notes or theme.
    pub fn set_text(&mut self, which: CafeText, text: &str) -> Result<(), ValidationError> {
        let (slot, field, max) = match which {
            CafeText::Name => (&mut self.name, Field::CafeName, MAX_LINE_CHARS),
            CafeText::Goal => (&mut self.goal, Field::Goal, MAX_TEXT_CHARS),
            CafeText::Story => (&mut self.story, Field::Story, MAX_TEXT_CHARS),
            CafeText::Theme => (&mut self.theme, Field::CafeTheme, MAX_LINE_CHARS),
        };
        *slot = check_length(text, field, max)?;
        Ok(())
    }

    /// Sets the length of the rounds still to start.
    pub fn set_round_minutes(&mut self, minutes: u32) -> Result<(), ValidationError> {
        if !(MIN_ROUND_MINUTES..=MAX_ROUND_MINUTES).contains(&minutes) {
            return Err(ValidationError::RoundLengthOutOfRange);
        }
        self.round_minutes = minutes;
        Ok(())
    }

    /// Adds or takes off rounds at the end. A round that has notes or
    /// summaries, or runs, is never taken off.
    pub fn set_round_count(
        &mut self,
        count: usize,
        mut new_id: impl IdMaker,
        now: Timestamp,
    ) -> Result<(), ValidationError> {
        if !(1..=MAX_ROUNDS).contains(&count) {
            return Err(ValidationError::RoundCountOutOfRange);
        }
        for (index, round) in self.rounds.iter().enumerate().skip(count) {
            let used = self.tables.iter().any(|t| {
                t.cloth(round.id)
                    .is_some_and(|c| !c.notes.is_empty() || !c.summary.is_empty())
            });
            if used || round.timer.state(now).is_under_way() {
                return Err(ValidationError::RoundInUse { round: index + 1 });
            }
        }
        let dropped: Vec<RoundId> = self.rounds.iter().skip(count).map(|r| r.id).collect();
        self.rounds.truncate(count);
        while self.rounds.len() < count {
            self.rounds.push(Round {
                id: new_id.make(),
                question: String::new(),
                timer: Timer::default(),
            });
        }
        for table in &mut self.tables {
            table.cloths.retain(|c| !dropped.contains(&c.round));
        }
        if self.current_round.is_some_and(|c| c >= count) {
            self.current_round = None;
        }
        Ok(())
    }

    /// Sets the question of one round.
    pub fn set_question(&mut self, round_id: RoundId, text: &str) -> Result<(), ValidationError> {
        let question = check_length(text, Field::RoundQuestion, MAX_TEXT_CHARS)?;
        self.round_mut(round_id)?.question = question;
        Ok(())
    }

    /// Adds tables at the end, or takes off tables at the end that hold nothing.
    pub fn set_table_count(
        &mut self,
        count: usize,
        mut new_id: impl IdMaker,
        table_name: impl Fn(usize) -> String,
    ) -> Result<(), ValidationError> {
        if !(1..=MAX_TABLES).contains(&count) {
            return Err(ValidationError::TableCountOutOfRange);
        }
        resize_at_end(&mut self.tables, count, Table::has_content, |index| {
            new_table(new_id.make(), table_name(index))
        })
        .map_err(|table| ValidationError::TableInUse {
            table: table.name.clone(),
        })
    }

    /// Sets a table's name and host; the name must not be empty.
    pub fn set_table(
        &mut self,
        table_id: TableId,
        name: &str,
        host: &str,
    ) -> Result<(), ValidationError> {
        let name = check_length(name, Field::TableName, MAX_LINE_CHARS)?;
        if name.is_empty() {
            return Err(ValidationError::TableNameEmpty);
        }
        let host = check_length(host, Field::Host, MAX_LINE_CHARS)?;
        let table = self.table_mut(table_id)?;
        table.name = name;
        table.host = host;
        Ok(())
    }

    /// Sets the café rules, one per line; empty lines are dropped.
    pub fn set_rules(&mut self, lines: &str) -> Result<(), ValidationError> {
        self.rules = checked_lines(lines, Field::Rules, MAX_RULES)?;
        Ok(())
    }

    /// Sets the participants list, one name per line.
    pub fn set_participants(&mut self, lines: &str) -> Result<(), ValidationError> {
        self.participants = checked_lines(lines, Field::Participants, MAX_PARTICIPANTS)?;
        Ok(())
    }

    /// The state of a round's timer at `now`.
    pub fn round_state(&self, index: usize, now: Timestamp) -> TimerState {
        self.rounds
            .get(index)
            .map_or(TimerState::Ready, |r| r.timer.state(now))
    }

    /// The round that is under way at `now`, if any.
    pub fn round_under_way(&self, now: Timestamp) -> Option<usize> {
        (0..self.rounds.len()).find(|&i| self.round_state(i, now).is_under_way())
    }

    /// Starts a round. Refused while any round is under way, when the round has
    /// no question, or when the café has no tables or a round length out of range.
    pub fn start_round(&mut self, index: usize, now: Timestamp) -> Result<(), ValidationError> {
        if let Some(running) = self.round_under_way(now) {
            return Err(ValidationError::RoundUnderWay { round: running + 1 });
        }
        if self.tables.is_empty() {
            return Err(ValidationError::TableCountOutOfRange);
        }
        if !(MIN_ROUND_MINUTES..=MAX_ROUND_MINUTES).contains(&self.round_minutes) {
            return Err(ValidationError::RoundLengthOutOfRange);
        }
        let length_ms = i64::from(self.round_minutes) * 60_000;
        let round = self
            .rounds
            .get_mut(index)
            .ok_or(ValidationError::NotFound)?;
        if round.question.trim().is_empty() {
            return Err(ValidationError::QuestionEmpty { round: index + 1 });
        }
        round.timer.start(length_ms, now);
        self.current_round = Some(index);
        Ok(())
    }

    /// Changes the timer of the round at `index` with `change` (pause, resume,
    /// extend, close, reset).
    pub fn change_timer(
        &mut self,
        index: usize,
        change: impl FnOnce(&mut Timer) -> Result<(), ValidationError>,
    ) -> Result<(), ValidationError> {
        let round = self
            .rounds
            .get_mut(index)
            .ok_or(ValidationError::NotFound)?;
        change(&mut round.timer)
    }

    /// The table with this id.
    pub fn table(&self, id: TableId) -> Option<&Table> {
        self.tables.iter().find(|t| t.id == id)
    }

    fn table_mut(&mut self, id: TableId) -> Result<&mut Table, ValidationError> {
        self.tables
            .iter_mut()
            .find(|t| t.id == id)
            .ok_or(ValidationError::NotFound)
    }

    fn round_mut(&mut self, id: RoundId) -> Result<&mut Round, ValidationError> {
        self.rounds
            .iter_mut()
            .find(|r| r.id == id)
            .ok_or(ValidationError::NotFound)
    }
}

fn new_table(id: TableId, name: String) -> Table {
    Table {
        id,
        name,
        host: String::new(),
        cloths: Part::default(),
    }
}

/// Non-empty trimmed lines, each at most [`MAX_LINE_CHARS`], at most `max` of them.
fn checked_lines(text: &str, field: Field, max: usize) -> Result<Vec<String>, ValidationError> {
    let lines = text
        .lines()
        .map(|line| check_length(line, field, MAX_LINE_CHARS))
        .filter(|line| !matches!(line, Ok(l) if l.is_empty()))
        .collect::<Result<Vec<_>, _>>()?;
    if lines.len() > max {
        return Err(ValidationError::TooMany { field, max });
    }
    Ok(lines)
}
