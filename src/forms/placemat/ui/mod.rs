//! The placemat inside a workshop: prepare the session, run the phases on one
//! placemat per group (a tablet lying flat in the middle of the table), and the
//! plenary with every group's middle and the themes they share; plus a
//! projector view. A reload keeps every part; the phase is stored.

mod mat;
mod phases;
mod plenary;
mod prepare;
mod projector;
mod seat;

use super::texts::phase_label;
use crate::forms::placemat::{Phase, Placemat, PlacematKey, PlacematMsg};
use crate::i18n::{Key, Language, Text};
use crate::model::{Prompt, ValidationError};
use crate::platform::clock::{new_id_text, short_id};
use crate::ui::ask::ask_page;
use crate::ui::drafts::NoteDrafts;
use crate::ui::form_at::{FormAt, FormRoute, SubPage, Summarised};
use crate::ui::i18n::{tr, use_app};
use crate::ui::state::AppState;
use crate::ui::steps::form_bar;
use leptos::prelude::*;
use leptos_router::components::A;
use projector::PlacematProjectorPage;
use crate::model::PersonaId;

impl FormRoute for Placemat {
    const SEGMENT: &'static str = "placemat";
    const ADD: Text = Text::Placemat(PlacematKey::AddPlacemat);

    fn create(state: AppState) -> Self {
        Placemat::new(|i| group_name(state, i), new_id_text)
    }

    fn page(sub: SubPage) -> Option<AnyView> {
        Some(match sub {
            SubPage::Main => view! { <PlacematPage /> }.into_any(),
            SubPage::Projector => view! { <PlacematProjectorPage /> }.into_any(),
            SubPage::Ask => ask_page::<Placemat>(ask, PlacematKey::BackToPlacemat),
        })
    }
}

/// Puts the placemat's central question out to phones; the question to show
/// (the open one if nothing changed since it went out).
fn ask(at: &PlacematAt, state: AppState) -> Result<Prompt, ValidationError> {
    at.change_workshop(state, |w, now| {
        w.ask_placemat(at.activity_id, short_id(), now).cloned()
    })
}

/// The default name of the group at `index` ("Groep 1").
fn group_name(state: AppState, index: usize) -> String {
    state.message_now(PlacematMsg::DefaultGroup {
        n: (index + 1).to_string(),
    })
}

impl Summarised for Placemat {
    fn summary(&self, language: Language, _: &dyn Fn(PersonaId) -> bool) -> String {
        PlacematMsg::Summary {
            groups: self.groups.len().to_string(),
            persons: self.persons().to_string(),
            notes: self.field_notes().count().to_string(),
        }
        .text(language)
    }
}

/// Where a placemat session lives: its workshop and its own id.
type PlacematAt = FormAt<Placemat>;

/// Which part is on screen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Part {
    Prepare,
    Mats,
    Plenary,
}

impl Part {
    /// The part that goes with a phase.
    fn of(phase: Option<Phase>) -> Part {
        match phase {
            None => Part::Prepare,
            Some(Phase::Plenary) => Part::Plenary,
            Some(_) => Part::Mats,
        }
    }
}

/// The placemat page.
#[component]
fn PlacematPage() -> impl IntoView {
    let state = use_app();
    let at = PlacematAt::from_address();
    let exists = PlacematAt::exists(at, state);
    let phase = at.get_untracked().value(state, |p| p.phase);
    let part = RwSignal::new(Part::of(phase));
    // Typed but not added notes stay while the page is open, whichever part shows.
    let drafts = NoteDrafts::new();
    view! {
        <A href=move || at.get().workshop_path() attr:class="back">{tr(Key::BackToWorkshop)}</A>
        <h1>{tr(PlacematKey::Title)}</h1>
        <Show when=move || exists.get() fallback=|| view! { <p class="empty">{tr(Key::ActivityNotFound)}</p> }>
            {form_bar(at, part, PlacematKey::Steps, [
                (Part::Prepare, PlacematKey::StepPrepare),
                (Part::Mats, PlacematKey::StepMats),
                (Part::Plenary, PlacematKey::StepPlenary),
            ], true)}
            {move || {
                let at = at.get();
                match part.get() {
                    Part::Prepare => view! { <prepare::Prepare at part /> }.into_any(),
                    Part::Mats => view! { <phases::PhaseBar at=at.clone() part /><mat::Mats at drafts /> }.into_any(),
                    Part::Plenary => view! { <phases::PhaseBar at=at.clone() part /><plenary::Plenary at /> }.into_any(),
                }
            }}
        </Show>
    }
}

