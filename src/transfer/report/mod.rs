//! The report of a workshop that people read, send and print: one list of
//! blocks (headings, lines, list items, tables) made from the workshop,
//! rendered as Markdown here and as a printable page by the UI, so both say
//! the same.
//!
//! Its order puts what matters first: the head (the workshop's facts, its
//! counts and its programme), then *In het kort* (key insights, themes with
//! their notes, the actions as a table), then each work form in detail. A part
//! with nothing in it is left out, never shown as an empty heading. Every text
//! comes from the catalogue in the language asked for; user text is kept as
//! text (Markdown signs and HTML in it are escaped).

mod head;
mod in_short;
mod markdown;
mod residents;

pub use in_short::{board_outcomes, Counts, Outcomes, ThemeOutcome};
pub use markdown::markdown;
pub use residents::{resident_report, NOTES_PER_THEME};

use crate::forms::ReportContext;
use crate::i18n::{Key, Language, Text};
use crate::model::{Persona, Workshop};

/// One piece of a report.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Block {
    /// A heading of level 1 to 4.
    Heading(u8, String),
    /// A line of text.
    Line(String),
    /// An item of a list.
    Item(String),
    /// A table: its column names, then its rows (each as long as the columns).
    Table {
        columns: Vec<String>,
        rows: Vec<Vec<String>>,
    },
}

/// The report of a workshop, in `language`. `personas` gives the names of the
/// persona's a persona test refers to.
pub fn workshop_report(
    workshop: &Workshop,
    personas: &[Persona],
    language: Language,
) -> Vec<Block> {
    let mut blocks = Vec::new();
    head::head_blocks(workshop, language, &mut blocks);
    super::programme::programme_report(workshop, language, &mut blocks);
    in_short::in_short_blocks(workshop, language, &mut blocks);
    let context = ReportContext { language, personas };
    for activity in &workshop.activities {
        activity.body.report().report(&context, &mut blocks);
    }
    without_empty_headings(blocks)
}

/// The blocks without a heading that has nothing under it: one followed by a
/// heading of the same or a higher level, or by the end. The title (level 1)
/// always stays.
fn without_empty_headings(blocks: Vec<Block>) -> Vec<Block> {
    let mut kept: Vec<Block> = Vec::with_capacity(blocks.len());
    // Walk backwards: the level of the nearest heading kept after this point.
    let mut next_heading: Option<u8> = None;
    let mut content_follows = false;
    for block in blocks.into_iter().rev() {
        match block {
            Block::Heading(level, _) => {
                let has_under =
                    level == 1 || content_follows || next_heading.is_some_and(|next| next > level);
                if has_under {
                    next_heading = Some(level);
                    content_follows = false;
                    kept.push(block);
                }
            }
            _ => {
                content_follows = true;
                kept.push(block);
            }
        }
    }
    kept.reverse();
    kept
}

/// A work form's heading and, when there is one, its question.
pub(crate) fn heading_and_question(
    title: impl Into<Text>,
    question: &str,
    language: Language,
    blocks: &mut Vec<Block>,
) {
    blocks.push(Block::Heading(2, title.into().text(language).to_string()));
    if !question.is_empty() {
        let label = Key::ReportQuestion.text(language);
        blocks.push(Block::Line(format!("{label}: {question}")));
    }
}

/// A form's one question as the list of questions it asked: empty when the
/// question is.
pub(crate) fn asked(question: &str) -> Vec<String> {
    let question = question.trim();
    (!question.is_empty())
        .then(|| question.to_string())
        .into_iter()
        .collect()
}
