//! The report as a Word file (.docx), made on the device: the same blocks as
//! the Markdown and the printable page, with real headings (Word's Title and
//! Kop 1 to 3 styles), bulleted lists and tables (the programme, the actions)
//! whose rows do not split over pages, on A4. User text goes in as text only
//! (escaped, with the characters XML forbids left out).
//!
//! The file is a zip of WordprocessingML parts written here (`zip.rs`,
//! `parts.rs`) rather than by a Word crate: the parts a report needs are few,
//! and the app's download stays small (see issue #18).

mod parts;
mod xml;
mod zip;

use super::report::Block;
use crate::model::Language;
use xml::escape;
use zip::Entry;

/// The MIME type of a Word file.
pub const DOCX_MIME: &str =
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

/// The report's blocks as a Word file.
pub fn report_docx(blocks: &[Block], language: Language) -> Vec<u8> {
    let title = match blocks.first() {
        Some(Block::Heading(_, title)) => title.as_str(),
        _ => "",
    };
    let language_tag = match language {
        Language::Nl => "nl-NL",
        Language::En => "en-GB",
    };
    let document = document(blocks);
    let styles = parts::styles(language_tag);
    let core = parts::core_properties(title);
    zip::archive(&[
        Entry {
            path: "[Content_Types].xml",
            data: parts::CONTENT_TYPES.as_bytes(),
        },
        Entry {
            path: "_rels/.rels",
            data: parts::PACKAGE_RELS.as_bytes(),
        },
        Entry {
            path: "word/document.xml",
            data: document.as_bytes(),
        },
        Entry {
            path: "word/_rels/document.xml.rels",
            data: parts::DOCUMENT_RELS.as_bytes(),
        },
        Entry {
            path: "word/styles.xml",
            data: styles.as_bytes(),
        },
        Entry {
            path: "word/numbering.xml",
            data: parts::NUMBERING.as_bytes(),
        },
        Entry {
            path: "docProps/core.xml",
            data: core.as_bytes(),
        },
    ])
}

/// `word/document.xml`: a paragraph or table per block, on A4 with 2 cm margins.
fn document(blocks: &[Block]) -> String {
    let mut body = String::new();
    for block in blocks {
        match block {
            Block::Heading(level, text) => {
                let style = match level {
                    1 => "Title",
                    2 => "Heading1",
                    3 => "Heading2",
                    _ => "Heading3",
                };
                body.push_str(&paragraph(Some(style), text, false));
            }
            Block::Line(text) => body.push_str(&paragraph(None, text, false)),
            Block::Item(text) => body.push_str(&paragraph(Some("ListBullet"), text, false)),
            Block::Table { columns, rows } => body.push_str(&table(columns, rows)),
        }
    }
    format!(
        r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>{body}<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1134" w:right="1134" w:bottom="1134" w:left="1134" w:header="567" w:footer="567" w:gutter="0"/></w:sectPr></w:body></w:document>"#
    )
}

/// A paragraph of `text` in `style` (Normal when none), its lines kept as
/// line breaks and its tabs as tabs; bold when asked.
fn paragraph(style: Option<&str>, text: &str, bold: bool) -> String {
    let properties = style
        .map(|style| format!(r#"<w:pPr><w:pStyle w:val="{style}"/></w:pPr>"#))
        .unwrap_or_default();
    let run_properties = if bold { "<w:rPr><w:b/></w:rPr>" } else { "" };
    let normalised = text.replace("\r\n", "\n").replace('\r', "\n");
    let lines: Vec<String> = normalised
        .split('\n')
        .map(|line| {
            line.split('\t')
                .map(|part| format!(r#"<w:t xml:space="preserve">{}</w:t>"#, escape(part)))
                .collect::<Vec<_>>()
                .join("<w:tab/>")
        })
        .collect();
    format!(
        "<w:p>{properties}<w:r>{run_properties}{}</w:r></w:p>",
        lines.join("<w:br/>")
    )
}

/// A table over the page's width: a bold header row repeated on each page,
/// then the rows, none split over two pages.
fn table(columns: &[String], rows: &[Vec<String>]) -> String {
    let width = 5000 / columns.len().max(1);
    let row = |cells: &[String], header: bool| {
        let row_properties = if header {
            "<w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>"
        } else {
            "<w:trPr><w:cantSplit/></w:trPr>"
        };
        let cells: String = cells
            .iter()
            .map(|cell| {
                format!(
                    r#"<w:tc><w:tcPr><w:tcW w:w="{width}" w:type="pct"/></w:tcPr>{}</w:tc>"#,
                    paragraph(None, cell, header)
                )
            })
            .collect();
        format!("<w:tr>{row_properties}{cells}</w:tr>")
    };
    let grid: String = columns.iter().map(|_| "<w:gridCol/>").collect();
    let body: String = rows.iter().map(|cells| row(cells, false)).collect();
    format!(
        r#"<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="5000" w:type="pct"/><w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="0" w:lastColumn="0" w:noHBand="0" w:noVBand="1"/></w:tblPr><w:tblGrid>{grid}</w:tblGrid>{}{body}</w:tbl><w:p/>"#,
        row(columns, true)
    )
}
