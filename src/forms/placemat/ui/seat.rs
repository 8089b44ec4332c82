//! What is on one placemat: a person's field (their notes, marks of what
//! resonates, "to the middle") and the shared middle with the phase's clock.
//! What can be done follows the phase on the floor; the model refuses the rest.

use super::phases::phase_timer;
use super::{phase_label, PlacematAt};
use crate::forms::placemat::{
    middle_holds, Phase, PlacematKey, PlacematMsg, PlacematPart, Seat, MAX_PLACEMAT_NOTE_CHARS,
};
use crate::i18n::{CommonMsg, Key, Text};
use crate::model::{minutes_seconds, Note, Part, TimerState, ValidationError};
use crate::platform::clock::short_id;
use crate::ui::drafts::NoteDrafts;
use crate::ui::form_at::part_items;
use crate::ui::form_error::FormError;
use crate::ui::i18n::{tr, tr_msg, use_app, Msg};
use crate::ui::state::AppState;
use crate::ui::text_editor::TextEditor;
use crate::ui::timer::ticking_now;
use leptos::prelude::*;
use crate::model::{GroupId, NoteId, SeatId};

/// The name of the person in `seat` (the `index`th, from 0), or "Persoon n"
/// when none was given.
fn person_name(seat: Option<&Seat>, index: usize, state: AppState) -> String {
    seat.map(|s| s.name.clone())
        .filter(|name| !name.is_empty())
        .unwrap_or_else(|| {
            PlacematMsg::PersonN {
                n: (index + 1).to_string(),
            }
            .text(state.language())
        })
}

/// The field with `id` among a group's fields.
fn seat_in(seats: &Option<Part<Vec<Seat>>>, id: SeatId) -> Option<&Seat> {
    part_items(seats).iter().find(|s| s.id == id)
}

/// What the phase on the floor opens, and the group's fields and middle as
/// parts; made once per placemat and handed to every field and note, so a
/// save is checked a few times, not a few times per note, and a note in one
/// group leaves the memos of the others alone.
#[derive(Clone, Copy)]
pub struct Openings {
    fields: Memo<bool>,
    marks: Memo<bool>,
    middle: Memo<bool>,
    /// Phase 1: each person sees only their own field.
    own_field_only: Memo<bool>,
    /// The group's fields: each person's name and notes.
    group_seats: Memo<Option<Part<Vec<Seat>>>>,
    /// The group's middle, to tell which notes are in it already.
    group_middle: Memo<Option<Part<Vec<Note>>>>,
}

impl Openings {
    /// The openings of the placemat of `group` at `at`.
    pub fn new(at: Memo<PlacematAt>, group: StoredValue<GroupId>) -> Self {
        let state = use_app();
        let open = move |part: PlacematPart| {
            Memo::new(move |_| at.get().value(state, |p| p.is_open(part)))
        };
        Self {
            fields: open(PlacematPart::Fields),
            marks: open(PlacematPart::Marks),
            middle: open(PlacematPart::Middle),
            own_field_only: Memo::new(move |_| {
                at.get()
                    .value(state, |p| p.phase == Some(Phase::Individual))
            }),
            group_seats: PlacematAt::part(at, state, move |p| {
                p.group(group.get_value()).map(|g| &g.seats)
            }),
            group_middle: PlacematAt::part(at, state, move |p| {
                p.group(group.get_value()).map(|g| &g.middle)
            }),
        }
    }
}

/// Deletes a note from a field or the middle, with an undo toast; a refusal
/// lands in `error`.
fn delete_note(
    state: AppState,
    at: Memo<PlacematAt>,
    id: StoredValue<NoteId>,
    error: RwSignal<Option<ValidationError>>,
) {
    let at = at.get_untracked();
    error.set(
        at.remove_with_undo(state, |p| p.remove_note(id.get_value()))
            .err(),
    );
}

/// One person's field, turned to face `side` ("bottom", "left", "top", "right").
/// In phase 1 its notes are folded away (each person writes on their own), and
/// the person can unfold them to read back what they wrote.
#[component]
pub fn SeatField(
    at: Memo<PlacematAt>,
    group: StoredValue<GroupId>,
    seat_id: SeatId,
    index: usize,
    side: &'static str,
    drafts: NoteDrafts,
    openings: Openings,
) -> impl IntoView {
    let state = use_app();
    let seat = StoredValue::new(seat_id);
    // Read from the group's fields alone: a change elsewhere leaves them be.
    let seats = openings.group_seats;
    // The other persons of the group, who can mark this person's notes.
    let others = Memo::new(move |_| {
        seats.with(|seats| {
            part_items(seats)
                .iter()
                .enumerate()
                .filter(|(_, s)| s.id != seat_id)
                .map(|(index, s)| (s.id, person_name(Some(s), index, state)))
                .collect::<Vec<_>>()
        })
    });
    let name = Memo::new(move |_| {
        seats.with(|seats| person_name(seat_in(seats, seat_id), index, state))
    });
    let notes = Memo::new(move |_| {
        seats.with(|seats| {
            seat_in(seats, seat_id)
                .map(|s| s.notes.clone())
                .unwrap_or_default()
        })
    });
    let unfolded = RwSignal::new(false);
    let folded = move || openings.own_field_only.get() && !unfolded.get();
    let fold_label = move || {
        let n = notes.with(Vec::len).to_string();
        let label = if folded() {
            PlacematMsg::ShowOwn { n }
        } else {
            PlacematMsg::HideOwn { n }
        };
        label.text(state.language())
    };
    let label = move || PlacematMsg::FieldOf { name: name.get() }.text(state.language());
    let add = Callback::new(move |text: String| {
        at.get_untracked().change(state, |p| {
            p.add_note(group.get_value(), seat.get_value(), short_id(), &text)
        })
    });
    let draft_key = (group.get_value().to_string(), seat.get_value().to_string());
    view! {
        <section class=format!("seat side-{side} seat-{}", index + 1) aria-label=label>
            <div class="seat-inner">
                <div class="seat-head">
                    <h3 class="seat-name">{move || name.get()}</h3>
                    <Show when=move || openings.own_field_only.get()>
                        <button type="button" class="fold" aria-pressed=move || (!folded()).to_string()
                            on:click=move |_| unfolded.update(|u| *u = !*u)>{fold_label}</button>
                    </Show>
                </div>
                <ul class="notes" hidden=folded>
                    <For each=move || notes.get() key=|n| (n.id, n.text.clone())
                        children=move |note| view! { <SeatNote at note notes others openings /> } />
                </ul>
                <Show when=move || openings.fields.get()>
                    <AddNote label=Msg::from(PlacematMsg::NewNoteOf { name: name.get_untracked() })
                        button=Key::AddNote add drafts draft_key=draft_key.clone() />
                </Show>
            </div>
        </section>
    }
}

/// A one-line field to write a new note in (it grows while typing); Enter
/// adds, Shift+Enter starts a new line. What is typed but not added stays
/// while the page is open.
#[component]
fn AddNote(
    label: Msg,
    #[prop(into)] button: Text,
    add: Callback<String, Result<(), ValidationError>>,
    drafts: NoteDrafts,
    draft_key: (String, String),
) -> impl IntoView {
    let state = use_app();
    let text = RwSignal::new(drafts.get(&draft_key));
    let key = draft_key.clone();
    Effect::new(move |_| drafts.set(&key, text.get()));
    let error = RwSignal::new(None::<ValidationError>);
    let submit = move || {
        let result = add.run(text.get_untracked());
        if result.is_ok() {
            text.set(String::new());
        }
        error.set(result.err());
    };
    let field_id = format!("new-{}-{}", draft_key.0, draft_key.1);
    view! {
        <div class="add-note">
            <label class="visually-hidden" for=field_id.clone()>{move || label.text(state.language())}</label>
            <textarea id=field_id rows="1" placeholder=tr(PlacematKey::NotePlaceholder) prop:value=text
                on:input=move |ev| text.set(event_target_value(&ev))
                on:keydown=move |ev| {
                    if ev.key() == "Enter" && !ev.shift_key() && !ev.is_composing() {
                        ev.prevent_default();
                        submit();
                    }
                }></textarea>
            <button type="button" class="primary" aria-label=tr(button) on:click=move |_| submit()>{tr(PlacematKey::Add)}</button>
            <FormError error />
        </div>
    }
}

/// One note in a person's field. Keyed by its text: a mark by someone else
/// does not redraw it (an open edit stays open).
#[component]
fn SeatNote(
    at: Memo<PlacematAt>,
    note: Note,
    notes: Memo<Vec<Note>>,
    others: Memo<Vec<(SeatId, String)>>,
    openings: Openings,
) -> impl IntoView {
    let editing = RwSignal::new(false);
    let error = RwSignal::new(None::<ValidationError>);
    let id = StoredValue::new(note.id);
    let text = StoredValue::new(note.text);
    let marks = Memo::new(move |_| {
        notes.with(|notes| {
            notes
                .iter()
                .find(|n| n.id == id.get_value())
                .map(|n| n.marks.clone())
                .unwrap_or_default()
        })
    });
    view! {
        <li class="note pm-note">
            <Show when=move || editing.get()
                fallback=move || view! { <SeatNoteRead at id text marks editing error others openings /> }>
                <NoteEditor at id initial=text.get_value() editing />
            </Show>
            <FormError error />
        </li>
    }
}

/// A note in a field as read, with what the phase allows: marks, "to the
/// middle", edit and delete.
#[component]
fn SeatNoteRead(
    at: Memo<PlacematAt>,
    id: StoredValue<NoteId>,
    text: StoredValue<String>,
    marks: Memo<Vec<SeatId>>,
    editing: RwSignal<bool>,
    error: RwSignal<Option<ValidationError>>,
    others: Memo<Vec<(SeatId, String)>>,
    openings: Openings,
) -> impl IntoView {
    let state = use_app();
    let marked_by = move || {
        marks.with(|marks| {
            others.with(|others| {
                others
                    .iter()
                    .filter(|(s, _)| marks.contains(s))
                    .map(|(_, name)| name.as_str())
                    .collect::<Vec<_>>()
                    .join(", ")
            })
        })
    };
    let in_middle = Memo::new(move |_| {
        openings
            .group_middle
            .with(|middle| middle_holds(part_items(middle), &text.read_value()))
    });
    let copy = move |_| {
        error.set(
            at.get_untracked()
                .change(state, |p| p.copy_to_middle(id.get_value(), short_id()))
                .err(),
        );
    };
    let delete = move |_| delete_note(state, at, id, error);
    let mark_button = move |(seat_id, name): (SeatId, String)| {
        let pressed = move || marks.with(|m| m.contains(&seat_id)).to_string();
        let label = PlacematMsg::ResonatesWith {
            name: name.clone(),
            title: text.get_value(),
        }
        .text(state.language());
        let toggle = move |_| {
            error.set(
                at.get_untracked()
                    .change(state, |p| p.toggle_mark(id.get_value(), seat_id))
                    .err(),
            );
        };
        view! {
            <button type="button" class="mark" aria-pressed=pressed aria-label=label on:click=toggle>
                {format!("♥ {name}")}
            </button>
        }
    };
    view! {
        <span class="note-text pre-line">{text.get_value()}</span>
        <Show when=move || !marks.with(Vec::is_empty)>
            <span class="marks">{move || format!("♥ {}", marked_by())}</span>
        </Show>
        <span class="note-buttons">
            <Show when=move || openings.marks.get()>
                {move || others.get().into_iter().map(mark_button).collect_view()}
            </Show>
            <Show when=move || openings.middle.get()>
                <Show when=move || !in_middle.get()
                    fallback=|| view! { <span class="meta">{tr(PlacematKey::InMiddle)}</span> }>
                    <button type="button" aria-label=tr_msg(PlacematMsg::ToMiddleNamed { title: text.get_value() }) on:click=copy>{tr(PlacematKey::ToMiddle)}</button>
                </Show>
            </Show>
            <Show when=move || openings.fields.get()>
                <button type="button" aria-label=tr_msg(CommonMsg::EditNamed { title: text.get_value() }) on:click=move |_| editing.set(true)>{tr(Key::Edit)}</button>
                <button type="button" class="danger" aria-label=tr_msg(CommonMsg::DeleteNamed { title: text.get_value() }) on:click=delete>{tr(Key::Delete)}</button>
            </Show>
        </span>
    }
}

/// A note's text to change in place.
#[component]
fn NoteEditor(
    at: Memo<PlacematAt>,
    id: StoredValue<NoteId>,
    initial: String,
    editing: RwSignal<bool>,
) -> impl IntoView {
    let state = use_app();
    let save = Callback::new(move |typed: String| {
        at.get_untracked()
            .change(state, |p| p.edit_note(id.get_value(), &typed))
    });
    view! {
        <TextEditor field_id=format!("edit-{}", id.read_value()) label=Key::NoteTextField
            initial max_chars=MAX_PLACEMAT_NOTE_CHARS editing save />
    }
}

/// The phase and the time left, small, upright in the middle of the placemat,
/// so the whole table sees it.
#[component]
fn MatClock(at: Memo<PlacematAt>) -> impl IntoView {
    let state = use_app();
    let time = ticking_now();
    let timer = phase_timer(at, time);
    let phase = Memo::new(move |_| at.get().value(state, |p| p.phase));
    let clock = move || {
        let phase = phase.get()?;
        let name = tr(phase_label(phase))();
        let left = match timer.get() {
            TimerState::Running { left_ms } | TimerState::Paused { left_ms } => {
                format!(" · {}", minutes_seconds(left_ms))
            }
            TimerState::TimeUp { .. } => format!(" · {}", tr(Key::TimerTimeUp)()),
            TimerState::Ready | TimerState::Closed => String::new(),
        };
        Some(format!("{name}{left}"))
    };
    view! { <p class="mat-clock" aria-hidden="true">{clock}</p> }
}

/// The shared middle of a group's placemat.
#[component]
pub fn MiddleBox(
    at: Memo<PlacematAt>,
    group: StoredValue<GroupId>,
    drafts: NoteDrafts,
    openings: Openings,
) -> impl IntoView {
    let state = use_app();
    let middle_open = openings.middle;
    let notes = openings.group_middle;
    let name = move || {
        at.get()
            .value(state, |p| {
                p.group(group.get_value()).map(|g| g.name.clone())
            })
            .unwrap_or_default()
    };
    let label = move || PlacematMsg::MiddleOf { group: name() }.text(state.language());
    let add = Callback::new(move |text: String| {
        at.get_untracked().change(state, |p| {
            p.add_to_middle(group.get_value(), short_id(), &text)
        })
    });
    let draft_key = (group.get_value().to_string(), "middle".to_string());
    view! {
        <section class="middle" aria-label=label>
            <MatClock at />
            <h3>{tr(PlacematKey::Middle)}</h3>
            <Show when=move || notes.with(|middle| part_items(middle).is_empty())>
                <p class="meta">{move || if middle_open.get() { tr(PlacematKey::MiddleEmpty)() } else { tr(PlacematKey::MiddleLater)() }}</p>
            </Show>
            <ul class="notes">
                <For each=move || notes.with(|middle| part_items(middle).to_vec()) key=|n| (n.id, n.text.clone())
                    children=move |note| view! { <MiddleNote at note middle_open /> } />
            </ul>
            <Show when=move || middle_open.get()>
                <AddNote label=Msg::from(PlacematKey::NewTheme) button=PlacematKey::AddTheme add drafts draft_key=draft_key.clone() />
            </Show>
        </section>
    }
}

/// One shared theme in the middle.
#[component]
fn MiddleNote(at: Memo<PlacematAt>, note: Note, middle_open: Memo<bool>) -> impl IntoView {
    let state = use_app();
    let editing = RwSignal::new(false);
    let error = RwSignal::new(None::<ValidationError>);
    let id = StoredValue::new(note.id);
    let text = StoredValue::new(note.text);
    let delete = move |_| delete_note(state, at, id, error);
    view! {
        <li class="note pm-note">
            <Show when=move || editing.get()
                fallback=move || view! {
                    <span class="note-text pre-line">{text.get_value()}</span>
                    <Show when=move || middle_open.get()>
                        <span class="note-buttons">
                            <button type="button" aria-label=tr_msg(CommonMsg::EditNamed { title: text.get_value() }) on:click=move |_| editing.set(true)>{tr(Key::Edit)}</button>
                            <button type="button" class="danger" aria-label=tr_msg(CommonMsg::DeleteNamed { title: text.get_value() }) on:click=delete>{tr(Key::Delete)}</button>
                        </span>
                    </Show>
                }>
                <NoteEditor at id initial=text.get_value() editing />
            </Show>
            <FormError error />
        </li>
    }
}
