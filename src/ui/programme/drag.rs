//! Moving the programme's blocks by dragging their handle, with a mouse, a pen
//! or a finger. Pointer events, because Safari's drag and drop does not work
//! with touch; the up and down buttons stay for the keyboard. A drop is one
//! change through the model's `shift`, with undo; a drop in its own place
//! changes nothing.

use super::change_programme;
use crate::i18n::{ProgrammeKey, ProgrammeMsg};
use crate::model::programme::Programme;
use crate::model::{BlockId, WorkshopId};
use crate::ui::i18n::{tr, use_app};
use crate::ui::state::{AppState, Undo};
use leptos::ev::PointerEvent;
use leptos::html::Ol;
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::Element;

/// How close to the top or bottom of the window a dragged block scrolls it, in pixels.
const SCROLL_EDGE: i32 = 48;
/// How far one move near the edge scrolls, in pixels.
const SCROLL_STEP: f64 = 16.0;

/// A block on the move: where it was and the gap it would land in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Dragging {
    block: BlockId,
    from: usize,
    /// Before the block at this index; the number of blocks for the end.
    gap: usize,
}

impl Dragging {
    /// Whether a drop now would move the block.
    fn moves(&self) -> bool {
        Programme::shift_into_gap(self.from, self.gap).is_some()
    }
}

/// The dragging in one list of blocks.
#[derive(Clone, Copy)]
pub(super) struct Drag {
    /// The list, to find its rows on screen.
    pub list: NodeRef<Ol>,
    now: RwSignal<Option<Dragging>>,
}

impl Drag {
    /// A list where nothing is dragged yet.
    pub fn new() -> Self {
        Self {
            list: NodeRef::new(),
            now: RwSignal::new(None),
        }
    }

    /// Whether a block is being dragged (tracked).
    pub fn active(&self) -> bool {
        self.now.with(Option::is_some)
    }

    /// Whether the row at `index` is the one dragged (tracked).
    pub fn dragged(&self, index: usize) -> bool {
        self.now.with(|d| d.is_some_and(|d| d.from == index))
    }

    /// Whether the drop line shows above the row at `index` (tracked).
    pub fn lands_before(&self, index: usize) -> bool {
        self.now
            .with(|d| d.is_some_and(|d| d.moves() && d.gap == index))
    }

    /// Whether the drop line shows below the row at `index`, the last of
    /// `count` (tracked).
    pub fn lands_after(&self, index: usize, count: usize) -> bool {
        index + 1 == count && self.lands_before(count)
    }

    /// The gap a pointer at height `y` points at: before the first row whose
    /// middle is below it.
    fn gap_at(&self, y: i32) -> Option<usize> {
        let rows = self
            .list
            .get_untracked()?
            .query_selector_all(":scope > .programme-block")
            .ok()?;
        let y = f64::from(y);
        let above = (0..rows.length())
            .filter_map(|i| rows.get(i)?.dyn_into::<Element>().ok())
            .filter(|row| {
                let rect = row.get_bounding_client_rect();
                rect.top() + rect.height() / 2.0 < y
            })
            .count();
        Some(above)
    }
}

/// The handle of the block `block` at `index`, dragged to move it. Hidden
/// from screen readers: the buttons do the same.
#[component]
pub(super) fn DragHandle(
    drag: Drag,
    workshop: WorkshopId,
    block: BlockId,
    index: usize,
    title: String,
) -> impl IntoView {
    let state = use_app();
    let down = move |ev: PointerEvent| {
        if !ev.is_primary() || ev.button() != 0 {
            return;
        }
        ev.prevent_default();
        if let Some(handle) = ev
            .current_target()
            .and_then(|t| t.dyn_into::<Element>().ok())
        {
            let _ = handle.set_pointer_capture(ev.pointer_id());
        }
        drag.now.set(Some(Dragging {
            block,
            from: index,
            gap: index,
        }));
    };
    let moving = move |ev: PointerEvent| {
        if drag.now.with_untracked(Option::is_none) {
            return;
        }
        if let Some(gap) = drag.gap_at(ev.client_y()) {
            drag.now.maybe_update(|d| match d {
                Some(d) if d.gap != gap => {
                    d.gap = gap;
                    true
                }
                _ => false,
            });
        }
        scroll_near_edge(ev.client_y());
    };
    let up = move |ev: PointerEvent| {
        let Some(dragging) = drag.now.get_untracked() else {
            return;
        };
        drag.now.set(None);
        let gap = drag.gap_at(ev.client_y()).unwrap_or(dragging.from);
        drop_block(state, workshop, dragging.block, dragging.from, gap, &title);
    };
    let stop = move |_| drag.now.set(None);
    view! {
        <span class="drag-handle" aria-hidden="true" title=tr(ProgrammeKey::DragHandle)
            on:pointerdown=down on:pointermove=moving on:pointerup=up
            on:pointercancel=stop on:lostpointercapture=stop>"⠿"</span>
    }
}

/// Moves the block dropped in `gap` there, in one change that can be undone.
fn drop_block(
    state: AppState,
    workshop_id: WorkshopId,
    block_id: BlockId,
    from: usize,
    gap: usize,
    title: &str,
) {
    let Some(by) = Programme::shift_into_gap(from, gap) else {
        return;
    };
    if change_programme(state, workshop_id, |p| p.shift(block_id, by)).is_ok() {
        let undo = Undo::Moved {
            workshop_id,
            block_id,
            by: -by,
        };
        let title = title.to_string();
        state.offer_undo_saying(undo, ProgrammeMsg::Moved { title }.into());
    }
}

/// Scrolls the window a little when a block is dragged near its top or bottom.
fn scroll_near_edge(y: i32) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let height = window
        .inner_height()
        .ok()
        .and_then(|h| h.as_f64())
        .unwrap_or(0.0);
    if y < SCROLL_EDGE {
        window.scroll_by_with_x_and_y(0.0, -SCROLL_STEP);
    } else if f64::from(y) > height - f64::from(SCROLL_EDGE) {
        window.scroll_by_with_x_and_y(0.0, SCROLL_STEP);
    }
}
