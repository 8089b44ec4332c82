//! A row of buttons that choose which part of a page is on screen (steps of a
//! work form, what the projector shows); the chosen one is pressed.

use super::i18n::tr;
use crate::i18n::Key;
use leptos::prelude::*;

/// A button that shows part `value` of `chosen` when tapped.
pub fn step_button<T>(chosen: RwSignal<T>, value: T, label: Key) -> impl IntoView
where
    T: Copy + PartialEq + Send + Sync + 'static,
{
    view! {
        <button type="button" aria-pressed=move || (chosen.get() == value).to_string()
            on:click=move |_| chosen.set(value)>{tr(label)}</button>
    }
}
