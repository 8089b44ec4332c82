//! A row of buttons that choose which part of a page is on screen (steps of a
//! work form, what the projector shows); the chosen one is pressed.

use super::ask::form_links;
use super::form_at::{FormAt, FormRoute};
use super::i18n::tr;
use crate::i18n::Text;
use leptos::prelude::*;

/// A button that shows part `value` of `chosen` when tapped.
pub fn step_button<T>(chosen: RwSignal<T>, value: T, label: impl Into<Text>) -> impl IntoView
where
    T: Copy + PartialEq + Send + Sync + 'static,
{
    view! {
        <button type="button" aria-pressed=move || (chosen.get() == value).to_string()
            on:click=move |_| chosen.set(value)>{tr(label)}</button>
    }
}

/// A work form's bar: its steps in a group named `label`, and the links to its
/// question for phones and, with `projector`, to its projector screen.
pub fn form_bar<F: FormRoute, T>(
    at: Memo<FormAt<F>>,
    chosen: RwSignal<T>,
    label: impl Into<Text>,
    steps: [(T, impl Into<Text>); 3],
    projector: bool,
) -> impl IntoView
where
    T: Copy + PartialEq + Send + Sync + 'static,
{
    let buttons: Vec<_> = steps
        .into_iter()
        .map(|(value, key)| step_button(chosen, value, key))
        .collect();
    view! {
        <div class="cafe-bar">
            <div class="steps" role="group" aria-label=tr(label)>{buttons}</div>
            {form_links(at, projector)}
        </div>
    }
}
