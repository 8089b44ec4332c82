//! A page about one record found by the `:id` in the address (a workshop, a persona):
//! its details while the record exists, a message when it does not (a wrong link,
//! or deleted in another tab).

use super::i18n::tr;
use crate::i18n::Key;
use crate::model::{Collection, Id, Record};
use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

/// The view of the record in `list` named by the address, drawn by `details`.
pub fn record_by_address<T: Record>(
    list: Signal<Collection<T>>,
    not_found: Key,
    details: fn(Id<T::Kind>) -> AnyView,
) -> impl IntoView {
    let params = use_params_map();
    // An address whose id the app could not have made names nothing.
    let id = Memo::new(move |_| params.with(|p| p.get_str("id")?.parse::<Id<T::Kind>>().ok()));
    let exists = Memo::new(move |_| {
        id.get()
            .is_some_and(|id| list.with(|l| l.get(id).is_some()))
    });
    move || {
        // Read here, tracked: a duplicate opens under a new id on the same page.
        match id.get() {
            Some(id) if exists.get() => details(id),
            _ => view! { <p class="empty">{tr(not_found)}</p> }.into_any(),
        }
    }
}
