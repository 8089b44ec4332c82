//! One persona: the card, editing (each change a revision), duplicating, printing,
//! deleting, and the history with earlier versions to read and put back.

use super::card::PersonaCard;
use super::form::{PersonaForm, PersonaInput};
use crate::i18n::{CommonMsg, Key};
use crate::model::{Persona, PersonaId, Revision};
use crate::platform::clock::{local_date, local_time};
use crate::platform::page;
use crate::ui::i18n::field_name as field_label;
use crate::ui::i18n::{show_date, tr, use_app, Msg};
use crate::ui::links::app_path;
use crate::ui::record_page::record_by_address;
use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::use_navigate;

/// The page of one persona, found by the id in the address.
#[component]
pub fn PersonaPage() -> impl IntoView {
    let state = use_app();
    view! {
        <A href=app_path("/personas") attr:class="back">{tr(Key::BackToPersonas)}</A>
        {record_by_address(
            state.personas().into(),
            Key::PersonaNotFound,
            |id| view! { <PersonaDetails id /> }.into_any(),
        )}
    }
}

#[component]
fn PersonaDetails(id: PersonaId) -> impl IntoView {
    let state = use_app();
    let navigate = use_navigate();
    let persona = Memo::new(move |_| state.personas().with(|p| p.get(id).cloned()));
    // While editing: the `updated_at` of the version the form was opened on.
    let editing = RwSignal::new(None::<i64>);
    let on_submit = Callback::new(move |(fields, avatar, note): PersonaInput| {
        let seen = editing.get_untracked().unwrap_or_default();
        state.edit_persona(id, &fields, avatar, &note, seen)?;
        editing.set(None);
        Ok(())
    });
    let open_form =
        move |_| editing.set(persona.with_untracked(|p| p.as_ref().map(|p| p.updated_at)));
    let navigate_list = navigate.clone();
    let delete = move |_| {
        if state.delete_persona(id).is_ok() {
            navigate_list("/personas", Default::default());
        }
    };
    let duplicate = move |_| {
        if let Ok(copy_id) = state.duplicate_persona(id) {
            navigate(&format!("/persona/{copy_id}"), Default::default());
        }
    };
    let form = move || {
        let Some(current) = persona.get_untracked() else {
            return ().into_any();
        };
        view! {
            <PersonaForm
                initial=current.fields
                initial_avatar=current.avatar
                heading=Key::EditPersona
                editing=true
                on_submit=on_submit
                on_cancel=Callback::new(move |_| editing.set(None))
            />
        }
        .into_any()
    };
    let card = move || {
        persona
            .get()
            .map(|p| view! { <PersonaCard fields=p.fields avatar=p.avatar example=p.example /> })
    };
    view! {
        <h1 class="visually-hidden">{move || persona.with(|p| p.as_ref().map(|p| p.fields.name.clone()))}</h1>
        <Show when=move || editing.get().is_some() fallback=move || view! {
            {card}
            <div class="actions no-print">
                <button type="button" class="primary" on:click=open_form>{tr(Key::Edit)}</button>
                <button type="button" on:click=duplicate.clone()>{tr(Key::Duplicate)}</button>
                <button type="button" on:click=move |_| page::print()>{tr(Key::Print)}</button>
                <button type="button" class="danger" on:click=delete.clone()>{tr(Key::Delete)}</button>
            </div>
            <History persona />
        }>
            {form}
        </Show>
    }
}

/// The revisions, newest first, each readable and (except the current) restorable.
#[component]
fn History(persona: Memo<Option<Persona>>) -> impl IntoView {
    let state = use_app();
    let entries = move || {
        persona.with(|p| {
            let Some(p) = p else { return Vec::new() };
            let mut entries: Vec<(Revision, Option<Revision>, bool)> = p
                .revisions
                .iter()
                .enumerate()
                .map(|(i, r)| {
                    let previous = i.checked_sub(1).map(|j| p.revisions[j].clone());
                    (r.clone(), previous, i + 1 == p.revisions.len())
                })
                .collect();
            entries.reverse();
            entries
        })
    };
    let when = move |at: i64| {
        let language = state.language();
        let date = local_date(at)
            .map(|d| show_date(d, language))
            .unwrap_or_default();
        format!("{date} {}", local_time(at))
    };
    view! {
        <section class="card history no-print">
            <h2>{tr(Key::HistoryTitle)}</h2>
            <p class="meta">{tr(Key::HistoryIntro)}</p>
            <ol class="revisions">
                {move || entries().into_iter().map(|(revision, previous, is_current)| {
                    let at = revision.at;
                    let changed = previous.map(|prev| {
                        revision.fields.changed_fields(&prev.fields).into_iter()
                            .map(|f| field_label(f).text(state.language()))
                            .collect::<Vec<_>>().join(", ")
                    });
                    let summary = match (&changed, revision.restored_from) {
                        (_, Some(from)) => Msg::from(CommonMsg::RevisionRestored { when: when(from) }),
                        (None, _) => Msg::from(Key::RevisionCreated),
                        (Some(list), _) => Msg::from(CommonMsg::RevisionChanged { fields: list.clone() }),
                    };
                    let restore_label = Msg::from(CommonMsg::RestoreRevisionNamed { when: when(at) });
                    let id = persona.with_untracked(|p| p.as_ref().map(|p| p.id));
                    let fields = revision.fields.clone();
                    view! {
                        <li>
                            <p><strong>{when(at)}</strong>
                                {is_current.then(|| view! { " " <span class="badge">{tr(Key::RevisionCurrent)}</span> })}
                            </p>
                            <p>{move || summary.text(state.language())}</p>
                            {(!revision.note.is_empty()).then(|| view! { <p class="revision-note">{revision.note.clone()}</p> })}
                            <details>
                                <summary>{tr(Key::ShowRevision)}</summary>
                                <PersonaCard fields avatar=Default::default() example=false />
                            </details>
                            {(!is_current).then(|| view! {
                                <button type="button" aria-label=move || restore_label.text(state.language())
                                    on:click=move |_| if let Some(id) = id { let _ = state.restore_persona_revision(id, at); }>
                                    {tr(Key::RestoreRevision)}
                                </button>
                            })}
                        </li>
                    }
                }).collect_view()}
            </ol>
        </section>
    }
}
