//! The café's part of the report (each round with its tables' notes and
//! summaries, then the harvest) and of the spreadsheet (a row per note).

use crate::forms::cafe::Cafe;
use crate::forms::{FormReport, ReportContext, SheetContext};
use crate::i18n::{fill, note_kind_key, Key, Language};
use crate::transfer::report::harvest_blocks;
use crate::transfer::csv::utc_time;
use crate::transfer::Block;

impl FormReport for Cafe {
    fn report(&self, context: &ReportContext, blocks: &mut Vec<Block>) {
        cafe_blocks(self, context.language, blocks);
    }

    fn sheet(&self, context: &SheetContext, rows: &mut Vec<Vec<String>>) {
        cafe_rows(context.workshop_title, self, context.language, rows);
    }
}

fn cafe_blocks(cafe: &Cafe, language: Language, blocks: &mut Vec<Block>) {
    let text = |key: Key| key.text(language).to_string();
    let title = match cafe.name.trim() {
        "" => text(Key::CafeTitle),
        name => format!("{}: {name}", text(Key::CafeTitle)),
    };
    blocks.push(Block::Heading(2, title));
    for (key, value) in [
        (Key::CafeThemeField, &cafe.theme),
        (Key::FieldGoal, &cafe.goal),
    ] {
        if !value.trim().is_empty() {
            blocks.push(Block::Line(format!("{}: {value}", text(key))));
        }
    }
    for (index, round) in cafe.rounds.iter().enumerate() {
        let name = fill(
            text(Key::CafeRoundN).as_str(),
            &[("n", &(index + 1).to_string())],
        );
        let heading = match round.question.trim() {
            "" => name,
            question => format!("{name}: {question}"),
        };
        blocks.push(Block::Heading(3, heading));
        for table in &cafe.tables {
            let Some(cloth) = cafe.cloth(&table.id, &round.id) else {
                continue;
            };
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
                    text(Key::ReportSummary),
                    cloth.summary
                )));
            }
        }
    }
    harvest_blocks(cafe, language, blocks, |theme| {
        cafe.notes()
            .filter(|p| p.note.theme.as_deref() == Some(theme))
            .map(|p| (p.note.text.clone(), p.note.key))
            .collect()
    });
}

/// A table's name with its host, when there is one.
fn table_title(name: &str, host: &str, language: Language) -> String {
    if host.trim().is_empty() {
        name.to_string()
    } else {
        format!(
            "{name} ({})",
            fill(Key::CafeHostLine.text(language), &[("host", host)])
        )
    }
}

fn cafe_rows(title: &str, cafe: &Cafe, language: Language, rows: &mut Vec<Vec<String>>) {
    let activity = match cafe.name.trim() {
        "" => Key::CafeTitle.text(language).to_string(),
        name => format!("{}: {name}", Key::CafeTitle.text(language)),
    };
    for placed in cafe.notes() {
        let round = &cafe.rounds[placed.round];
        rows.push(vec![
            title.to_string(),
            activity.clone(),
            placed.table.name.clone(),
            fill(
                Key::CafeRoundN.text(language),
                &[("n", &(placed.round + 1).to_string())],
            ),
            placed.table.host.clone(),
            note_kind_key(placed.note.kind).text(language).to_string(),
            placed.note.text.clone(),
            round.timer.started_at.map(utc_time).unwrap_or_default(),
        ]);
    }
}
