//! Taking a workshop's results along: a report (Markdown, or a page to print or
//! save as PDF), a spreadsheet of every note (CSV for Excel), a backup of just
//! this workshop, and "Delen" where the tablet can share files. Names can be
//! replaced by "Deelnemer 1", "Deelnemer 2", … for reports that leave the group.

use super::i18n::{tr, use_app};
use super::links::app_path;
use super::state::AppState;
use crate::i18n::{CommonMsg, Key};
use crate::i18n::{ProgrammeKey, ReportKey};
use crate::library::used_methods;
use crate::model::WorkshopId;
use crate::model::{Persona, Settings, Workshop};
use crate::platform::clock::{local_date, now};
use crate::platform::{download, share};
use crate::transfer::{
    anonymise, export_file_name, markdown, notes_csv, programme_csv, report_docx, workshop_report,
    Backup, DOCX_MIME,
};
use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos_router::components::A;

const MARKDOWN: &str = "text/markdown;charset=utf-8";
const CSV: &str = "text/csv;charset=utf-8";
const JSON: &str = "application/json";
/// Shared as plain text: share sheets accept `.txt`, not every one `.md`.
const SHARED: &str = "text/plain";

/// The workshop as it leaves the app (names replaced when `anonymous`) and the
/// library persona's its persona tests refer to.
pub fn exported(
    state: AppState,
    id: WorkshopId,
    anonymous: bool,
) -> Option<(Workshop, Vec<Persona>)> {
    let workshop = state.workshops().with_untracked(|w| w.get(id).cloned())?;
    let workshop = if anonymous {
        anonymise(&workshop, |n| {
            state.message_now(CommonMsg::AnonymousParticipant { n: n.to_string() })
        })
    } else {
        workshop
    };
    let personas = state
        .personas()
        .with_untracked(|p| used_personas(&workshop, p.all()));
    Some((workshop, personas))
}

/// The persona's of `library` that the workshop's persona tests use.
fn used_personas(workshop: &Workshop, library: &[Persona]) -> Vec<Persona> {
    let wanted = workshop.persona_ids();
    library
        .iter()
        .filter(|persona| wanted.contains(&persona.id))
        .cloned()
        .collect()
}

/// The export part of a workshop page.
#[component]
pub fn ExportPanel(workshop_id: WorkshopId) -> impl IntoView {
    let state = use_app();
    let id = StoredValue::new(workshop_id);
    let anonymous = RwSignal::new(false);
    let can_share = share::can_share_file(SHARED);
    let file_name =
        move |title: &str, extension: &str| export_file_name(local_date(now()), title, extension);
    let report_text = move || {
        exported(state, id.get_value(), anonymous.get_untracked()).map(|(workshop, personas)| {
            let blocks = workshop_report(&workshop, &personas, state.language());
            (file_name(&workshop.title, "md"), markdown(&blocks))
        })
    };
    let download_report = move |_| {
        if let Some((name, text)) = report_text() {
            download::download_text(&name, MARKDOWN, &text);
        }
    };
    let download_word = move |_| {
        if let Some((workshop, personas)) =
            exported(state, id.get_value(), anonymous.get_untracked())
        {
            let blocks = workshop_report(&workshop, &personas, state.language());
            let file = report_docx(&blocks, state.language());
            download::download_bytes(&file_name(&workshop.title, "docx"), DOCX_MIME, &file);
        }
    };
    let download_csv = move |_| {
        if let Some((workshop, _)) = exported(state, id.get_value(), anonymous.get_untracked()) {
            let text = notes_csv(&workshop, state.language());
            download::download_text(&file_name(&workshop.title, "csv"), CSV, &text);
        }
    };
    let download_programme = move |_| {
        if let Some((workshop, _)) = exported(state, id.get_value(), anonymous.get_untracked()) {
            let text = programme_csv(&workshop, state.language());
            let title = format!(
                "{} {}",
                workshop.title,
                ProgrammeKey::FileSuffix.text(state.language())
            );
            download::download_text(&file_name(&title, "csv"), CSV, &text);
        }
    };
    let has_programme = move || {
        state.workshops().with(|w| {
            w.get(id.get_value())
                .is_some_and(|w| !w.programme.blocks.is_empty())
        })
    };
    let download_backup = move |_| {
        if let Some((workshop, personas)) = exported(state, id.get_value(), false) {
            let name = file_name(&workshop.title, "werktafel.json");
            let settings = state.settings().with_untracked(Settings::clone);
            let methods = state
                .methods()
                .with_untracked(|m| used_methods([&workshop], m.all()));
            let backup =
                Backup::new(&settings, &[workshop], &personas, now()).with_methods(&methods);
            download::download_text(&name, JSON, &backup.to_json());
        }
    };
    let share_report = move |_| {
        if let Some((name, text)) = report_text() {
            let name = name.replace(".md", ".txt");
            spawn_local(async move {
                share::share_text_file(&name, SHARED, &text).await;
            });
        }
    };
    let print_href = move || {
        let query = if anonymous.get() { "?anoniem=1" } else { "" };
        app_path(&format!("/bijeenkomst/{}/verslag{query}", id.read_value()))
    };
    view! {
        <section class="card export" aria-labelledby="export-heading">
            <h2 id="export-heading">{tr(Key::ExportHeading)}</h2>
            <p>{tr(Key::ExportText)}</p>
            <label class="choice">
                <input type="checkbox" prop:checked=move || anonymous.get()
                    on:change=move |ev| anonymous.set(event_target_checked(&ev)) />
                {tr(Key::ExportAnonymous)}
            </label>
            <div class="actions">
                <button type="button" on:click=download_word>{tr(ReportKey::ExportWord)}</button>
                <button type="button" on:click=download_report>{tr(Key::ExportMarkdown)}</button>
                <button type="button" on:click=download_csv>{tr(Key::ExportCsv)}</button>
                <Show when=has_programme>
                    <button type="button" on:click=download_programme>{tr(ProgrammeKey::ExportCsv)}</button>
                </Show>
                <A href=print_href attr:class="button">{tr(Key::ExportPrint)}</A>
                <A href=move || app_path(&format!("/bijeenkomst/{}/terugkoppeling", id.read_value())) attr:class="button">
                    {tr(ReportKey::ResidentTitle)}
                </A>
                <button type="button" on:click=download_backup>{tr(Key::ExportBackup)}</button>
                {can_share.then(|| view! {
                    <button type="button" on:click=share_report>{tr(Key::ExportShare)}</button>
                })}
            </div>
        </section>
    }
}
