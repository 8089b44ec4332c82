//! Form fields of a work form: a text field that saves while typing, a number
//! field that applies its value when changed, and a one-line form that adds a
//! theme. A refused value shows why next to the field and changes nothing.

use super::autosave::AutoSave;
use super::form_at::{FormAt, FormRoute};
use super::form_error::FormError;
use super::i18n::{tr, use_app};
use crate::i18n::Text;
use crate::model::{ThemeId, ValidationError, MAX_THEME_CHARS};
use crate::platform::clock::short_id;
use leptos::prelude::*;

/// A text field that saves into the work form with `apply` while typing.
pub fn text_field<T: FormRoute>(
    at: Memo<FormAt<T>>,
    id: String,
    label: impl Fn() -> String + Send + Sync + 'static,
    initial: String,
    rows: Option<u32>,
    apply: impl Fn(&mut T, &str) -> Result<(), ValidationError> + Send + Sync + 'static,
) -> impl IntoView {
    let state = use_app();
    let error = RwSignal::new(None::<ValidationError>);
    let auto_save = AutoSave::new(move |typed: String| {
        error.try_set(at.get_untracked().change(state, |c| apply(c, &typed)).err());
    });
    let error_id = format!("{id}-error");
    let field = match rows {
        Some(rows) => view! {
            <textarea id=id.clone() rows=rows aria-describedby=error_id.clone() prop:value=initial
                on:input=move |ev| auto_save.typed(event_target_value(&ev))
                on:change=move |_| auto_save.flush()></textarea>
        }
        .into_any(),
        None => view! {
            <input id=id.clone() type="text" aria-describedby=error_id.clone() prop:value=initial
                on:input=move |ev| auto_save.typed(event_target_value(&ev))
                on:change=move |_| auto_save.flush() />
        }
        .into_any(),
    };
    view! {
        <label for=id>{label}</label>
        {field}
        <FormError error id=error_id />
    }
}

/// A number field that applies its value when changed.
pub fn number_field<T: FormRoute>(
    at: Memo<FormAt<T>>,
    id: &'static str,
    label: impl Into<Text>,
    range: (usize, usize),
    initial: usize,
    apply: impl Fn(&mut T, usize) -> Result<(), ValidationError> + Copy + Send + Sync + 'static,
    refused: ValidationError,
) -> impl IntoView {
    let state = use_app();
    let error = RwSignal::new(None::<ValidationError>);
    let change = move |ev| {
        let result = match event_target_value(&ev).trim().parse::<usize>() {
            Ok(number) => at.get_untracked().change(state, |c| apply(c, number)),
            Err(_) => Err(refused.clone()),
        };
        error.set(result.err());
    };
    let error_id = format!("{id}-error");
    view! {
        <label for=id>{tr(label)}</label>
        <input id=id type="number" inputmode="numeric" min=range.0 max=range.1 prop:value=initial.to_string()
            aria-describedby=error_id.clone() on:change=change />
        <FormError error id=error_id />
    }
}

/// A theme name field with an add button (Enter adds too); `add` gets a new id
/// and the name. The field empties when the theme is added.
pub fn add_theme_form<T: FormRoute>(
    at: Memo<FormAt<T>>,
    id: &'static str,
    label: impl Into<Text>,
    button: impl Into<Text>,
    add: impl Fn(&mut T, ThemeId, &str) -> Result<(), ValidationError> + Copy + Send + Sync + 'static,
) -> impl IntoView {
    let state = use_app();
    let name = RwSignal::new(String::new());
    let error = RwSignal::new(None::<ValidationError>);
    let submit = move || {
        let typed = name.get_untracked();
        let result = at
            .get_untracked()
            .change(state, |form| add(form, short_id(), &typed));
        if result.is_ok() {
            name.set(String::new());
        }
        error.set(result.err());
    };
    view! {
        <div class="inline-add">
            <label for=id>{tr(label)}</label>
            <input id=id type="text" autocomplete="off" maxlength=MAX_THEME_CHARS.to_string() prop:value=name
                on:input=move |ev| name.set(event_target_value(&ev))
                on:keydown=move |ev| if ev.key() == "Enter" { ev.prevent_default(); submit(); } />
            <button type="button" on:click=move |_| submit()>{tr(button)}</button>
        </div>
        <FormError error />
    }
}
