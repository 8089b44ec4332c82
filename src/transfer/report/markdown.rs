//! The report as Markdown: headings, lines, lists and pipe tables, with user
//! text escaped so that it shows as written.

use super::Block;

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
            Block::Table { columns, rows } => out.push_str(&table(columns, rows)),
        }
        in_list = is_item;
    }
    out.trim_end().to_string() + "\n"
}

/// A pipe table (as pandoc and GitHub read it), each cell on one line with
/// its pipes escaped.
fn table(columns: &[String], rows: &[Vec<String>]) -> String {
    let line = |cells: &[String]| {
        let cells: Vec<String> = cells.iter().map(|cell| table_cell(cell)).collect();
        format!("| {} |\n", cells.join(" | "))
    };
    let rule = format!("|{}\n", "---|".repeat(columns.len()));
    let body: String = rows.iter().map(|row| line(row)).collect();
    format!("{}{rule}{body}\n", line(columns))
}

/// A cell's text: its lines joined with `; `, escaped, pipes escaped too (a
/// sign at the start of a cell starts nothing).
fn table_cell(text: &str) -> String {
    let one_line: Vec<String> = text
        .lines()
        .map(str::trim)
        .filter(|line| !line.is_empty())
        .map(|line| escape_inline(line, &['|']))
        .collect();
    one_line.join("; ")
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
    let mut out = escape_inline(line, &[]);
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

/// Signs Markdown reads anywhere in a line.
const SIGNS: [char; 7] = ['\\', '`', '*', '_', '[', ']', '~'];

/// Signs that make emphasis, code, links, strikethrough or HTML escaped, with
/// `extra` signs escaped too; trailing spaces dropped.
fn escape_inline(line: &str, extra: &[char]) -> String {
    let mut out = String::with_capacity(line.len());
    for c in line.trim_end().chars() {
        match c {
            c if SIGNS.contains(&c) || extra.contains(&c) => {
                out.push('\\');
                out.push(c);
            }
            '<' => out.push_str("&lt;"),
            '&' => out.push_str("&amp;"),
            _ => out.push(c),
        }
    }
    out
}
