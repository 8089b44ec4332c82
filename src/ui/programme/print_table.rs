//! The programme as a table for paper: time, block, goal, materials and who
//! leads it, one row per block. Shown only when printing (and saved as PDF
//! through the browser's print dialog); the screen shows the list instead.

use crate::i18n::ProgrammeKey;
use crate::model::programme::Programme;
use crate::transfer::{duration_text, slot_text};
use crate::ui::i18n::{tr, use_app};
use leptos::prelude::*;

/// The table, in the workshop's order.
#[component]
pub fn PrintTable(title: Memo<String>, programme: Memo<Programme>) -> impl IntoView {
    let state = use_app();
    let rows = move || {
        programme.with(|p| {
            p.blocks
                .iter()
                .zip(p.slots())
                .map(|(block, slot)| {
                    let time = slot_text(&slot);
                    let length = duration_text(block.minutes.into(), state.language());
                    view! {
                        <tr>
                            <td>{time}<br />{length}</td>
                            <td>{block.title.clone()}</td>
                            <td class="pre-line">{block.goal.clone()}</td>
                            <td class="pre-line">{block.materials.clone()}</td>
                            <td>{block.leader.clone()}</td>
                        </tr>
                    }
                })
                .collect_view()
        })
    };
    view! {
        <table class="programme-print">
            <caption>{move || title.get()}</caption>
            <thead>
                <tr>
                    <th scope="col">{tr(ProgrammeKey::ColumnBegins)}</th>
                    <th scope="col">{tr(ProgrammeKey::ColumnBlock)}</th>
                    <th scope="col">{tr(ProgrammeKey::ColumnGoal)}</th>
                    <th scope="col">{tr(ProgrammeKey::ColumnMaterials)}</th>
                    <th scope="col">{tr(ProgrammeKey::ColumnLeader)}</th>
                </tr>
            </thead>
            <tbody>{rows}</tbody>
        </table>
    }
}
