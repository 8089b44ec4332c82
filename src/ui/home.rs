//! The home page: the list of workshops and the form to make a new one.

use super::home_screen::TabStorageNotice;
use super::i18n::{show_date, tr, use_app, Msg};
use super::last_exported::{BackupReminder, LastExported};
use super::links::app_path;
use super::workshop_form::WorkshopForm;
use crate::i18n::{CommonMsg, Key};
use crate::model::{Workshop, WorkshopDraft};
use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::use_navigate;

/// Lists the workshops on this device.
#[component]
pub fn HomePage() -> impl IntoView {
    let state = use_app();
    let creating = RwSignal::new(false);
    let navigate = use_navigate();
    let on_submit = Callback::new(move |draft: WorkshopDraft| {
        let id = state.create_workshop(&draft)?;
        creating.set(false);
        navigate(&format!("/bijeenkomst/{id}"), Default::default());
        Ok(())
    });
    let is_empty = move || state.workshops().with(|w| w.all().is_empty());

    view! {
        <h1>{tr(Key::HomeTitle)}</h1>
        <p class="intro">{tr(Key::HomeIntro)}</p>
        <Show when=move || !is_empty()>
            <LastExported />
            <TabStorageNotice />
        </Show>
        <BackupReminder />
        <Show
            when=move || creating.get()
            fallback=move || {
                view! {
                    <button type="button" class="primary big" on:click=move |_| creating.set(true)>
                        {tr(Key::NewWorkshop)}
                    </button>
                }
            }
        >
            <WorkshopForm
                initial=WorkshopDraft::default()
                heading=Key::FormNewHeading
                submit_label=Key::Create
                on_submit=on_submit
                on_cancel=Callback::new(move |_| creating.set(false))
            />
        </Show>
        <Show when=is_empty>
            <p class="empty">{tr(Key::EmptyList)}</p>
        </Show>
        <ul class="workshop-list" aria-label=tr(Key::WorkshopList)>
            <For
                each=move || state.workshops().with(|w| w.all().to_vec())
                key=|w| (w.id, w.updated_at)
                children=move |workshop| view! { <WorkshopCard workshop /> }
            />
        </ul>
    }
}

/// One workshop in the list: title (opens it), date and place, duplicate, delete.
#[component]
fn WorkshopCard(workshop: Workshop) -> impl IntoView {
    let state = use_app();
    let id = workshop.id;
    let title = workshop.title.clone();
    let date = workshop.date;
    let place = workshop.place.clone();
    let duplicate_label = Msg::from(CommonMsg::DuplicateNamed {
        title: title.clone(),
    });
    let delete_label = Msg::from(CommonMsg::DeleteNamed {
        title: title.clone(),
    });
    let (id_dup, id_del) = (id, id);
    let meta = move || {
        let language = state.language();
        let when = date
            .map(|d| show_date(d, language))
            .unwrap_or_else(|| Key::NoDate.text(language).to_string());
        if place.is_empty() {
            when
        } else {
            format!("{when} · {place}")
        }
    };
    view! {
        <li class="card workshop-card">
            <h2>
                <A href=app_path(&format!("/bijeenkomst/{id}"))>{workshop.title.clone()}</A>
            </h2>
            <p class="meta">{meta}</p>
            <div class="actions">
                <button
                    type="button"
                    aria-label=move || duplicate_label.text(state.language())
                    on:click=move |_| {
                        let _ = state.duplicate_workshop(id_dup);
                    }
                >
                    {tr(Key::Duplicate)}
                </button>
                <button
                    type="button"
                    class="danger"
                    aria-label=move || delete_label.text(state.language())
                    on:click=move |_| {
                        let _ = state.delete_workshop(id_del);
                    }
                >
                    {tr(Key::Delete)}
                </button>
            </div>
        </li>
    }
}
