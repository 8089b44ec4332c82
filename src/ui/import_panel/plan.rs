//! A checked file against what is on this device: what importing it would do,
//! and saving that with the user's choices.

use super::flow::{Choices, Planned, Refusal};
use crate::i18n::{CommonMsg, Key};
use crate::platform::clock::{new_id_text, now};
use crate::transfer::{
    apply_handover, apply_import, plan_handover, plan_import, Applied, Arrival, Choice,
    HandoverPlan, ImportError, ImportFile, ImportPlan,
};
use crate::ui::handover_preview::arrival_counts;
use crate::ui::i18n::Msg;
use crate::ui::state::AppState;
use leptos::prelude::*;

/// What importing `file` would do against what is on this device now.
pub fn plan_now(state: AppState, file: ImportFile) -> Result<Planned, ImportError> {
    state.workshops().with_untracked(|w| match file {
        ImportFile::Backup(backup) => Ok(Planned::Backup(state.personas().with_untracked(|p| {
            state
                .methods()
                .with_untracked(|m| plan_import(backup, w.all(), p.all(), m.all()))
        }))),
        ImportFile::Handover(handover) => plan_handover(*handover, w.all(), new_id_text)
            .map(|plan| Planned::Handover(Box::new(plan))),
    })
}

/// Saves a plan with the user's choices, all or nothing, and says what was
/// done in a toast.
pub fn save(state: AppState, planned: &Planned, choices: &Choices) -> Result<(), Refusal> {
    let (applied, done) = match planned {
        Planned::Backup(plan) => backup_records(state, plan, choices),
        Planned::Handover(plan) => handover_records(state, plan, choices).map_err(Refusal::File)?,
    };
    state.import(applied).map_err(Refusal::Save)?;
    state.messages().toast(done, None);
    Ok(())
}

/// The records to save for a backup's plan, and the message that says so.
fn backup_records(state: AppState, plan: &ImportPlan, choices: &Choices) -> (Applied, Msg) {
    let suffix = state.text_now(Key::ImportCopySuffix);
    let applied = apply_import(plan, choices, new_id_text, suffix);
    let workshops = applied.workshops.len().to_string();
    let personas = applied.personas.len().to_string();
    // The message names own methods only when there are any.
    let done = Msg::from(match applied.methods.len() {
        0 => CommonMsg::ImportDone {
            workshops,
            personas,
        },
        methods => CommonMsg::ImportDoneWithMethods {
            workshops,
            personas,
            methods: methods.to_string(),
        },
    });
    (applied, done)
}

/// The workshop to save for a handover's plan (nothing when nothing is new
/// or taken over), and the message that says so.
fn handover_records(
    state: AppState,
    plan: &HandoverPlan,
    choices: &Choices,
) -> Result<(Applied, Msg), ImportError> {
    let [new, _, _] = arrival_counts(&plan.items);
    let changed = plan
        .items
        .iter()
        .filter(|i| i.arrival == Arrival::Conflict)
        .filter(|i| choices.get(&i.key).copied().unwrap_or(i.default_choice()) != Choice::Skip)
        .count();
    let done = Msg::from(CommonMsg::HoDone {
        part: plan.handover.part_name().to_string(),
        new: new.to_string(),
        changed: changed.to_string(),
    });
    if new + changed == 0 {
        return Ok((Applied::default(), done));
    }
    let workshop = state
        .workshops()
        .with_untracked(|w| apply_handover(plan, w.all(), choices, new_id_text, now()))?;
    let applied = Applied {
        workshops: vec![workshop],
        ..Applied::default()
    };
    Ok((applied, done))
}
