//! The plenary: every group's middle side by side, and the themes that recur
//! across groups. The facilitator adds a cross-group theme, links each group's
//! middle notes to it, and sees how many groups named it.

use super::PlacematAt;
use crate::forms::placemat::{PlacematKey, PlacematMsg, PlacematPart};
use crate::i18n::{CommonMsg, Key};
use crate::model::ValidationError;
use crate::ui::form_error::FormError;
use crate::ui::form_fields::add_theme_form;
use crate::ui::i18n::{tr, use_app, Msg};
use leptos::prelude::*;
use crate::model::{GroupId, NoteId, ThemeId};

/// A cross-group theme as shown: id, name, how many groups, and its notes
/// with their group.
type ThemeRow = (ThemeId, String, usize, Vec<(String, String)>);

/// A middle note as shown: id, text and the cross-group theme it is linked to.
type MiddleRow = (NoteId, String, Option<ThemeId>);

/// Every cross-group theme, for views.
pub fn theme_rows(at: Memo<PlacematAt>) -> Memo<Vec<ThemeRow>> {
    let state = use_app();
    Memo::new(move |_| {
        at.get().value(state, |p| {
            p.linked_themes()
                .into_iter()
                .map(|t| {
                    let notes = t
                        .notes
                        .iter()
                        .map(|(group, note)| (group.to_string(), note.text.clone()))
                        .collect();
                    (t.id, t.name.to_string(), t.groups, notes)
                })
                .collect()
        })
    })
}

/// Every group's middle: group id, group name and its notes (id, text, theme).
pub fn middles(at: Memo<PlacematAt>) -> Memo<Vec<(GroupId, String, Vec<MiddleRow>)>> {
    let state = use_app();
    Memo::new(move |_| {
        at.get().value(state, |p| {
            p.groups
                .iter()
                .map(|g| {
                    let notes = g
                        .middle
                        .iter()
                        .map(|n| (n.id, n.text.clone(), n.theme))
                        .collect();
                    (g.id, g.name.clone(), notes)
                })
                .collect()
        })
    })
}

/// "Genoemd door 2 groepen".
pub fn named_by(groups: usize) -> Msg {
    if groups == 1 {
        Msg::from(PlacematKey::NamedByOne)
    } else {
        Msg::from(PlacematMsg::NamedBy {
            n: groups.to_string(),
        })
    }
}

/// The plenary part of the placemat page.
#[component]
pub fn Plenary(at: PlacematAt) -> impl IntoView {
    let state = use_app();
    let at = Memo::new(move |_| at.clone());
    let links_open = Memo::new(move |_| at.get().value(state, |p| p.is_open(PlacematPart::Links)));
    let themes = theme_rows(at);
    let middles = middles(at);
    // One card per group, drawn again only when its notes' texts change: linking
    // a note keeps the card (and the focus on its choice).
    let cards = Memo::new(move |_| {
        middles.with(|groups| {
            groups
                .iter()
                .map(|(id, name, notes)| {
                    let texts = notes
                        .iter()
                        .map(|(id, text, _)| (*id, text.clone()))
                        .collect::<Vec<_>>();
                    (*id, name.clone(), texts)
                })
                .collect::<Vec<_>>()
        })
    });
    view! {
        <section class="card">
            <h2>{tr(PlacematKey::SharedThemes)}</h2>
            <Show when=move || !links_open.get()>
                <p class="meta">{tr(PlacematKey::LinksLater)}</p>
            </Show>
            <Show when=move || themes.with(Vec::is_empty)>
                <p class="meta">{tr(PlacematKey::NoSharedThemes)}</p>
            </Show>
            <ul class="shared-themes">
                <For each=move || themes.get() key=|t| t.clone()
                    children=move |(id, name, groups, notes)| {
                        let delete_label = CommonMsg::DeleteNamed { title: name.clone() }.text(state.language());
                        let delete = move |_| {
                            let _ = at.get_untracked().remove_theme(state, id);
                        };
                        view! {
                            <li class="shared-theme">
                                <h3>{name}</h3>
                                <p class="theme-count">{named_by(groups).text(state.language())}</p>
                                <ul>{notes.into_iter().map(|(group, text)| view! {
                                    <li><span class="meta">{format!("{group}: ")}</span>{text}</li>
                                }).collect_view()}</ul>
                                <Show when=move || links_open.get()>
                                    <button type="button" class="danger" aria-label=delete_label.clone() on:click=delete>{tr(Key::Delete)}</button>
                                </Show>
                            </li>
                        }
                    } />
            </ul>
            <Show when=move || links_open.get()>
                {add_theme_form(at, "pm-shared-theme", PlacematKey::SharedThemeField, PlacematKey::AddSharedTheme,
                    |p, id, name| p.add_linked_theme(id, name))}
            </Show>
        </section>
        <div class="middles-grid">
            <For each=move || cards.get() key=|card| card.clone()
                children=move |(group_id, group, notes)| view! { <GroupMiddle at middles group_id group notes links_open /> } />
        </div>
    }
}

/// One group's middle with a theme choice per note; each choice follows the
/// stored link.
#[component]
fn GroupMiddle(
    at: Memo<PlacematAt>,
    middles: Memo<Vec<(GroupId, String, Vec<MiddleRow>)>>,
    group_id: GroupId,
    group: String,
    notes: Vec<(NoteId, String)>,
    links_open: Memo<bool>,
) -> impl IntoView {
    let state = use_app();
    let themes = Memo::new(move |_| {
        at.get().value(state, |p| {
            p.harvest
                .themes
                .iter()
                .map(|t| (t.id, t.name.clone()))
                .collect::<Vec<_>>()
        })
    });
    let group_id = StoredValue::new(group_id);
    let error = RwSignal::new(None::<ValidationError>);
    let empty = notes.is_empty();
    let (title, heading) = (group.clone(), group.clone());
    let row = move |(id, text): (NoteId, String)| {
        let label = PlacematMsg::ThemeFor {
            title: text.clone(),
            group: group.clone(),
        }
        .text(state.language());
        let note = StoredValue::new(id);
        let linked = Memo::new(move |_| {
            middles.with(|groups| {
                groups
                    .iter()
                    .filter(|(g, _, _)| *g == group_id.get_value())
                    .flat_map(|(_, _, notes)| notes.iter())
                    .find(|(n, _, _)| *n == note.get_value())
                    .and_then(|(_, _, theme)| *theme)
            })
        });
        let link = move |ev| {
            // "" is no theme; the others are the themes' ids.
            let theme = event_target_value(&ev).parse::<ThemeId>().ok();
            error.set(
                at.get_untracked()
                    .change(state, |p| p.link(note.get_value(), theme))
                    .err(),
            );
        };
        view! {
            <li class="note pm-note">
                <span class="note-text pre-line">{text}</span>
                <Show when=move || links_open.get()>
                    <select aria-label=label.clone() on:change=link>
                        <option value="" prop:selected=move || linked.with(Option::is_none)>{tr(PlacematKey::NoSharedTheme)}</option>
                        {move || themes.get().into_iter().map(|(id, name)| {
                            view! { <option value=id.to_string() prop:selected=move || linked.get() == Some(id)>{name}</option> }
                        }).collect_view()}
                    </select>
                </Show>
            </li>
        }
    };
    view! {
        <article class="card group-middle" aria-label=title>
            <h3>{heading}</h3>
            <Show when=move || empty>
                <p class="meta">{tr(PlacematKey::MiddleEmptyPlenary)}</p>
            </Show>
            <ul class="notes">{notes.into_iter().map(row).collect_view()}</ul>
            <FormError error />
        </article>
    }
}
