//! The placemat's part of the report (each group's fields and middle, then
//! the themes shared across groups) and of the spreadsheet (a row per note).

use super::{Placemat, PlacematKey, PlacematMsg};
use crate::forms::{FormReport, ReportContext, SheetContext};
use crate::i18n::{note_kind_key, Language};
use crate::transfer::report::heading_and_question;
use crate::transfer::Block;

impl FormReport for Placemat {
    fn report(&self, context: &ReportContext, blocks: &mut Vec<Block>) {
        placemat_blocks(self, context.language, blocks);
    }

    fn sheet(&self, context: &SheetContext, rows: &mut Vec<Vec<String>>) {
        placemat_rows(context.workshop_title, self, context.language, rows);
    }
}

fn placemat_blocks(placemat: &Placemat, language: Language, blocks: &mut Vec<Block>) {
    let text = |key: PlacematKey| key.text(language).to_string();
    heading_and_question(PlacematKey::Title, &placemat.question, language, blocks);
    for group in &placemat.groups {
        blocks.push(Block::Heading(3, group.name.clone()));
        for (index, seat) in group.seats.iter().enumerate() {
            if seat.notes.is_empty() {
                continue;
            }
            blocks.push(Block::Heading(4, seat_name(&seat.name, index, language)));
            for note in &seat.notes {
                let marks = match note.marks.len() {
                    0 => String::new(),
                    n => format!(" (♥ {n})"),
                };
                blocks.push(Block::Item(format!("{}{marks}", note.text)));
            }
        }
        if !group.middle.is_empty() {
            blocks.push(Block::Heading(4, text(PlacematKey::Middle)));
            for note in &group.middle {
                blocks.push(Block::Item(note.text.clone()));
            }
        }
    }
    let linked = placemat.linked_themes();
    if !linked.is_empty() {
        blocks.push(Block::Heading(3, text(PlacematKey::SharedThemes)));
        for theme in linked {
            let count = match theme.groups {
                1 => text(PlacematKey::NamedByOne),
                n => PlacematMsg::NamedBy { n: n.to_string() }.text(language),
            };
            let notes: Vec<String> = theme
                .notes
                .iter()
                .map(|(group, note)| format!("{group}: {}", note.text))
                .collect();
            blocks.push(Block::Item(format!(
                "{} — {count} ({})",
                theme.name,
                notes.join("; ")
            )));
        }
    }
}

/// A seat's name, or "Persoon 2" for the seat at `index` when it has none.
fn seat_name(name: &str, index: usize, language: Language) -> String {
    match name.trim() {
        "" => PlacematMsg::PersonN {
            n: (index + 1).to_string(),
        }
        .text(language),
        name => name.to_string(),
    }
}

fn placemat_rows(
    title: &str,
    placemat: &Placemat,
    language: Language,
    rows: &mut Vec<Vec<String>>,
) {
    let activity = PlacematKey::Title.text(language).to_string();
    for group in &placemat.groups {
        for (index, seat) in group.seats.iter().enumerate() {
            let author = seat_name(&seat.name, index, language);
            for note in &seat.notes {
                rows.push(vec![
                    title.to_string(),
                    activity.clone(),
                    group.name.clone(),
                    PlacematKey::PhaseIndividual.text(language).to_string(),
                    author.clone(),
                    note_kind_key(note.kind).text(language).to_string(),
                    note.text.clone(),
                    String::new(),
                ]);
            }
        }
        for note in &group.middle {
            rows.push(vec![
                title.to_string(),
                activity.clone(),
                group.name.clone(),
                PlacematKey::PhaseConsensus.text(language).to_string(),
                PlacematKey::Middle.text(language).to_string(),
                PlacematKey::CsvSharedTheme.text(language).to_string(),
                note.text.clone(),
                String::new(),
            ]);
        }
    }
}
