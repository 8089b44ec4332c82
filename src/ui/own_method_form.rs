//! The form that adds an own method to the library or changes one: name,
//! short description, steps, time, group size, preparation, materials and
//! kind (a plain kind or a work form the app runs).

use super::form_error::FormError;
use super::i18n::{tr, use_app};
use super::programme::{plain_from_value, plain_value};
use crate::forms::FormKind;
use crate::i18n::{Key, ProgrammeKey, ProgrammeMsg};
use crate::library::{MethodKind, OwnMethodDraft, MAX_PEOPLE, METHOD_MINUTES};
use crate::model::programme::PlainKind;
use crate::model::{MethodId, ValidationError};
use crate::transfer::plain_label;
use leptos::prelude::*;

/// What the form is open for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Editing {
    /// A new method.
    New,
    /// The own method with this id.
    Method(MethodId),
}

/// A method's kind as an option's value: `plain:<place>` or `form:<name>`.
fn kind_value(kind: MethodKind) -> String {
    match kind {
        MethodKind::Plain(plain) => format!("plain:{}", plain_value(plain)),
        MethodKind::Runs(form) => format!("form:{}", form.stored_name()),
    }
}

fn kind_from_value(value: &str) -> Option<MethodKind> {
    match value.split_once(':')? {
        ("plain", place) => plain_from_value(place).map(MethodKind::Plain),
        ("form", name) => FormKind::from_stored_name(name).map(MethodKind::Runs),
        _ => None,
    }
}

/// The form, open while `editing` holds something; saving or cancelling
/// closes it.
#[component]
pub fn OwnMethodForm(editing: RwSignal<Option<Editing>>) -> impl IntoView {
    let state = use_app();
    let draft = RwSignal::new(OwnMethodDraft::default());
    let error = RwSignal::new(None::<ValidationError>);
    // The version of the method the form was opened on, to spot another tab's edit.
    let seen_updated_at = StoredValue::new(0_i64);
    // Opening the form fills it: empty, or with the method as it is now.
    Effect::new(move |_| {
        let filled = match editing.get() {
            Some(Editing::Method(id)) => state.methods().with_untracked(|m| {
                m.get(id).map(|method| {
                    seen_updated_at.set_value(method.updated_at);
                    OwnMethodDraft::from_method(method)
                })
            }),
            _ => None,
        };
        draft.set(filled.unwrap_or_default());
        error.set(None);
    });
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let typed = draft.get_untracked();
        let saved = match editing.get_untracked() {
            Some(Editing::Method(id)) => state.edit_method(id, &typed, seen_updated_at.get_value()),
            _ => state.create_method(&typed).map(drop),
        };
        match saved {
            Ok(()) => {
                let message = ProgrammeMsg::OwnSaved {
                    title: typed.name.trim().to_string(),
                };
                state.messages().toast(message.into(), None);
                editing.set(None);
            }
            Err(refused) => error.set(Some(refused)),
        }
    };
    let heading = move || match editing.get() {
        Some(Editing::Method(_)) => tr(ProgrammeKey::EditOwnMethod)(),
        _ => tr(ProgrammeKey::NewOwnMethod)(),
    };
    let shown = move |get: fn(&OwnMethodDraft) -> &String| move || draft.with(|d| get(d).clone());
    let typed = move |set: fn(&mut OwnMethodDraft) -> &mut String| {
        move |ev| {
            let value = event_target_value(&ev);
            draft.update(|d| *set(d) = value);
        }
    };
    let area = move |name: &'static str,
                     label: ProgrammeKey,
                     get: fn(&OwnMethodDraft) -> &String,
                     set: fn(&mut OwnMethodDraft) -> &mut String| {
        let field_id = format!("method-field-{name}");
        view! {
            <label for=field_id.clone()>{tr(label)}</label>
            <textarea id=field_id rows="3" prop:value=shown(get) on:input=typed(set)></textarea>
        }
    };
    let number = move |name: &'static str,
                       label: ProgrammeKey,
                       max: u16,
                       get: fn(&OwnMethodDraft) -> &String,
                       set: fn(&mut OwnMethodDraft) -> &mut String| {
        let field_id = format!("method-field-{name}");
        view! {
            <label for=field_id.clone()>{tr(label)}</label>
            <input id=field_id type="number" inputmode="numeric" min="1" max=max
                prop:value=shown(get) on:input=typed(set) />
        }
    };
    let most_minutes = *METHOD_MINUTES.end();
    view! {
        <Show when=move || editing.get().is_some()>
            <section class="card form own-method-form" aria-labelledby="own-method-heading">
                <h2 id="own-method-heading">{heading}</h2>
                <form novalidate on:submit=submit>
                    <label for="method-field-name">{tr(ProgrammeKey::FieldMethodName)}</label>
                    <input id="method-field-name" type="text" autocomplete="off"
                        prop:value=shown(|d| &d.name) on:input=typed(|d| &mut d.name) />
                    {area("summary", ProgrammeKey::FieldSummary, |d| &d.summary, |d| &mut d.summary)}
                    {area("steps", ProgrammeKey::FieldMethodSteps, |d| &d.steps, |d| &mut d.steps)}
                    <p class="meta">{tr(ProgrammeKey::RangeHint)}</p>
                    {number("min-minutes", ProgrammeKey::FieldMinMinutes, most_minutes, |d| &d.min_minutes, |d| &mut d.min_minutes)}
                    {number("max-minutes", ProgrammeKey::FieldMaxMinutes, most_minutes, |d| &d.max_minutes, |d| &mut d.max_minutes)}
                    {number("min-people", ProgrammeKey::FieldMinPeople, MAX_PEOPLE, |d| &d.min_people, |d| &mut d.min_people)}
                    {number("max-people", ProgrammeKey::FieldMaxPeople, MAX_PEOPLE, |d| &d.max_people, |d| &mut d.max_people)}
                    {area("preparation", ProgrammeKey::Preparation, |d| &d.preparation, |d| &mut d.preparation)}
                    {area("materials", ProgrammeKey::FieldMaterials, |d| &d.materials, |d| &mut d.materials)}
                    <label for="method-field-kind">{tr(ProgrammeKey::ColumnKind)}</label>
                    <select id="method-field-kind"
                        prop:value=move || draft.with(|d| kind_value(d.kind))
                        on:change=move |ev| {
                            if let Some(kind) = kind_from_value(&event_target_value(&ev)) {
                                draft.update(|d| d.kind = kind);
                            }
                        }>
                        {PlainKind::ALL.iter().map(|&plain| view! {
                            <option value=kind_value(MethodKind::Plain(plain))>{tr(plain_label(plain))}</option>
                        }).collect_view()}
                        {FormKind::ALL.iter().map(|&form| view! {
                            <option value=kind_value(MethodKind::Runs(form))>{tr(form.name())}</option>
                        }).collect_view()}
                    </select>
                    <FormError error />
                    <div class="actions">
                        <button type="submit" class="primary">{tr(ProgrammeKey::SaveMethod)}</button>
                        <button type="button" on:click=move |_| editing.set(None)>{tr(Key::Cancel)}</button>
                    </div>
                </form>
            </section>
        </Show>
    }
}
