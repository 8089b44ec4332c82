//! The words for a file that cannot be imported: what is wrong and where, in
//! the terms of the app ("tafel 3, ronde 2: ‘text’ is geen tekst").

use super::{fill, Key, Language};
use crate::transfer::{ImportError, Problem, Step, MAX_IMPORT_BYTES};

/// The message for a refused file, ending with "nothing was changed".
pub fn import_message(error: &ImportError, language: Language) -> String {
    let text = |key: Key| key.text(language);
    let detail = match error {
        ImportError::Empty => text(Key::ImpEmpty).to_string(),
        ImportError::TooLarge { bytes } => fill(
            text(Key::ImpTooLarge),
            &[
                ("size", &megabytes(*bytes)),
                ("max", &megabytes(MAX_IMPORT_BYTES)),
            ],
        ),
        ImportError::NotText => text(Key::ImpNotText).to_string(),
        ImportError::NotJson { line, column } => fill(
            text(Key::ImpNotJson),
            &[("line", &line.to_string()), ("column", &column.to_string())],
        ),
        ImportError::NotBackup => text(Key::ImpNotBackup).to_string(),
        ImportError::NewerBackup { .. } | ImportError::NewerData { .. } => {
            text(Key::ImpNewer).to_string()
        }
        ImportError::WorkshopMissing { title } => {
            fill(text(Key::ImpWorkshopMissing), &[("title", title)])
        }
        ImportError::ActivityMissing => text(Key::ImpActivityMissing).to_string(),
        ImportError::PartMissing { name } => fill(text(Key::ImpPartMissing), &[("name", name)]),
        ImportError::LayoutDiffers => text(Key::ImpLayoutDiffers).to_string(),
        ImportError::TooManyNotes { max } => {
            fill(text(Key::ImpTooManyNotes), &[("max", &max.to_string())])
        }
        ImportError::Bad { path, problem } => {
            let (place, field) = place_of(path, language);
            let problem = problem_text(problem, &field, language);
            if place.is_empty() {
                format!("{problem}.")
            } else {
                format!("{place}: {problem}.")
            }
        }
    };
    fill(text(Key::ImpRefused), &[("detail", &detail)])
}

/// Megabytes with one decimal, as people say them.
fn megabytes(bytes: usize) -> String {
    format!("{:.1}", bytes as f64 / (1024.0 * 1024.0)).replace('.', ",")
}

/// The place in app terms ("bijeenkomst 2, tafel 3") and the field at the end.
fn place_of(path: &[Step], language: Language) -> (String, String) {
    let mut parts = Vec::new();
    let mut field = String::new();
    let mut steps = path.iter().peekable();
    while let Some(step) = steps.next() {
        match (step, steps.peek()) {
            (Step::Field(list), Some(Step::Index(index))) => {
                steps.next();
                let key = list_key(list);
                let number = (index + 1).to_string();
                parts.push(match key {
                    Some(key) => fill(key.text(language), &[("n", &number)]),
                    None => format!("{list} {number}"),
                });
            }
            (Step::Field(name), None) => field = name.clone(),
            _ => {}
        }
    }
    (parts.join(", "), field)
}

/// The word for a position in a list of the stored data.
fn list_key(list: &str) -> Option<Key> {
    Some(match list {
        "workshops" => Key::ImpAtWorkshop,
        "personas" => Key::ImpAtPersona,
        "activities" => Key::ImpAtActivity,
        "tables" => Key::ImpAtTable,
        "rounds" => Key::ImpAtRound,
        "cloths" => Key::ImpAtCloth,
        "notes" => Key::ImpAtNote,
        "marks" => Key::ImpAtMark,
        "rules" => Key::ImpAtRule,
        "participants" => Key::ImpAtParticipant,
        "groups" => Key::ImpAtGroup,
        "seats" => Key::ImpAtPerson,
        "middle" => Key::ImpAtMiddle,
        "themes" => Key::ImpAtTheme,
        "actions" => Key::ImpAtAction,
        "persona_ids" => Key::ImpAtChosenPersona,
        "municipalities" => Key::ImpAtMunicipality,
        "sub_questions" => Key::ImpAtSubQuestion,
        "answers" => Key::ImpAtAnswer,
        "tags" => Key::ImpAtTag,
        "life_areas" => Key::ImpAtLifeArea,
        "network" => Key::ImpAtNetwork,
        "revisions" => Key::ImpAtRevision,
        _ => return None,
    })
}

/// What is wrong with the field.
fn problem_text(problem: &Problem, field: &str, language: Language) -> String {
    let key = match problem {
        Problem::NotText => Key::ImpNotAText,
        Problem::NotNumber => Key::ImpNotANumber,
        Problem::NotYesNo => Key::ImpNotYesNo,
        Problem::NotList => Key::ImpNotAList,
        Problem::NotGroup => Key::ImpNotAGroup,
        Problem::Missing(missing) => {
            return fill(Key::ImpMissing.text(language), &[("field", missing)]);
        }
        Problem::UnknownValue => Key::ImpUnknownValue,
        Problem::TooLong => Key::ImpTooLong,
        Problem::IdTwice => Key::ImpIdTwice,
        Problem::Empty => Key::ImpFieldEmpty,
        Problem::TooFew => Key::ImpTooFew,
        Problem::TooMany => Key::ImpTooMany,
        Problem::OutOfRange => Key::ImpOutOfRange,
        Problem::UnknownReference => Key::ImpUnknownReference,
        Problem::Uneven => Key::ImpUneven,
        Problem::OwnMark => Key::ImpOwnMark,
        Problem::Other => Key::ImpOther,
    };
    let field = if field.is_empty() {
        Key::ImpThisValue.text(language).to_string()
    } else {
        format!("‘{field}’")
    };
    fill(key.text(language), &[("field", &field)])
}
