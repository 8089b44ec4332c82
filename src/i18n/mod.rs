//! Every user-visible string, in Dutch and English.
//!
//! The catalogue is one table: each key has a Dutch and an English text, and the
//! macro that builds it does not accept a key with only one of them, so a missing
//! translation fails the build. Texts may hold `{name}` placeholders, filled by
//! [`fill`]. Components reach the catalogue through `ui::i18n`.

mod catalogue;
mod import;

pub use crate::model::Language;
pub use catalogue::Key;
pub use import::import_message;

/// The label of a kind of note.
pub fn note_kind_key(kind: crate::model::NoteKind) -> Key {
    use crate::model::NoteKind;
    match kind {
        NoteKind::Idea => Key::NoteKindIdea,
        NoteKind::Question => Key::NoteKindQuestion,
        NoteKind::Insight => Key::NoteKindInsight,
        NoteKind::Action => Key::NoteKindAction,
    }
}

/// The text of `key` with each `{name}` replaced by its value.
pub fn fill(template: &str, args: &[(&str, &str)]) -> String {
    args.iter()
        .fold(template.to_string(), |text, (name, value)| {
            text.replace(&format!("{{{name}}}"), value)
        })
}

/// The `{name}` placeholders in a text, in order of appearance.
pub fn placeholders(template: &str) -> Vec<&str> {
    template
        .split('{')
        .skip(1)
        .filter_map(|part| part.split_once('}').map(|(name, _)| name))
        .collect()
}

/// The standard café rules, stored with each new café in the interface's language.
pub const CAFE_RULES: &[Key] = &[
    Key::CafeRule1,
    Key::CafeRule2,
    Key::CafeRule3,
    Key::CafeRule4,
    Key::CafeRule5,
    Key::CafeRule6,
    Key::CafeRule7,
    Key::CafeRule8,
];

/// Texts that become data: persona-test questions stored with the test and filled
/// later with a persona's name and a municipality, each language in its own words
/// (`{naam}`, `{gemeente}` / `{name}`, `{municipality}`; see `model::fill_question`).
pub const QUESTION_TEMPLATES: &[Key] = &[
    Key::PtQuestionsHint,
    Key::PtDefaultCentral,
    Key::PtDefaultSub1,
    Key::PtDefaultSub2,
    Key::PtDefaultSub3,
];
