//! The preview of a table or group handed over from another tablet: what it
//! brings, what is here already, and a choice per difference.

use super::i18n::{show_date, tr, use_app, Msg};
use crate::i18n::{CommonMsg, Key};
use crate::model::{Arrival, Choice, MergeItem, MergePlace, MergeWhat};
use crate::platform::clock::local_date;
use crate::transfer::HandoverPlan;
use leptos::prelude::*;

/// How many items arrive in each way: new, same, different.
pub fn arrival_counts(items: &[MergeItem]) -> [usize; 3] {
    let count = |arrival| items.iter().filter(|i| i.arrival == arrival).count();
    [
        count(Arrival::New),
        count(Arrival::Same),
        count(Arrival::Conflict),
    ]
}

/// What the file holds, the new items folded away, and the differences;
/// `choose` takes the choice made for a difference, by its key.
#[component]
pub fn HandoverPreview(plan: HandoverPlan, choose: Callback<(String, Choice)>) -> impl IntoView {
    let state = use_app();
    let language = state.language();
    let [new, same, conflicts] = arrival_counts(&plan.items);
    let date = local_date(plan.handover.exported_at)
        .map(|d| show_date(d, language))
        .unwrap_or_default();
    let summary = CommonMsg::HoSummary {
        part: plan.handover.part_name().to_string(),
        workshop: plan.workshop_title.clone(),
        date,
        new: new.to_string(),
        same: same.to_string(),
        conflicts: conflicts.to_string(),
    }
    .text(language);
    let (fresh, differing): (Vec<MergeItem>, Vec<MergeItem>) = plan
        .items
        .into_iter()
        .filter(|i| i.arrival != Arrival::Same)
        .partition(|i| i.arrival == Arrival::New);
    let new_heading = CommonMsg::HoNewList { n: new.to_string() }.text(language);
    view! {
        <section class="import-preview" aria-label=tr(Key::ImportPreview)>
            <h3>{tr(Key::ImportPreview)}</h3>
            <p>{summary}</p>
            <Show when=move || new == 0 && conflicts == 0>
                <p class="meta">{tr(Key::ImportNothingNew)}</p>
            </Show>
            {(!fresh.is_empty()).then(|| view! {
                <details class="handover-new">
                    <summary>{new_heading}</summary>
                    <ul class="import-list">
                        {fresh.into_iter().map(|item| view! {
                            <li><span class="import-name">{item_label(&item)}</span>" "{item.incoming}</li>
                        }).collect_view()}
                    </ul>
                </details>
            })}
            <ul class="import-list">
                {differing.into_iter().map(|item| difference(item, choose)).collect_view()}
            </ul>
        </section>
    }
}

/// "Notitie, ronde 2" / "Naam, persoon 3": what an item is and where.
fn item_label(item: &MergeItem) -> String {
    let language = use_app().language();
    let what = match item.what {
        MergeWhat::Note => Key::HoWhatNote,
        MergeWhat::Marks => Key::HoWhatMarks,
        MergeWhat::Summary => Key::HoWhatSummary,
        MergeWhat::Host => Key::HoWhatHost,
        MergeWhat::PersonName => Key::HoWhatName,
    }
    .text(language);
    let place = match item.place {
        MergePlace::Whole => return format!("{what}:"),
        MergePlace::Round(n) => Msg::from(CommonMsg::ImpAtRound {
            n: (n + 1).to_string(),
        }),
        MergePlace::Seat(n) => Msg::from(CommonMsg::ImpAtPerson {
            n: (n + 1).to_string(),
        }),
        MergePlace::Middle => Msg::from(Key::HoAtMiddle),
    }
    .text(language);
    format!("{what}, {place}:")
}

/// One difference: both texts and what to do.
fn difference(item: MergeItem, choose: Callback<(String, Choice)>) -> impl IntoView {
    let label = item_label(&item);
    let key = item.key.clone();
    let options = item.choices();
    let default = item.default_choice();
    let chosen = move |ev| {
        let value = event_target_value(&ev);
        if let Some(choice) = options.iter().copied().find(|c| choice_value(*c) == value) {
            choose.run((key.clone(), choice));
        }
    };
    let option_label = move |choice: Choice| match (choice, item.what) {
        (Choice::Copy, _) => Key::ImportCopy,
        (Choice::Replace, MergeWhat::Note) => Key::ImportReplace,
        (Choice::Skip, MergeWhat::Note) => Key::ImportSkip,
        (Choice::Replace, _) => Key::HoTakeTheirs,
        (Choice::Skip, _) => Key::HoKeepMine,
    };
    view! {
        <li class="handover-difference">
            <span class="import-name">{label.clone()}</span>
            <p><strong>{tr(Key::HoHere)}": "</strong>{item.here}</p>
            <p><strong>{tr(Key::HoIncoming)}": "</strong>{item.incoming}</p>
            <select aria-label=label on:change=chosen>
                {options.iter().map(|&choice| view! {
                    <option value=choice_value(choice) selected=choice == default>{tr(option_label(choice))}</option>
                }).collect_view()}
            </select>
        </li>
    }
}

/// The value of a choice in a form.
pub fn choice_value(choice: Choice) -> &'static str {
    match choice {
        Choice::Copy => "copy",
        Choice::Replace => "replace",
        Choice::Skip => "skip",
    }
}
