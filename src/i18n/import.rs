//! The words for a file that cannot be imported: what is wrong and where, in
//! the terms of the app ("tafel 3, ronde 2: ‘text’ is geen tekst").

use super::{CommonMsg, Key, Language};
use crate::transfer::{ImportError, Problem, Step, MAX_IMPORT_BYTES};

/// The message for a refused file, ending with "nothing was changed".
pub fn import_message(error: &ImportError, language: Language) -> String {
    let text = |key: Key| key.text(language);
    let detail = match error {
        ImportError::Empty => text(Key::ImpEmpty).to_string(),
        ImportError::TooLarge { bytes } => CommonMsg::ImpTooLarge {
            size: megabytes(*bytes),
            max: megabytes(MAX_IMPORT_BYTES),
        }
        .text(language),
        ImportError::NotText => text(Key::ImpNotText).to_string(),
        ImportError::NotJson { line, column } => CommonMsg::ImpNotJson {
            line: line.to_string(),
            column: column.to_string(),
        }
        .text(language),
        ImportError::NotBackup => text(Key::ImpNotBackup).to_string(),
        ImportError::NewerBackup { .. } | ImportError::NewerData { .. } => {
            text(Key::ImpNewer).to_string()
        }
        ImportError::WorkshopMissing { title } => CommonMsg::ImpWorkshopMissing {
            title: title.clone(),
        }
        .text(language),
        ImportError::ActivityMissing => text(Key::ImpActivityMissing).to_string(),
        ImportError::PartMissing { name } => {
            CommonMsg::ImpPartMissing { name: name.clone() }.text(language)
        }
        ImportError::LayoutDiffers => text(Key::ImpLayoutDiffers).to_string(),
        ImportError::TooManyNotes { max } => CommonMsg::ImpTooManyNotes {
            max: max.to_string(),
        }
        .text(language),
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
    CommonMsg::ImpRefused { detail }.text(language)
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
                parts.push(list_place(list, *index, language));
            }
            (Step::Field(name), None) => field = name.clone(),
            _ => {}
        }
    }
    (parts.join(", "), field)
}

/// A position in a list of the stored data, in words ("tafel 3").
fn list_place(list: &str, index: usize, language: Language) -> String {
    let n = (index + 1).to_string();
    let place = match list {
        "workshops" => CommonMsg::ImpAtWorkshop { n },
        "personas" => CommonMsg::ImpAtPersona { n },
        "activities" => CommonMsg::ImpAtActivity { n },
        "tables" => CommonMsg::ImpAtTable { n },
        "rounds" => CommonMsg::ImpAtRound { n },
        "cloths" => CommonMsg::ImpAtCloth { n },
        "notes" => CommonMsg::ImpAtNote { n },
        "marks" => CommonMsg::ImpAtMark { n },
        "rules" => CommonMsg::ImpAtRule { n },
        "participants" => CommonMsg::ImpAtParticipant { n },
        "groups" => CommonMsg::ImpAtGroup { n },
        "seats" => CommonMsg::ImpAtPerson { n },
        "middle" => CommonMsg::ImpAtMiddle { n },
        "themes" => CommonMsg::ImpAtTheme { n },
        "actions" => CommonMsg::ImpAtAction { n },
        "persona_ids" => CommonMsg::ImpAtChosenPersona { n },
        "municipalities" => CommonMsg::ImpAtMunicipality { n },
        "sub_questions" => CommonMsg::ImpAtSubQuestion { n },
        "answers" => CommonMsg::ImpAtAnswer { n },
        "tags" => CommonMsg::ImpAtTag { n },
        "life_areas" => CommonMsg::ImpAtLifeArea { n },
        "network" => CommonMsg::ImpAtNetwork { n },
        "revisions" => CommonMsg::ImpAtRevision { n },
        "blocks" => CommonMsg::ImpAtBlock { n },
        "methods" => CommonMsg::ImpAtMethod { n },
        "steps" => CommonMsg::ImpAtStep { n },
        "materials" => CommonMsg::ImpAtMaterial { n },
        _ => return format!("{list} {n}"),
    };
    place.text(language)
}

/// What is wrong with the field.
fn problem_text(problem: &Problem, field: &str, language: Language) -> String {
    let field = if field.is_empty() {
        Key::ImpThisValue.text(language).to_string()
    } else {
        format!("‘{field}’")
    };
    let message = match problem {
        Problem::NotText => CommonMsg::ImpNotAText { field },
        Problem::NotNumber => CommonMsg::ImpNotANumber { field },
        Problem::NotYesNo => CommonMsg::ImpNotYesNo { field },
        Problem::NotList => CommonMsg::ImpNotAList { field },
        Problem::NotGroup => CommonMsg::ImpNotAGroup { field },
        Problem::Missing(missing) => CommonMsg::ImpMissing {
            field: missing.clone(),
        },
        Problem::UnknownValue => CommonMsg::ImpUnknownValue { field },
        Problem::TooLong => CommonMsg::ImpTooLong { field },
        Problem::IdTwice => CommonMsg::ImpIdTwice { field },
        Problem::Empty => CommonMsg::ImpFieldEmpty { field },
        Problem::TooFew => CommonMsg::ImpTooFew { field },
        Problem::TooMany => CommonMsg::ImpTooMany { field },
        Problem::OutOfRange => CommonMsg::ImpOutOfRange { field },
        Problem::UnknownReference => CommonMsg::ImpUnknownReference { field },
        Problem::Uneven => CommonMsg::ImpUneven { field },
        Problem::OwnMark => CommonMsg::ImpOwnMark { field },
        Problem::Other => CommonMsg::ImpOther { field },
    };
    message.text(language)
}
