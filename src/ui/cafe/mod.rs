//! The wereldcafé inside a workshop: prepare it, run the rounds at the tables
//! (timer, tablecloth notes, host summaries) and harvest; plus a projector view.
//! The facilitator moves between the parts freely; a reload keeps every part.

mod cloth;
mod harvest;
mod prepare;
mod projector;
mod rounds;
mod timer;

pub use projector::CafeProjectorPage;

use crate::i18n::Key;
use crate::model::{Cafe, ValidationError};
use crate::ui::i18n::{tr, use_app};
use crate::ui::links::app_path;
use crate::ui::state::AppState;
use crate::ui::steps::step_button;
use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::use_params_map;

/// Which part is on screen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Part {
    Prepare,
    Rounds,
    Harvest,
}

/// Where a café lives: its workshop and its own id.
#[derive(Debug, Clone, PartialEq, Eq)]
struct CafeAt {
    workshop_id: String,
    activity_id: String,
}

impl CafeAt {
    /// The café named by the page's address.
    fn from_address() -> Memo<CafeAt> {
        let params = use_params_map();
        Memo::new(move |_| {
            params.with(|p| CafeAt {
                workshop_id: p.get("id").unwrap_or_default(),
                activity_id: p.get("activity").unwrap_or_default(),
            })
        })
    }

    /// Reads from the café (tracked); `None` when it does not exist.
    fn read<R>(&self, state: AppState, read: impl FnOnce(&Cafe) -> R) -> Option<R> {
        state.workshops.with(|w| {
            w.get(&self.workshop_id)
                .and_then(|w| w.activity(&self.activity_id))
                .and_then(|a| a.form::<Cafe>())
                .map(read)
        })
    }

    /// Reads from the café, or the default value when it is gone.
    fn value<R: Default>(&self, state: AppState, read: impl FnOnce(&Cafe) -> R) -> R {
        self.read(state, read).unwrap_or_default()
    }

    /// Changes the café and saves it.
    fn change<R>(
        &self,
        state: AppState,
        change: impl FnOnce(&mut Cafe) -> Result<R, ValidationError>,
    ) -> Result<R, ValidationError> {
        state.change_cafe(&self.workshop_id, &self.activity_id, change)
    }

    /// The app path of this café's page, with `rest` after it.
    fn path(&self, rest: &str) -> String {
        app_path(&format!(
            "/bijeenkomst/{}/wereldcafe/{}{rest}",
            self.workshop_id, self.activity_id
        ))
    }
}

/// The café page.
#[component]
pub fn CafePage() -> impl IntoView {
    let state = use_app();
    let at = CafeAt::from_address();
    let exists = Memo::new(move |_| at.get().read(state, |_| ()).is_some());
    let started = at
        .get_untracked()
        .value(state, |c| c.current_round.is_some());
    let part = RwSignal::new(if started { Part::Rounds } else { Part::Prepare });
    view! {
        <A href=move || app_path(&format!("/bijeenkomst/{}", at.get().workshop_id)) attr:class="back">
            {tr(Key::BackToWorkshop)}
        </A>
        <h1>{tr(Key::CafeTitle)}
            {move || at.get().read(state, |c| c.name.clone()).filter(|n| !n.is_empty()).map(|n| format!(": {n}"))}
        </h1>
        <Show when=move || exists.get() fallback=|| view! { <p class="empty">{tr(Key::ActivityNotFound)}</p> }>
            <div class="cafe-bar">
                <div class="steps" role="group" aria-label=tr(Key::CafeSteps)>
                    {step_button(part, Part::Prepare, Key::CafeStepPrepare)}
                    {step_button(part, Part::Rounds, Key::CafeStepRounds)}
                    {step_button(part, Part::Harvest, Key::CafeStepHarvest)}
                </div>
                <A href=move || at.get().path("/scherm") attr:class="button">{tr(Key::CafeProjectorLink)}</A>
            </div>
            {move || {
                let at = at.get();
                match part.get() {
                    Part::Prepare => view! { <prepare::Prepare at /> }.into_any(),
                    Part::Rounds => view! { <rounds::Rounds at /> }.into_any(),
                    Part::Harvest => view! { <harvest::Harvest at /> }.into_any(),
                }
            }}
        </Show>
    }
}
