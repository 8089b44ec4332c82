//! Reading a `.werktafel.json` backup back in. Nothing in the file is trusted:
//! it is read and checked in full first (size, text, JSON, format, versions,
//! every field's type, text lengths, ids, and the rules the app's own editing
//! keeps, from a workshop's title to a placemat note's marks), and only a file
//! that passes becomes a plan that says, per workshop, persona and own
//! method of the library, whether it
//! is new, already here unchanged, or in conflict with what is here. Applying a
//! plan with the user's choices gives the records to save; nothing changes
//! before that.
//!
//! Not here: how the records are saved (the app state does it, all or nothing)
//! and how errors are worded (the catalogue).

mod value_reader;

use super::handover::{read_handover, Handover, HANDOVER_FORMAT};
use super::{Backup, BACKUP_FORMAT, BACKUP_SCHEMA};
use crate::forms::{ActivityHead, FormKind, FormVisitor, WorkForm};
use crate::library::OwnMethod;
use crate::model::{Arrival, Checked, Choice, Flaw, Persona, Settings, Step, Timestamp, Workshop};
use crate::store::{migrate, Entity};
use serde_json::Value;
use std::collections::{HashMap, HashSet};
use thiserror::Error;

/// Largest file read: a backup of a busy tablet is well under 2 MB.
pub const MAX_IMPORT_BYTES: usize = 5 * 1024 * 1024;
/// Longest text in any field: a persona's photo (a data URL) is the longest
/// thing the app writes, about 80,000 characters.
pub const MAX_IMPORT_TEXT_CHARS: usize = 200_000;
/// The workshop schema that backups of layout 1 were written with at the
/// earliest (the app's first backups came with workshop schema 2).
const FIRST_BACKUP_WORKSHOP_SCHEMA: u32 = 2;

/// What is wrong with one value.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Problem {
    NotText,
    NotNumber,
    NotYesNo,
    NotList,
    NotGroup,
    Missing(String),
    UnknownValue,
    TooLong,
    IdTwice,
    Empty,
    TooFew,
    TooMany,
    OutOfRange,
    UnknownReference,
    Uneven,
    OwnMark,
    Other,
}

impl From<Flaw> for Problem {
    fn from(flaw: Flaw) -> Self {
        match flaw {
            Flaw::Empty => Problem::Empty,
            Flaw::TooLong => Problem::TooLong,
            Flaw::TooFew => Problem::TooFew,
            Flaw::TooMany => Problem::TooMany,
            Flaw::OutOfRange => Problem::OutOfRange,
            Flaw::UnknownValue => Problem::UnknownValue,
            Flaw::Twice => Problem::IdTwice,
            Flaw::UnknownReference => Problem::UnknownReference,
            Flaw::Uneven => Problem::Uneven,
            Flaw::OwnMark => Problem::OwnMark,
        }
    }
}

/// Why a file cannot be imported. Nothing was changed.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum ImportError {
    #[error("the file is empty")]
    Empty,
    #[error("the file is {bytes} bytes, more than the limit")]
    TooLarge { bytes: usize },
    #[error("the file is not text")]
    NotText,
    #[error("the file is not JSON (line {line}, column {column})")]
    NotJson { line: usize, column: usize },
    #[error("the file is not a Werktafel backup")]
    NotBackup,
    #[error("the backup layout {schema} is newer than this app")]
    NewerBackup { schema: u32 },
    #[error("data of schema {schema} is newer than this app")]
    NewerData { schema: u32 },
    #[error("{problem:?} at {path:?}")]
    Bad { path: Vec<Step>, problem: Problem },
    #[error("the workshop {title} of this table or group is not on this device")]
    WorkshopMissing { title: String },
    #[error("the work form of this table or group is not in the workshop here")]
    ActivityMissing,
    #[error("{name} is not in the work form here")]
    PartMissing { name: String },
    #[error("the file has rounds or persons that are not here")]
    LayoutDiffers,
    #[error("a field or middle would hold more than {max} notes")]
    TooManyNotes { max: usize },
}

/// A checked file: a backup, or one table or group to merge.
#[derive(Debug, Clone, PartialEq)]
pub enum ImportFile {
    Backup(Backup),
    /// Boxed: a handover's ids are held inline and make it large.
    Handover(Box<Handover>),
}

/// A record from the file and how it arrives.
#[derive(Debug, Clone, PartialEq)]
pub struct Incoming<T> {
    pub item: T,
    pub arrival: Arrival,
}

impl<E: Entity> Incoming<E> {
    /// What the user's choice for this record is keyed by: its kind and id
    /// (a workshop and a persona may share an id).
    pub fn choice_key(&self) -> String {
        format!("{}:{}", E::KIND, self.item.id())
    }
}

/// A checked file and what importing it would do.
#[derive(Debug, Clone, PartialEq)]
pub struct ImportPlan {
    pub exported_at: Timestamp,
    pub workshops: Vec<Incoming<Workshop>>,
    pub personas: Vec<Incoming<Persona>>,
    pub methods: Vec<Incoming<OwnMethod>>,
}

/// The records to save after applying a plan.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Applied {
    pub workshops: Vec<Workshop>,
    pub personas: Vec<Persona>,
    pub methods: Vec<OwnMethod>,
}

/// A file read and checked in full: a backup or a handover.
pub fn read_import(bytes: &[u8]) -> Result<ImportFile, ImportError> {
    let doc = read_document(bytes)?;
    match doc.get("format").and_then(Value::as_str) {
        Some(BACKUP_FORMAT) => read_backup_document(doc).map(ImportFile::Backup),
        Some(HANDOVER_FORMAT) => {
            read_handover(doc).map(|handover| ImportFile::Handover(Box::new(handover)))
        }
        _ => Err(ImportError::NotBackup),
    }
}

/// A backup read and checked in full; the settings in it are not restored
/// (they belong to the device).
pub fn read_backup(bytes: &[u8]) -> Result<Backup, ImportError> {
    match read_import(bytes)? {
        ImportFile::Backup(backup) => Ok(backup),
        ImportFile::Handover(_) => Err(ImportError::NotBackup),
    }
}

/// The JSON object in a file of at most [`MAX_IMPORT_BYTES`] whose every text
/// is at most [`MAX_IMPORT_TEXT_CHARS`] long.
fn read_document(bytes: &[u8]) -> Result<serde_json::Map<String, Value>, ImportError> {
    if bytes.len() > MAX_IMPORT_BYTES {
        return Err(ImportError::TooLarge { bytes: bytes.len() });
    }
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return Err(ImportError::Empty);
    }
    let text = std::str::from_utf8(bytes).map_err(|_| ImportError::NotText)?;
    // Some editors save JSON with a byte-order mark.
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let value: Value = serde_json::from_str(text).map_err(|e| ImportError::NotJson {
        line: e.line(),
        column: e.column(),
    })?;
    check_texts(&value, &mut Vec::new())?;
    match value {
        Value::Object(doc) => Ok(doc),
        _ => Err(ImportError::NotBackup),
    }
}

fn read_backup_document(mut doc: serde_json::Map<String, Value>) -> Result<Backup, ImportError> {
    let schema = doc.get("schema").and_then(Value::as_u64).unwrap_or(0);
    if schema > u64::from(BACKUP_SCHEMA) {
        return Err(ImportError::NewerBackup {
            schema: u32::try_from(schema).unwrap_or(u32::MAX),
        });
    }
    let workshop_schema = schema_of(&doc, "workshop_schema", FIRST_BACKUP_WORKSHOP_SCHEMA)?;
    let persona_schema = schema_of(&doc, "persona_schema", 1)?;
    let method_schema = schema_of(&doc, "method_schema", 1)?;
    let workshops = records(
        doc.remove("workshops"),
        "workshops",
        workshop_schema,
        Workshop::check_stored,
    )?;
    let personas = records(
        doc.remove("personas"),
        "personas",
        persona_schema,
        Persona::check_stored,
    )?;
    let methods = records(
        doc.remove("methods"),
        "methods",
        method_schema,
        OwnMethod::check_stored,
    )?;
    let exported_at = typed::<Timestamp>(
        doc.get("exported_at").unwrap_or(&Value::from(0)),
        &[Step::Field("exported_at".into())],
    )?;
    Ok(Backup {
        format: BACKUP_FORMAT.to_string(),
        schema: BACKUP_SCHEMA,
        exported_at,
        workshop_schema: Workshop::SCHEMA,
        persona_schema: Persona::SCHEMA,
        method_schema: OwnMethod::SCHEMA,
        settings: Settings::default(),
        workshops,
        personas,
        methods,
    })
}

/// The plan for a checked backup against what is on this device.
pub fn plan_import(
    backup: Backup,
    workshops: &[Workshop],
    personas: &[Persona],
    methods: &[OwnMethod],
) -> ImportPlan {
    ImportPlan {
        exported_at: backup.exported_at,
        workshops: arrivals(backup.workshops, workshops),
        personas: arrivals(backup.personas, personas),
        methods: arrivals(backup.methods, methods),
    }
}

/// The records to save for a plan, with a choice per conflicting record
/// (keyed by [`Incoming::choice_key`]; a copy when none is given). Copies get an id from `new_id` and `suffix` after their
/// name. Unchanged records are not saved again.
pub fn apply_import(
    plan: &ImportPlan,
    choices: &HashMap<String, Choice>,
    mut new_id: impl FnMut() -> String,
    suffix: &str,
) -> Applied {
    Applied {
        workshops: chosen(&plan.workshops, choices, &mut new_id, suffix),
        personas: chosen(&plan.personas, choices, &mut new_id, suffix),
        methods: chosen(&plan.methods, choices, &mut new_id, suffix),
    }
}

fn arrivals<E: Entity + PartialEq>(incoming: Vec<E>, here: &[E]) -> Vec<Incoming<E>> {
    incoming
        .into_iter()
        .map(|item| {
            let arrival = match here.iter().find(|h| h.id() == item.id()) {
                None => Arrival::New,
                Some(same) if *same == item => Arrival::Same,
                Some(_) => Arrival::Conflict,
            };
            Incoming { item, arrival }
        })
        .collect()
}

fn chosen<E: Entity + Clone>(
    incoming: &[Incoming<E>],
    choices: &HashMap<String, Choice>,
    new_id: &mut impl FnMut() -> String,
    suffix: &str,
) -> Vec<E> {
    incoming
        .iter()
        .filter_map(|incoming| match incoming.arrival {
            Arrival::New => Some(incoming.item.clone()),
            Arrival::Same => None,
            Arrival::Conflict => match choices
                .get(&incoming.choice_key())
                .copied()
                .unwrap_or_default()
            {
                Choice::Replace => Some(incoming.item.clone()),
                Choice::Skip => None,
                Choice::Copy => incoming.item.conflict_copy(new_id(), suffix),
            },
        })
        .collect()
}

/// A schema number field of the backup, or `default` when absent.
fn schema_of(
    doc: &serde_json::Map<String, Value>,
    field: &str,
    default: u32,
) -> Result<u32, ImportError> {
    match doc.get(field) {
        None => Ok(default),
        Some(value) => typed::<u32>(value, &[Step::Field(field.into())]),
    }
}

/// The records of one list, each migrated from `schema`, read on its own and
/// held to the app's rules by `check`; ids must be unique.
fn records<E: Entity>(
    list: Option<Value>,
    field: &str,
    schema: u32,
    check: fn(&E) -> Checked,
) -> Result<Vec<E>, ImportError> {
    if schema > E::SCHEMA {
        return Err(ImportError::NewerData { schema });
    }
    let path = vec![Step::Field(field.into())];
    let items = match list {
        None | Some(Value::Null) => return Ok(Vec::new()),
        Some(Value::Array(items)) => items,
        Some(_) => {
            return Err(ImportError::Bad {
                path,
                problem: Problem::NotList,
            })
        }
    };
    let mut seen = HashSet::new();
    let mut records = Vec::with_capacity(items.len());
    for (index, item) in items.into_iter().enumerate() {
        let mut at = path.clone();
        at.push(Step::Index(index));
        if !item.is_object() {
            return Err(ImportError::Bad {
                path: at,
                problem: Problem::NotGroup,
            });
        }
        let item = migrate::<E>(schema, item).map_err(|_| ImportError::Bad {
            path: at.clone(),
            problem: Problem::Other,
        })?;
        let record: E =
            typed(&item, &at).map_err(|error| activity_error(&item, &at).unwrap_or(error))?;
        check(&record).map_err(|violation| ImportError::Bad {
            path: [at.as_slice(), &violation.path].concat(),
            problem: violation.flaw.into(),
        })?;
        if !seen.insert(record.id().to_string()) {
            at.push(Step::Field("id".into()));
            return Err(ImportError::Bad {
                path: at,
                problem: Problem::IdTwice,
            });
        }
        records.push(record);
    }
    Ok(records)
}

/// Where an activity of a workshop is wrong. Activities are read as a JSON
/// value first and then as the kind they name, which hides the place inside
/// them; each is read here again, its head and then its data as its own kind
/// (from the registry of forms), to find it.
fn activity_error(workshop: &Value, at: &[Step]) -> Option<ImportError> {
    let activities = workshop.get("activities")?.as_array()?;
    activities.iter().enumerate().find_map(|(index, activity)| {
        let mut at = at.to_vec();
        at.extend([Step::Field("activities".into()), Step::Index(index)]);
        if let Err(error) = typed::<ActivityHead>(activity, &at) {
            return Some(error);
        }
        let kind = activity.get("kind").and_then(Value::as_str);
        let checked = match kind.and_then(FormKind::from_stored_name) {
            Some(kind) => kind.visit(ReadAs {
                value: activity,
                at: &at,
            }),
            None => {
                at.push(Step::Field("kind".into()));
                Err(ImportError::Bad {
                    path: at,
                    problem: Problem::UnknownValue,
                })
            }
        };
        checked.err()
    })
}

/// Reads a value as the data of one kind of work form, for its mismatch.
struct ReadAs<'a> {
    value: &'a Value,
    at: &'a [Step],
}

impl FormVisitor for ReadAs<'_> {
    type Output = Result<(), ImportError>;

    fn visit<T: WorkForm>(self) -> Self::Output {
        typed::<T>(self.value, self.at).map(drop)
    }
}

/// A value read as `T`; a mismatch says where and what.
pub(super) fn typed<T: serde::de::DeserializeOwned>(
    value: &Value,
    at: &[Step],
) -> Result<T, ImportError> {
    value_reader::read(value).map_err(|error| ImportError::Bad {
        path: [at, &error.path].concat(),
        problem: error.problem,
    })
}

/// Every text in the document is at most [`MAX_IMPORT_TEXT_CHARS`] long.
fn check_texts(value: &Value, path: &mut Vec<Step>) -> Result<(), ImportError> {
    match value {
        Value::String(text) if text.chars().count() > MAX_IMPORT_TEXT_CHARS => {
            Err(ImportError::Bad {
                path: path.clone(),
                problem: Problem::TooLong,
            })
        }
        Value::Array(items) => items.iter().enumerate().try_for_each(|(index, item)| {
            path.push(Step::Index(index));
            let checked = check_texts(item, path);
            path.pop();
            checked
        }),
        Value::Object(fields) => fields.iter().try_for_each(|(key, item)| {
            path.push(Step::Field(key.clone()));
            let checked = check_texts(item, path);
            path.pop();
            checked
        }),
        _ => Ok(()),
    }
}
