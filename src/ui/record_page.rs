//! A page about one record found by the `:id` in the address (a workshop, a persona):
//! its details while the record exists, a message when it does not (a wrong link,
//! or deleted in another tab).

use super::i18n::tr;
use crate::i18n::Key;
use crate::model::{Collection, Record};
use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

/// The view of the record in `list` named by the address, drawn by `details`.
pub fn record_by_address<T: Record>(
    list: Signal<Collection<T>>,
    not_found: Key,
    details: fn(String) -> AnyView,
) -> impl IntoView {
    let params = use_params_map();
    let id = Memo::new(move |_| params.with(|p| p.get("id").unwrap_or_default()));
    let exists = Memo::new(move |_| list.with(|l| l.get(&id.get()).is_some()));
    move || {
        // Read here, tracked: a duplicate opens under a new id on the same page.
        let id = id.get();
        if exists.get() {
            details(id)
        } else {
            view! { <p class="empty">{tr(not_found)}</p> }.into_any()
        }
    }
}
