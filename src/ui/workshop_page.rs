//! One workshop: its details, and editing, duplicating and deleting it.
//!
//! The details follow the stored workshop (another tab's change shows at once), but
//! an open edit form keeps what the facilitator typed: it is not rebuilt underneath
//! them, and its save keeps the other tab's version as a copy if there was one.

use super::activities::Activities;
use super::export_panel::ExportPanel;
use super::i18n::{show_date, tr, use_app};
use super::import_panel::ImportPanel;
use super::links::app_path;
use super::record_page::record_by_address;
use super::workshop_form::WorkshopForm;
use crate::i18n::Key;
use crate::model::{Workshop, WorkshopDraft, WorkshopId};
use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::use_navigate;

/// The page of one workshop, found by the id in the address.
#[component]
pub fn WorkshopPage() -> impl IntoView {
    let state = use_app();
    view! {
        <A href=app_path("/") attr:class="back">{tr(Key::BackToList)}</A>
        {record_by_address(
            state.workshops().into(),
            Key::WorkshopNotFound,
            |id| view! { <WorkshopDetails id /> }.into_any(),
        )}
    }
}

/// The details of a workshop, or its edit form.
#[component]
fn WorkshopDetails(id: WorkshopId) -> impl IntoView {
    let state = use_app();
    let navigate = use_navigate();
    let workshop = Memo::new(move |_| state.workshops().with(|w| w.get(id).cloned()));
    // While editing: the `updated_at` of the version the form was opened on.
    let editing = RwSignal::new(None::<i64>);

    let on_submit = Callback::new(move |draft: WorkshopDraft| {
        let seen = editing.get_untracked().unwrap_or_default();
        state.edit_workshop(id, &draft, seen)?;
        editing.set(None);
        Ok(())
    });
    let open_form =
        move |_| editing.set(workshop.with_untracked(|w| w.as_ref().map(|w| w.updated_at)));
    let navigate_home = navigate.clone();
    let delete = move |_| {
        if state.delete_workshop(id).is_ok() {
            navigate_home("/", Default::default());
        }
    };
    let duplicate = move |_| {
        if let Ok(copy_id) = state.duplicate_workshop(id) {
            navigate(&format!("/bijeenkomst/{copy_id}"), Default::default());
        }
    };
    let form = move || {
        let initial = workshop.with_untracked(|w| w.as_ref().map(WorkshopDraft::from_workshop));
        view! {
            <WorkshopForm
                initial=initial.unwrap_or_default()
                heading=Key::FormEditHeading
                submit_label=Key::Save
                on_submit=on_submit
                on_cancel=Callback::new(move |_| editing.set(None))
            />
        }
    };

    view! {
        <Show
            when=move || editing.get().is_some()
            fallback=move || {
                view! {
                    {move || {
                        workshop
                            .get()
                            .map(|w| {
                                view! {
                                    <article class="card workshop-details">
                                        <h1>{w.title.clone()}</h1>
                                        <DetailList workshop=w />
                                    </article>
                                }
                            })
                    }}
                    <div class="actions">
                        <button type="button" class="primary" on:click=open_form>
                            {tr(Key::Edit)}
                        </button>
                        <button type="button" on:click=duplicate.clone()>{tr(Key::Duplicate)}</button>
                        <button type="button" class="danger" on:click=delete.clone()>
                            {tr(Key::Delete)}
                        </button>
                    </div>
                    <p class="actions">
                        <A href=app_path(&format!("/bijeenkomst/{id}/programma")) attr:class="button">
                            {tr(crate::i18n::ProgrammeKey::OpenProgramme)}
                        </A>
                    </p>
                    <Activities workshop_id=id />
                    <ExportPanel workshop_id=id />
                    <ImportPanel for_workshop=true />
                }
            }
        >
            {form}
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
