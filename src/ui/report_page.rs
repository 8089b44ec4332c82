//! The report of a workshop as a page to read, print or save as PDF through
//! the browser's print dialog. It shows the same blocks as the Markdown report
//! and the Word file.

use super::export_panel::exported;
use super::i18n::use_app;
use super::report_view::{ReportBar, ReportView};
use crate::model::WorkshopId;
use crate::transfer::workshop_report;
use leptos::prelude::*;
use leptos_router::hooks::{use_params_map, use_query_map};

/// The report page of one workshop (`?anoniem=1`: names replaced).
#[component]
pub fn ReportPage() -> impl IntoView {
    let state = use_app();
    let params = use_params_map();
    let query = use_query_map();
    let id = Memo::new(move |_| params.with(|p| p.get("id").unwrap_or_default()));
    // An address whose id the app could not have made names no workshop.
    let workshop_id = Memo::new(move |_| id.with(|id| id.parse::<WorkshopId>().ok()));
    let anonymous = Memo::new(move |_| query.with(|q| q.get("anoniem").is_some()));
    let blocks = Memo::new(move |_| {
        // Follows the stored workshop, so the report is current.
        state.workshops().track();
        let workshop_id = workshop_id.get()?;
        exported(state, workshop_id, anonymous.get())
            .map(|(workshop, personas)| workshop_report(&workshop, &personas, state.language()))
    });
    view! {
        <ReportBar workshop=id />
        <ReportView blocks />
    }
}
