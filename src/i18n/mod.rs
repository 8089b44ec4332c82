//! Every user-visible string, in Dutch and English.
//!
//! The catalogue comes in parts: the shared texts here (`texts.rs`) and each
//! work form's own texts in its folder (`forms/<form>/texts.rs`). Each part is
//! written with [`catalogue!`], which does not accept a text with only one
//! language, so a missing translation fails the build. A part has plain texts
//! (an enum of keys) and templates (an enum whose variants name each
//! `{placeholder}` as a field), so a template is only made with exactly its
//! arguments. [`Text`] and [`Msg`] join the parts, made from the forms'
//! registry. The phone's page has a part of its own (`participant.rs`), so its
//! program holds only its texts. Components reach the catalogue through `ui::i18n`.

mod catalogue;
mod import;
mod message;
mod participant;
mod programme;
mod report;
mod texts;

pub use crate::model::Language;
pub(crate) use catalogue::catalogue;
pub use catalogue::TemplateShape;
pub use import::import_message;
pub use message::{Msg, Text};
pub use participant::{ParticipantKey, ParticipantMsg};
pub use programme::{ProgrammeKey, ProgrammeMsg};
pub use report::{ReportKey, ReportMsg};
pub use texts::{CommonMsg, Key};

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

/// `template` with each `{name}` replaced by its value in `args`, in one pass:
/// a value is not searched for placeholders again, and a `{…}` that names no
/// argument stays as it is.
pub fn fill(template: &str, args: &[(&str, &str)]) -> String {
    let mut text = String::with_capacity(template.len());
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        text.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        let named = after.split_once('}').and_then(|(name, tail)| {
            let (_, value) = args.iter().find(|(arg, _)| *arg == name)?;
            Some((value, tail))
        });
        match named {
            Some((value, tail)) => {
                text.push_str(value);
                rest = tail;
            }
            None => {
                text.push('{');
                rest = after;
            }
        }
    }
    text.push_str(rest);
    text
}

/// The `{name}` placeholders in a text, in order of appearance.
pub fn placeholders(template: &str) -> Vec<&str> {
    template
        .split('{')
        .skip(1)
        .filter_map(|part| part.split_once('}').map(|(name, _)| name))
        .collect()
}
