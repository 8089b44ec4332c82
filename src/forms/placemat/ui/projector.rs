//! The placemat's projector view, in very large type for the room: the phase
//! with the question and the time left, or every group's middle side by side
//! with the themes they share and how many groups named each.

use super::phases::{phase_length, phase_timer};
use super::plenary::{middles, named_by, theme_rows};
use super::{phase_label, PlacematAt};
use crate::forms::placemat::{Phase, PlacematKey};
use crate::ui::i18n::{tr, use_app};
use crate::ui::steps::projector_page;
use crate::ui::timer::{ticking_now, watch_time_up, TimerFace};
use leptos::prelude::*;

/// What the projector shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Shows {
    Phase,
    Middles,
}

/// The placemat's projector page.
#[component]
pub fn PlacematProjectorPage() -> impl IntoView {
    let state = use_app();
    let at = PlacematAt::from_address();
    let plenary = at
        .get_untracked()
        .value(state, |p| p.phase == Some(Phase::Plenary));
    let shows = RwSignal::new(if plenary {
        Shows::Middles
    } else {
        Shows::Phase
    });
    let steps = vec![
        (Shows::Phase, PlacematKey::ProjectorPhase.into()),
        (Shows::Middles, PlacematKey::ProjectorMiddles.into()),
    ];
    projector_page(at, shows, steps, move |shows| match shows {
        Shows::Phase => view! { <PhaseScreen at /> }.into_any(),
        Shows::Middles => view! { <MiddlesScreen at /> }.into_any(),
    })
}

/// The phase on the floor, the question and the time left.
#[component]
fn PhaseScreen(at: Memo<PlacematAt>) -> impl IntoView {
    let state = use_app();
    let time = ticking_now();
    let timer = phase_timer(at, time);
    let sound_on = Signal::derive(move || at.get().value(state, |p| p.sound));
    let flash = watch_time_up(timer, sound_on);
    let phase = Memo::new(move |_| at.get().value(state, |p| p.phase));
    view! {
        <section class="cafe-screen" class:flash=move || flash.get()>
            <Show when=move || phase.get().is_some()
                fallback=|| view! { <p class="screen-question">{tr(PlacematKey::ProjectorNotStarted)}</p> }>
                <h2 class="screen-round">{move || phase.get().map(|p| tr(phase_label(p))())}</h2>
                <p class="screen-question">{move || at.get().value(state, |p| p.question.clone())}</p>
                <Show when=move || phase.get() != Some(Phase::Plenary)>
                    <TimerFace timer full_ms=phase_length(at) />
                </Show>
            </Show>
        </section>
    }
}

/// Every group's middle side by side, and the shared themes with their counts.
#[component]
fn MiddlesScreen(at: Memo<PlacematAt>) -> impl IntoView {
    let state = use_app();
    let themes = theme_rows(at);
    let middles = middles(at);
    view! {
        <section class="cafe-screen screen-harvest">
            <h2 class="screen-round">{tr(PlacematKey::ProjectorMiddles)}</h2>
            <div class="findings-grid">
                {move || middles.get().into_iter().map(|(_, group, notes)| view! {
                    <article class="finding">
                        <h3>{group}</h3>
                        <ul>{notes.into_iter().map(|(_, text, _)| view! { <li>{text}</li> }).collect_view()}</ul>
                    </article>
                }).collect_view()}
            </div>
            <h3>{tr(PlacematKey::SharedThemes)}</h3>
            <ul class="screen-actions">
                {move || themes.get().into_iter().map(|(_, name, groups, _)| view! {
                    <li>{name}{format!(" — {}", named_by(groups).text(state.language()))}</li>
                }).collect_view()}
            </ul>
        </section>
    }
}
