//! Putting a backup back: pick a `.werktafel.json` file or drop it here. The
//! file is read and checked in full on the device; a preview says what it holds
//! and what is new, already here, or different from what is here (with a
//! choice per difference); only "Inlezen" changes anything, all or nothing.

use super::i18n::{show_date, tr, use_app, Msg};
use crate::i18n::{import_message, Key};
use crate::model::Record;
use crate::platform::clock::{local_date, new_id};
use crate::platform::read_file::{read_bytes, ReadError};
use crate::transfer::{
    apply_import, plan_import, read_backup, Arrival, Backup, Choice, ImportError, ImportPlan,
    Incoming, MAX_IMPORT_BYTES,
};
use crate::ui::state::SaveFailure;
use leptos::prelude::*;
use leptos::task::spawn_local;
use std::collections::HashMap;
use wasm_bindgen::JsCast;

/// Why nothing was imported.
#[derive(Debug, Clone, PartialEq)]
enum Refusal {
    File(ImportError),
    Unreadable,
    Save(SaveFailure),
    /// The device changed after the preview was made; the preview is new.
    Changed,
}

/// What importing `backup` would do against what is on this device now.
fn plan_now(state: crate::ui::state::AppState, backup: Backup) -> ImportPlan {
    state.workshops.with_untracked(|w| {
        state
            .personas
            .with_untracked(|p| plan_import(backup, w.all(), p.all()))
    })
}

/// The import part of the settings page.
#[component]
pub fn ImportPanel() -> impl IntoView {
    let state = use_app();
    let plan = RwSignal::new(None::<ImportPlan>);
    // The checked file, to plan again at "Inlezen" (the device may have changed).
    let checked = RwSignal::new(None::<Backup>);
    let choices = RwSignal::new(HashMap::<String, Choice>::new());
    let refusal = RwSignal::new(None::<Refusal>);
    let dragging = RwSignal::new(false);
    let open_file = move |file: web_sys::File| {
        spawn_local(async move {
            let read = match read_bytes(&file, MAX_IMPORT_BYTES).await {
                Ok(bytes) => read_backup(&bytes).map_err(Refusal::File),
                Err(ReadError::TooLarge(bytes)) => {
                    Err(Refusal::File(ImportError::TooLarge { bytes }))
                }
                Err(ReadError::Unreadable) => Err(Refusal::Unreadable),
            };
            match read {
                Ok(backup) => {
                    choices.set(HashMap::new());
                    refusal.set(None);
                    plan.set(Some(plan_now(state, backup.clone())));
                    checked.set(Some(backup));
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
        let Some(input) = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
        else {
            return;
        };
        if let Some(file) = input.files().and_then(|files| files.get(0)) {
            open_file(file);
        }
        // The same file can be picked again after a change.
        input.set_value("");
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
        let (Some(shown), Some(backup)) = (plan.get_untracked(), checked.get_untracked()) else {
            return;
        };
        let current = plan_now(state, backup);
        if current != shown {
            plan.set(Some(current));
            refusal.set(Some(Refusal::Changed));
            return;
        }
        let suffix = state.text_now(Key::ImportCopySuffix);
        let applied = choices.with_untracked(|c| apply_import(&current, c, new_id, suffix));
        let counts = (
            applied.workshops.len().to_string(),
            applied.personas.len().to_string(),
        );
        match state.import(applied) {
            Ok(()) => {
                plan.set(None);
                checked.set(None);
                refusal.set(None);
                state.toast(
                    Msg::with(
                        Key::ImportDone,
                        vec![("workshops", counts.0), ("personas", counts.1)],
                    ),
                    None,
                );
            }
            Err(failure) => refusal.set(Some(Refusal::Save(failure))),
        }
    };
    view! {
        <section class="card import" aria-labelledby="import-heading">
            <h2 id="import-heading">{tr(Key::ImportHeading)}</h2>
            <p>{tr(Key::ImportText)}</p>
            <div class="drop-zone" class:dragging=move || dragging.get()
                on:dragover=move |ev: leptos::ev::DragEvent| { ev.prevent_default(); dragging.set(true); }
                on:dragleave=move |_| dragging.set(false)
                on:drop=dropped>
                <label for="import-file">{tr(Key::ImportPick)}</label>
                <input id="import-file" type="file" accept=".json,application/json" on:change=picked />
                <p class="meta">{tr(Key::ImportDrop)}</p>
            </div>
            <p class="form-error" role="alert" hidden=move || refusal.with(Option::is_none)>{message}</p>
            {move || plan.get().map(|plan_now| view! { <Preview plan=plan_now choices /> })}
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
fn row<T: Record>(
    incoming: &Incoming<T>,
    choices: RwSignal<HashMap<String, Choice>>,
) -> impl IntoView {
    let state = use_app();
    let id = incoming.item.id().to_string();
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
            let choice = match event_target_value(&ev).as_str() {
                "replace" => Choice::Replace,
                "skip" => Choice::Skip,
                _ => Choice::Copy,
            };
            choices.update(|c| {
                c.insert(id.clone(), choice);
            });
        };
        view! {
            <select aria-label=label on:change=choose>
                <option value="copy" selected>{tr(Key::ImportCopy)}</option>
                <option value="replace">{tr(Key::ImportReplace)}</option>
                <option value="skip">{tr(Key::ImportSkip)}</option>
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
