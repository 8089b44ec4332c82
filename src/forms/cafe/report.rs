//! The café's part of the report (each round with its tables' notes and
//! summaries; its harvest goes to *In het kort*) and of the spreadsheet (a row
//! per note).

use crate::forms::cafe::{Cafe, CafeKey, CafeMsg};
use crate::model::RoundId;
use crate::forms::{FormReport, ReportContext, SheetContext};
use crate::i18n::{note_kind_key, Key, Language, Text};
use crate::transfer::csv::utc_time;
use crate::transfer::report::{board_outcomes, Counts, Outcomes};
use crate::transfer::Block;

impl FormReport for Cafe {
    fn report(&self, context: &ReportContext, blocks: &mut Vec<Block>) {
        cafe_blocks(self, context.language, blocks);
    }

    fn sheet(&self, context: &SheetContext, rows: &mut Vec<Vec<String>>) {
        cafe_rows(context.workshop_title, self, context.language, rows);
    }

    fn outcomes(&self, language: Language) -> Outcomes {
        let notes: Vec<_> = self.notes().map(|placed| placed.note).collect();
        board_outcomes(self, &notes, language)
    }

    fn questions(&self) -> Vec<String> {
        let rounds = self.rounds.iter().map(|round| round.question.trim());
        rounds.filter(|q| !q.is_empty()).map(str::to_string).collect()
    }

    fn counts(&self) -> Counts {
        Counts {
            tables: self.tables.len(),
            groups: 0,
            participants: self.participants.len(),
        }
    }
}

/// The café in detail: nothing when no table wrote anything; a round only
/// when one of its tablecloths has a note or a summary.
fn cafe_blocks(cafe: &Cafe, language: Language, blocks: &mut Vec<Block>) {
    let written = |round: RoundId| {
        cafe.tables
            .iter()
            .filter_map(move |table| Some((table, cafe.cloth(table.id, round)?)))
            .filter(|(_, cloth)| !cloth.notes.is_empty() || !cloth.summary.is_empty())
    };
    if cafe.rounds.iter().all(|round| written(round.id).next().is_none()) {
        return;
    }
    blocks.push(Block::Heading(2, activity_name(cafe, language)));
    for (key, value) in [
        (Text::from(CafeKey::ThemeField), &cafe.theme),
        (Key::FieldGoal.into(), &cafe.goal),
    ] {
        if !value.trim().is_empty() {
            blocks.push(Block::Line(format!("{}: {value}", key.text(language))));
        }
    }
    for (index, round) in cafe.rounds.iter().enumerate() {
        if written(round.id).next().is_none() {
            continue;
        }
        let name = round_name(index, language);
        let heading = match round.question.trim() {
            "" => name,
            question => format!("{name}: {question}"),
        };
        blocks.push(Block::Heading(3, heading));
        for (table, cloth) in written(round.id) {
            blocks.push(Block::Heading(
                4,
                table_title(&table.name, &table.host, language),
            ));
            for note in &cloth.notes {
                let kind = note_kind_key(note.kind).text(language);
                blocks.push(Block::Item(format!("{kind}: {}", note.text)));
            }
            if !cloth.summary.is_empty() {
                blocks.push(Block::Line(format!(
                    "{}: {}",
                    CafeKey::ReportSummary.text(language),
                    cloth.summary
                )));
            }
        }
    }
}

/// A table's name with its host, when there is one.
fn table_title(name: &str, host: &str, language: Language) -> String {
    if host.trim().is_empty() {
        name.to_string()
    } else {
        format!(
            "{name} ({})",
            CafeMsg::HostLine {
                host: host.to_string()
            }
            .text(language)
        )
    }
}

/// "Wereldcafé", with the café's name when it has one.
fn activity_name(cafe: &Cafe, language: Language) -> String {
    match cafe.name.trim() {
        "" => CafeKey::Title.text(language).to_string(),
        name => format!("{}: {name}", CafeKey::Title.text(language)),
    }
}

/// "Ronde 1" for the round at `index`.
fn round_name(index: usize, language: Language) -> String {
    CafeMsg::RoundN {
        n: (index + 1).to_string(),
    }
    .text(language)
}

fn cafe_rows(title: &str, cafe: &Cafe, language: Language, rows: &mut Vec<Vec<String>>) {
    let activity = activity_name(cafe, language);
    for placed in cafe.notes() {
        let round = &cafe.rounds[placed.round];
        rows.push(vec![
            title.to_string(),
            activity.clone(),
            placed.table.name.clone(),
            round_name(placed.round, language),
            placed.table.host.clone(),
            note_kind_key(placed.note.kind).text(language).to_string(),
            placed.note.text.clone(),
            round.timer.started_at.map(utc_time).unwrap_or_default(),
        ]);
    }
}
