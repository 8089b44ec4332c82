//! Filling a programme at once: from one of the ready programmes, or by
//! copying another workshop's programme (its work forms come as new, empty
//! forms of the same kinds).

use super::add_planned;
use crate::i18n::ProgrammeKey;
use crate::library::{PlannedBlock, TEMPLATES};
use crate::model::programme::{BlockDraft, BlockKind, PlainKind, Programme};
use crate::model::{ValidationError, Workshop, WorkshopId};
use crate::ui::form_error::FormError;
use crate::ui::i18n::{tr, use_app};
use leptos::prelude::*;

/// Another workshop's blocks as blocks to add here.
fn copied_blocks(from: &Workshop) -> Vec<PlannedBlock> {
    from.programme
        .blocks
        .iter()
        .map(|block| {
            let mut draft = BlockDraft::from_block(block);
            let form = match block.kind {
                BlockKind::Form(activity) => match from.activity(activity) {
                    Some(activity) => Some(activity.body.kind()),
                    None => {
                        draft.kind = BlockKind::Plain(PlainKind::Free);
                        None
                    }
                },
                BlockKind::Plain(_) => None,
            };
            (draft, form)
        })
        .collect()
}

/// The ready programmes and the copy from another workshop.
#[component]
pub fn StartFrom(id: WorkshopId, programme: Memo<Programme>) -> impl IntoView {
    let state = use_app();
    let error = RwSignal::new(None::<ValidationError>);
    let others = Memo::new(move |_| {
        state.workshops().with(|w| {
            w.all()
                .iter()
                .filter(|o| o.id != id && !o.programme.blocks.is_empty())
                .map(|o| (o.id, o.title.clone()))
                .collect::<Vec<_>>()
        })
    });
    let source = RwSignal::new(None::<WorkshopId>);
    let copy = move |_| {
        let from = source
            .get_untracked()
            .or_else(|| others.with_untracked(|o| o.first().map(|o| o.0)));
        let planned = from.and_then(|from| {
            state
                .workshops()
                .with_untracked(|w| w.get(from).map(copied_blocks))
        });
        if let Some(planned) = planned {
            error.set(add_planned(state, id, planned).err());
        }
    };
    let empty = move || programme.with(|p| p.blocks.is_empty());
    view! {
        <Show when=empty>
            <section class="card templates" aria-labelledby="templates-heading">
                <h2 id="templates-heading">{tr(ProgrammeKey::Templates)}</h2>
                <ul class="template-list">
                    {TEMPLATES.iter().map(|template| {
                        let use_it = move |_| {
                            if let Some(planned) = template.drafts(state.language()) {
                                error.set(add_planned(state, id, planned).err());
                            }
                        };
                        view! {
                            <li>
                                <h3>{tr(template.name)}</h3>
                                <p class="meta">{tr(template.about)}</p>
                                <button type="button" aria-label=move || format!("{}: {}", tr(ProgrammeKey::UseTemplate)(), tr(template.name)())
                                    on:click=use_it>{tr(ProgrammeKey::UseTemplate)}</button>
                            </li>
                        }
                    }).collect_view()}
                </ul>
            </section>
        </Show>
        <Show when=move || !others.with(Vec::is_empty)>
            <section class="card form copy-programme">
                <label for="copy-from">{tr(ProgrammeKey::CopyFrom)}</label>
                <select id="copy-from" on:change=move |ev| source.set(event_target_value(&ev).parse().ok())>
                    <For each=move || others.get() key=|o| o.clone() let:other>
                        <option value=other.0.to_string()>{other.1}</option>
                    </For>
                </select>
                <button type="button" on:click=copy>{tr(ProgrammeKey::CopyButton)}</button>
            </section>
        </Show>
        <FormError error />
    }
}
