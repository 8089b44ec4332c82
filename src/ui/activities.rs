//! The work forms of one workshop: the list with open and delete (undo), and
//! adding a new one. Each kind of activity adds its line to `summary` and `path`.

use super::form_at::FormRoute;
use super::i18n::{tr, use_app, Msg};
use super::links::app_path;
use super::state::AppState;
use crate::i18n::{Key, Language};
use crate::model::{Activity, ActivityBody, Cafe, OpenQuestion, PersonaTest, Placemat};
use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::use_navigate;

/// The activities section of a workshop page.
#[component]
pub fn Activities(workshop_id: String) -> impl IntoView {
    let state = use_app();
    let navigate = use_navigate();
    let workshop_id_for_add = workshop_id.clone();
    let activities = {
        let id = workshop_id.clone();
        move || {
            state
                .workshops
                .with(|w| w.get(&id).map(|w| w.activities.clone()).unwrap_or_default())
        }
    };
    let add = move |body: fn(AppState) -> ActivityBody| {
        let workshop_id = workshop_id_for_add.clone();
        let navigate = navigate.clone();
        move |_| {
            let body = body(state);
            let segment = segment(&body);
            if let Ok(activity_id) = state.add_activity(&workshop_id, body) {
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
            <Show when={let a = activities.clone(); move || a().is_empty()}>
                <p class="meta">{tr(Key::ActivitiesEmpty)}</p>
            </Show>
            <ul class="activity-list">
                <For
                    each=activities
                    key=|a| (a.id.clone(), a.updated_at)
                    children=move |activity| view! { <ActivityItem workshop_id=workshop_id.clone() activity /> }
                />
            </ul>
            <div class="actions">
                <button type="button" class="primary" on:click=add(AppState::new_persona_test)>{tr(Key::AddPersonaTest)}</button>
                <button type="button" class="primary" on:click=add(AppState::new_cafe)>{tr(Key::AddCafe)}</button>
                <button type="button" class="primary" on:click=add(AppState::new_placemat)>{tr(Key::AddPlacemat)}</button>
                <button type="button" class="primary" on:click=add(AppState::new_open_question)>{tr(Key::AddOpenQuestion)}</button>
            </div>
        </section>
    }
}

/// The path segment of an activity's kind, as in `/bijeenkomst/<id>/<segment>/<id>`.
pub fn segment(body: &ActivityBody) -> &'static str {
    match body {
        ActivityBody::PersonaTest(_) => PersonaTest::SEGMENT,
        ActivityBody::Cafe(_) => Cafe::SEGMENT,
        ActivityBody::Placemat(_) => Placemat::SEGMENT,
        ActivityBody::OpenQuestion(_) => OpenQuestion::SEGMENT,
    }
}

/// The app path of an activity's page.
fn path(workshop_id: &str, activity: &Activity) -> String {
    format!(
        "/bijeenkomst/{workshop_id}/{}/{}",
        segment(&activity.body),
        activity.id
    )
}

/// The title of an activity.
fn title(activity: &Activity) -> Key {
    match activity.body {
        ActivityBody::PersonaTest(_) => Key::PersonaTestTitle,
        ActivityBody::Cafe(_) => Key::CafeTitle,
        ActivityBody::Placemat(_) => Key::PmTitle,
        ActivityBody::OpenQuestion(_) => Key::OqTitle,
    }
}

/// One line about an activity's content; `exists` says whether a persona is still
/// in the library.
fn summary(activity: &Activity, language: Language, exists: impl Fn(&str) -> bool) -> String {
    match &activity.body {
        ActivityBody::PersonaTest(test) => Msg::with(
            Key::PtSummary,
            vec![
                (
                    "personas",
                    test.persona_ids
                        .iter()
                        .filter(|p| exists(p))
                        .count()
                        .to_string(),
                ),
                ("municipalities", test.municipalities.len().to_string()),
            ],
        )
        .text(language),
        ActivityBody::Cafe(cafe) => Msg::with(
            Key::CafeSummary,
            vec![
                ("tables", cafe.tables.len().to_string()),
                ("rounds", cafe.rounds.len().to_string()),
                ("notes", cafe.notes().count().to_string()),
            ],
        )
        .text(language),
        ActivityBody::Placemat(placemat) => Msg::with(
            Key::PmSummary,
            vec![
                ("groups", placemat.groups.len().to_string()),
                ("persons", placemat.persons().to_string()),
                ("notes", placemat.field_notes().count().to_string()),
            ],
        )
        .text(language),
        ActivityBody::OpenQuestion(question) => Msg::with(
            Key::OqSummary,
            vec![("answers", question.replies.len().to_string())],
        )
        .text(language),
    }
}

#[component]
fn ActivityItem(workshop_id: String, activity: Activity) -> impl IntoView {
    let state = use_app();
    let href = app_path(&path(&workshop_id, &activity));
    let title_key = title(&activity);
    let delete_label = move || {
        let language = state.language();
        Msg::with(
            Key::DeleteNamed,
            vec![("title", title_key.text(language).to_string())],
        )
        .text(language)
    };
    let line = {
        let activity = activity.clone();
        move || {
            let exists = |id: &str| state.personas.with(|l| l.get(id).is_some());
            summary(&activity, state.language(), exists)
        }
    };
    let activity_id = activity.id.clone();
    view! {
        <li>
            <A href=href>{tr(title_key)}</A>
            <span class="meta">" · " {line}</span>
            <button type="button" class="danger" aria-label=delete_label
                on:click=move |_| {
                    let title = title_key.text(state.language()).to_string();
                    let _ = state.delete_activity(&workshop_id, &activity_id, title);
                }>
                {tr(Key::Delete)}
            </button>
        </li>
    }
}
