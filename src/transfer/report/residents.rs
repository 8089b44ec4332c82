//! *Terugkoppeling voor deelnemers*: the short version for the residents who
//! took part, in plain words: what we asked, what you said (the themes with a
//! few notes each) and what happens next (the actions, by when; who picks
//! them up only when the facilitator chooses so). Every name in it is
//! replaced, always.

use super::in_short::{ActionRow, Outcomes};
use super::Block;
use crate::i18n::{CommonMsg, Language, ReportKey, ReportMsg};
use crate::model::Workshop;
use crate::transfer::anonymise;

/// At most this many notes show under a theme; the rest are counted.
pub const NOTES_PER_THEME: usize = 3;

/// The residents' version of the workshop's report. `with_owners`: the
/// actions name who picks them up (as typed: usually an organisation).
pub fn resident_report(workshop: &Workshop, language: Language, with_owners: bool) -> Vec<Block> {
    let text = |key: ReportKey| key.text(language).to_string();
    let anonymous = anonymise(workshop, |n| {
        CommonMsg::AnonymousParticipant { n: n.to_string() }.text(language)
    });
    let mut blocks = vec![
        Block::Heading(
            1,
            ReportMsg::ResidentHeading {
                title: anonymous.title.clone(),
            }
            .text(language),
        ),
        Block::Line(text(ReportKey::ResidentIntro)),
    ];
    let questions: Vec<String> = anonymous
        .activities
        .iter()
        .flat_map(|activity| activity.body.report().questions())
        .collect();
    if !questions.is_empty() {
        blocks.push(Block::Heading(2, text(ReportKey::WhatWeAsked)));
        blocks.extend(questions.into_iter().map(Block::Item));
    }
    let said = outcomes(&anonymous, language);
    let themes = said
        .iter()
        .flat_map(|o| &o.themes)
        .filter(|t| !t.notes.is_empty());
    let mut what_you_said = Vec::new();
    for theme in themes {
        what_you_said.push(Block::Heading(3, theme.name.clone()));
        let shown = theme.notes.iter().take(NOTES_PER_THEME).cloned();
        what_you_said.extend(shown.map(Block::Item));
        if theme.notes.len() > NOTES_PER_THEME {
            let more = theme.notes.len() - NOTES_PER_THEME;
            let line = ReportMsg::MoreNotes {
                n: more.to_string(),
            }
            .text(language);
            what_you_said.push(Block::Line(line));
        }
    }
    if what_you_said.is_empty() {
        let insights = said.iter().flat_map(|o| o.key_insights.iter().cloned());
        what_you_said.extend(insights.map(Block::Item));
    }
    if !what_you_said.is_empty() {
        blocks.push(Block::Heading(2, text(ReportKey::WhatYouSaid)));
        blocks.append(&mut what_you_said);
    }
    // Owners come from the workshop as typed: the anonymous copy numbers them.
    let actions: Vec<ActionRow> = outcomes(workshop, language)
        .into_iter()
        .flat_map(|o| o.actions)
        .collect();
    if !actions.is_empty() {
        blocks.push(Block::Heading(2, text(ReportKey::WhatHappensNext)));
        for action in actions {
            blocks.push(Block::Item(action_line(&action, with_owners, language)));
        }
    }
    blocks.push(Block::Line(text(ReportKey::ResidentThanks)));
    blocks
}

/// Every work form's outcomes, in the workshop's order.
fn outcomes(workshop: &Workshop, language: Language) -> Vec<Outcomes> {
    workshop
        .activities
        .iter()
        .map(|activity| activity.body.report().outcomes(language))
        .collect()
}

/// `Een buurtbus regelen — Wijkteam (klaar op 15-01-2027)`, leaving out what
/// is not there or not chosen.
fn action_line(action: &ActionRow, with_owners: bool, language: Language) -> String {
    let mut line = action.text.clone();
    if with_owners && !action.owner.trim().is_empty() {
        line = ReportMsg::ActionWho {
            action: line,
            who: action.owner.clone(),
        }
        .text(language);
    }
    if let Some(due) = action.due {
        line = ReportMsg::ActionWhen {
            action: line,
            when: due.dutch(),
        }
        .text(language);
    }
    line
}
