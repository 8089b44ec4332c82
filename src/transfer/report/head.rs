//! The report's head: the workshop's title, its facts (date, place,
//! facilitator, goal) and how many tables, groups and participants it had.

use super::Block;
use crate::i18n::{Key, Language, ReportKey, Text};
use crate::model::Workshop;

/// Adds the title, the facts that are filled in and the counts that are not 0.
pub(super) fn head_blocks(workshop: &Workshop, language: Language, blocks: &mut Vec<Block>) {
    blocks.push(Block::Heading(1, workshop.title.clone()));
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
            blocks.push(Block::Line(format!("{}: {value}", key.text(language))));
        }
    }
    let counts = count_line(workshop, language);
    if !counts.is_empty() {
        blocks.push(Block::Line(counts));
    }
}

/// `Tafels: 4 · Groepen: 3 · Deelnemers: 18`, leaving out what is 0. Tables and
/// groups add up over the work forms; participants are the most any form had,
/// as the same people take part in each.
fn count_line(workshop: &Workshop, language: Language) -> String {
    let forms = workshop.activities.iter().map(|a| a.body.report().counts());
    let (tables, groups, participants) = forms.fold((0, 0, 0), |(t, g, p), counts| {
        (
            t + counts.tables,
            g + counts.groups,
            p.max(counts.participants),
        )
    });
    [
        (Text::from(ReportKey::CountTables), tables),
        (ReportKey::CountGroups.into(), groups),
        (ReportKey::CountParticipants.into(), participants),
    ]
    .into_iter()
    .filter(|(_, n)| *n > 0)
    .map(|(label, n)| format!("{}: {n}", label.text(language)))
    .collect::<Vec<_>>()
    .join(" · ")
}
