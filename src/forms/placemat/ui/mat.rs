//! The placemats of the groups, one at a time (one tap to switch groups): the
//! fields around the middle, each turned to face the person on its side, so a
//! tablet lying flat in the middle of the table reads upright for everyone.

use super::seat::{MiddleBox, Openings, SeatField};
use super::PlacematAt;
use crate::forms::placemat::{PlacematKey, PlacematMsg};
use crate::transfer::Handover;
use crate::ui::drafts::NoteDrafts;
use crate::ui::handover_button::HandoverButton;
use crate::ui::i18n::{tr, use_app};
use leptos::prelude::*;
use leptos_router::hooks::{use_navigate, use_query_map};
use leptos_router::NavigateOptions;
use crate::model::{GroupId, SeatId};
use crate::ui::table_mode::TableModeButton;

/// The chosen group's placemat on the page, to scroll to.
pub(super) const MAT: &str = ".placemat";

/// The side of the table each person sits on, by number of persons. The order
/// goes round the table clockwise, starting at the bottom edge of the screen.
fn side(persons: usize, index: usize) -> &'static str {
    const THREE: [&str; 3] = ["bottom", "left", "right"];
    const FOUR: [&str; 4] = ["bottom", "left", "top", "right"];
    const FIVE: [&str; 5] = ["bottom", "left", "top", "top", "right"];
    const SIX: [&str; 6] = ["bottom", "bottom", "left", "top", "top", "right"];
    let sides: &[&str] = match persons {
        3 => &THREE,
        4 => &FOUR,
        5 => &FIVE,
        _ => &SIX,
    };
    sides.get(index).copied().unwrap_or("bottom")
}

/// The placemat part: a group picker and the chosen group's placemat. The
/// chosen group is in the address (`?groep=<id>`), so a reload keeps showing
/// the group whose table the tablet lies on.
#[component]
pub fn Mats(at: PlacematAt, drafts: NoteDrafts) -> impl IntoView {
    let state = use_app();
    let at = Memo::new(move |_| at.clone());
    let query = use_query_map();
    let navigate = use_navigate();
    let chosen = Memo::new(move |_| {
        query.with(|q| q.get_str("groep").and_then(|id| id.parse::<GroupId>().ok()))
    });
    let choose = move |id: GroupId| {
        let options = NavigateOptions {
            replace: true,
            scroll: false,
            ..Default::default()
        };
        navigate(&at.get_untracked().route(&format!("?groep={id}")), options);
    };
    let groups = Memo::new(move |_| {
        at.get().value(state, |p| {
            p.groups
                .iter()
                .map(|g| (g.id, g.name.clone()))
                .collect::<Vec<_>>()
        })
    });
    // A group taken off in the preparation falls back to the first one. Drawn
    // again only when another group or another number of persons is shown.
    let shown = Memo::new(move |_| {
        let wanted = chosen.get();
        at.get().value(state, |p| {
            wanted
                .and_then(|id| p.group(id))
                .or_else(|| p.groups.first())
                .map(|g| (g.id, g.seats.iter().map(|s| s.id).collect::<Vec<_>>()))
        })
    });
    view! {
        <nav class="table-picker" aria-label=tr(PlacematKey::Groups)>
            <For each=move || groups.get() key=|g| g.clone()
                children=move |(id, name)| {
                    let choose = choose.clone();
                    let mine = move || shown.with(|s| s.as_ref().is_some_and(|s| s.0 == id));
                    view! {
                        <button type="button" aria-pressed=move || mine().to_string()
                            on:click=move |_| choose(id)>{name}</button>
                    }
                } />
        </nav>
        {move || {
            shown.get().map(|(group_id, seats)| view! { <GroupMat at group_id seats drafts /> })
        }}
        <HandoverButton workshop_id=at.get_untracked().workshop_id activity_id=at.get_untracked().activity_id
            part_id=Signal::derive(move || shown.with(|s| s.as_ref().map(|s| s.0))) make=Handover::placemat_group label=PlacematKey::HandOverGroup />
        // Below the placemat: what is above it stays as it was.
        <div class="actions">
            <TableModeButton target=MAT />
        </div>
    }
}

/// One group's placemat: a field per person round the middle.
#[component]
fn GroupMat(
    at: Memo<PlacematAt>,
    group_id: GroupId,
    seats: Vec<SeatId>,
    drafts: NoteDrafts,
) -> impl IntoView {
    let state = use_app();
    let persons = seats.len();
    let group = StoredValue::new(group_id);
    let name = move || {
        at.get()
            .value(state, |p| {
                p.group(group.get_value()).map(|g| g.name.clone())
            })
            .unwrap_or_default()
    };
    let label = move || PlacematMsg::MatOf { group: name() }.text(state.language());
    let openings = Openings::new(at, group);
    view! {
        <section class=format!("placemat persons-{persons}") aria-label=label>
            {seats.into_iter().enumerate().map(|(index, seat_id)| view! {
                <SeatField at group seat_id index side=side(persons, index) drafts openings />
            }).collect_view()}
            <MiddleBox at group drafts openings />
        </section>
    }
}
