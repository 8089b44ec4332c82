//! The spreadsheet of a workshop: one row per note, for analysis in Excel or
//! LibreOffice. UTF-8 with a byte-order mark and `;` between fields, so Dutch
//! Excel opens it with the right letters and columns; a field holding `;`, `"`
//! or a line break is quoted.

use crate::i18n::{fill, note_kind_key, Key, Language};
use crate::model::{ActivityBody, Cafe, OpenQuestion, Placemat, Timestamp, Workshop};

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
    for activity in &workshop.activities {
        match &activity.body {
            ActivityBody::Cafe(cafe) => cafe_rows(&workshop.title, cafe, language, &mut rows),
            ActivityBody::Placemat(placemat) => {
                placemat_rows(&workshop.title, placemat, language, &mut rows)
            }
            ActivityBody::OpenQuestion(question) => {
                open_question_rows(&workshop.title, question, language, &mut rows)
            }
            ActivityBody::PersonaTest(_) => {}
        }
    }
    let mut out = String::from('\u{feff}');
    for row in rows {
        let fields: Vec<String> = row.iter().map(|field| quoted(field)).collect();
        out.push_str(&fields.join(";"));
        out.push_str("\r\n");
    }
    out
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

fn open_question_rows(
    title: &str,
    question: &OpenQuestion,
    language: Language,
    rows: &mut Vec<Vec<String>>,
) {
    let activity = Key::OqTitle.text(language).to_string();
    for reply in &question.replies {
        rows.push(vec![
            title.to_string(),
            activity.clone(),
            String::new(),
            String::new(),
            reply.name.clone(),
            Key::OqAnswerKind.text(language).to_string(),
            reply.text.clone(),
            String::new(),
        ]);
    }
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
fn utc_time(at: Timestamp) -> String {
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
