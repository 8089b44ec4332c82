//! Reading a `.werktafel.json` file in: a backup, or one table or group handed
//! over from another tablet. Pick the file or drop it here. It is read and
//! checked in full on the device; a preview says what it holds and what is
//! new, already here, or different from what is here (with a choice per
//! difference); only "Inlezen" changes anything, all or nothing.

mod backup_preview;
mod flow;
mod plan;

use super::i18n::{tr, use_app};
use crate::i18n::Key;
use crate::platform::read_file::{picked_file, read_bytes, ReadError};
use crate::transfer::{read_import, Choice, ImportError, ImportFile, MAX_IMPORT_BYTES};
use crate::ui::handover_preview::HandoverPreview;
use crate::ui::state::AppState;
use backup_preview::BackupPreview;
use flow::{other_plan, Import, Planned, Refusal};
use leptos::prelude::*;
use leptos::task::spawn_local;
use plan::{plan_now, save};

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
    let import = RwSignal::new(Import::Waiting);
    let refusal = move || {
        let language = state.language();
        import.with(|i| i.refusal().map(|why| why.text(language)))
    };
    view! {
        <section class="card import" aria-labelledby="import-heading">
            <h2 id="import-heading">{tr(heading)}</h2>
            <p>{tr(text)}</p>
            <DropZone pick import />
            <p class="form-error" role="alert" hidden=move || import.with(|i| i.refusal().is_none())>{refusal}</p>
            <PlanPreview import />
            <Show when=move || import.with(|i| i.preview().is_some())>
                <div class="actions">
                    <button type="button" class="primary" on:click=move |_| apply(state, import)>{tr(Key::ImportApply)}</button>
                    <button type="button" on:click=move |_| import.set(Import::Waiting)>{tr(Key::Cancel)}</button>
                </div>
            </Show>
        </section>
    }
}

/// Where the file is picked (`pick` names the button), or dropped: the zone
/// lights up while a file is dragged over it.
#[component]
fn DropZone(pick: Key, import: RwSignal<Import>) -> impl IntoView {
    let state = use_app();
    let dragging = RwSignal::new(false);
    let picked = move |ev: leptos::ev::Event| {
        if let Some(file) = picked_file(&ev) {
            open_file(state, import, file);
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
            open_file(state, import, file);
        }
    };
    view! {
        <div class="drop-zone" class:dragging=move || dragging.get()
            on:dragover=move |ev: leptos::ev::DragEvent| { ev.prevent_default(); dragging.set(true); }
            on:dragleave=move |_| dragging.set(false)
            on:drop=dropped>
            <label for="import-file">{tr(pick)}</label>
            <input id="import-file" type="file" accept=".json,application/json" on:change=picked />
            <p class="meta">{tr(Key::ImportDrop)}</p>
        </div>
    }
}

/// The preview of the plan on show. It is drawn anew only for another plan,
/// so its selects keep what the user chose while a message comes or goes.
#[component]
fn PlanPreview(import: RwSignal<Import>) -> impl IntoView {
    let shown = Memo::new_with_compare(move |_| import.with(Import::planned), other_plan);
    let choose = Callback::new(move |(key, choice): (String, Choice)| {
        import.update(|i| i.choose(key, choice));
    });
    move || {
        shown.get().map(|planned| match &*planned {
            Planned::Backup(plan) => {
                view! { <BackupPreview plan=plan.clone() choose /> }.into_any()
            }
            Planned::Handover(plan) => {
                view! { <HandoverPreview plan=(**plan).clone() choose /> }.into_any()
            }
        })
    }
}

/// Reads, checks and plans a picked or dropped file, then shows its preview
/// or why it was refused.
fn open_file(state: AppState, import: RwSignal<Import>, file: web_sys::File) {
    spawn_local(async move {
        let read = read_file(state, &file).await;
        import.set(Import::opened(read));
    });
}

/// The file read, checked and planned against this device, or why not.
async fn read_file(
    state: AppState,
    file: &web_sys::File,
) -> Result<(ImportFile, Planned), Refusal> {
    match read_bytes(file, MAX_IMPORT_BYTES).await {
        Ok(bytes) => read_import(&bytes)
            .and_then(|file| plan_now(state, file.clone()).map(|planned| (file, planned)))
            .map_err(Refusal::File),
        Err(ReadError::TooLarge(bytes)) => Err(Refusal::File(ImportError::TooLarge { bytes })),
        Err(ReadError::Unreadable) => Err(Refusal::Unreadable),
    }
}

/// "Inlezen": saves the preview on show, if this device did not change since.
fn apply(state: AppState, import: RwSignal<Import>) {
    let Some(preview) = import.with_untracked(|i| i.preview().cloned()) else {
        return;
    };
    let next = preview.apply(
        |file| plan_now(state, file),
        |planned, choices| save(state, planned, choices),
    );
    import.set(next);
}
