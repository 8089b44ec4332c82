//! The packing list (paklijst): every block's materials once, to tick off;
//! the ticks are stored with the programme.

use super::change_programme;
use crate::i18n::{ProgrammeKey, ProgrammeMsg};
use crate::model::programme::Programme;
use crate::model::WorkshopId;
use crate::ui::i18n::{tr, use_app};
use leptos::prelude::*;

/// The list with a tick box per thing.
#[component]
pub fn PackingList(id: WorkshopId, programme: Memo<Programme>) -> impl IntoView {
    let state = use_app();
    let items = Memo::new(move |_| programme.with(Programme::packing_list));
    let count = move || {
        items
            .with(|items| ProgrammeMsg::PackedCount {
                done: items.iter().filter(|i| i.packed).count().to_string(),
                all: items.len().to_string(),
            })
            .text(state.language())
    };
    view! {
        <section class="card packing-list" aria-labelledby="packing-heading">
            <h2 id="packing-heading">{tr(ProgrammeKey::PackingList)}</h2>
            <Show when=move || !items.with(Vec::is_empty)
                fallback=|| view! { <p class="empty">{tr(ProgrammeKey::PackingEmpty)}</p> }>
                <p class="meta" role="status">{count}</p>
                <ul class="packing-items">
                    <For each=move || items.get() key=|item| (item.key.clone(), item.packed, item.for_blocks.clone()) let:item>
                        {
                            let key = item.key.clone();
                            let blocks = ProgrammeMsg::ForBlocks { blocks: item.for_blocks.join(", ") }.text(state.language());
                            view! {
                                <li>
                                    <label class="choice">
                                        <input type="checkbox" prop:checked=item.packed
                                            on:change=move |_| {
                                                let key = key.clone();
                                                let _ = change_programme(state, id, |p| {
                                                    p.toggle_packed(&key);
                                                    Ok(())
                                                });
                                            } />
                                        {item.name.clone()}
                                        <span class="meta">" ("{blocks}")"</span>
                                    </label>
                                </li>
                            }
                        }
                    </For>
                </ul>
            </Show>
        </section>
    }
}
