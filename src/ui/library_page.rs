//! The method library page: every built-in method and the facilitator's own
//! ones (marked as own, listed first), searchable and filtered by kind, time
//! and group size, each with *Aan programma toevoegen*, which puts a block
//! made from it into a workshop's programme (and, for a method the app runs,
//! adds that work form to the workshop too). Own methods are added, changed
//! and deleted (with undo) here.

use super::i18n::{tr, use_app};
use super::own_method_form::{Editing, OwnMethodForm};
use super::programme::{add_planned, plain_from_value, plain_value};
use crate::i18n::{CommonMsg, Key, ProgrammeKey, ProgrammeMsg, Text};
use crate::library::{LibraryItem, MethodKind, Origin, OwnMethod, Seed, METHODS};
use crate::model::programme::PlainKind;
use crate::model::{ValidationError, WorkshopId};
use crate::transfer::plain_label;
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

/// What the kind filter can choose.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum KindFilter {
    Any,
    RunsInApp,
    Plain(PlainKind),
}

/// The filters as chosen.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
struct Filters {
    search: String,
    kind: Option<KindFilter>,
    fits_minutes: Option<u16>,
    people: Option<u16>,
}

impl Filters {
    /// Whether `method` passes every filter.
    fn pass(&self, method: &LibraryItem) -> bool {
        let found = method.matches(&self.search);
        let kind = match (self.kind.unwrap_or(KindFilter::Any), method.kind) {
            (KindFilter::Any, _) => true,
            (KindFilter::RunsInApp, kind) => matches!(kind, MethodKind::Runs(_)),
            (KindFilter::Plain(wanted), MethodKind::Plain(kind)) => wanted == kind,
            (KindFilter::Plain(_), MethodKind::Runs(_)) => false,
        };
        let fits = self.fits_minutes.is_none_or(|m| method.minutes.0 <= m);
        let people = self
            .people
            .is_none_or(|n| (method.people.0..=method.people.1).contains(&n));
        found && kind && fits && people
    }
}

/// The name of a seed guide.
fn seed_name(seed: Seed) -> ProgrammeKey {
    match seed {
        Seed::Exercises => ProgrammeKey::SeedExercises,
        Seed::Training => ProgrammeKey::SeedTraining,
        Seed::Municipalities => ProgrammeKey::SeedMunicipalities,
        Seed::Toolbox => ProgrammeKey::SeedToolbox,
        Seed::Regional => ProgrammeKey::SeedRegional,
    }
}

/// The library page. `?voor=<workshop id>` chooses the workshop to add to.
#[component]
pub fn LibraryPage() -> impl IntoView {
    let state = use_app();
    let query = use_query_map();
    let filters = RwSignal::new(Filters::default());
    let workshops = Memo::new(move |_| {
        state.workshops().with(|w| {
            w.all()
                .iter()
                .map(|w| (w.id, w.title.clone()))
                .collect::<Vec<_>>()
        })
    });
    let chosen = RwSignal::new(
        query
            .with_untracked(|q| {
                q.get_str("voor")
                    .and_then(|id| id.parse::<WorkshopId>().ok())
            })
            .or_else(|| workshops.with_untracked(|w| w.first().map(|w| w.0))),
    );
    let shown = Memo::new(move |_| {
        let language = state.language();
        let own = state
            .methods()
            .with(|m| m.all().iter().map(OwnMethod::item).collect::<Vec<_>>());
        let built_in = METHODS.iter().map(|m| m.item(language));
        filters.with(|f| {
            own.into_iter()
                .chain(built_in)
                .filter(|m| f.pass(m))
                .collect::<Vec<_>>()
        })
    });
    let editing = RwSignal::new(None::<Editing>);
    view! {
        <h1>{tr(ProgrammeKey::LibraryTitle)}</h1>
        <p class="meta">{tr(ProgrammeKey::LibraryIntro)}</p>
        <FilterForm filters />
        <WorkshopChoice workshops chosen />
        <Show when=move || editing.get().is_none()>
            <button type="button" class="add-own-method" on:click=move |_| editing.set(Some(Editing::New))>
                {tr(ProgrammeKey::AddOwnMethod)}
            </button>
        </Show>
        <OwnMethodForm editing />
        <Show when=move || shown.with(Vec::is_empty)>
            <p class="empty" role="status">{tr(ProgrammeKey::NoMatch)}</p>
        </Show>
        <ul class="methods">
            <For each=move || shown.get() key=|m| m.clone() let:method>
                <MethodCard method chosen editing />
            </For>
        </ul>
    }
}

/// Search, kind, time and group size.
#[component]
fn FilterForm(filters: RwSignal<Filters>) -> impl IntoView {
    let number = |text: String| text.trim().parse::<u16>().ok().filter(|n| *n > 0);
    let kind_value = |kind: KindFilter| match kind {
        KindFilter::Any => "any".to_string(),
        KindFilter::RunsInApp => "app".to_string(),
        KindFilter::Plain(plain) => plain_value(plain),
    };
    let read_kind = |value: &str| match value {
        "app" => KindFilter::RunsInApp,
        other => plain_from_value(other).map_or(KindFilter::Any, KindFilter::Plain),
    };
    view! {
        <form class="form library-filters" role="search" on:submit=|ev| ev.prevent_default()>
            <label for="library-search">{tr(ProgrammeKey::Search)}</label>
            <input id="library-search" type="search" autocomplete="off"
                on:input=move |ev| filters.update(|f| f.search = event_target_value(&ev)) />
            <label for="library-kind">{tr(ProgrammeKey::FieldKind)}</label>
            <select id="library-kind" on:change=move |ev| filters.update(|f| f.kind = Some(read_kind(&event_target_value(&ev))))>
                <option value=kind_value(KindFilter::Any)>{tr(ProgrammeKey::AnyKind)}</option>
                <option value=kind_value(KindFilter::RunsInApp)>{tr(ProgrammeKey::RunsInApp)}</option>
                {PlainKind::ALL.iter().map(|&plain| view! {
                    <option value=kind_value(KindFilter::Plain(plain))>{tr(plain_label(plain))}</option>
                }).collect_view()}
            </select>
            <label for="library-minutes">{tr(ProgrammeKey::FitsMinutes)}</label>
            <input id="library-minutes" type="number" inputmode="numeric" min="1"
                on:input=move |ev| filters.update(|f| f.fits_minutes = number(event_target_value(&ev))) />
            <label for="library-people">{tr(ProgrammeKey::GroupSize)}</label>
            <input id="library-people" type="number" inputmode="numeric" min="1"
                on:input=move |ev| filters.update(|f| f.people = number(event_target_value(&ev))) />
        </form>
    }
}

/// Which workshop *Aan programma toevoegen* adds to.
#[component]
fn WorkshopChoice(
    workshops: Memo<Vec<(WorkshopId, String)>>,
    chosen: RwSignal<Option<WorkshopId>>,
) -> impl IntoView {
    view! {
        <Show when=move || !workshops.with(Vec::is_empty)
            fallback=|| view! { <p class="meta">{tr(ProgrammeKey::NoWorkshops)}</p> }>
            <div class="form">
                <label for="library-workshop">{tr(ProgrammeKey::ChooseWorkshop)}</label>
                <select id="library-workshop"
                    prop:value=move || chosen.get().map(|id| id.to_string()).unwrap_or_default()
                    on:change=move |ev| chosen.set(event_target_value(&ev).parse().ok())>
                    <For each=move || workshops.get() key=|w| w.clone() let:workshop>
                        <option value=workshop.0.to_string()>{workshop.1}</option>
                    </For>
                </select>
            </div>
        </Show>
    }
}

/// One method, its details folded, and the button that adds it; an own one
/// also with buttons to change and delete it.
#[component]
fn MethodCard(
    method: LibraryItem,
    chosen: RwSignal<Option<WorkshopId>>,
    editing: RwSignal<Option<Editing>>,
) -> impl IntoView {
    let state = use_app();
    let error = RwSignal::new(None::<ValidationError>);
    let planned = method.draft();
    let name = method.name.clone();
    let add = move |_| {
        let Some(workshop_id) = chosen.get_untracked() else {
            return;
        };
        match add_planned(state, workshop_id, vec![planned.clone()]) {
            Ok(workshop) => {
                let message = ProgrammeMsg::Added {
                    title: name.clone(),
                    workshop,
                };
                state.messages().toast(message.into(), None);
                error.set(None);
            }
            Err(refused) => error.set(Some(refused)),
        }
    };
    let facts = move || {
        let language = state.language();
        let minutes = ProgrammeMsg::MinutesRange {
            low: method.minutes.0.to_string(),
            high: method.minutes.1.to_string(),
        };
        let people = ProgrammeMsg::PeopleRange {
            low: method.people.0.to_string(),
            high: method.people.1.to_string(),
        };
        format!("{} · {}", minutes.text(language), people.text(language))
    };
    let kind: Text = match method.kind {
        MethodKind::Runs(kind) => kind.name(),
        MethodKind::Plain(plain) => plain_label(plain).into(),
    };
    let source = move || match method.origin {
        Origin::BuiltIn { seed, .. } => ProgrammeMsg::FromSeed {
            seed: seed_name(seed).text(state.language()).to_string(),
        }
        .text(state.language()),
        Origin::Own(_) => ProgrammeKey::OwnMethod.text(state.language()).to_string(),
    };
    let own = match method.origin {
        Origin::Own(id) => Some(view! { <OwnMethodActions id name=method.name.clone() editing /> }),
        Origin::BuiltIn { .. } => None,
    };
    let heading_id = format!("method-{}", method.reference());
    let own_mark = matches!(method.origin, Origin::Own(_))
        .then(|| view! { <span class="own-mark">{tr(ProgrammeKey::OwnMethod)}</span>" "});
    view! {
        <li class="card method" aria-labelledby=heading_id.clone()>
            <h2 id=heading_id.clone()>{method.name.clone()}</h2>
            <p class="meta">{own_mark}{tr(kind)}" · "{facts}</p>
            <p>{method.summary.clone()}</p>
            <details>
                <summary>{tr(ProgrammeKey::Steps)}</summary>
                <ol>{method.steps.iter().map(|s| view! { <li>{s.clone()}</li> }).collect_view()}</ol>
                <h3>{tr(ProgrammeKey::Preparation)}</h3>
                <p>{method.preparation.clone()}</p>
                <h3>{tr(ProgrammeKey::ColumnMaterials)}</h3>
                <ul>{method.materials.iter().map(|m| view! { <li>{m.clone()}</li> }).collect_view()}</ul>
                <p class="meta">{source}</p>
            </details>
            <div class="actions">
                <Show when=move || chosen.get().is_some()>
                    <button type="button" class="primary" on:click=add.clone()>{tr(ProgrammeKey::AddToProgramme)}</button>
                </Show>
                {own}
            </div>
            <super::form_error::FormError error />
        </li>
    }
}

/// The buttons of an own method: change it (in the form above the list) and
/// delete it (with undo).
#[component]
fn OwnMethodActions(
    id: crate::model::MethodId,
    name: String,
    editing: RwSignal<Option<Editing>>,
) -> impl IntoView {
    let state = use_app();
    let edit_label = {
        let title = name.clone();
        move || {
            CommonMsg::EditNamed {
                title: title.clone(),
            }
            .text(state.language())
        }
    };
    let delete_label = move || {
        CommonMsg::DeleteNamed {
            title: name.clone(),
        }
        .text(state.language())
    };
    let delete = move |_| {
        if editing.get_untracked() == Some(Editing::Method(id)) {
            editing.set(None);
        }
        let _ = state.delete_method(id);
    };
    view! {
        <button type="button" aria-label=edit_label on:click=move |_| editing.set(Some(Editing::Method(id)))>
            {tr(Key::Edit)}
        </button>
        <button type="button" class="danger" aria-label=delete_label on:click=delete>
            {tr(Key::Delete)}
        </button>
    }
}
