//! One workshop: its details, and editing, duplicating and deleting it.

use super::i18n::{show_date, tr, use_app};
use super::workshop_form::WorkshopForm;
use crate::i18n::Key;
use crate::model::{Workshop, WorkshopDraft};
use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::{use_navigate, use_params_map};

/// The page of one workshop, found by the id in the address.
#[component]
pub fn WorkshopPage() -> impl IntoView {
    let state = use_app();
    let params = use_params_map();
    let id = move || params.with(|p| p.get("id").unwrap_or_default());
    let workshop = Memo::new(move |_| state.workshops.with(|w| w.get(&id()).cloned()));

    view! {
        <A href="/" attr:class="back">{tr(Key::BackToList)}</A>
        {move || match workshop.get() {
            Some(workshop) => view! { <WorkshopDetails workshop /> }.into_any(),
            None => view! { <p class="empty">{tr(Key::WorkshopNotFound)}</p> }.into_any(),
        }}
    }
}

/// The details of a workshop, or its edit form.
#[component]
fn WorkshopDetails(workshop: Workshop) -> impl IntoView {
    let state = use_app();
    let editing = RwSignal::new(false);
    let navigate = use_navigate();
    let id = workshop.id.clone();
    let seen_updated_at = workshop.updated_at;

    let edit_id = id.clone();
    let on_submit = Callback::new(move |draft: WorkshopDraft| {
        state.edit_workshop(&edit_id, &draft, seen_updated_at)?;
        editing.set(false);
        Ok(())
    });
    let navigate_home = navigate.clone();
    let delete_id = id.clone();
    let delete = move |_| {
        if state.delete_workshop(&delete_id).is_ok() {
            navigate_home("/", Default::default());
        }
    };
    let duplicate = move |_| {
        if let Ok(copy_id) = state.duplicate_workshop(&id) {
            navigate(&format!("/bijeenkomst/{copy_id}"), Default::default());
        }
    };
    let initial = WorkshopDraft::from_workshop(&workshop);

    view! {
        <Show
            when=move || editing.get()
            fallback=move || {
                view! {
                    <article class="card workshop-details">
                        <h1>{workshop.title.clone()}</h1>
                        <DetailList workshop=workshop.clone() />
                    </article>
                }
            }
        >
            <WorkshopForm
                initial=initial.clone()
                heading=Key::FormEditHeading
                submit_label=Key::Save
                on_submit=on_submit
                on_cancel=Callback::new(move |_| editing.set(false))
            />
        </Show>
        <Show when=move || !editing.get()>
            <div class="actions">
                <button type="button" class="primary" on:click=move |_| editing.set(true)>
                    {tr(Key::Edit)}
                </button>
                <button type="button" on:click=duplicate.clone()>{tr(Key::Duplicate)}</button>
                <button type="button" class="danger" on:click=delete.clone()>
                    {tr(Key::Delete)}
                </button>
            </div>
        </Show>
    }
}

/// Date, place, facilitator and goal as a description list.
#[component]
fn DetailList(workshop: Workshop) -> impl IntoView {
    let state = use_app();
    let or_dash = move |text: String| {
        if text.is_empty() {
            Key::Empty.text(state.language()).to_string()
        } else {
            text
        }
    };
    let date = workshop.date;
    let date_text = move || {
        let language = state.language();
        date.map(|d| show_date(d, language))
            .unwrap_or_else(|| Key::NoDate.text(language).to_string())
    };
    let place = or_dash(workshop.place);
    let facilitator = or_dash(workshop.facilitator);
    let goal = or_dash(workshop.goal);
    view! {
        <dl class="details">
            <dt>{tr(Key::FieldDate)}</dt>
            <dd>{date_text}</dd>
            <dt>{tr(Key::FieldPlace)}</dt>
            <dd>{place}</dd>
            <dt>{tr(Key::FieldFacilitator)}</dt>
            <dd>{facilitator}</dd>
            <dt>{tr(Key::FieldGoal)}</dt>
            <dd class="goal">{goal}</dd>
        </dl>
    }
}
