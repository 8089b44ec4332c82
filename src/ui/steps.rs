//! A row of buttons that choose which part of a page is on screen (steps of a
//! work form, what the projector shows); the chosen one is pressed.

use super::ask::form_links;
use super::form_at::{FormAt, FormRoute};
use super::i18n::{tr, use_app};
use crate::i18n::{Key, Text};
use crate::platform::page;
use leptos::prelude::*;
use leptos_router::components::A;

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

/// The buttons of `steps` in a group named `label`.
fn steps_group<T>(
    chosen: RwSignal<T>,
    label: impl Into<Text>,
    steps: impl IntoIterator<Item = (T, impl Into<Text>)>,
) -> impl IntoView
where
    T: Copy + PartialEq + Send + Sync + 'static,
{
    let buttons: Vec<_> = steps
        .into_iter()
        .map(|(value, key)| step_button(chosen, value, key))
        .collect();
    view! { <div class="steps" role="group" aria-label=tr(label)>{buttons}</div> }
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
    view! {
        <div class="cafe-bar">
            {steps_group(chosen, label, steps)}
            {form_links(at, projector)}
        </div>
    }
}

/// A work form's projector page: the bar with the way back, the choice of what
/// the screen shows (`steps`, named by `label`s) and full screen, then
/// `screen` while the work form exists.
pub fn projector_page<F: FormRoute, T>(
    at: Memo<FormAt<F>>,
    chosen: RwSignal<T>,
    steps: Vec<(T, Text)>,
    screen: impl Fn(T) -> AnyView + Clone + Send + Sync + 'static,
) -> impl IntoView
where
    T: Copy + PartialEq + Send + Sync + 'static,
{
    let exists = FormAt::exists(at, use_app());
    view! {
        <div class="screen-bar">
            <A href=move || at.get().path("") attr:class="back">{tr(Key::ProjectorBack)}</A>
            {steps_group(chosen, Key::ProjectorShows, steps)}
            <button type="button" on:click=move |_| page::enter_full_screen()>{tr(Key::FullScreen)}</button>
        </div>
        <h1 class="visually-hidden">{tr(Key::ProjectorTitle)}</h1>
        <Show when=move || exists.get() fallback=|| view! { <p class="empty">{tr(Key::ActivityNotFound)}</p> }>
            {
                let screen = screen.clone();
                move || screen(chosen.get())
            }
        </Show>
    }
}
