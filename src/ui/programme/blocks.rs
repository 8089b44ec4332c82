//! The programme's blocks as a list: clock time, title, kind and length, with
//! a handle to drag each to another place (`drag`) and buttons to move,
//! change, duplicate and delete it (delete with undo).

use super::block_form::Editing;
use super::change_programme;
use super::drag::Drag;
use crate::i18n::{CommonMsg, Key, ProgrammeKey, ProgrammeMsg};
use crate::model::programme::{Block, Programme};
use crate::model::{BlockId, WorkshopId};
use crate::platform::clock::short_id;
use crate::transfer::{duration_text, kind_label, slot_text};
use crate::ui::i18n::{tr, tr_msg, use_app};
use crate::ui::state::{AppState, Undo};
use leptos::prelude::*;

/// The blocks in order.
#[component]
pub fn BlockList(
    id: WorkshopId,
    programme: Memo<Programme>,
    editing: RwSignal<Editing>,
) -> impl IntoView {
    let rows = Memo::new(move |_| {
        programme.with(|p| {
            p.blocks
                .iter()
                .cloned()
                .zip(p.slots().iter().map(slot_text))
                .collect::<Vec<_>>()
        })
    });
    let drag = Drag::new(id, programme);
    view! {
        <Show when=move || rows.with(Vec::is_empty)>
            <p class="empty">{tr(ProgrammeKey::NoBlocks)}</p>
        </Show>
        <ol class="programme-blocks" node_ref=drag.list
            on:pointerdown=move |ev| drag.start(&ev) on:pointermove=move |ev| drag.follow(&ev)
            on:pointerup=move |ev| drag.drop(&ev) on:pointercancel=move |_| drag.stop()>
            <For each=move || rows.get() key=|row| row.clone()
                children=move |(block, time)| view! { <BlockRow id block time editing /> } />
        </ol>
    }
}

/// One block with its handle (hidden from screen readers: the buttons do
/// the same) and buttons.
#[component]
fn BlockRow(
    id: WorkshopId,
    block: Block,
    time: String,
    editing: RwSignal<Editing>,
) -> impl IntoView {
    let state = use_app();
    let block_id = block.id;
    let title = block.title.clone();
    let kind = move || {
        state.workshops().with(|w| {
            w.get(id)
                .map(|w| kind_label(block.kind, w).text(state.language()).to_string())
                .unwrap_or_default()
        })
    };
    let minutes = move || duration_text(block.minutes.into(), state.language());
    let shift = move |by: isize| {
        move |_| {
            let _ = change_programme(state, id, |p| p.shift(block_id, by));
        }
    };
    let duplicate = move |_| {
        let _ = change_programme(state, id, |p| p.duplicate(block_id, short_id()));
    };
    let remove = move |_| remove_block(state, id, block_id);
    let named = |message: fn(String) -> ProgrammeMsg| tr_msg(message(title.clone()));
    view! {
        <li class="card programme-block">
            <span class="drag-handle" aria-hidden="true" title=tr(ProgrammeKey::DragHandle)>"⠿"</span>
            <p class="block-time">{time}</p>
            <h2 class="block-title">{block.title.clone()}</h2>
            <p class="meta">{kind}" · "{minutes}</p>
            {(!block.leader.is_empty()).then(|| view! { <p class="meta">{tr(ProgrammeKey::FieldLeader)}": "{block.leader.clone()}</p> })}
            {(!block.goal.is_empty()).then(|| view! { <p class="pre-line">{block.goal.clone()}</p> })}
            <div class="actions block-buttons">
                <button type="button" aria-label=named(|title| ProgrammeMsg::MoveUpNamed { title }) on:click=shift(-1)>"↑ "{tr(ProgrammeKey::MoveUp)}</button>
                <button type="button" aria-label=named(|title| ProgrammeMsg::MoveDownNamed { title }) on:click=shift(1)>"↓ "{tr(ProgrammeKey::MoveDown)}</button>
                <button type="button" aria-label=tr_msg(CommonMsg::EditNamed { title: title.clone() })
                    on:click=move |_| editing.set(Editing::Block(block_id))>{tr(Key::Edit)}</button>
                <button type="button" aria-label=named(|title| ProgrammeMsg::DuplicateNamed { title }) on:click=duplicate>{tr(Key::Duplicate)}</button>
                <button type="button" class="danger" aria-label=tr_msg(CommonMsg::DeleteNamed { title: title.clone() })
                    on:click=remove>{tr(Key::Delete)}</button>
            </div>
        </li>
    }
}

/// Takes a block out and offers to put it back.
fn remove_block(state: AppState, workshop_id: WorkshopId, block_id: BlockId) {
    if let Ok((index, block)) = change_programme(state, workshop_id, |p| p.remove(block_id)) {
        let name = block.title.clone();
        state.offer_undo(
            Undo::Block {
                workshop_id,
                index,
                block,
            },
            name,
        );
    }
}
