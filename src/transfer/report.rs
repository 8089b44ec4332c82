//! The report of a workshop that people read, send and print: one list of
//! blocks (headings, lines, list items) made from the workshop, rendered as
//! Markdown here and as a printable page by the UI, so both say the same.
//! Every text comes from the catalogue in the language asked for; user text is
//! kept as text (Markdown signs and HTML in it are escaped).

use crate::forms::ReportContext;
use crate::i18n::{Key, Language, Text};
use crate::model::{NoteBoard, Persona, ThemeId, Workshop};

/// One piece of a report.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Block {
    /// A heading of level 1 to 4.
    Heading(u8, String),
    /// A line of text.
    Line(String),
    /// An item of a list.
    Item(String),
}

/// The report of a workshop, in `language`. `personas` gives the names of the
/// persona's a persona test refers to.
pub fn workshop_report(
    workshop: &Workshop,
    personas: &[Persona],
    language: Language,
) -> Vec<Block> {
    let text = |key: Key| key.text(language).to_string();
    let mut blocks = vec![Block::Heading(1, workshop.title.clone())];
    let facts = [
        (
            Key::FieldDate,
            workshop.date.map(|d| d.to_string()).unwrap_or_default(),
        ),
        (Key::FieldPlace, workshop.place.clone()),
        (Key::FieldFacilitator, workshop.facilitator.clone()),
        (Key::FieldGoal, workshop.goal.clone()),
    ];
    for (key, value) in facts {
        if !value.trim().is_empty() {
            blocks.push(Block::Line(format!("{}: {value}", text(key))));
        }
    }
    super::programme::programme_report(workshop, language, &mut blocks);
    let context = ReportContext { language, personas };
    for activity in &workshop.activities {
        activity.body.report().report(&context, &mut blocks);
    }
    blocks
}

/// Themes with their notes, key insights and actions of a work form's harvest.
pub(crate) fn harvest_blocks(
    board: &dyn NoteBoard,
    language: Language,
    blocks: &mut Vec<Block>,
    notes_of: impl Fn(ThemeId) -> Vec<(String, bool)>,
) {
    let harvest = board.harvest();
    if harvest.themes.is_empty() && harvest.actions.is_empty() {
        return;
    }
    let text = |key: Key| key.text(language).to_string();
    blocks.push(Block::Heading(3, text(Key::HarvestTitle)));
    for theme in &harvest.themes {
        blocks.push(Block::Heading(4, theme.name.clone()));
        for (note, key) in notes_of(theme.id) {
            let mark = if key {
                format!("{} ", text(Key::HarvestKeyMark))
            } else {
                String::new()
            };
            blocks.push(Block::Item(format!("{mark}{note}")));
        }
    }
    if !harvest.actions.is_empty() {
        blocks.push(Block::Heading(4, text(Key::HarvestActions)));
        for action in &harvest.actions {
            let mut line = action.text.clone();
            if !action.owner.is_empty() {
                line.push_str(&format!(" — {}", action.owner));
            }
            if let Some(due) = action.due {
                line.push_str(&format!(" — {due}"));
            }
            blocks.push(Block::Item(line));
        }
    }
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

/// The report as Markdown. User text is escaped so that it shows as written:
/// no headings, lists, emphasis or HTML come from it.
pub fn markdown(blocks: &[Block]) -> String {
    let mut out = String::new();
    let mut in_list = false;
    for block in blocks {
        let is_item = matches!(block, Block::Item(_));
        if in_list && !is_item {
            out.push('\n');
        }
        match block {
            Block::Heading(level, text) => {
                let hashes = "#".repeat(usize::from((*level).clamp(1, 6)));
                let one_line = text.replace(['\r', '\n'], " ");
                out.push_str(&format!("{hashes} {}\n\n", escape_line(&one_line)));
            }
            Block::Line(text) => out.push_str(&format!("{}\n\n", escape_lines(text, ""))),
            Block::Item(text) => out.push_str(&format!("- {}\n", escape_lines(text, "  "))),
        }
        in_list = is_item;
    }
    out.trim_end().to_string() + "\n"
}

/// A text of several lines, each escaped, continued lines indented by `indent`
/// and ended with a hard break so they stay lines.
fn escape_lines(text: &str, indent: &str) -> String {
    text.replace("\r\n", "\n")
        .replace('\r', "\n")
        .lines()
        .map(escape_line)
        .collect::<Vec<_>>()
        .join(&format!("  \n{indent}"))
}

/// One line escaped: signs that make emphasis, code, links, strikethrough or
/// HTML anywhere, and signs that start a heading, list, quote or table at the
/// start of a line (for a numbered list, the sign after the number).
fn escape_line(line: &str) -> String {
    let mut out = String::with_capacity(line.len());
    for c in line.trim_end().chars() {
        match c {
            '\\' | '`' | '*' | '_' | '[' | ']' | '~' => {
                out.push('\\');
                out.push(c);
            }
            '<' => out.push_str("&lt;"),
            '&' => out.push_str("&amp;"),
            _ => out.push(c),
        }
    }
    if out.starts_with(['#', '-', '+', '>', '|', '=']) {
        out.insert(0, '\\');
    } else {
        let digits = out.chars().take_while(char::is_ascii_digit).count();
        if digits > 0 && out[digits..].starts_with(['.', ')']) {
            out.insert(digits, '\\');
        }
    }
    out
}
