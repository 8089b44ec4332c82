//! The programme for the room, on the projector: every block with its time
//! in large type, the block on now marked, and how far ahead or behind the
//! meeting runs while the programme is being run.

use super::programme_of;
use crate::i18n::{Key, ProgrammeKey};
use crate::model::programme::Programme;
use crate::model::WorkshopId;
use crate::transfer::slot_text;
use crate::ui::i18n::{tr, use_app};
use crate::ui::links::app_path;
use crate::ui::record_page::record_by_address;
use leptos::prelude::*;
use leptos_router::components::A;

/// The projector page of the workshop in the address.
#[component]
pub fn ProgrammeScreen() -> impl IntoView {
    let state = use_app();
    record_by_address(state.workshops().into(), Key::WorkshopNotFound, |id| {
        view! { <ScreenOf id /> }.into_any()
    })
}

/// The programme of workshop `id` for the room.
#[component]
fn ScreenOf(id: WorkshopId) -> impl IntoView {
    let state = use_app();
    let programme = programme_of(id);
    let status = super::live::ticking_status(programme);
    let now_index = Memo::new(move |_| status.get().filter(|s| !s.finished).map(|s| s.index));
    let schedule = move || status.get().map(|s| super::live::schedule_text(&s, state));
    let rows = move || {
        programme.with(|p: &Programme| {
            p.blocks
                .iter()
                .zip(p.slots())
                .enumerate()
                .map(|(index, (block, slot))| {
                    let is_now = move || now_index.get() == Some(index);
                    view! {
                        <li class:now=is_now aria-current=move || is_now().then_some("step")>
                            <span class="screen-time">{slot_text(&slot)}</span>
                            <span class="screen-block">{block.title.clone()}</span>
                        </li>
                    }
                })
                .collect_view()
        })
    };
    view! {
        <div class="programme-screen">
            <A href=app_path(&format!("/bijeenkomst/{id}/programma")) attr:class="back">{tr(ProgrammeKey::BackToProgramme)}</A>
            <h1>{tr(ProgrammeKey::Programme)}</h1>
            <p class="live-schedule" role="status">{schedule}</p>
            <ol class="screen-blocks">{rows}</ol>
        </div>
    }
}
