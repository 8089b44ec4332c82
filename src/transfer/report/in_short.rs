//! *In het kort*: what came out of the whole workshop, before the detail: the
//! key insights (★), the themes with the notes grouped under them, and the
//! actions as a table (what, who, by when). Each work form gives its part
//! through [`crate::forms::FormReport::outcomes`].

use super::Block;
use crate::i18n::{Key, Language, ReportKey, ReportMsg};
use crate::model::{IsoDate, Note, NoteBoard, Workshop};

/// What a work form adds to *In het kort*.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Outcomes {
    /// The texts of the notes marked as key insights.
    pub key_insights: Vec<String>,
    /// The themes, in the form's order.
    pub themes: Vec<ThemeOutcome>,
    /// The actions agreed.
    pub actions: Vec<ActionRow>,
}

impl Outcomes {
    /// Whether the form adds nothing to *In het kort*.
    pub fn is_empty(&self) -> bool {
        self.key_insights.is_empty() && self.themes.is_empty() && self.actions.is_empty()
    }
}

/// A theme with the notes grouped under it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ThemeOutcome {
    pub name: String,
    /// A line about the theme, such as how many groups named it.
    pub remark: Option<String>,
    pub notes: Vec<String>,
}

/// An action: what, who picks it up, and by when.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ActionRow {
    pub text: String,
    pub owner: String,
    pub due: Option<IsoDate>,
}

/// How many tables, groups and participants a work form had, for the head.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Counts {
    pub tables: usize,
    pub groups: usize,
    pub participants: usize,
}

/// The outcomes of a form that harvests notes: its key notes, its themes with
/// the notes in them (a key note marked ★), and its actions. `notes` are every
/// note of the board.
pub fn board_outcomes(board: &dyn NoteBoard, notes: &[&Note], language: Language) -> Outcomes {
    let harvest = board.harvest();
    let marked = |note: &Note| match note.key {
        true => format!("{} {}", Key::HarvestKeyMark.text(language), note.text),
        false => note.text.clone(),
    };
    Outcomes {
        key_insights: notes
            .iter()
            .filter(|note| note.key)
            .map(|note| note.text.clone())
            .collect(),
        themes: harvest
            .themes
            .iter()
            .map(|theme| ThemeOutcome {
                name: theme.name.clone(),
                remark: None,
                notes: notes
                    .iter()
                    .filter(|note| note.theme == Some(theme.id))
                    .map(|note| marked(note))
                    .collect(),
            })
            .collect(),
        actions: harvest
            .actions
            .iter()
            .map(|action| ActionRow {
                text: action.text.clone(),
                owner: action.owner.clone(),
                due: action.due,
            })
            .collect(),
    }
}

/// Adds *In het kort*: nothing when no work form has an outcome. A theme
/// carries its form's name when more than one form has themes.
pub(super) fn in_short_blocks(workshop: &Workshop, language: Language, blocks: &mut Vec<Block>) {
    let text = |key: ReportKey| key.text(language).to_string();
    let per_form: Vec<(String, Outcomes)> = workshop
        .activities
        .iter()
        .map(|activity| {
            let form = activity.body.kind().name().text(language).to_string();
            (form, activity.body.report().outcomes(language))
        })
        .collect();
    if per_form.iter().all(|(_, outcomes)| outcomes.is_empty()) {
        return;
    }
    let with_themes = per_form
        .iter()
        .filter(|(_, o)| !o.themes.is_empty())
        .count();
    blocks.push(Block::Heading(2, text(ReportKey::InShort)));
    blocks.push(Block::Heading(3, text(ReportKey::KeyInsights)));
    for (_, outcomes) in &per_form {
        blocks.extend(outcomes.key_insights.iter().cloned().map(Block::Item));
    }
    blocks.push(Block::Heading(3, text(ReportKey::Themes)));
    let themes: Vec<(String, &ThemeOutcome)> = per_form
        .iter()
        .flat_map(|(form, outcomes)| outcomes.themes.iter().map(move |theme| (form, theme)))
        .map(|(form, theme)| match with_themes {
            1 => (theme.name.clone(), theme),
            _ => {
                let name = ReportMsg::ThemeOfForm {
                    theme: theme.name.clone(),
                    form: form.clone(),
                };
                (name.text(language), theme)
            }
        })
        .collect();
    // Themes with nothing under them first, as a list; then each theme with
    // its notes under a heading of its own.
    let (bare, full): (Vec<_>, Vec<_>) = themes
        .into_iter()
        .partition(|(_, theme)| theme.notes.is_empty() && theme.remark.is_none());
    blocks.extend(bare.into_iter().map(|(name, _)| Block::Item(name)));
    for (name, theme) in full {
        blocks.push(Block::Heading(4, name));
        blocks.extend(theme.remark.iter().cloned().map(Block::Line));
        blocks.extend(theme.notes.iter().cloned().map(Block::Item));
    }
    let rows: Vec<Vec<String>> = per_form
        .iter()
        .flat_map(|(_, outcomes)| &outcomes.actions)
        .map(|action| {
            let due = action.due.map(|d| d.to_string()).unwrap_or_default();
            vec![action.text.clone(), action.owner.clone(), due]
        })
        .collect();
    if !rows.is_empty() {
        blocks.push(Block::Heading(3, text(ReportKey::Actions)));
        blocks.push(Block::Table {
            columns: [
                ReportKey::ColumnWhat,
                ReportKey::ColumnWho,
                ReportKey::ColumnWhen,
            ]
            .map(text)
            .to_vec(),
            rows,
        });
    }
}
