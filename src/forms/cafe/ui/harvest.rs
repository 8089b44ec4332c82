//! The harvest (oogst) after the rounds: what each table found, every note
//! grouped into themes, the key insights, and the actions with an owner and a
//! date ("wie pakt dit op?").

use super::cloth::kind_class;
use super::CafeAt;
use crate::forms::cafe::CafeMsg;
use crate::i18n::{note_kind_key, CommonMsg, Key};
use crate::model::{Action, ActionDraft, NoteBoard, NoteId, NoteKind, Theme, ThemeId, ValidationError};
use crate::platform::clock::{new_id_text, short_id};
use crate::ui::form_error::FormError;
use crate::ui::form_fields::add_theme_form;
use crate::ui::i18n::{show_date, tr, tr_msg, use_app, Msg};
use leptos::prelude::*;

/// A note as the harvest shows it, with where it was written.
#[derive(Debug, Clone, PartialEq, Eq)]
struct HarvestNote {
    id: NoteId,
    kind: NoteKind,
    text: String,
    table: String,
    round: usize,
    theme: Option<ThemeId>,
    key: bool,
}

/// One table's summaries, round by round.
#[derive(Debug, Clone, PartialEq, Eq)]
struct TableFindings {
    name: String,
    host: String,
    summaries: Vec<(usize, String)>,
    notes: usize,
}

/// The harvest part of the café page.
#[component]
pub fn Harvest(at: CafeAt) -> impl IntoView {
    let state = use_app();
    let at = Memo::new(move |_| at.clone());
    let notes = Memo::new(move |_| {
        at.get().value(state, |c| {
            c.notes()
                .map(|placed| HarvestNote {
                    id: placed.note.id,
                    kind: placed.note.kind,
                    text: placed.note.text.clone(),
                    table: placed.table.name.clone(),
                    round: placed.round,
                    theme: placed.note.theme,
                    key: placed.note.key,
                })
                .collect::<Vec<_>>()
        })
    });
    let themes = Memo::new(move |_| at.get().value(state, |c| c.harvest.themes.clone()));
    view! {
        <Findings at />
        <section class="card">
            <h2>{tr(Key::HarvestThemes)}</h2>
            {add_theme_form(at, "theme-name", Key::HarvestThemeField, Key::AddTheme,
                |c, id, name| c.harvest.add_theme(id, name))}
            <Show when=move || notes.with(Vec::is_empty)>
                <p class="meta">{tr(Key::HarvestEmpty)}</p>
            </Show>
            <For each=move || themes.get() key=|t| t.clone()
                children=move |theme| view! { <ThemeGroup at theme notes themes /> } />
            <section class="theme-group" aria-label=tr(Key::HarvestUngrouped)>
                <h3>{tr(Key::HarvestUngrouped)}</h3>
                <NoteList at notes themes theme=None />
            </section>
        </section>
        <KeyInsights notes />
        <Actions at />
    }
}

/// Per table, the host summaries of every round.
#[component]
fn Findings(at: Memo<CafeAt>) -> impl IntoView {
    let state = use_app();
    let findings = Memo::new(move |_| {
        at.get().value(state, |c| {
            c.tables
                .iter()
                .map(|table| TableFindings {
                    name: table.name.clone(),
                    host: table.host.clone(),
                    summaries: c
                        .rounds
                        .iter()
                        .enumerate()
                        .filter_map(|(index, round)| {
                            c.cloth(table.id, round.id)
                                .map(|cloth| (index, cloth.summary.clone()))
                                .filter(|(_, summary)| !summary.is_empty())
                        })
                        .collect(),
                    notes: table.cloths.iter().map(|cloth| cloth.notes.len()).sum(),
                })
                .collect::<Vec<_>>()
        })
    });
    view! {
        <section class="card findings">
            <h2>{tr(Key::HarvestSummaries)}</h2>
            <div class="findings-grid">
                {move || findings.get().into_iter().map(|table| {
                    let count = match table.notes {
                        1 => Msg::from(Key::HarvestOneNote),
                        n => Msg::from(CommonMsg::HarvestNotesCount { count: n.to_string() }),
                    };
                    view! {
                        <article class="finding">
                            <h3>{table.name}</h3>
                            <p class="meta">{(!table.host.is_empty()).then(|| format!("{} · ", table.host))}{move || count.text(state.language())}</p>
                            <dl>
                                {table.summaries.into_iter().map(|(round, summary)| view! {
                                    <dt>{move || CafeMsg::RoundN { n: (round + 1).to_string() }.text(state.language())}</dt>
                                    <dd class="pre-line">{summary}</dd>
                                }).collect_view()}
                            </dl>
                        </article>
                    }
                }).collect_view()}
            </div>
        </section>
    }
}

/// A theme with its notes; deleting it ungroups them (with undo).
#[component]
fn ThemeGroup(
    at: Memo<CafeAt>,
    theme: Theme,
    notes: Memo<Vec<HarvestNote>>,
    themes: Memo<Vec<Theme>>,
) -> impl IntoView {
    let state = use_app();
    let delete_label = Msg::from(CommonMsg::DeleteNamed {
        title: theme.name.clone(),
    });
    let theme_id = theme.id;
    view! {
        <section class="theme-group" aria-label=theme.name.clone()>
            <h3>{theme.name.clone()}
                <button type="button" class="danger" aria-label=move || delete_label.text(state.language())
                    on:click=move |_| {
                        let _ = at.get_untracked().remove_theme(state, theme_id);
                    }>{tr(Key::Delete)}</button>
            </h3>
            <NoteList at notes themes theme=Some(theme.id) />
        </section>
    }
}

/// How many notes a group shows at first, and how many more each tap shows:
/// a café of thousands of notes stays quick to open.
const NOTES_SHOWN: usize = 100;

/// The notes of one theme (`None`: the ungrouped ones).
#[component]
fn NoteList(
    at: Memo<CafeAt>,
    notes: Memo<Vec<HarvestNote>>,
    themes: Memo<Vec<Theme>>,
    theme: Option<ThemeId>,
) -> impl IntoView {
    let state = use_app();
    let limit = RwSignal::new(NOTES_SHOWN);
    let in_group = Memo::new(move |_| {
        notes.with(|all| {
            all.iter()
                .filter(|n| match theme {
                    Some(theme) => n.theme == Some(theme),
                    // Ungrouped: no theme, or a theme that is gone.
                    None => n
                        .theme
                        .is_none_or(|t| !themes.with(|all| all.iter().any(|x| x.id == t))),
                })
                .cloned()
                .collect::<Vec<_>>()
        })
    });
    let shown = move || in_group.with(|n| n.iter().take(limit.get()).cloned().collect::<Vec<_>>());
    let hidden = move || in_group.with(Vec::len).saturating_sub(limit.get());
    view! {
        <ul class="notes harvest-notes">
            // Not keyed by the key-insight mark: tapping ★ keeps an open action form.
            <For each=shown key=|n| (n.id, n.kind, n.text.clone(), n.theme)
                children=move |note| view! { <HarvestNoteItem at note themes /> } />
        </ul>
        <Show when=move || { hidden() > 0 }>
            <button type="button" on:click=move |_| limit.update(|l| *l += NOTES_SHOWN)>
                {move || CommonMsg::HarvestShowMore { count: hidden().to_string() }.text(state.language())}
            </button>
        </Show>
    }
}

/// One note in the harvest: its theme, key-insight mark, and "make an action".
#[component]
fn HarvestNoteItem(at: Memo<CafeAt>, note: HarvestNote, themes: Memo<Vec<Theme>>) -> impl IntoView {
    let state = use_app();
    let id = StoredValue::new(note.id);
    let making_action = RwSignal::new(false);
    let title = || note.text.clone();
    let theme_label = tr_msg(CommonMsg::HarvestNoteTheme { title: title() });
    let key_label = tr_msg(CommonMsg::HarvestKeyLabel { title: title() });
    let to_action_label = tr_msg(CommonMsg::HarvestToActionNamed { title: title() });
    let place = {
        let table = note.table.clone();
        move || {
            let round = CafeMsg::RoundN {
                n: (note.round + 1).to_string(),
            };
            format!(
                "{} · {} · {}",
                tr(note_kind_key(note.kind))(),
                table,
                round.text(state.language())
            )
        }
    };
    let current_theme = note.theme;
    let key = RwSignal::new(note.key);
    view! {
        <li class=kind_class(note.kind) class:key-insight=move || key.get()>
            <span class="note-text pre-line">{note.text.clone()}</span>
            <span class="meta">{place}</span>
            <span class="note-buttons">
                <select aria-label=theme_label
                    on:change=move |ev| {
                        // "" is no theme; the others are the themes' ids.
                        let theme = event_target_value(&ev).parse::<ThemeId>().ok();
                        let _ = at.get_untracked().change(state, |c| c.group_note(id.get_value(), theme));
                    }>
                    <option value="" selected=current_theme.is_none()>{tr(Key::HarvestNoTheme)}</option>
                    {move || themes.get().into_iter().map(|t| {
                        let selected = current_theme == Some(t.id);
                        view! { <option value=t.id.to_string() selected=selected>{t.name}</option> }
                    }).collect_view()}
                </select>
                <button type="button" aria-pressed=move || key.get().to_string() aria-label=key_label
                    on:click=move |_| {
                        let marked = !key.get_untracked();
                        if at.get_untracked().change(state, |c| c.mark_key(id.get_value(), marked)).is_ok() {
                            key.set(marked);
                        }
                    }>
                    {tr(Key::HarvestKeyMark)} " " {tr(Key::HarvestKey)}
                </button>
                <button type="button" aria-expanded=move || making_action.get().to_string()
                    aria-label=to_action_label
                    on:click=move |_| making_action.update(|m| *m = !*m)>{tr(Key::HarvestToAction)}</button>
            </span>
            <Show when=move || making_action.get()>
                <ActionForm at text=note.text.clone() note=Some(id.get_value()) done=making_action />
            </Show>
        </li>
    }
}

/// The notes marked as key insights, together.
#[component]
fn KeyInsights(notes: Memo<Vec<HarvestNote>>) -> impl IntoView {
    let key_notes = Memo::new(move |_| {
        notes.with(|all| all.iter().filter(|n| n.key).cloned().collect::<Vec<_>>())
    });
    view! {
        <Show when=move || key_notes.with(|k| !k.is_empty())>
            <section class="card key-insights">
                <h2>{tr(Key::HarvestKeyInsights)}</h2>
                <ul>
                    {move || key_notes.get().into_iter().map(|n| view! {
                        <li class="pre-line">{n.text}</li>
                    }).collect_view()}
                </ul>
            </section>
        </Show>
    }
}

/// The actions: who picks what up, and when.
#[component]
fn Actions(at: Memo<CafeAt>) -> impl IntoView {
    let state = use_app();
    let actions = Memo::new(move |_| at.get().value(state, |c| c.harvest.actions.clone()));
    let adding = RwSignal::new(false);
    view! {
        <section class="card actions-list">
            <h2>{tr(Key::HarvestActions)}</h2>
            <Show when=move || actions.with(Vec::is_empty)>
                <p class="meta">{tr(Key::ActionsEmpty)}</p>
            </Show>
            <ul class="notes">
                <For each=move || actions.get() key=|a| a.clone()
                    children=move |action| view! { <ActionItem at action /> } />
            </ul>
            <Show when=move || adding.get()
                fallback=move || view! { <button type="button" on:click=move |_| adding.set(true)>{tr(Key::AddAction)}</button> }>
                <ActionForm at text=String::new() note=None done=adding />
            </Show>
        </section>
    }
}

/// One action with its owner and date; delete with undo.
#[component]
fn ActionItem(at: Memo<CafeAt>, action: Action) -> impl IntoView {
    let state = use_app();
    let who_when = {
        let owner = action.owner.clone();
        move || {
            let language = state.language();
            let owner = if owner.is_empty() {
                Key::ActionNoOwner.text(language).to_string()
            } else {
                owner.clone()
            };
            let due = action.due.map_or_else(
                || Key::ActionNoDue.text(language).to_string(),
                |d| show_date(d, language),
            );
            CommonMsg::ActionOwnerDue { owner, due }.text(language)
        }
    };
    let label = Msg::from(CommonMsg::DeleteNamed {
        title: action.text.clone(),
    });
    let id = action.id;
    view! {
        <li class="note kind-action">
            <span class="note-text pre-line">{action.text.clone()}</span>
            <span class="meta">{who_when}</span>
            <button type="button" class="danger" aria-label=move || label.text(state.language())
                on:click=move |_| {
                    let _ = at.get_untracked().remove_action(state, id);
                }>{tr(Key::Delete)}</button>
        </li>
    }
}

/// The form for a new action, from a note or on its own; `done` closes it.
#[component]
fn ActionForm(
    at: Memo<CafeAt>,
    text: String,
    note: Option<NoteId>,
    done: RwSignal<bool>,
) -> impl IntoView {
    let state = use_app();
    let form_id = new_id_text();
    let text = RwSignal::new(text);
    let owner = RwSignal::new(String::new());
    let due = RwSignal::new(String::new());
    let error = RwSignal::new(None::<ValidationError>);
    let note = StoredValue::new(note);
    let add = move |_| {
        let draft = ActionDraft {
            text: text.get_untracked(),
            owner: owner.get_untracked(),
            due: due.get_untracked(),
        };
        let result = at
            .get_untracked()
            .change(state, |c| match note.get_value() {
                Some(note_id) => c.note_to_action(note_id, short_id(), &draft),
                None => c.harvest.add_action(short_id(), &draft, None),
            });
        if result.is_ok() {
            done.set(false);
        }
        error.set(result.err());
    };
    let field = move |suffix: &str| format!("action-{suffix}-{form_id}");
    view! {
        <div class="action-form">
            <label for=field("text")>{tr(Key::ActionTextField)}</label>
            <textarea id=field("text") rows="2" prop:value=text.get_untracked()
                on:input=move |ev| text.set(event_target_value(&ev))></textarea>
            <label for=field("owner")>{tr(Key::ActionOwnerField)}</label>
            <input id=field("owner") type="text" on:input=move |ev| owner.set(event_target_value(&ev)) />
            <label for=field("due")>{tr(Key::ActionDueField)}</label>
            <input id=field("due") type="date" on:input=move |ev| due.set(event_target_value(&ev)) />
            <div class="actions">
                <button type="button" class="primary" on:click=add>{tr(Key::AddAction)}</button>
                <button type="button" on:click=move |_| done.set(false)>{tr(Key::Cancel)}</button>
            </div>
            <FormError error />
        </div>
    }
}
