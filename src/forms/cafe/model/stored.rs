//! Checking a stored café against the rules its editing keeps.

use super::*;
use crate::forms::cafe::CafeMsg;
use crate::forms::{FormData, RunningTimer, StoredForm};
use crate::model::{fill_part, StoredPart};
use crate::model::board::{NoteBoard, MAX_NOTE_CHARS};
use crate::model::stored_check::{
    check_count, check_filled, check_ids, check_items, check_lines, check_text, require, Checked,
    Flaw, Seen, Within,
};
use crate::model::timer::Timer;
use crate::model::NoteId;

impl Cloth {
    /// Whether a stored tablecloth keeps the rules: a round of `cafe`, a
    /// summary within [`MAX_SUMMARY_CHARS`], notes whose ids are not in `notes` yet.
    fn check_stored(&self, cafe: &Cafe, notes: &mut Seen<NoteId>) -> Checked {
        let round_known = cafe.rounds.iter().any(|r| r.id == self.round);
        require(round_known, Flaw::UnknownReference).within("round")?;
        check_text(&self.summary, MAX_SUMMARY_CHARS).within("summary")?;
        check_items(&self.notes, |note| {
            note.check_stored(MAX_NOTE_CHARS, &cafe.harvest, notes)
        })
        .within("notes")
    }
}

impl Table {
    /// Whether a stored table keeps the rules: a name and host within
    /// [`MAX_LINE_CHARS`], at most one tablecloth per round of `cafe`.
    fn check_stored(&self, cafe: &Cafe, notes: &mut Seen<NoteId>) -> Checked {
        check_filled(&self.name, MAX_LINE_CHARS).within("name")?;
        check_text(&self.host, MAX_LINE_CHARS).within("host")?;
        let mut rounds = Seen::default();
        check_items(&self.cloths, |cloth| {
            rounds.once(cloth.round).within("round")?;
            cloth.check_stored(cafe, notes)
        })
        .within("cloths")
    }

    /// Whether a table handed over from another tablet keeps the rules that
    /// need no café around it: its texts, each round once, its notes (with
    /// their themes already taken off: the harvest does not travel).
    pub fn check_handed(&self) -> Checked {
        // Only the context's rounds and harvest are looked at: any ids do.
        let mut context = Cafe::new(Vec::new(), |_| String::new(), || "x".to_string());
        context.rounds = self
            .cloths
            .iter()
            .map(|cloth| Round {
                id: cloth.round,
                question: String::new(),
                timer: Timer::default(),
            })
            .collect();
        self.check_stored(&context, &mut Seen::default())
    }
}

impl StoredForm for Cafe {
    /// Whether a stored café keeps the rules its editing keeps: texts and lists
    /// within their limits, a round length in range, 1 to [`MAX_ROUNDS`] rounds
    /// and 1 to [`MAX_TABLES`] tables with their own ids, a current round that
    /// exists, a harvest within its rules, and notes with ids of their own in
    /// the whole café.
    fn check_stored(&self) -> Checked {
        for (field, text, max) in [
            ("name", &self.name, MAX_LINE_CHARS),
            ("goal", &self.goal, MAX_TEXT_CHARS),
            ("story", &self.story, MAX_TEXT_CHARS),
            ("theme", &self.theme, MAX_LINE_CHARS),
        ] {
            check_text(text, max).within(field)?;
        }
        check_lines(&self.rules, MAX_LINE_CHARS, MAX_RULES).within("rules")?;
        check_lines(&self.participants, MAX_LINE_CHARS, MAX_PARTICIPANTS).within("participants")?;
        let minutes = MIN_ROUND_MINUTES..=MAX_ROUND_MINUTES;
        require(minutes.contains(&self.round_minutes), Flaw::OutOfRange).within("round_minutes")?;
        check_count(self.rounds.len(), 1..=MAX_ROUNDS).within("rounds")?;
        check_ids(&self.rounds, |r| r.id).within("rounds")?;
        check_items(&self.rounds, |r| {
            check_text(&r.question, MAX_TEXT_CHARS).within("question")
        })
        .within("rounds")?;
        let current_known = self.current_round.is_none_or(|c| c < self.rounds.len());
        require(current_known, Flaw::OutOfRange).within("current_round")?;
        check_count(self.tables.len(), 1..=MAX_TABLES).within("tables")?;
        check_ids(&self.tables, |t| t.id).within("tables")?;
        self.harvest.check_stored().within("harvest")?;
        let mut notes = Seen::default();
        check_items(&self.tables, |t| t.check_stored(self, &mut notes)).within("tables")
    }

    fn fill_part(&mut self, id: &str, content: serde_json::Value) -> Result<(), String> {
        let table = self
            .part_table(id)
            .ok_or_else(|| format!("no table {id}"))?;
        fill_part(&mut table.cloths, content)
    }
}

impl FormData for Cafe {
    fn board_mut(&mut self) -> Option<&mut dyn NoteBoard> {
        Some(self)
    }

    fn names_mut(&mut self) -> Vec<&mut String> {
        let hosts = self.tables.iter_mut().map(|t| &mut t.host);
        let owners = self.harvest.actions.iter_mut().map(|a| &mut a.owner);
        hosts
            .chain(self.participants.iter_mut())
            .chain(owners)
            .collect()
    }

    /// Each table's tablecloths (all rounds) are a part.
    fn parts(&self) -> Vec<(&str, &dyn StoredPart)> {
        self.tables
            .iter()
            .map(|t| (t.id.as_str(), &t.cloths as &dyn StoredPart))
            .collect()
    }

    fn part_name(&self, id: &str) -> Option<&str> {
        let table = self.tables.iter().find(|t| t.id.as_str() == id)?;
        Some(&table.name)
    }

    fn empty_part(&mut self, id: &str) {
        if let Some(table) = self.part_table(id) {
            table.cloths = Part::default();
        }
    }

    /// The round under way, as "Ronde 2 van 3".
    fn running_timer(&self, now: Timestamp) -> Option<RunningTimer> {
        let index = self.round_under_way(now)?;
        let label = CafeMsg::RoundOfTotal {
            n: (index + 1).to_string(),
            total: self.rounds.len().to_string(),
        };
        Some(RunningTimer {
            label: label.into(),
            state: self.round_state(index, now),
        })
    }
}

impl Cafe {
    /// The table whose tablecloths are the part with this id (as in its key).
    fn part_table(&mut self, id: &str) -> Option<&mut Table> {
        let id: TableId = id.parse().ok()?;
        self.table_mut(id).ok()
    }
}
