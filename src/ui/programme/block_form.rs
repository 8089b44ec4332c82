//! The form that adds a block to the programme or changes one: title,
//! minutes, kind (a plain kind or one of the workshop's work forms), goal,
//! steps, materials, tips, who leads it and notes for the facilitator.

use super::change_programme;
use crate::forms::FormKind;
use crate::i18n::{Key, ProgrammeKey};
use crate::model::programme::{BlockDraft, BlockKind, PlainKind, Programme, MAX_BLOCK_MINUTES};
use crate::model::{ActivityId, BlockId, Field, ValidationError, WorkshopId};
use crate::platform::clock::short_id;
use crate::transfer::plain_label;
use crate::ui::form_error::{FormError, Shows};
use crate::ui::i18n::{tr, use_app};
use leptos::prelude::*;

/// What the form is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Editing {
    /// A new block at the end.
    New,
    /// The block with this id.
    Block(BlockId),
}

/// A plain kind as an option's value in a select: its place in
/// [`PlainKind::ALL`].
pub(crate) fn plain_value(kind: PlainKind) -> String {
    let place = PlainKind::ALL.iter().position(|k| *k == kind).unwrap_or(0);
    place.to_string()
}

/// The plain kind an option's value names.
pub(crate) fn plain_from_value(value: &str) -> Option<PlainKind> {
    PlainKind::ALL.get(value.parse::<usize>().ok()?).copied()
}

/// The kinds a block can be, as the select offers them: the plain kinds, then
/// the workshop's work forms.
fn kind_value(kind: BlockKind) -> String {
    match kind {
        BlockKind::Form(activity) => format!("form:{activity}"),
        BlockKind::Plain(plain) => format!("plain:{}", plain_value(plain)),
    }
}

fn kind_from_value(value: &str) -> Option<BlockKind> {
    let (what, rest) = value.split_once(':')?;
    match what {
        "form" => rest.parse::<ActivityId>().ok().map(BlockKind::Form),
        "plain" => plain_from_value(rest).map(BlockKind::Plain),
        _ => None,
    }
}

fn empty_draft() -> BlockDraft {
    let mut draft = BlockDraft::plain(PlainKind::Free, "", 15);
    draft.minutes = "15".into();
    draft
}

/// The form; after a save it is empty again for the next new block.
#[component]
pub fn BlockForm(
    id: WorkshopId,
    programme: Memo<Programme>,
    editing: RwSignal<Editing>,
) -> impl IntoView {
    let state = use_app();
    let draft = RwSignal::new(empty_draft());
    let error = RwSignal::new(None::<ValidationError>);
    // Opening a block's edit form fills it with the block as it is now.
    Effect::new(move |_| {
        let filled = match editing.get() {
            Editing::New => empty_draft(),
            Editing::Block(block) => programme
                .with_untracked(|p| p.block(block).map(BlockDraft::from_block))
                .unwrap_or_else(empty_draft),
        };
        draft.set(filled);
        error.set(None);
    });
    let forms = Memo::new(move |_| {
        state.workshops().with(|w| {
            w.get(id)
                .map(|w| {
                    w.activities
                        .iter()
                        .map(|a| (a.id, a.body.kind()))
                        .collect::<Vec<(ActivityId, FormKind)>>()
                })
                .unwrap_or_default()
        })
    });
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let typed = draft.get_untracked();
        let saved = match editing.get_untracked() {
            Editing::New => change_programme(state, id, |p| p.add(&typed, short_id(), None)),
            Editing::Block(block) => change_programme(state, id, |p| p.change(block, &typed)),
        };
        match saved {
            Ok(()) => {
                editing.set(Editing::New);
                draft.set(empty_draft());
                error.set(None);
            }
            Err(refused) => error.set(Some(refused)),
        }
    };
    let heading = move || match editing.get() {
        Editing::New => tr(ProgrammeKey::NewBlock)(),
        Editing::Block(_) => tr(ProgrammeKey::EditBlock)(),
    };
    let submit_label = move || match editing.get() {
        Editing::New => tr(ProgrammeKey::AddBlock)(),
        Editing::Block(_) => tr(Key::Save)(),
    };
    let text = |field: fn(&mut BlockDraft) -> &mut String| {
        move |ev| {
            let value = event_target_value(&ev);
            draft.update(|d| *field(d) = value);
        }
    };
    let shown = |field: fn(&BlockDraft) -> &String| move || draft.with(|d| field(d).clone());
    let area = move |name: &'static str,
                     label: ProgrammeKey,
                     rows: u32,
                     get: fn(&BlockDraft) -> &String,
                     set: fn(&mut BlockDraft) -> &mut String| {
        let field_id = format!("block-{name}");
        view! {
            <label for=field_id.clone()>{tr(label)}</label>
            <textarea id=field_id rows=rows prop:value=shown(get) on:input=text(set)></textarea>
        }
    };
    view! {
        <section class="card form block-form" aria-labelledby="block-form-heading">
            <h2 id="block-form-heading">{heading}</h2>
            <form novalidate on:submit=submit>
                <label for="block-title">{tr(ProgrammeKey::FieldBlockTitle)}</label>
                <input id="block-title" type="text" autocomplete="off" prop:value=shown(|d| &d.title) on:input=text(|d| &mut d.title) />
                <FormError error shows=Shows::Field(Field::Title) />
                <label for="block-minutes">{tr(ProgrammeKey::FieldMinutes)}</label>
                <input id="block-minutes" type="number" inputmode="numeric" min="1" max=MAX_BLOCK_MINUTES
                    prop:value=shown(|d| &d.minutes) on:input=text(|d| &mut d.minutes) />
                <FormError error shows=Shows::Field(Field::Minutes) />
                <label for="block-kind">{tr(ProgrammeKey::FieldKind)}</label>
                <select id="block-kind"
                    prop:value=move || draft.with(|d| kind_value(d.kind))
                    on:change=move |ev| {
                        if let Some(kind) = kind_from_value(&event_target_value(&ev)) {
                            draft.update(|d| d.kind = kind);
                        }
                    }>
                    {PlainKind::ALL.iter().map(|&plain| {
                        let value = kind_value(BlockKind::Plain(plain));
                        view! { <option value=value>{tr(plain_label(plain))}</option> }
                    }).collect_view()}
                    <For each=move || forms.get() key=|(activity, _)| *activity let:form>
                        <option value=kind_value(BlockKind::Form(form.0))>{tr(form.1.name())}</option>
                    </For>
                </select>
                {area("goal", ProgrammeKey::ColumnGoal, 2, |d| &d.goal, |d| &mut d.goal)}
                {area("steps", ProgrammeKey::FieldSteps, 3, |d| &d.steps, |d| &mut d.steps)}
                {area("materials", ProgrammeKey::FieldMaterials, 3, |d| &d.materials, |d| &mut d.materials)}
                {area("tips", ProgrammeKey::FieldTips, 2, |d| &d.tips, |d| &mut d.tips)}
                <label for="block-leader">{tr(ProgrammeKey::FieldLeader)}</label>
                <input id="block-leader" type="text" autocomplete="off" prop:value=shown(|d| &d.leader) on:input=text(|d| &mut d.leader) />
                {area("notes", ProgrammeKey::FieldNotes, 2, |d| &d.notes, |d| &mut d.notes)}
                <FormError error shows=Shows::Unplaced />
                <div class="actions">
                    <button type="submit" class="primary">{submit_label}</button>
                    <Show when=move || editing.get() != Editing::New>
                        <button type="button" on:click=move |_| editing.set(Editing::New)>{tr(Key::Cancel)}</button>
                    </Show>
                </div>
            </form>
        </section>
    }
}
