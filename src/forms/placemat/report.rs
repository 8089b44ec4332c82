//! The placemat's part of the report (each group's fields and middle, then
//! the themes shared across groups) and of the spreadsheet (a row per note).

use super::Placemat;
use crate::forms::{FormReport, ReportContext, SheetContext};
use crate::i18n::{fill, note_kind_key, Key, Language};
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
    let text = |key: Key| key.text(language).to_string();
    heading_and_question(Key::PmTitle, &placemat.question, language, blocks);
    for group in &placemat.groups {
        blocks.push(Block::Heading(3, group.name.clone()));
        for (index, seat) in group.seats.iter().enumerate() {
            if seat.notes.is_empty() {
                continue;
            }
            let name = match seat.name.trim() {
                "" => fill(
                    text(Key::PmPersonN).as_str(),
                    &[("n", &(index + 1).to_string())],
                ),
                name => name.to_string(),
            };
            blocks.push(Block::Heading(4, name));
            for note in &seat.notes {
                let marks = match note.marks.len() {
                    0 => String::new(),
                    n => format!(" (♥ {n})"),
                };
                blocks.push(Block::Item(format!("{}{marks}", note.text)));
            }
        }
        if !group.middle.is_empty() {
            blocks.push(Block::Heading(4, text(Key::PmMiddle)));
            for note in &group.middle {
                blocks.push(Block::Item(note.text.clone()));
            }
        }
    }
    let linked = placemat.linked_themes();
    if !linked.is_empty() {
        blocks.push(Block::Heading(3, text(Key::PmSharedThemes)));
        for theme in linked {
            let count = match theme.groups {
                1 => text(Key::PmNamedByOne),
                n => fill(text(Key::PmNamedBy).as_str(), &[("n", &n.to_string())]),
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

fn placemat_rows(
    title: &str,
    placemat: &Placemat,
    language: Language,
    rows: &mut Vec<Vec<String>>,
) {
    let activity = Key::PmTitle.text(language).to_string();
    for group in &placemat.groups {
        for (index, seat) in group.seats.iter().enumerate() {
            let author = match seat.name.trim() {
                "" => fill(
                    Key::PmPersonN.text(language),
                    &[("n", &(index + 1).to_string())],
                ),
                name => name.to_string(),
            };
            for note in &seat.notes {
                rows.push(vec![
                    title.to_string(),
                    activity.clone(),
                    group.name.clone(),
                    Key::PmPhaseIndividual.text(language).to_string(),
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
                Key::PmPhaseConsensus.text(language).to_string(),
                Key::PmMiddle.text(language).to_string(),
                Key::CsvSharedTheme.text(language).to_string(),
                note.text.clone(),
                String::new(),
            ]);
        }
    }
}
