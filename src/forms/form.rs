//! What the code around a work form asks of every kind, so that code (checking
//! an import, the shared notes core, taking names out, the report and the
//! spreadsheet, the catalogue) never lists the kinds. A form's folder implements
//! [`FormData`] next to its rules, [`FormReport`] next to its report and
//! [`FormTexts`] next to its texts.

use crate::i18n::{Language, Msg, Text};
use crate::model::{Checked, NoteBoard, Persona, StoredPart, TimerState, Timestamp};
use crate::transfer::report::{Counts, Outcomes};
use crate::transfer::Block;

/// What every work form does, whatever its kind.
pub trait FormData {
    /// The notes, themes and actions of a form that has them.
    fn board_mut(&mut self) -> Option<&mut dyn NoteBoard> {
        None
    }

    /// Every person's name the form holds in a field of its own (hosts,
    /// participants, persons on a placemat, action owners, who answered).
    fn names_mut(&mut self) -> Vec<&mut String> {
        Vec::new()
    }

    /// The form's large parts, each stored under a key of its own (a café
    /// table's tablecloths, a placemat group), with their ids; none for a
    /// small form.
    fn parts(&self) -> Vec<(&str, &dyn StoredPart)> {
        Vec::new()
    }

    /// The name people know part `id` by (a café table's, a placemat
    /// group's); `None` when the form has no such part.
    fn part_name(&self, _id: &str) -> Option<&str> {
        None
    }

    /// Empties part `id`, for the workshop's own key, which names it instead.
    fn empty_part(&mut self, _id: &str) {}

    /// The form's own timer while it is under way at `now` (a café's round,
    /// a placemat's phase), for the programme's now-view; `None` for a form
    /// without a timer or when none is under way.
    fn running_timer(&self, _now: Timestamp) -> Option<RunningTimer> {
        None
    }
}

/// How a work form is read back from storage or a file. Apart from
/// [`FormData`], whose table of methods every page holds: only the code that
/// reads stored data (a module of its own in the facilitator's build) and the
/// import hold these.
pub trait StoredForm {
    /// Whether the stored form keeps the rules its editing keeps.
    fn check_stored(&self) -> Checked;

    /// Puts a stored part's content in place of part `id`; refused when the
    /// form has no such part or the content does not fit it.
    fn fill_part(&mut self, id: &str, _content: serde_json::Value) -> Result<(), String> {
        Err(format!("no part {id}"))
    }
}

/// A form's own timer that is under way: what it times and where it stands.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RunningTimer {
    /// What it times ("Ronde 2 van 3", "1. Zelf schrijven").
    pub label: Msg,
    /// Its state at the moment asked.
    pub state: TimerState,
}

/// A work form's own part of the catalogue (its `texts.rs`), joined with the
/// shared texts in [`crate::i18n::Text`] and [`crate::i18n::Msg`].
pub trait FormTexts {
    /// The form's texts without placeholders.
    type Key;
    /// The form's texts with their placeholders filled in.
    type Msg;
    /// Its name, as the workshop's list, its page and the programme show it.
    const NAME: Text;
}

/// What a work form adds to what leaves the app.
pub trait FormReport {
    /// Adds the form's part of the workshop's report, in detail: nothing when
    /// it has no results, and no part without results under its heading.
    fn report(&self, context: &ReportContext, blocks: &mut Vec<Block>);

    /// What the form adds to the report's *In het kort*; nothing by default.
    fn outcomes(&self, _language: Language) -> Outcomes {
        Outcomes::default()
    }

    /// The questions the form put to the participants, for the residents'
    /// version; none by default.
    fn questions(&self) -> Vec<String> {
        Vec::new()
    }

    /// How many tables, groups and participants the form had; none by default.
    fn counts(&self) -> Counts {
        Counts::default()
    }

    /// Adds the form's rows to the workshop's spreadsheet of notes.
    fn sheet(&self, context: &SheetContext, rows: &mut Vec<Vec<String>>);
}

/// What a form's part of the report may need besides the form.
pub struct ReportContext<'a> {
    pub language: Language,
    /// The persona library, for the names a persona test refers to.
    pub personas: &'a [Persona],
}

/// What a form's rows of the spreadsheet need besides the form.
pub struct SheetContext<'a> {
    pub language: Language,
    /// The workshop's title, the first column of every row.
    pub workshop_title: &'a str,
}
