//! Handing one café table or one placemat group over to the facilitator's
//! tablet: a button that saves just that table or group as a file.

use super::i18n::{tr, use_app};
use crate::i18n::{Key, Text};
use crate::model::{ActivityId, Id, WorkshopId};
use crate::model::{Timestamp, Workshop};
use crate::platform::clock::{local_date, now};
use crate::platform::download;
use crate::transfer::{export_file_name, Handover};
use leptos::prelude::*;

/// Makes the handover of a part (table or group, of kind `K`) of a work form.
pub type MakeHandover<K> = fn(&Workshop, ActivityId, Id<K>, Timestamp) -> Option<Handover>;

/// The button, with a line saying who the file is for. `part_id` is the table
/// or group on screen.
#[component]
pub fn HandoverButton<K: 'static>(
    workshop_id: WorkshopId,
    activity_id: ActivityId,
    #[prop(into)] part_id: Signal<Option<Id<K>>>,
    make: MakeHandover<K>,
    #[prop(into)] label: Text,
) -> impl IntoView {
    let state = use_app();
    let save = move |_| {
        let at = now();
        let handover = state.workshops().with_untracked(|w| {
            let workshop = w.get(workshop_id)?;
            make(workshop, activity_id, part_id.get_untracked()?, at)
        });
        if let Some(handover) = handover {
            let title = format!("{} {}", handover.workshop_title, handover.part_name());
            let name = export_file_name(local_date(at), &title, "werktafel.json");
            download::download_text(&name, "application/json", &handover.to_json());
        }
    };
    view! {
        <div class="handover">
            <button type="button" on:click=save>{tr(label)}</button>
            <p class="meta">{tr(Key::HoExportHint)}</p>
        </div>
    }
}
