//! The spreadsheet of a workshop: one row per note, for analysis in Excel or
//! LibreOffice. UTF-8 with a byte-order mark and `;` between fields, so Dutch
//! Excel opens it with the right letters and columns; a field holding `;`, `"`
//! or a line break is quoted.

use crate::forms::SheetContext;
use crate::i18n::{Key, Language};
use crate::model::{Timestamp, Workshop};

/// The columns, in order.
const COLUMNS: [Key; 8] = [
    Key::CsvWorkshop,
    Key::CsvActivity,
    Key::CsvTableOrGroup,
    Key::CsvRoundOrPhase,
    Key::CsvFieldOrAuthor,
    Key::CsvKind,
    Key::CsvText,
    Key::CsvTime,
];

/// The spreadsheet of every note in the workshop, in `language`.
pub fn notes_csv(workshop: &Workshop, language: Language) -> String {
    let mut rows = vec![COLUMNS.map(|key| key.text(language).to_string()).to_vec()];
    let context = SheetContext {
        language,
        workshop_title: &workshop.title,
    };
    for activity in &workshop.activities {
        activity.body.report().sheet(&context, &mut rows);
    }
    sheet_text(rows)
}

/// Rows as the spreadsheet's text: a byte-order mark, `;` between fields and
/// a line break after each row.
pub(crate) fn sheet_text(rows: Vec<Vec<String>>) -> String {
    let mut out = String::from('\u{feff}');
    for row in rows {
        let fields: Vec<String> = row.iter().map(|field| quoted(field)).collect();
        out.push_str(&fields.join(";"));
        out.push_str("\r\n");
    }
    out
}

/// A field as CSV: quoted when it holds `;`, `"` or a line break; a `'` first
/// when it starts with a sign a spreadsheet would read as the start of a
/// formula (also a tab or a carriage return, which some skip before one).
fn quoted(field: &str) -> String {
    let formula = field.starts_with(['=', '+', '-', '@', '\t', '\r']);
    let field = if formula {
        format!("'{field}")
    } else {
        field.to_string()
    };
    if field.contains([';', '"', '\n', '\r']) {
        format!("\"{}\"", field.replace('"', "\"\""))
    } else {
        field
    }
}

/// A moment as `YYYY-MM-DD HH:MM UTC`.
pub(crate) fn utc_time(at: Timestamp) -> String {
    let seconds = at.div_euclid(1000);
    let (days, in_day) = (seconds.div_euclid(86_400), seconds.rem_euclid(86_400));
    let (year, month, day) = civil_from_days(days);
    format!(
        "{year:04}-{month:02}-{day:02} {:02}:{:02} UTC",
        in_day / 3600,
        in_day % 3600 / 60
    )
}

/// The calendar date of a day count since 1970-01-01 (Howard Hinnant's method).
fn civil_from_days(days: i64) -> (i64, u32, u32) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let month = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    let year = yoe + era * 400 + i64::from(month <= 2);
    (year, month, day)
}
