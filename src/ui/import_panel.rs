//! Reading a `.werktafel.json` file in: a backup, or one table or group handed
//! over from another tablet. Pick the file or drop it here. It is read and
//! checked in full on the device; a preview says what it holds and what is
//! new, already here, or different from what is here (with a choice per
//! difference); only "Inlezen" changes anything, all or nothing.

use super::i18n::{show_date, tr, use_app, Msg};
use crate::i18n::{import_message, Key};
use crate::model::Record;
use crate::platform::clock::now;
use crate::platform::clock::{local_date, new_id};
use crate::platform::read_file::{picked_file, read_bytes, ReadError};
use crate::store::Entity;
use crate::transfer::{
    apply_handover, apply_import, plan_handover, plan_import, read_import, Applied, Arrival,
    Choice, HandoverPlan, ImportError, ImportFile, ImportPlan, Incoming, MAX_IMPORT_BYTES,
};
use crate::ui::handover_preview::{arrival_counts, choice_value, HandoverPreview};
use crate::ui::state::AppState;
use crate::ui::state::SaveFailure;
use leptos::prelude::*;
use leptos::task::spawn_local;
use std::collections::HashMap;

/// Why nothing was imported.
#[derive(Debug, Clone, PartialEq)]
enum Refusal {
    File(ImportError),
    Unreadable,
    Save(SaveFailure),
    /// The device changed after the preview was made; the preview is new.
    Changed,
}

/// A checked file planned against what is on this device.
#[derive(Debug, Clone, PartialEq)]
enum Planned {
    Backup(ImportPlan),
    Handover(Box<HandoverPlan>),
}

/// What importing `file` would do against what is on this device now.
fn plan_now(state: AppState, file: ImportFile) -> Result<Planned, ImportError> {
    state.workshops.with_untracked(|w| match file {
        ImportFile::Backup(backup) => Ok(Planned::Backup(
            state
                .personas
                .with_untracked(|p| plan_import(backup, w.all(), p.all())),
        )),
        ImportFile::Handover(handover) => {
            plan_handover(handover, w.all(), new_id).map(|plan| Planned::Handover(Box::new(plan)))
        }
    })
}

/// The records to save for a plan with the user's choices, and the message
/// that says what was done.
fn apply_plan(
    state: AppState,
    planned: &Planned,
    choices: &HashMap<String, Choice>,
) -> Result<(Applied, Msg), ImportError> {
    match planned {
        Planned::Backup(plan) => {
            let suffix = state.text_now(Key::ImportCopySuffix);
            let applied = apply_import(plan, choices, new_id, suffix);
            let done = Msg::with(
                Key::ImportDone,
                vec![
                    ("workshops", applied.workshops.len().to_string()),
                    ("personas", applied.personas.len().to_string()),
                ],
            );
            Ok((applied, done))
        }
        Planned::Handover(plan) => {
            let [new, _, _] = arrival_counts(&plan.items);
            let changed = plan
                .items
                .iter()
                .filter(|i| i.arrival == Arrival::Conflict)
                .filter(|i| {
                    choices.get(&i.key).copied().unwrap_or(i.default_choice()) != Choice::Skip
                })
                .count();
            let done = Msg::with(
                Key::HoDone,
                vec![
                    ("part", plan.handover.part_name().to_string()),
                    ("new", new.to_string()),
                    ("changed", changed.to_string()),
                ],
            );
            if new + changed == 0 {
                return Ok((Applied::default(), done));
            }
            let workshop = state
                .workshops
                .with_untracked(|w| apply_handover(plan, w.all(), choices, new_id, now()))?;
            let applied = Applied {
                workshops: vec![workshop],
                personas: Vec::new(),
            };
            Ok((applied, done))
        }
    }
}

/// The import part of the settings page (a backup first) or of a workshop
/// page (`for_workshop`: a table or group first).
#[component]
pub fn ImportPanel(#[prop(optional)] for_workshop: bool) -> impl IntoView {
    let state = use_app();
    let (heading, text, pick) = if for_workshop {
        (Key::HoHeading, Key::HoText, Key::HoPick)
    } else {
        (Key::ImportHeading, Key::ImportText, Key::ImportPick)
    };
    let plan = RwSignal::new(None::<Planned>);
    // The checked file, to plan again at "Inlezen" (the device may have changed).
    let checked = RwSignal::new(None::<ImportFile>);
    let choices = RwSignal::new(HashMap::<String, Choice>::new());
    let refusal = RwSignal::new(None::<Refusal>);
    let dragging = RwSignal::new(false);
    let open_file = move |file: web_sys::File| {
        spawn_local(async move {
            let read = match read_bytes(&file, MAX_IMPORT_BYTES).await {
                Ok(bytes) => read_import(&bytes)
                    .and_then(|file| plan_now(state, file.clone()).map(|planned| (file, planned)))
                    .map_err(Refusal::File),
                Err(ReadError::TooLarge(bytes)) => {
                    Err(Refusal::File(ImportError::TooLarge { bytes }))
                }
                Err(ReadError::Unreadable) => Err(Refusal::Unreadable),
            };
            match read {
                Ok((file, planned)) => {
                    choices.set(HashMap::new());
                    refusal.set(None);
                    plan.set(Some(planned));
                    checked.set(Some(file));
                }
                Err(why) => {
                    plan.set(None);
                    checked.set(None);
                    refusal.set(Some(why));
                }
            }
        });
    };
    let picked = move |ev: leptos::ev::Event| {
        if let Some(file) = picked_file(&ev) {
            open_file(file);
        }
    };
    let dropped = move |ev: leptos::ev::DragEvent| {
        ev.prevent_default();
        dragging.set(false);
        if let Some(file) = ev
            .data_transfer()
            .and_then(|d| d.files())
            .and_then(|f| f.get(0))
        {
            open_file(file);
        }
    };
    let message = move || {
        let language = state.language();
        refusal.get().map(|why| match why {
            Refusal::File(error) => import_message(&error, language),
            Refusal::Unreadable => Key::ImportUnreadable.text(language).to_string(),
            Refusal::Changed => Key::ImportChanged.text(language).to_string(),
            Refusal::Save(failure) => Msg::with(
                Key::ImportSaveFailed,
                vec![("reason", failure.reason().text(language).to_string())],
            )
            .text(language),
        })
    };
    let apply = move |_| {
        let (Some(shown), Some(file)) = (plan.get_untracked(), checked.get_untracked()) else {
            return;
        };
        let current = match plan_now(state, file) {
            Ok(current) => current,
            Err(error) => {
                plan.set(None);
                checked.set(None);
                refusal.set(Some(Refusal::File(error)));
                return;
            }
        };
        if current != shown {
            // The new preview shows every choice at its default again.
            choices.set(HashMap::new());
            plan.set(Some(current));
            refusal.set(Some(Refusal::Changed));
            return;
        }
        let applied = choices.with_untracked(|c| apply_plan(state, &current, c));
        let saved = match applied {
            Ok((applied, done)) => state.import(applied).map(|()| done).map_err(Refusal::Save),
            Err(error) => Err(Refusal::File(error)),
        };
        match saved {
            Ok(done) => {
                plan.set(None);
                checked.set(None);
                refusal.set(None);
                state.toast(done, None);
            }
            Err(why) => refusal.set(Some(why)),
        }
    };
    view! {
        <section class="card import" aria-labelledby="import-heading">
            <h2 id="import-heading">{tr(heading)}</h2>
            <p>{tr(text)}</p>
            <div class="drop-zone" class:dragging=move || dragging.get()
                on:dragover=move |ev: leptos::ev::DragEvent| { ev.prevent_default(); dragging.set(true); }
                on:dragleave=move |_| dragging.set(false)
                on:drop=dropped>
                <label for="import-file">{tr(pick)}</label>
                <input id="import-file" type="file" accept=".json,application/json" on:change=picked />
                <p class="meta">{tr(Key::ImportDrop)}</p>
            </div>
            <p class="form-error" role="alert" hidden=move || refusal.with(Option::is_none)>{message}</p>
            {move || plan.get().map(|planned| match planned {
                Planned::Backup(plan) => view! { <Preview plan choices /> }.into_any(),
                Planned::Handover(plan) => view! { <HandoverPreview plan=*plan choices /> }.into_any(),
            })}
            <Show when=move || plan.with(Option::is_some)>
                <div class="actions">
                    <button type="button" class="primary" on:click=apply>{tr(Key::ImportApply)}</button>
                    <button type="button" on:click=move |_| { plan.set(None); checked.set(None); refusal.set(None); }>{tr(Key::Cancel)}</button>
                </div>
            </Show>
        </section>
    }
}

/// What the checked file holds and how each record arrives.
#[component]
fn Preview(plan: ImportPlan, choices: RwSignal<HashMap<String, Choice>>) -> impl IntoView {
    let state = use_app();
    let date = local_date(plan.exported_at)
        .map(|d| show_date(d, state.language()))
        .unwrap_or_default();
    let summary = Msg::with(
        Key::ImportSummary,
        vec![
            ("date", date),
            ("workshops", plan.workshops.len().to_string()),
            ("personas", plan.personas.len().to_string()),
        ],
    )
    .text(state.language());
    let nothing_new = plan
        .workshops
        .iter()
        .map(|i| i.arrival)
        .chain(plan.personas.iter().map(|i| i.arrival))
        .all(|a| a == Arrival::Same);
    view! {
        <section class="import-preview" aria-label=tr(Key::ImportPreview)>
            <h3>{tr(Key::ImportPreview)}</h3>
            <p>{summary}</p>
            <Show when=move || nothing_new>
                <p class="meta">{tr(Key::ImportNothingNew)}</p>
            </Show>
            <ul class="import-list">
                {plan.workshops.iter().map(|incoming| row(incoming, choices)).collect_view()}
                {plan.personas.iter().map(|incoming| row(incoming, choices)).collect_view()}
            </ul>
        </section>
    }
}

/// One record of the file: its name, how it arrives, and a choice when it
/// differs from the one here.
fn row<T: Record + Entity>(
    incoming: &Incoming<T>,
    choices: RwSignal<HashMap<String, Choice>>,
) -> impl IntoView {
    let state = use_app();
    let key = incoming.choice_key();
    let name = incoming.item.label().to_string();
    let arrival = match incoming.arrival {
        Arrival::New => Key::ImportNew,
        Arrival::Same => Key::ImportSame,
        Arrival::Conflict => Key::ImportConflict,
    };
    let choice = (incoming.arrival == Arrival::Conflict).then(|| {
        let label =
            Msg::with(Key::ImportChoiceFor, vec![("title", name.clone())]).text(state.language());
        let choose = move |ev| {
            let value = event_target_value(&ev);
            let choice = [Choice::Copy, Choice::Replace, Choice::Skip]
                .into_iter()
                .find(|c| choice_value(*c) == value)
                .unwrap_or_default();
            choices.update(|c| {
                c.insert(key.clone(), choice);
            });
        };
        view! {
            <select aria-label=label on:change=choose>
                <option value=choice_value(Choice::Copy) selected>{tr(Key::ImportCopy)}</option>
                <option value=choice_value(Choice::Replace)>{tr(Key::ImportReplace)}</option>
                <option value=choice_value(Choice::Skip)>{tr(Key::ImportSkip)}</option>
            </select>
        }
    });
    view! {
        <li>
            <span class="import-name">{name}</span>
            <span class="meta">{format!(" — {}", tr(arrival)())}</span>
            {choice}
        </li>
    }
}
