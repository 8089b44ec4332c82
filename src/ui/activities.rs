//! The work forms of one workshop: the list with open and delete (undo), and
//! adding a new one (a button per kind of the registry, see `form_pages`).

use super::form_pages::{listed, ADDABLE};
use super::i18n::{tr, use_app};
use super::links::app_path;
use super::state::AppState;
use crate::forms::{Activity, ActivityBody};
use crate::i18n::{CommonMsg, Key};
use crate::model::{PersonaId, WorkshopId};
use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::use_navigate;

/// The activities section of a workshop page.
#[component]
pub fn Activities(workshop_id: WorkshopId) -> impl IntoView {
    let state = use_app();
    let navigate = use_navigate();
    let workshop_id_for_add = workshop_id;
    let activities = {
        let id = workshop_id;
        move || {
            state
                .workshops()
                .with(|w| w.get(id).map(|w| w.activities.clone()).unwrap_or_default())
        }
    };
    let add = move |body: fn(AppState) -> ActivityBody| {
        let workshop_id = workshop_id_for_add;
        let navigate = navigate.clone();
        move |_| {
            let body = body(state);
            let (segment, ..) = listed(&body);
            if let Ok(activity_id) = state.add_activity(workshop_id, body) {
                navigate(
                    &format!("/bijeenkomst/{workshop_id}/{segment}/{activity_id}"),
                    Default::default(),
                );
            }
        }
    };
    view! {
        <section class="card activities">
            <h2>{tr(Key::ActivitiesTitle)}</h2>
            <Show when={let a = activities; move || a().is_empty()}>
                <p class="meta">{tr(Key::ActivitiesEmpty)}</p>
            </Show>
            <ul class="activity-list">
                <For
                    each=activities
                    key=|a| (a.id, a.updated_at)
                    children=move |activity| view! { <ActivityItem workshop_id=workshop_id activity /> }
                />
            </ul>
            <div class="actions">
                {ADDABLE.iter().map(|&(label, body)| view! {
                    <button type="button" class="primary" on:click=add(body)>{tr(label)}</button>
                }).collect_view()}
            </div>
        </section>
    }
}

/// The app path of an activity's page.
fn path(workshop_id: WorkshopId, activity: &Activity) -> String {
    let (segment, ..) = listed(&activity.body);
    format!("/bijeenkomst/{workshop_id}/{segment}/{}", activity.id)
}

#[component]
fn ActivityItem(workshop_id: WorkshopId, activity: Activity) -> impl IntoView {
    let state = use_app();
    let href = app_path(&path(workshop_id, &activity));
    let (_, title_key, _) = listed(&activity.body);
    let delete_label = move || {
        let language = state.language();
        CommonMsg::DeleteNamed {
            title: title_key.text(language).to_string(),
        }
        .text(language)
    };
    let line = {
        let activity = activity.clone();
        move || {
            let exists = |id: PersonaId| state.personas().with(|l| l.get(id).is_some());
            let (.., form) = listed(&activity.body);
            form.summary(state.language(), &exists)
        }
    };
    let activity_id = activity.id;
    view! {
        <li>
            <A href=href>{tr(title_key)}</A>
            <span class="meta">" · " {line}</span>
            <button type="button" class="danger" aria-label=delete_label
                on:click=move |_| {
                    let title = title_key.text(state.language()).to_string();
                    let _ = state.delete_activity(workshop_id, activity_id, title);
                }>
                {tr(Key::Delete)}
            </button>
        </li>
    }
}
