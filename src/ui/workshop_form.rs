//! The form to create or edit a workshop. It only collects a draft; the model
//! checks it, and a refused draft shows the reason and changes nothing.

use super::form_error::FormError;
use super::i18n::tr;
use crate::i18n::Key;
use crate::model::{ValidationError, WorkshopDraft};
use leptos::prelude::*;

/// A workshop form. `on_submit` returns the model's verdict.
#[component]
pub fn WorkshopForm(
    initial: WorkshopDraft,
    heading: Key,
    submit_label: Key,
    on_submit: Callback<WorkshopDraft, Result<(), ValidationError>>,
    on_cancel: Callback<()>,
) -> impl IntoView {
    let title = RwSignal::new(initial.title);
    let date = RwSignal::new(initial.date);
    let place = RwSignal::new(initial.place);
    let goal = RwSignal::new(initial.goal);
    let facilitator = RwSignal::new(initial.facilitator);
    let error = RwSignal::new(None::<ValidationError>);
    // The title field gets the focus when the form opens, ready for typing.
    let title_field = NodeRef::<leptos::html::Input>::new();
    Effect::new(move |_| {
        if let Some(input) = title_field.get() {
            let _ = input.focus();
        }
    });

    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let draft = WorkshopDraft {
            title: title.get_untracked(),
            date: date.get_untracked(),
            place: place.get_untracked(),
            goal: goal.get_untracked(),
            facilitator: facilitator.get_untracked(),
        };
        error.set(on_submit.run(draft).err());
    };

    view! {
        <form class="card form" on:submit=submit novalidate>
            <h2>{tr(heading)}</h2>
            <label for="workshop-title">
                {tr(Key::FieldTitle)} " " <span class="hint">{tr(Key::Required)}</span>
            </label>
            <input
                id="workshop-title"
                type="text"
                autocomplete="off"
                node_ref=title_field
                bind:value=title
            />
            <label for="workshop-date">{tr(Key::FieldDate)}</label>
            <input id="workshop-date" type="date" bind:value=date />
            <label for="workshop-place">{tr(Key::FieldPlace)}</label>
            <input id="workshop-place" type="text" bind:value=place />
            <label for="workshop-facilitator">{tr(Key::FieldFacilitator)}</label>
            <input id="workshop-facilitator" type="text" bind:value=facilitator />
            <label for="workshop-goal">{tr(Key::FieldGoal)}</label>
            <textarea id="workshop-goal" rows="3" bind:value=goal></textarea>
            <FormError error />
            <div class="actions">
                <button type="submit" class="primary">{tr(submit_label)}</button>
                <button type="button" on:click=move |_| on_cancel.run(())>
                    {tr(Key::Cancel)}
                </button>
            </div>
        </form>
    }
}
