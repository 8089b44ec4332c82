//! The preview of a backup: what it holds, how each record arrives, and a
//! choice per record that differs from the one here.

use crate::i18n::{CommonMsg, Key};
use crate::model::Record;
use crate::platform::clock::local_date;
use crate::store::Entity;
use crate::transfer::{Arrival, Choice, ImportPlan, Incoming};
use crate::ui::handover_preview::choice_value;
use crate::ui::i18n::{show_date, tr, use_app};
use leptos::prelude::*;

/// What the checked backup holds and how each record arrives; `choose` takes
/// the choice made for a record that differs.
#[component]
pub fn BackupPreview(plan: ImportPlan, choose: Callback<(String, Choice)>) -> impl IntoView {
    let state = use_app();
    let date = local_date(plan.exported_at)
        .map(|d| show_date(d, state.language()))
        .unwrap_or_default();
    let summary = CommonMsg::ImportSummary {
        date,
        workshops: plan.workshops.len().to_string(),
        personas: plan.personas.len().to_string(),
    }
    .text(state.language());
    // Own methods are named only when the file holds any.
    let methods = (!plan.methods.is_empty()).then(|| {
        CommonMsg::ImportMethods {
            methods: plan.methods.len().to_string(),
        }
        .text(state.language())
    });
    let nothing_new = plan
        .workshops
        .iter()
        .map(|i| i.arrival)
        .chain(plan.personas.iter().map(|i| i.arrival))
        .chain(plan.methods.iter().map(|i| i.arrival))
        .all(|a| a == Arrival::Same);
    view! {
        <section class="import-preview" aria-label=tr(Key::ImportPreview)>
            <h3>{tr(Key::ImportPreview)}</h3>
            <p>{summary}</p>
            {methods.map(|methods| view! { <p>{methods}</p> })}
            <Show when=move || nothing_new>
                <p class="meta">{tr(Key::ImportNothingNew)}</p>
            </Show>
            <ul class="import-list">
                {plan.workshops.iter().map(|incoming| row(incoming, choose)).collect_view()}
                {plan.personas.iter().map(|incoming| row(incoming, choose)).collect_view()}
                {plan.methods.iter().map(|incoming| row(incoming, choose)).collect_view()}
            </ul>
        </section>
    }
}

/// One record of the file: its name, how it arrives, and a choice when it
/// differs from the one here.
fn row<T: Record + Entity>(
    incoming: &Incoming<T>,
    choose: Callback<(String, Choice)>,
) -> impl IntoView {
    let name = incoming.item.label().to_string();
    let arrival = match incoming.arrival {
        Arrival::New => Key::ImportNew,
        Arrival::Same => Key::ImportSame,
        Arrival::Conflict => Key::ImportConflict,
    };
    let choice = (incoming.arrival == Arrival::Conflict)
        .then(|| conflict_choice(incoming.choice_key(), &name, choose));
    view! {
        <li>
            <span class="import-name">{name}</span>
            <span class="meta">{format!(" — {}", tr(arrival)())}</span>
            {choice}
        </li>
    }
}

/// The select for a record that differs: a copy (the default), replace, or skip.
fn conflict_choice(key: String, name: &str, choose: Callback<(String, Choice)>) -> impl IntoView {
    let label = CommonMsg::ImportChoiceFor {
        title: name.to_string(),
    }
    .text(use_app().language());
    let chosen = move |ev| {
        let value = event_target_value(&ev);
        let choice = [Choice::Copy, Choice::Replace, Choice::Skip]
            .into_iter()
            .find(|c| choice_value(*c) == value)
            .unwrap_or_default();
        choose.run((key.clone(), choice));
    };
    view! {
        <select aria-label=label on:change=chosen>
            <option value=choice_value(Choice::Copy) selected>{tr(Key::ImportCopy)}</option>
            <option value=choice_value(Choice::Replace)>{tr(Key::ImportReplace)}</option>
            <option value=choice_value(Choice::Skip)>{tr(Key::ImportSkip)}</option>
        </select>
    }
}
