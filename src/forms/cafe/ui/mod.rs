//! The wereldcafé inside a workshop: prepare it, run the rounds at the tables
//! (timer, tablecloth notes, host summaries) and harvest; plus a projector view.
//! The facilitator moves between the parts freely; a reload keeps every part.

mod cloth;
mod harvest;
mod prepare;
mod projector;
mod rounds;
mod timer;

use crate::forms::cafe::{Cafe, CafeKey, CafeMsg, CAFE_RULES};
use crate::i18n::{Key, Language, Text};
use crate::model::{Prompt, ValidationError};
use crate::platform::clock::{new_id_text, short_id};
use crate::ui::ask::ask_page;
use crate::ui::form_at::{FormAt, FormRoute, SubPage, Summarised};
use crate::ui::i18n::{tr, use_app};
use crate::ui::state::AppState;
use crate::ui::steps::form_bar;
use leptos::prelude::*;
use leptos_router::components::A;
use projector::CafeProjectorPage;
use crate::model::PersonaId;

impl FormRoute for Cafe {
    const SEGMENT: &'static str = "wereldcafe";
    const ADD: Text = Text::Cafe(CafeKey::AddCafe);

    fn create(state: AppState) -> Self {
        Cafe::new(default_rules(state), |i| table_name(state, i), new_id_text)
    }

    fn page(sub: SubPage) -> Option<AnyView> {
        Some(match sub {
            SubPage::Main => view! { <CafePage /> }.into_any(),
            SubPage::Projector => view! { <CafeProjectorPage /> }.into_any(),
            SubPage::Ask => ask_page::<Cafe>(ask_round, CafeKey::BackToCafe),
        })
    }
}

/// Puts the question of the round on the floor (or of the first round,
/// before any started) out to phones; the question to show.
fn ask_round(at: &CafeAt, state: AppState) -> Result<Prompt, ValidationError> {
    at.change_workshop(state, |w, now| {
        let round = w
            .activity(at.activity_id)
            .and_then(|a| a.form::<Cafe>())
            .and_then(|c| c.current_round)
            .unwrap_or(0);
        w.ask_cafe_round(at.activity_id, round, short_id(), now)
            .cloned()
    })
}

/// The standard café rules in the current language.
fn default_rules(state: AppState) -> Vec<String> {
    CAFE_RULES
        .iter()
        .map(|key| state.text_now(*key).to_string())
        .collect()
}

/// The default name of the table at `index` ("Tafel 1").
fn table_name(state: AppState, index: usize) -> String {
    state.message_now(CafeMsg::DefaultTable {
        n: (index + 1).to_string(),
    })
}

impl Summarised for Cafe {
    fn summary(&self, language: Language, _: &dyn Fn(PersonaId) -> bool) -> String {
        CafeMsg::Summary {
            tables: self.tables.len().to_string(),
            rounds: self.rounds.len().to_string(),
            notes: self.notes().count().to_string(),
        }
        .text(language)
    }
}

/// Which part is on screen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Part {
    Prepare,
    Rounds,
    Harvest,
}

/// Where a café lives: its workshop and its own id.
type CafeAt = FormAt<Cafe>;

/// The café page.
#[component]
fn CafePage() -> impl IntoView {
    let state = use_app();
    let at = CafeAt::from_address();
    let exists = CafeAt::exists(at, state);
    let started = at
        .get_untracked()
        .value(state, |c| c.current_round.is_some());
    let part = RwSignal::new(if started { Part::Rounds } else { Part::Prepare });
    view! {
        <A href=move || at.get().workshop_path() attr:class="back">
            {tr(Key::BackToWorkshop)}
        </A>
        <h1>{tr(CafeKey::Title)}
            {move || at.get().read(state, |c| c.name.clone()).filter(|n| !n.is_empty()).map(|n| format!(": {n}"))}
        </h1>
        <Show when=move || exists.get() fallback=|| view! { <p class="empty">{tr(Key::ActivityNotFound)}</p> }>
            {form_bar(at, part, CafeKey::Steps, [
                (Part::Prepare, CafeKey::StepPrepare),
                (Part::Rounds, CafeKey::StepRounds),
                (Part::Harvest, CafeKey::StepHarvest),
            ], true)}
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
