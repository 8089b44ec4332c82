//! The programme (draaiboek) in what leaves the app: its part of the report
//! (a list of blocks with their times, goal, materials and who leads them)
//! and a spreadsheet of one row per block.

use super::csv::sheet_text;
use super::Block as ReportBlock;
use crate::i18n::{Language, ProgrammeKey, ProgrammeMsg, Text};
use crate::model::programme::{BlockKind, PlainKind, Programme, Slot};
use crate::model::Workshop;

/// The label of a block's kind; for a work form, the form's name (or the
/// free block's when the form is no longer in the workshop).
pub fn kind_label(kind: BlockKind, workshop: &Workshop) -> Text {
    match kind {
        BlockKind::Form(activity) => workshop
            .activity(activity)
            .map(|a| a.body.kind().name())
            .unwrap_or(ProgrammeKey::KindFree.into()),
        BlockKind::Plain(plain) => plain_label(plain).into(),
    }
}

/// The label of a plain kind of block.
pub fn plain_label(kind: PlainKind) -> ProgrammeKey {
    match kind {
        PlainKind::Welcome => ProgrammeKey::KindWelcome,
        PlainKind::Introductions => ProgrammeKey::KindIntroductions,
        PlainKind::Explanation => ProgrammeKey::KindExplanation,
        PlainKind::Break => ProgrammeKey::KindBreak,
        PlainKind::Energizer => ProgrammeKey::KindEnergizer,
        PlainKind::Evaluation => ProgrammeKey::KindEvaluation,
        PlainKind::Closing => ProgrammeKey::KindClosing,
        PlainKind::Free => ProgrammeKey::KindFree,
    }
}

/// `13:00–13:10`, or empty for a programme without a start time.
pub fn slot_text(slot: &Slot) -> String {
    match (slot.begins, slot.ends) {
        (Some(begins), Some(ends)) => format!("{begins}–{ends}"),
        _ => String::new(),
    }
}

/// A duration as `1 uur 45 min`, or `45 min` under an hour.
pub fn duration_text(minutes: u32, language: Language) -> String {
    let message = if minutes < 60 {
        ProgrammeMsg::Minutes {
            n: minutes.to_string(),
        }
    } else {
        ProgrammeMsg::HoursMinutes {
            hours: (minutes / 60).to_string(),
            minutes: (minutes % 60).to_string(),
        }
    };
    message.text(language)
}

/// The programme's total, with its start and end when it has a start time.
pub fn total_text(programme: &Programme, language: Language) -> String {
    let time = duration_text(programme.total_minutes(), language);
    match (programme.start, programme.end()) {
        (Some(begins), Some(ends)) => ProgrammeMsg::TotalFromTo {
            time,
            begins: begins.to_string(),
            ends: ends.to_string(),
        },
        _ => ProgrammeMsg::Total { time },
    }
    .text(language)
}

/// Adds the programme's part of the report: its total, then a table of the
/// blocks (time and length, block, goal, materials, who), as the printed
/// programme has; nothing for a workshop without one.
pub fn programme_report(workshop: &Workshop, language: Language, blocks: &mut Vec<ReportBlock>) {
    let programme = &workshop.programme;
    if programme.blocks.is_empty() {
        return;
    }
    let text = |key: ProgrammeKey| key.text(language).to_string();
    blocks.push(ReportBlock::Heading(2, text(ProgrammeKey::Programme)));
    blocks.push(ReportBlock::Line(total_text(programme, language)));
    let rows = programme
        .blocks
        .iter()
        .zip(programme.slots())
        .map(|(block, slot)| {
            let mut time = vec![
                slot_text(&slot),
                duration_text(block.minutes.into(), language),
            ];
            time.retain(|part| !part.is_empty());
            vec![
                time.join("\n"),
                block.title.clone(),
                block.goal.clone(),
                block.materials.clone(),
                block.leader.clone(),
            ]
        })
        .collect();
    blocks.push(ReportBlock::Table {
        columns: [
            ProgrammeKey::ColumnBegins,
            ProgrammeKey::ColumnBlock,
            ProgrammeKey::ColumnGoal,
            ProgrammeKey::ColumnMaterials,
            ProgrammeKey::ColumnLeader,
        ]
        .map(text)
        .to_vec(),
        rows,
    });
}

/// The columns of the programme's spreadsheet, in order.
const COLUMNS: [ProgrammeKey; 10] = [
    ProgrammeKey::ColumnBegins,
    ProgrammeKey::ColumnEnds,
    ProgrammeKey::ColumnMinutes,
    ProgrammeKey::ColumnBlock,
    ProgrammeKey::ColumnKind,
    ProgrammeKey::ColumnGoal,
    ProgrammeKey::ColumnSteps,
    ProgrammeKey::ColumnMaterials,
    ProgrammeKey::ColumnTips,
    ProgrammeKey::ColumnLeader,
];

/// The programme as a spreadsheet: one row per block, in `language`.
pub fn programme_csv(workshop: &Workshop, language: Language) -> String {
    let programme = &workshop.programme;
    let mut rows = vec![COLUMNS.map(|key| key.text(language).to_string()).to_vec()];
    for (block, slot) in programme.blocks.iter().zip(programme.slots()) {
        let time =
            |t: Option<crate::model::ClockTime>| t.map(|t| t.to_string()).unwrap_or_default();
        rows.push(vec![
            time(slot.begins),
            time(slot.ends),
            block.minutes.to_string(),
            block.title.clone(),
            kind_label(block.kind, workshop).text(language).to_string(),
            block.goal.clone(),
            block.steps.clone(),
            block.materials.clone(),
            block.tips.clone(),
            block.leader.clone(),
        ]);
    }
    sheet_text(rows)
}
