//! The tablecloth of one table in one round: what the previous group left, the
//! notes (add, change, delete with undo) and the host's summary for the next group.

use super::CafeAt;
use crate::forms::cafe::{CafeKey, CafeMsg, Cloth, MAX_SUMMARY_CHARS};
use crate::i18n::{note_kind_key, CommonMsg, Key};
use crate::model::{Note, NoteKind, Part, ValidationError, MAX_NOTE_CHARS};
use crate::platform::clock::short_id;
use crate::ui::autosave::AutoSave;
use crate::ui::drafts::NoteDrafts;
use crate::ui::form_at::part_items;
use crate::ui::form_error::FormError;
use crate::ui::i18n::{tr, tr_msg, use_app};
use leptos::prelude::*;
use crate::model::{RoundId, TableId};

/// The class a kind of note is coloured by.
pub(super) fn kind_class(kind: NoteKind) -> &'static str {
    match kind {
        NoteKind::Idea => "note kind-idea",
        NoteKind::Question => "note kind-question",
        NoteKind::Insight => "note kind-insight",
        NoteKind::Action => "note kind-action",
    }
}

/// The tablecloth of `round_id` among a table's tablecloths.
fn cloth_in(cloths: &Option<Part<Vec<Cloth>>>, round_id: Option<RoundId>) -> Option<&Cloth> {
    let round_id = round_id?;
    part_items(cloths).iter().find(|cloth| cloth.round == round_id)
}

/// The tablecloth of `table_id` in round `round` (from 0).
#[component]
pub fn ClothPanel(
    at: Memo<CafeAt>,
    table_id: TableId,
    round: usize,
    drafts: NoteDrafts,
) -> impl IntoView {
    let state = use_app();
    let table = StoredValue::new(table_id);
    // `None` when the round was taken off meanwhile: nothing can be added.
    let round_id = at
        .get_untracked()
        .read(state, |c| c.rounds.get(round).map(|r| r.id))
        .flatten();
    let round_id = StoredValue::new(round_id);
    // This table's tablecloths: what is read from them is read again only
    // when a note or summary of this table changes.
    let cloths = CafeAt::part(at, state, move |c| c.table(table_id).map(|t| &t.cloths));
    let table_name = Memo::new(move |_| {
        at.get()
            .read(state, |c| c.table(table_id).map(|t| t.name.clone()))
            .flatten()
            .unwrap_or_default()
    });
    let host = Memo::new(move |_| {
        at.get()
            .read(state, |c| c.table(table_id).map(|t| t.host.clone()))
            .flatten()
            .filter(|h| !h.is_empty())
    });
    let previous_round = Memo::new(move |_| {
        let previous = round.checked_sub(1)?;
        at.get()
            .read(state, |c| c.rounds.get(previous).map(|r| r.id))
            .flatten()
    });
    // What the previous group left: the summary of the round before, if any.
    let previous = Memo::new(move |_| {
        cloths
            .with(|cloths| cloth_in(cloths, previous_round.get()).map(|c| c.summary.clone()))
            .filter(|summary| !summary.is_empty())
    });
    let notes = Memo::new(move |_| {
        cloths.with(|cloths| {
            cloth_in(cloths, round_id.get_value())
                .map(|cloth| cloth.notes.clone())
                .unwrap_or_default()
        })
    });
    let title = move || {
        CafeMsg::Tablecloth {
            table: table_name.get(),
            n: (round + 1).to_string(),
        }
        .text(state.language())
    };
    view! {
        <section class="card cloth" aria-label=title>
            <h2>{title}</h2>
            {move || host.get().map(|host| view! {
                <p class="meta">{CafeMsg::HostLine { host }.text(state.language())}</p>
            })}
            <Show when=move || { round > 0 }>
                <aside class="previous-group">
                    <h3>{tr(CafeKey::PreviousGroup)}</h3>
                    <p class="pre-line">{move || previous.get().unwrap_or_else(|| tr(CafeKey::NoPreviousSummary)().to_string())}</p>
                </aside>
            </Show>
            <h3>{tr(CafeKey::NotesOfCloth)}</h3>
            <Show when=move || notes.with(Vec::is_empty)>
                <p class="meta">{tr(CafeKey::NotesEmpty)}</p>
            </Show>
            <ul class="notes">
                <For each=move || notes.get() key=|n| (n.id, n.kind, n.text.clone())
                    children=move |note| view! { <NoteItem at note /> } />
            </ul>
            <AddNote at table round_id drafts />
            <Summary at table round_id cloths />
        </section>
    }
}

/// The kind buttons of a note form: one choice of four.
#[component]
fn KindChoice(kind: RwSignal<NoteKind>, name: String) -> impl IntoView {
    view! {
        <fieldset class="kind-choice">
            <legend>{tr(Key::NoteKindField)}</legend>
            {NoteKind::ALL.into_iter().map(|value| view! {
                <label class=kind_class(value)>
                    <input type="radio" name=name.clone() prop:checked=move || kind.get() == value
                        on:change=move |_| kind.set(value) />
                    {tr(note_kind_key(value))}
                </label>
            }).collect_view()}
        </fieldset>
    }
}

/// The form that adds a note; Enter adds, Shift+Enter starts a new line.
#[component]
fn AddNote(
    at: Memo<CafeAt>,
    table: StoredValue<TableId>,
    round_id: StoredValue<Option<RoundId>>,
    drafts: NoteDrafts,
) -> impl IntoView {
    let state = use_app();
    let kind = RwSignal::new(NoteKind::Idea);
    let draft_key = (table.get_value().to_string(), round_id.get_value().map(|r| r.to_string()).unwrap_or_default());
    let text = RwSignal::new(drafts.get(&draft_key));
    // What is typed but not added yet stays when another table is shown.
    let key = draft_key.clone();
    Effect::new(move |_| drafts.set(&key, text.get()));
    let error = RwSignal::new(None::<ValidationError>);
    let add = move || {
        let typed = text.get_untracked();
        let result = at.get_untracked().change(state, |c| {
            c.add_note(
                table.get_value(),
                round_id.get_value().ok_or(ValidationError::NotFound)?,
                short_id(),
                kind.get_untracked(),
                &typed,
            )
        });
        if result.is_ok() {
            text.set(String::new());
        }
        error.set(result.err());
    };
    let field_id = format!("note-{}", table.read_value());
    view! {
        <div class="add-note">
            <KindChoice kind name=format!("kind-{}", table.read_value()) />
            <label for=field_id.clone()>{tr(Key::NoteTextField)}</label>
            <textarea id=field_id rows="2" maxlength=MAX_NOTE_CHARS.to_string() prop:value=text
                on:input=move |ev| text.set(event_target_value(&ev))
                on:keydown=move |ev| if ev.key() == "Enter" && !ev.shift_key() && !ev.is_composing() { ev.prevent_default(); add(); }></textarea>
            <button type="button" class="primary" on:click=move |_| add()>{tr(Key::AddNote)}</button>
            <FormError error />
        </div>
    }
}

/// One note: read, change or delete (with undo).
#[component]
fn NoteItem(at: Memo<CafeAt>, note: Note) -> impl IntoView {
    let state = use_app();
    let editing = RwSignal::new(false);
    let kind = RwSignal::new(note.kind);
    let text = RwSignal::new(note.text.clone());
    let error = RwSignal::new(None::<ValidationError>);
    let id = StoredValue::new(note.id);
    let save = move || {
        let typed = text.get_untracked();
        let result = at.get_untracked().change(state, |c| {
            c.edit_note(id.get_value(), kind.get_untracked(), &typed)
        });
        if result.is_ok() {
            editing.set(false);
        }
        error.set(result.err());
    };
    let delete = move |_| {
        let _ = at
            .get_untracked()
            .remove_with_undo(state, |c| c.remove_note(id.get_value()));
    };
    let edit_label = tr_msg(CommonMsg::EditNamed {
        title: note.text.clone(),
    });
    let delete_label = tr_msg(CommonMsg::DeleteNamed {
        title: note.text.clone(),
    });
    let field_id = format!("edit-{}", id.read_value());
    view! {
        <li class=kind_class(note.kind)>
            <Show when=move || editing.get()
                fallback=move || view! {
                    <span class="note-kind">{tr(note_kind_key(note.kind))}</span>
                    <span class="note-text pre-line">{note.text.clone()}</span>
                    <span class="note-buttons">
                        <button type="button" aria-label=edit_label.clone() on:click=move |_| editing.set(true)>{tr(Key::Edit)}</button>
                        <button type="button" class="danger" aria-label=delete_label.clone() on:click=delete>{tr(Key::Delete)}</button>
                    </span>
                }>
                <KindChoice kind name=format!("kind-{}", id.read_value()) />
                <label for=field_id.clone()>{tr(Key::NoteTextField)}</label>
                <textarea id=field_id.clone() rows="2" maxlength=MAX_NOTE_CHARS.to_string() prop:value=text.get_untracked()
                    on:input=move |ev| text.set(event_target_value(&ev))></textarea>
                <div class="actions">
                    <button type="button" class="primary" on:click=move |_| save()>{tr(Key::Save)}</button>
                    <button type="button" on:click=move |_| editing.set(false)>{tr(Key::Cancel)}</button>
                </div>
                <FormError error />
            </Show>
        </li>
    }
}

/// The host's summary of this table in this round, saved while typing.
#[component]
fn Summary(
    at: Memo<CafeAt>,
    table: StoredValue<TableId>,
    round_id: StoredValue<Option<RoundId>>,
    cloths: Memo<Option<Part<Vec<Cloth>>>>,
) -> impl IntoView {
    let state = use_app();
    let error = RwSignal::new(None::<ValidationError>);
    let auto_save = AutoSave::new(move |typed: String| {
        error.try_set(
            at.get_untracked()
                .change(state, |c| {
                    let round_id = round_id.get_value().ok_or(ValidationError::NotFound)?;
                    c.set_summary(table.get_value(), round_id, &typed)
                })
                .err(),
        );
    });
    let initial = cloths.with_untracked(|cloths| {
        cloth_in(cloths, round_id.get_value())
            .map(|cloth| cloth.summary.clone())
            .unwrap_or_default()
    });
    let field_id = format!("summary-{}", table.read_value());
    view! {
        <label for=field_id.clone()>{tr(CafeKey::SummaryField)}</label>
        <p class="meta" id=format!("{field_id}-hint")>{tr(CafeKey::SummaryHint)}</p>
        <textarea id=field_id.clone() rows="3" maxlength=MAX_SUMMARY_CHARS.to_string() aria-describedby=format!("{field_id}-hint") prop:value=initial
            on:input=move |ev| auto_save.typed(event_target_value(&ev))
            on:change=move |_| auto_save.flush()></textarea>
        <FormError error />
    }
}
