//! The placemat's part of the report (each group's fields and middle; the
//! themes shared across groups go to *In het kort*) and of the spreadsheet (a
//! row per note).

use super::{Group, Placemat, PlacematKey, PlacematMsg};
use crate::forms::{FormReport, ReportContext, SheetContext};
use crate::i18n::{note_kind_key, Language};
use crate::transfer::report::{
    asked, board_outcomes, heading_and_question, Counts, Outcomes, ThemeOutcome,
};
use crate::transfer::Block;

impl FormReport for Placemat {
    fn report(&self, context: &ReportContext, blocks: &mut Vec<Block>) {
        placemat_blocks(self, context.language, blocks);
    }

    fn sheet(&self, context: &SheetContext, rows: &mut Vec<Vec<String>>) {
        placemat_rows(context.workshop_title, self, context.language, rows);
    }

    /// The themes linked across groups, each with the middles' notes in it
    /// and how many groups named it; the key notes and actions as any board's.
    fn outcomes(&self, language: Language) -> Outcomes {
        let middles: Vec<_> = self.groups.iter().flat_map(|group| &group.middle).collect();
        let themes = self
            .linked_themes()
            .into_iter()
            .map(|theme| ThemeOutcome {
                name: theme.name.to_string(),
                remark: Some(named_by(theme.groups, language)),
                notes: theme
                    .notes
                    .iter()
                    .map(|(group, note)| format!("{group}: {}", note.text))
                    .collect(),
            })
            .collect();
        Outcomes {
            themes,
            ..board_outcomes(self, &middles, language)
        }
    }

    fn questions(&self) -> Vec<String> {
        asked(&self.question)
    }

    fn counts(&self) -> Counts {
        Counts {
            tables: 0,
            groups: self.groups.len(),
            participants: self.groups.iter().map(|group| group.seats.len()).sum(),
        }
    }
}

/// The placemat in detail: nothing when no one wrote anything; a group only
/// when its fields or middle hold a note.
fn placemat_blocks(placemat: &Placemat, language: Language, blocks: &mut Vec<Block>) {
    let written = |group: &&Group| {
        !group.middle.is_empty() || group.seats.iter().any(|seat| !seat.notes.is_empty())
    };
    if !placemat.groups.iter().any(|group| written(&group)) {
        return;
    }
    heading_and_question(PlacematKey::Title, &placemat.question, language, blocks);
    for group in placemat.groups.iter().filter(written) {
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
            blocks.push(Block::Heading(4, PlacematKey::Middle.text(language).to_string()));
            for note in &group.middle {
                blocks.push(Block::Item(note.text.clone()));
            }
        }
    }
}

/// "genoemd door 2 groepen".
fn named_by(groups: usize, language: Language) -> String {
    match groups {
        1 => PlacematKey::NamedByOne.text(language).to_string(),
        n => PlacematMsg::NamedBy { n: n.to_string() }.text(language),
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
