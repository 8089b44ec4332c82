//! Where the messages that come by themselves stand (the toasts and the
//! new-version banner, over the page): at the bottom of the screen, unless
//! they would cover a QR code a room scans or the screen's primary button;
//! then at the top; and where they would cover one there too, they are held
//! back (hidden) until the page scrolls or changes so that they no longer do.

use leptos::html::Div;
use leptos::prelude::*;
use std::time::Duration;
use wasm_bindgen::JsCast;

/// What the messages never cover: QR codes, and the page's primary buttons.
const KEEP_CLEAR: &str = ".qr, main button.primary";

/// How often the place is checked, in milliseconds: the page may scroll or
/// change under the messages at any time.
const CHECK_EVERY_MS: u64 = 100;

/// Where the messages stand.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum NoticePlace {
    /// At the bottom of the screen, where they come.
    #[default]
    Bottom,
    /// At the top of the screen.
    Top,
    /// Hidden until they cover nothing at the bottom or the top.
    HeldBack,
}

/// A box on the screen, in CSS pixels from the screen's top-left corner.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Area {
    pub left: f64,
    pub top: f64,
    pub right: f64,
    pub bottom: f64,
}

impl Area {
    fn overlaps(&self, other: &Area) -> bool {
        self.left < other.right
            && other.left < self.right
            && self.top < other.bottom
            && other.top < self.bottom
    }

    /// The same box moved up or down to start at `top`.
    fn starting_at(&self, top: f64) -> Area {
        Area {
            top,
            bottom: top + self.bottom - self.top,
            ..*self
        }
    }
}

/// The place for the messages that take up `notices` now, `gap` pixels from
/// the edge of a screen `height` pixels high, beside the boxes that must stay
/// clear: the bottom if they cover none there, else the top if they cover
/// none there, else held back. No messages (no height) stand at the bottom.
pub fn place(notices: Area, height: f64, gap: f64, keep_clear: &[Area]) -> NoticePlace {
    let tall = notices.bottom - notices.top;
    let clear = |area: Area| !keep_clear.iter().any(|k| area.overlaps(k));
    if tall <= 0.0 || clear(notices.starting_at(height - gap - tall)) {
        NoticePlace::Bottom
    } else if clear(notices.starting_at(gap)) {
        NoticePlace::Top
    } else {
        NoticePlace::HeldBack
    }
}

/// The place of the messages in `notices`, checked as the page changes.
pub fn watch(notices: NodeRef<Div>) -> ReadSignal<NoticePlace> {
    let (now, set) = signal(NoticePlace::Bottom);
    let check = move || {
        let Some(element) = notices.get_untracked() else {
            return;
        };
        let Some(height) = web_sys::window()
            .and_then(|w| w.inner_height().ok())
            .and_then(|h| h.as_f64())
        else {
            return;
        };
        let area = area_of(&element);
        let gap = match now.get_untracked() {
            NoticePlace::Top => area.top,
            _ => height - area.bottom,
        };
        let next = place(area, height, gap, &keep_clear());
        if next != now.get_untracked() {
            set.set(next);
        }
    };
    if let Ok(handle) = set_interval_with_handle(check, Duration::from_millis(CHECK_EVERY_MS)) {
        on_cleanup(move || handle.clear());
    }
    now
}

/// Where `element` is on the screen.
fn area_of(element: &web_sys::Element) -> Area {
    let rect = element.get_bounding_client_rect();
    Area {
        left: rect.left(),
        top: rect.top(),
        right: rect.right(),
        bottom: rect.bottom(),
    }
}

/// Where each thing the messages never cover is on the screen.
fn keep_clear() -> Vec<Area> {
    let Some(found) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.query_selector_all(KEEP_CLEAR).ok())
    else {
        return Vec::new();
    };
    (0..found.length())
        .filter_map(|i| found.item(i))
        .filter_map(|node| node.dyn_into::<web_sys::Element>().ok())
        .map(|element| area_of(&element))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    const HEIGHT: f64 = 768.0;
    const GAP: f64 = 16.0;

    /// A box from `top` to `bottom` across the middle of a 1024 px screen.
    fn across(top: f64, bottom: f64) -> Area {
        Area {
            left: 192.0,
            top,
            right: 832.0,
            bottom,
        }
    }

    /// Messages 60 px high at the bottom of the screen.
    fn notices() -> Area {
        across(HEIGHT - GAP - 60.0, HEIGHT - GAP)
    }

    #[test]
    fn messages_stay_at_the_bottom_where_they_cover_nothing() {
        assert_eq!(place(notices(), HEIGHT, GAP, &[]), NoticePlace::Bottom);
        let button_above = across(100.0, 144.0);
        assert_eq!(
            place(notices(), HEIGHT, GAP, &[button_above]),
            NoticePlace::Bottom
        );
        let beside = Area {
            left: 0.0,
            top: 600.0,
            right: 150.0,
            bottom: 760.0,
        };
        assert_eq!(
            place(notices(), HEIGHT, GAP, &[beside]),
            NoticePlace::Bottom
        );
    }

    #[test]
    fn messages_over_a_code_at_the_bottom_go_to_the_top() {
        let code = across(300.0, 720.0);
        assert_eq!(place(notices(), HEIGHT, GAP, &[code]), NoticePlace::Top);
        // At the top, they are measured there: they stay.
        let at_top = notices().starting_at(GAP);
        assert_eq!(place(at_top, HEIGHT, GAP, &[code]), NoticePlace::Top);
        // Once the code is gone, they go back to the bottom.
        assert_eq!(place(at_top, HEIGHT, GAP, &[]), NoticePlace::Bottom);
    }

    #[test]
    fn messages_that_would_cover_something_at_both_edges_are_held_back() {
        let code = across(40.0, 700.0);
        assert_eq!(
            place(notices(), HEIGHT, GAP, &[code]),
            NoticePlace::HeldBack
        );
        let button = across(20.0, 64.0);
        let code_below = across(400.0, 760.0);
        assert_eq!(
            place(notices(), HEIGHT, GAP, &[button, code_below]),
            NoticePlace::HeldBack
        );
    }

    #[test]
    fn no_messages_stand_at_the_bottom() {
        let nothing = across(HEIGHT - GAP, HEIGHT - GAP);
        let code = across(0.0, HEIGHT);
        assert_eq!(place(nothing, HEIGHT, GAP, &[code]), NoticePlace::Bottom);
    }
}
