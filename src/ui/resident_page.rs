//! *Terugkoppeling voor deelnemers*: the short, plain version of a workshop's
//! results for the residents who took part, to print on one or two A4 pages
//! or to show on the projector in large type (the app's table mode, which
//! hides its header and bars). Names are always replaced; who picks up an
//! action shows only when the facilitator ticks it.

use super::i18n::{tr, use_app};
use super::report_view::{ReportBar, ReportView};
use super::table_mode::TableModeButton;
use crate::i18n::ReportKey;
use crate::model::WorkshopId;
use crate::transfer::resident_report;
use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

/// The residents' version of one workshop.
#[component]
pub fn ResidentPage() -> impl IntoView {
    let state = use_app();
    let params = use_params_map();
    let id = Memo::new(move |_| params.with(|p| p.get("id").unwrap_or_default()));
    let workshop_id = Memo::new(move |_| id.with(|id| id.parse::<WorkshopId>().ok()));
    let with_owners = RwSignal::new(false);
    let blocks = Memo::new(move |_| {
        let workshop_id = workshop_id.get()?;
        state.workshops().with(|w| {
            w.get(workshop_id)
                .map(|workshop| resident_report(workshop, state.language(), with_owners.get()))
        })
    });
    view! {
        <ReportBar workshop=id>
            <label class="choice">
                <input type="checkbox" prop:checked=move || with_owners.get()
                    on:change=move |ev| with_owners.set(event_target_checked(&ev)) />
                {tr(ReportKey::ResidentWithOwners)}
            </label>
            <TableModeButton target=".resident-report" label=ReportKey::ShowOnScreen />
        </ReportBar>
        <div class="resident-report">
            <ReportView blocks />
        </div>
    }
}
