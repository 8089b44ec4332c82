//! The persona library: search, the list of cards, a new persona, the examples
//! for an empty library, and printing the persona's found (one per page).

use super::avatar::AvatarView;
use super::card::{age_and_place, PersonaCard};
use super::form::{PersonaForm, PersonaInput};
use crate::i18n::{CommonMsg, Key};
use crate::model::{Persona, PersonaFields};
use crate::platform::page;
use crate::ui::i18n::{tr, use_app, Msg};
use crate::ui::links::app_path;
use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::use_navigate;

/// The library page.
#[component]
pub fn PersonaLibraryPage() -> impl IntoView {
    let state = use_app();
    let query = RwSignal::new(String::new());
    let creating = RwSignal::new(false);
    let printing = RwSignal::new(false);
    let navigate = use_navigate();
    let found = Memo::new(move |_| {
        query.with(|q| {
            state
                .personas()
                .with(|p| p.search(q).into_iter().cloned().collect::<Vec<_>>())
        })
    });
    let is_empty = move || state.personas().with(|p| p.all().is_empty());
    let on_submit = Callback::new(move |(fields, avatar, _note): PersonaInput| {
        let id = state.create_persona(&fields, avatar)?;
        creating.set(false);
        navigate(&format!("/persona/{id}"), Default::default());
        Ok(())
    });
    // The print sheet exists only while printing, also when printing with Ctrl+P.
    let before = window_event_listener_untyped("beforeprint", move |_| printing.set(true));
    let after = window_event_listener_untyped("afterprint", move |_| printing.set(false));
    on_cleanup(move || {
        before.remove();
        after.remove();
    });
    let print = move |_| {
        printing.set(true);
        // Printed after the sheet below is drawn.
        request_animation_frame(page::print);
    };

    view! {
        <h1>{tr(Key::PersonasTitle)}</h1>
        <p class="intro">{tr(Key::PersonasIntro)}</p>
        <Show
            when=move || creating.get()
            fallback=move || view! {
                <div class="actions">
                    <button type="button" class="primary big" on:click=move |_| creating.set(true)>
                        {tr(Key::NewPersona)}
                    </button>
                    <Show when=move || !is_empty()>
                        <button type="button" on:click=print>{tr(Key::PrintPersonas)}</button>
                    </Show>
                </div>
            }
        >
            <PersonaForm
                initial=PersonaFields::default()
                initial_avatar=Default::default()
                heading=Key::NewPersona
                editing=false
                on_submit=on_submit
                on_cancel=Callback::new(move |_| creating.set(false))
            />
        </Show>
        <Show when=is_empty>
            <div class="card empty-library">
                <p>{tr(Key::PersonasEmpty)}</p>
                <button type="button" class="primary" on:click=move |_| {
                    let _ = state.add_example_personas();
                }>{tr(Key::AddExamples)}</button>
            </div>
        </Show>
        <Show when=move || !is_empty()>
            <div class="search">
                <label for="persona-search">{tr(Key::Search)}</label>
                <input id="persona-search" type="search" autocomplete="off"
                    placeholder=tr(Key::SearchPersonasHint)
                    prop:value=query
                    on:input=move |ev| query.set(event_target_value(&ev)) />
                <p class="meta" role="status">{move || {
                    CommonMsg::PersonasFound { count: found.with(Vec::len).to_string() }
                        .text(state.language())
                }}</p>
            </div>
        </Show>
        <ul class="persona-list" aria-label=tr(Key::PersonaList)>
            <For
                each=move || found.get()
                key=|p| (p.id, p.updated_at)
                children=move |persona| view! { <PersonaListCard persona /> }
            />
        </ul>
        <Show when=move || printing.get()>
            <div class="print-sheet">
                {move || found.get().into_iter().map(|p| view! {
                    <PersonaCard fields=p.fields avatar=p.avatar example=p.example />
                }).collect_view()}
            </div>
        </Show>
    }
}

/// One persona in the list: avatar, name (opens it), the main facts, and actions.
#[component]
fn PersonaListCard(persona: Persona) -> impl IntoView {
    let state = use_app();
    let Persona {
        id,
        fields,
        avatar,
        example,
        ..
    } = persona;
    let _name = fields.name.clone();
    let duplicate_label = Msg::from(CommonMsg::DuplicateNamed {
        title: fields.name.clone(),
    });
    let delete_label = Msg::from(CommonMsg::DeleteNamed {
        title: fields.name.clone(),
    });
    let (id_dup, id_del) = (id, id);
    let meta = {
        let fields = fields.clone();
        move || age_and_place(&fields, state.language())
    };
    view! {
        <li class="card persona-list-card">
            <AvatarView avatar fields=fields.clone() size="medium" />
            <div class="persona-list-body">
                <h2><A href=app_path(&format!("/persona/{id}"))>{fields.name.clone()}</A></h2>
                <p class="meta">{meta}
                    <Show when=move || example>" · " {tr(Key::PersonaExampleBadge)}</Show>
                </p>
                <ul class="tags">{fields.tags.iter().map(|t| view! { <li>{t.clone()}</li> }).collect_view()}</ul>
                {(!fields.question.is_empty()).then(|| view! { <p>{fields.question.clone()}</p> })}
            </div>
            <div class="actions">
                <button type="button" aria-label=move || duplicate_label.text(state.language())
                    on:click=move |_| { let _ = state.duplicate_persona(id_dup); }>
                    {tr(Key::Duplicate)}
                </button>
                <button type="button" class="danger" aria-label=move || delete_label.text(state.language())
                    on:click=move |_| { let _ = state.delete_persona(id_del); }>
                    {tr(Key::Delete)}
                </button>
            </div>
        </li>
    }
}
