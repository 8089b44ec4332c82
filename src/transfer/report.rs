//! The report of a workshop that people read, send and print: one list of
//! blocks (headings, lines, list items) made from the workshop, rendered as
//! Markdown here and as a printable page by the UI, so both say the same.
//! Every text comes from the catalogue in the language asked for; user text is
//! kept as text (Markdown signs and HTML in it are escaped).

use crate::i18n::{fill, note_kind_key, Key, Language};
use crate::model::{
    ActivityBody, Cafe, NoteBoard, OpenQuestion, Persona, PersonaTest, Placemat, Workshop,
};

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
    for activity in &workshop.activities {
        match &activity.body {
            ActivityBody::Cafe(cafe) => cafe_blocks(cafe, language, &mut blocks),
            ActivityBody::Placemat(placemat) => placemat_blocks(placemat, language, &mut blocks),
            ActivityBody::PersonaTest(test) => {
                persona_test_blocks(test, personas, language, &mut blocks)
            }
            ActivityBody::OpenQuestion(question) => {
                open_question_blocks(question, language, &mut blocks)
            }
        }
    }
    blocks
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

/// Themes with their notes, key insights and actions of a work form's harvest.
fn harvest_blocks(
    board: &dyn NoteBoard,
    language: Language,
    blocks: &mut Vec<Block>,
    notes_of: impl Fn(&str) -> Vec<(String, bool)>,
) {
    let harvest = board.harvest();
    if harvest.themes.is_empty() && harvest.actions.is_empty() {
        return;
    }
    let text = |key: Key| key.text(language).to_string();
    blocks.push(Block::Heading(3, text(Key::HarvestTitle)));
    for theme in &harvest.themes {
        blocks.push(Block::Heading(4, theme.name.clone()));
        for (note, key) in notes_of(&theme.id) {
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
fn heading_and_question(title: Key, question: &str, language: Language, blocks: &mut Vec<Block>) {
    blocks.push(Block::Heading(2, title.text(language).to_string()));
    if !question.is_empty() {
        let label = Key::ReportQuestion.text(language);
        blocks.push(Block::Line(format!("{label}: {question}")));
    }
}

fn open_question_blocks(question: &OpenQuestion, language: Language, blocks: &mut Vec<Block>) {
    heading_and_question(Key::OqTitle, &question.question, language, blocks);
    for reply in &question.replies {
        let item = match reply.name.trim() {
            "" => reply.text.clone(),
            name => format!("{} ({name})", reply.text),
        };
        blocks.push(Block::Item(item));
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

fn persona_test_blocks(
    test: &PersonaTest,
    personas: &[Persona],
    language: Language,
    blocks: &mut Vec<Block>,
) {
    let text = |key: Key| key.text(language).to_string();
    blocks.push(Block::Heading(2, text(Key::PersonaTestTitle)));
    if !test.central_question.is_empty() {
        blocks.push(Block::Line(format!(
            "{}: {}",
            text(Key::PtCentralQuestion),
            test.central_question
        )));
    }
    for persona_id in &test.persona_ids {
        let Some(persona) = personas.iter().find(|p| &p.id == persona_id) else {
            continue;
        };
        blocks.push(Block::Heading(3, persona.fields.name.clone()));
        for municipality in &test.municipalities {
            let answer = test
                .answers
                .iter()
                .find(|a| &a.persona_id == persona_id && a.municipality_id == municipality.id);
            let score = answer
                .and_then(|a| a.score)
                .map_or_else(|| "–".to_string(), |s| format!("{s}/5"));
            let reason = answer
                .map(|a| a.text.trim())
                .filter(|t| !t.is_empty())
                .map(|t| format!(" — {t}"))
                .unwrap_or_default();
            blocks.push(Block::Item(format!(
                "{}: {score}{reason}",
                municipality.name
            )));
        }
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
