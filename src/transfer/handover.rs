//! Handing one café table or one placemat group over from the tablet it was
//! written on to the facilitator's: a small `.werktafel.json` file that names
//! its workshop, its work form and the table or group, read back like a backup
//! (checked in full first) and merged into the session here (see
//! [`crate::model::Merger`]). The host's tablet got the workshop from the
//! facilitator's backup, so the ids match.

use super::import::{typed, ImportError};
use crate::forms::cafe::{Cafe, Table};
use crate::forms::placemat::{Group, Placemat};
use crate::forms::WorkForm;
use crate::model::{ActivityId, GroupId, TableId, WorkshopId};
use crate::model::{MergeItem, Merger, Note, Step, Timestamp, ValidationError, Workshop};
use crate::store::Entity;
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};
use std::collections::HashMap;

/// The `format` field that marks a handover file.
pub const HANDOVER_FORMAT: &str = "werktafel-deel";
/// The version of the handover layout.
pub const HANDOVER_SCHEMA: u32 = 1;

/// One table or group with where it belongs.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Handover {
    pub format: String,
    pub schema: u32,
    pub exported_at: Timestamp,
    /// The workshop schema the table or group is written in.
    pub workshop_schema: u32,
    pub workshop_id: WorkshopId,
    /// The workshop's title where it was written, to name it if it is not here.
    pub workshop_title: String,
    pub activity_id: ActivityId,
    pub part: Part,
}

/// What is handed over.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Part {
    CafeTable { table: Table },
    PlacematGroup { group: Group },
}

impl Handover {
    /// The handover of one café table, or `None` if it is not in the workshop.
    pub fn cafe_table(
        workshop: &Workshop,
        activity_id: ActivityId,
        table_id: TableId,
        now: Timestamp,
    ) -> Option<Self> {
        let table = form::<Cafe>(workshop, activity_id)?
            .table(table_id)?
            .clone();
        Some(Self::new(
            workshop,
            activity_id,
            Part::CafeTable { table },
            now,
        ))
    }

    /// The handover of one placemat group, or `None` if it is not in the workshop.
    pub fn placemat_group(
        workshop: &Workshop,
        activity_id: ActivityId,
        group_id: GroupId,
        now: Timestamp,
    ) -> Option<Self> {
        let group = form::<Placemat>(workshop, activity_id)?
            .group(group_id)?
            .clone();
        Some(Self::new(
            workshop,
            activity_id,
            Part::PlacematGroup { group },
            now,
        ))
    }

    fn new(workshop: &Workshop, activity_id: ActivityId, part: Part, now: Timestamp) -> Self {
        Self {
            format: HANDOVER_FORMAT.to_string(),
            schema: HANDOVER_SCHEMA,
            exported_at: now,
            workshop_schema: Workshop::SCHEMA,
            workshop_id: workshop.id,
            workshop_title: workshop.title.clone(),
            activity_id,
            part,
        }
    }

    /// The name of the table or group.
    pub fn part_name(&self) -> &str {
        match &self.part {
            Part::CafeTable { table } => &table.name,
            Part::PlacematGroup { group } => &group.name,
        }
    }

    /// The file's text (compact JSON).
    pub fn to_json(&self) -> String {
        serde_json::to_string(self).expect("handovers serialize to JSON")
    }
}

/// What merging a handover would do on this device.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HandoverPlan {
    pub handover: Handover,
    /// The workshop's title here.
    pub workshop_title: String,
    /// Everything in the file and how it meets what is here.
    pub items: Vec<MergeItem>,
}

/// A handover file's document read and checked: layout, versions, types, ids.
pub(super) fn read_handover(doc: Map<String, Value>) -> Result<Handover, ImportError> {
    let schema = doc.get("schema").and_then(Value::as_u64).unwrap_or(0);
    if schema > u64::from(HANDOVER_SCHEMA) {
        return Err(ImportError::NewerBackup {
            schema: u32::try_from(schema).unwrap_or(u32::MAX),
        });
    }
    let workshop_schema = doc
        .get("workshop_schema")
        .and_then(Value::as_u64)
        .unwrap_or(0);
    if workshop_schema > u64::from(Workshop::SCHEMA) {
        return Err(ImportError::NewerData {
            schema: u32::try_from(workshop_schema).unwrap_or(u32::MAX),
        });
    }
    let doc = Value::Object(doc);
    let mut handover: Handover =
        typed(&doc, &[]).map_err(|error| part_error(&doc).unwrap_or(error))?;
    check_part(&mut handover)?;
    Ok(handover)
}

/// Where a handed table or group is wrong. The part is stored tagged by its
/// kind, which hides the place inside it from the reader; it is read here as
/// its own kind to find it.
fn part_error(doc: &Value) -> Option<ImportError> {
    let part = doc.get("part")?;
    let at = |field: &str| [Step::Field("part".into()), Step::Field(field.into())];
    match part.get("kind")?.as_str()? {
        "cafe_table" => typed::<Table>(part.get("table")?, &at("table")).err(),
        "placemat_group" => typed::<Group>(part.get("group")?, &at("group")).err(),
        _ => None,
    }
}

/// The table or group keeps the app's rules (its ids and the workshop's and
/// work form's were read as ids). Themes and ★ are taken off first: they
/// belong to the harvest of the tablet the part came from.
fn check_part(handover: &mut Handover) -> Result<(), ImportError> {
    let (kind, checked) = match &mut handover.part {
        Part::CafeTable { table } => {
            let notes = table.cloths.iter_mut().flat_map(|c| c.notes.iter_mut());
            notes.for_each(forget_harvest);
            ("table", table.check_handed())
        }
        Part::PlacematGroup { group } => {
            let fields = group.seats.iter_mut().flat_map(|s| s.notes.iter_mut());
            fields
                .chain(group.middle.iter_mut())
                .for_each(forget_harvest);
            ("group", group.check_handed())
        }
    };
    checked.map_err(|violation| ImportError::Bad {
        path: [
            vec![Step::Field("part".into()), Step::Field(kind.into())],
            violation.path,
        ]
        .concat(),
        problem: violation.flaw.into(),
    })
}

fn forget_harvest(note: &mut Note) {
    note.theme = None;
    note.key = false;
}

/// What merging `handover` would do here; refused when its workshop, work
/// form, table or group, rounds or persons are not here.
pub fn plan_handover(
    handover: Handover,
    workshops: &[Workshop],
    mut new_id: impl FnMut() -> String,
) -> Result<HandoverPlan, ImportError> {
    let mut new_id = || new_id();
    let mut merger = Merger::preview(&mut new_id);
    let (workshop, items) = match merged(&handover, workshops, &mut merger, 0) {
        Ok(workshop) => (workshop, merger.into_items()),
        // Copies (the default) may not fit where keeping this side's would.
        Err(ImportError::TooManyNotes { .. }) => {
            let mut fewest = Merger::preview_fewest(&mut new_id);
            let workshop = merged(&handover, workshops, &mut fewest, 0)?;
            (workshop, fewest.into_items())
        }
        Err(error) => return Err(error),
    };
    Ok(HandoverPlan {
        workshop_title: workshop.title,
        items,
        handover,
    })
}

/// The workshop with the handover merged in by the user's choices (a copy
/// for a note nobody chose for, the text here for a summary or name).
pub fn apply_handover(
    plan: &HandoverPlan,
    workshops: &[Workshop],
    choices: &HashMap<String, crate::model::Choice>,
    mut new_id: impl FnMut() -> String,
    now: Timestamp,
) -> Result<Workshop, ImportError> {
    let mut new_id = || new_id();
    let mut merger = Merger::with_choices(choices, &mut new_id);
    merged(&plan.handover, workshops, &mut merger, now)
}

/// The workshop here with the part merged in.
fn merged(
    handover: &Handover,
    workshops: &[Workshop],
    merger: &mut Merger,
    now: Timestamp,
) -> Result<Workshop, ImportError> {
    let mut workshop = workshops
        .iter()
        .find(|w| w.id == handover.workshop_id)
        .cloned()
        .ok_or_else(|| ImportError::WorkshopMissing {
            title: handover.workshop_title.clone(),
        })?;
    let id = handover.activity_id;
    let result = match &handover.part {
        Part::CafeTable { table } => {
            let cafe = form::<Cafe>(&workshop, id).ok_or(ImportError::ActivityMissing)?;
            if cafe.table(table.id).is_none() {
                return Err(part_missing(&table.name));
            }
            workshop.change_activity::<Cafe, _>(id, now, |cafe| cafe.merge_table(table, merger))
        }
        Part::PlacematGroup { group } => {
            let placemat = form::<Placemat>(&workshop, id).ok_or(ImportError::ActivityMissing)?;
            if placemat.group(group.id).is_none() {
                return Err(part_missing(&group.name));
            }
            workshop.change_activity::<Placemat, _>(id, now, |placemat| {
                placemat.merge_group(group, merger)
            })
        }
    };
    result.map_err(|error| match error {
        ValidationError::TooMany { max, .. } => ImportError::TooManyNotes { max },
        _ => ImportError::LayoutDiffers,
    })?;
    Ok(workshop)
}

fn part_missing(name: &str) -> ImportError {
    ImportError::PartMissing {
        name: name.to_string(),
    }
}

/// The work form of kind `T` with this id in a workshop.
fn form<T: WorkForm>(workshop: &Workshop, activity_id: ActivityId) -> Option<&T> {
    workshop.activity(activity_id)?.form::<T>()
}
