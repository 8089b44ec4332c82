//! The programme (draaiboek) of a workshop: its blocks in order with their
//! clock times, a form to add or change a block, moving, duplicating and
//! deleting with undo, the packing list, and running it live (`live`).

mod block_form;
mod blocks;
mod drag;
mod live;
mod packing;
mod print_table;
mod projector;
mod start_from;

pub(crate) use block_form::{plain_from_value, plain_value};
pub use live::LivePage;
pub use projector::ProgrammeScreen;

use super::form_pages::ADDABLE;
use super::i18n::{tr, use_app};
use super::links::app_path;
use super::record_page::record_by_address;
use super::state::AppState;
use crate::forms::{ActivityBody, FormKind};
use crate::i18n::{Key, ProgrammeKey};
use crate::library::PlannedBlock;
use crate::model::programme::Programme;
use crate::model::{NewBlock, ValidationError, WorkshopId};
use crate::platform::clock::{new_id, short_id};
use crate::platform::page;
use crate::transfer::total_text;
use block_form::{BlockForm, Editing};
use blocks::BlockList;
use leptos::prelude::*;
use leptos_router::components::A;
use packing::PackingList;

/// The programme page of the workshop in the address.
#[component]
pub fn ProgrammePage() -> impl IntoView {
    let state = use_app();
    record_by_address(state.workshops().into(), Key::WorkshopNotFound, |id| {
        view! { <ProgrammeOf id /> }.into_any()
    })
}

/// The workshop's programme as it is stored, following every change.
pub(super) fn programme_of(id: WorkshopId) -> Memo<Programme> {
    let state = use_app();
    Memo::new(move |_| {
        state
            .workshops()
            .with(|w| w.get(id).map(|w| w.programme.clone()))
            .unwrap_or_default()
    })
}

/// Changes the programme of workshop `id` and saves it; nothing changes if
/// `change` refuses.
pub(super) fn change_programme<R>(
    state: AppState,
    id: WorkshopId,
    change: impl FnOnce(&mut Programme) -> Result<R, ValidationError>,
) -> Result<R, ValidationError> {
    state.change_workshop(id, |w, at| w.change_programme(at, change))
}

/// Adds `planned` blocks at the end of workshop `id`'s programme, each with
/// its new work form if it has one, all in one change or none; the
/// workshop's title.
pub(crate) fn add_planned(
    state: AppState,
    id: WorkshopId,
    planned: Vec<PlannedBlock>,
) -> Result<String, ValidationError> {
    let blocks = planned
        .into_iter()
        .map(|(draft, kind)| NewBlock {
            id: short_id(),
            draft,
            form: kind.map(|kind| (new_id(), new_form(state, kind))),
        })
        .collect();
    state.change_workshop(id, |w, at| {
        w.add_blocks(blocks, at)?;
        Ok(w.title.clone())
    })
}

/// A new, empty work form of `kind`, as the workshop's add buttons make it.
fn new_form(state: AppState, kind: FormKind) -> ActivityBody {
    let index = FormKind::ALL.iter().position(|k| *k == kind).unwrap_or(0);
    (ADDABLE[index].1)(state)
}

/// The programme of workshop `id`.
#[component]
fn ProgrammeOf(id: WorkshopId) -> impl IntoView {
    let state = use_app();
    let programme = programme_of(id);
    let editing = RwSignal::new(Editing::New);
    let total = move || programme.with(|p| total_text(p, state.language()));
    let has_blocks = move || programme.with(|p| !p.blocks.is_empty());
    let title = Memo::new(move |_| {
        state
            .workshops()
            .with(|w| w.get(id).map(|w| w.title.clone()))
            .unwrap_or_default()
    });
    view! {
        <A href=app_path(&format!("/bijeenkomst/{id}")) attr:class="back">{tr(Key::BackToWorkshop)}</A>
        <h1>{tr(ProgrammeKey::OpenProgramme)}</h1>
        <p class="meta programme-intro">{tr(ProgrammeKey::ProgrammeIntro)}</p>
        <StartTime id programme />
        <p class="programme-total" role="status">{total}</p>
        <div class="actions">
            <A href=app_path(&format!("/methoden?voor={id}")) attr:class="button">{tr(ProgrammeKey::FromLibrary)}</A>
            <Show when=has_blocks>
                <A href=app_path(&format!("/bijeenkomst/{id}/draaien")) attr:class="button primary">
                    {tr(ProgrammeKey::RunProgramme)}
                </A>
                <A href=app_path(&format!("/bijeenkomst/{id}/programma-scherm")) attr:class="button">
                    {tr(ProgrammeKey::Projector)}
                </A>
                <button type="button" on:click=move |_| page::print()>{tr(ProgrammeKey::Print)}</button>
            </Show>
        </div>
        <print_table::PrintTable title programme />
        <BlockList id programme editing />
        <BlockForm id programme editing />
        <start_from::StartFrom id programme />
        <PackingList id programme />
    }
}

/// The start time, saved when it is left or Enter is pressed.
#[component]
fn StartTime(id: WorkshopId, programme: Memo<Programme>) -> impl IntoView {
    let state = use_app();
    let error = RwSignal::new(None::<ValidationError>);
    let typed = RwSignal::new(
        programme
            .get_untracked()
            .start
            .map(|t| t.to_string())
            .unwrap_or_default(),
    );
    let save = move || {
        let text = typed.get_untracked();
        let saved = change_programme(state, id, |p| p.set_start(&text));
        error.set(saved.err());
    };
    view! {
        <form class="form start-time" novalidate on:submit=move |ev| { ev.prevent_default(); save(); }>
            <label for="programme-start">{tr(ProgrammeKey::FieldStartTime)}</label>
            <input id="programme-start" type="text" inputmode="numeric" autocomplete="off"
                aria-describedby="programme-start-hint programme-start-error"
                prop:value=move || typed.get()
                on:input=move |ev| typed.set(event_target_value(&ev))
                on:change=move |_| save() />
            <p class="meta" id="programme-start-hint">{tr(ProgrammeKey::StartTimeHint)}</p>
            <super::form_error::FormError error id="programme-start-error".to_string() />
        </form>
    }
}
