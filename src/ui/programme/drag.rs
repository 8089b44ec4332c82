//! Moving the programme's blocks by dragging their handle, with a mouse, a pen
//! or a finger. Pointer events, because Safari's drag and drop does not work
//! with touch; the up and down buttons stay for the keyboard. A drop is one
//! change through the model's `shift`, with undo; a drop in its own place
//! changes nothing. The list listens for its handles; the rows on the move
//! and the drop line are marked by a `data-drag` attribute.

use super::change_programme;
use crate::i18n::ProgrammeMsg;
use crate::model::programme::Programme;
use crate::model::WorkshopId;
use crate::ui::i18n::use_app;
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
    from: usize,
    /// Before the block at this index; the number of blocks for the end.
    gap: usize,
}

/// The dragging in the list of workshop `workshop`'s blocks.
#[derive(Clone, Copy)]
pub(super) struct Drag {
    /// The list, to find its rows on screen.
    pub list: NodeRef<Ol>,
    state: AppState,
    workshop: WorkshopId,
    programme: Memo<Programme>,
    now: StoredValue<Option<Dragging>>,
}

impl Drag {
    /// A list where nothing is dragged yet.
    pub fn new(workshop: WorkshopId, programme: Memo<Programme>) -> Self {
        Self {
            list: NodeRef::new(),
            state: use_app(),
            workshop,
            programme,
            now: StoredValue::new(None),
        }
    }

    /// A press: on a handle it takes up that handle's block.
    pub fn start(&self, ev: &PointerEvent) {
        if !ev.is_primary() || ev.button() != 0 {
            return;
        }
        let Some(handle) = ev
            .target()
            .and_then(|t| t.dyn_into::<Element>().ok())
            .and_then(|t| t.closest(".drag-handle").ok().flatten())
        else {
            return;
        };
        let rows = self.rows();
        let Some(from) = rows.iter().position(|row| row.contains(Some(&handle))) else {
            return;
        };
        ev.prevent_default();
        let _ = handle.set_pointer_capture(ev.pointer_id());
        let dragging = Dragging { from, gap: from };
        self.now.set_value(Some(dragging));
        mark(&rows, Some(dragging));
    }

    /// A move: the drop line follows the pointer.
    pub fn follow(&self, ev: &PointerEvent) {
        let Some(mut dragging) = self.now.get_value() else {
            return;
        };
        let rows = self.rows();
        dragging.gap = gap_at(&rows, ev.client_y());
        self.now.set_value(Some(dragging));
        mark(&rows, Some(dragging));
        scroll_near_edge(ev.client_y());
    }

    /// A release: the block moves to the gap under the pointer, in one change
    /// that can be undone.
    pub fn drop(&self, ev: &PointerEvent) {
        let Some(dragging) = self.now.get_value() else {
            return;
        };
        let rows = self.rows();
        self.stop();
        let gap = gap_at(&rows, ev.client_y());
        let Some(by) = Programme::shift_into_gap(dragging.from, gap) else {
            return;
        };
        let Some((block_id, title)) = self
            .programme
            .with_untracked(|p| p.blocks.get(dragging.from).map(|b| (b.id, b.title.clone())))
        else {
            return;
        };
        let state = self.state;
        if change_programme(state, self.workshop, |p| p.shift(block_id, by)).is_ok() {
            let undo = Undo::Moved {
                workshop_id: self.workshop,
                block_id,
                by: -by,
            };
            state.offer_undo_saying(undo, ProgrammeMsg::Moved { title }.into());
        }
    }

    /// The drag ends without a move.
    pub fn stop(&self) {
        self.now.set_value(None);
        mark(&self.rows(), None);
    }

    /// The list's rows, in order.
    fn rows(&self) -> Vec<Element> {
        let Some(rows) = self
            .list
            .get_untracked()
            .and_then(|list| list.query_selector_all(":scope > .programme-block").ok())
        else {
            return Vec::new();
        };
        (0..rows.length())
            .filter_map(|i| rows.get(i)?.dyn_into::<Element>().ok())
            .collect()
    }
}

/// The gap a pointer at height `y` points at: before the first row whose
/// middle is below it.
fn gap_at(rows: &[Element], y: i32) -> usize {
    let y = f64::from(y);
    rows.iter()
        .filter(|row| {
            let rect = row.get_bounding_client_rect();
            rect.top() + rect.height() / 2.0 < y
        })
        .count()
}

/// Marks the row on the move (`from`) and the drop line (`before` a row, or
/// `after` the last), when a drop would move the block.
fn mark(rows: &[Element], dragging: Option<Dragging>) {
    let moves = dragging.filter(|d| Programme::shift_into_gap(d.from, d.gap).is_some());
    for (index, row) in rows.iter().enumerate() {
        let said = if dragging.is_some_and(|d| d.from == index) {
            Some("from")
        } else if moves.is_some_and(|d| d.gap == index) {
            Some("before")
        } else if moves.is_some_and(|d| d.gap == rows.len() && index + 1 == rows.len()) {
            Some("after")
        } else {
            None
        };
        let _ = match said {
            Some(said) => row.set_attribute("data-drag", said),
            None => row.remove_attribute("data-drag"),
        };
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
