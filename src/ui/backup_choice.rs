//! A backup of chosen workshops and persona's, for handing part of a tablet's
//! work to a colleague. The persona's a chosen workshop's persona tests use go
//! along by themselves, and so do the own methods its programme's blocks were
//! made from, so the backup is whole. It does not count as the
//! backup of everything: the reminder stays.

use super::i18n::{tr, use_app};
use crate::i18n::Key;
use crate::library::used_methods;
use crate::model::{Record, Settings};
use crate::platform::clock::{local_date, now};
use crate::platform::download;
use crate::transfer::{backup_file_name, Backup};
use leptos::prelude::*;
use std::collections::HashSet;

/// The chosen records of a list, in its order.
fn chosen<T: Record + Clone>(all: &[T], ids: &HashSet<String>) -> Vec<T> {
    all.iter()
        .filter(|r| ids.contains(r.id().as_str()))
        .cloned()
        .collect()
}

/// Each record's id and the name people know it by.
fn labels<T: Record>(all: &[T]) -> Vec<(String, String)> {
    all.iter()
        .map(|r| (r.id().to_string(), r.label().to_string()))
        .collect()
}

/// A checkbox per record of a list, under a legend.
fn checkboxes(
    legend: Key,
    records: impl Fn() -> Vec<(String, String)> + Send + Sync + 'static,
    ids: RwSignal<HashSet<String>>,
) -> impl IntoView {
    view! {
        <fieldset>
            <legend>{tr(legend)}</legend>
            <For each=records key=|r| r.clone() children=move |(id, label)| {
                let mine = id.clone();
                let toggle = move |ev| {
                    let on = event_target_checked(&ev);
                    ids.update(|ids| {
                        if on { ids.insert(id.clone()); } else { ids.remove(&id); }
                    });
                };
                view! {
                    <label class="choice">
                        <input type="checkbox" prop:checked=move || ids.with(|i| i.contains(&mine)) on:change=toggle />
                        {label}
                    </label>
                }
            } />
        </fieldset>
    }
}

/// The folded form: workshops and persona's to tick, and the download.
#[component]
pub fn BackupChoice() -> impl IntoView {
    let state = use_app();
    let workshop_ids = RwSignal::new(HashSet::<String>::new());
    let persona_ids = RwSignal::new(HashSet::<String>::new());
    let workshops = move || state.workshops().with(|w| labels(w.all()));
    let personas = move || state.personas().with(|p| labels(p.all()));
    // Ticks of records deleted meanwhile count for nothing.
    let nothing_chosen = move || {
        let none_of = |ids: RwSignal<HashSet<String>>, listed: Vec<(String, String)>| {
            ids.with(|ids| !listed.iter().any(|(id, _)| ids.contains(id)))
        };
        none_of(workshop_ids, workshops()) && none_of(persona_ids, personas())
    };
    let download = move |_| {
        let at = now();
        let workshops = state
            .workshops()
            .with_untracked(|w| chosen(w.all(), &workshop_ids.get_untracked()));
        let mut wanted = persona_ids.get_untracked();
        wanted.extend(
            workshops
                .iter()
                .flat_map(|w| w.persona_ids())
                .map(|id| id.to_string()),
        );
        let personas = state
            .personas()
            .with_untracked(|p| chosen(p.all(), &wanted));
        let settings = state.settings().with_untracked(Settings::clone);
        let methods = state
            .methods()
            .with_untracked(|m| used_methods(&workshops, m.all()));
        let backup = Backup::new(&settings, &workshops, &personas, at).with_methods(&methods);
        let name = backup_file_name(local_date(at));
        download::download_text(&name, "application/json", &backup.to_json());
    };
    view! {
        <details class="backup-choice">
            <summary>{tr(Key::BackupChoose)}</summary>
            <p class="meta">{tr(Key::BackupChooseText)}</p>
            {checkboxes(Key::BackupChooseWorkshops, workshops, workshop_ids)}
            {checkboxes(Key::BackupChoosePersonas, personas, persona_ids)}
            <button type="button" on:click=download disabled=nothing_chosen>{tr(Key::BackupChooseDownload)}</button>
        </details>
    }
}
