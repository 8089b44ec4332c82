//! A QR code drawn as SVG view nodes (a single path), crisp at any size;
//! where a room scans it from the screen, as large as fits above the screen's
//! bottom edge.

use super::i18n::{tr, use_language, Msg};
use crate::i18n::{CommonMsg, Key};
use crate::transfer::QrMatrix;
use leptos::html::Div;
use leptos::prelude::*;
use std::time::Duration;

/// A code sized to the screen shrinks to no less than this, in CSS pixels,
/// so a camera across a room still reads it (on a screen too low for it, the
/// room scrolls to it).
const SMALLEST_FIT: f64 = 240.0;

/// How often a code sized to the screen is measured again, in milliseconds:
/// what stands above it may change (a banner, a status line, the fonts).
const FIT_EVERY_MS: u64 = 250;

/// Kept free below a code sized to the screen, in CSS pixels.
const FIT_MARGIN: f64 = 16.0;

/// The QR code of `text`, or a message if the text is too long for one. It is
/// named by `label`, or else as the address it holds. With `fit_screen`, it
/// is no larger than fits between its top and the screen's bottom edge when
/// the page is at its top (the CSS custom property `--qr-fit`, which the
/// code's width in style/ takes as a limit; set through the CSSOM, as the
/// app's content security policy refuses style attributes).
#[component]
pub fn QrCode(
    #[prop(into)] text: Signal<String>,
    #[prop(optional)] label: Option<Key>,
    #[prop(optional)] fit_screen: bool,
) -> impl IntoView {
    let language = use_language();
    let frame = NodeRef::<Div>::new();
    let fit = RwSignal::new(None::<f64>);
    if fit_screen {
        fit_to_screen(frame, fit);
    }
    let code = move || {
        let text = text.get();
        let label = match label {
            Some(key) => Msg::from(key),
            None => Msg::from(CommonMsg::QrLabel {
                address: text.clone(),
            }),
        };
        let named = Signal::derive(move || label.text(language.get()));
        match QrMatrix::encode(&text) {
            Ok(matrix) => qr_svg(&matrix, named).into_any(),
            Err(_) => {
                view! { <p class="form-error" role="alert">{tr(Key::QrTooLong)}</p> }.into_any()
            }
        }
    };
    // The frame makes no box of its own (`display: contents`): it only hands
    // the code its `--qr-fit`.
    view! {
        <div
            class="qr-frame"
            node_ref=frame
            style:--qr-fit=move || fit.get().map(|side| format!("{side:.0}px"))
        >
            {code}
        </div>
    }
}

/// A drawn QR code named by `label` for screen readers. (The phone's page uses
/// it directly: its codes are cut to fit, and it names them with its own texts.)
pub fn qr_svg(matrix: &QrMatrix, label: Signal<String>) -> impl IntoView {
    let side = matrix.side();
    view! {
        <svg
            class="qr"
            viewBox=format!("0 0 {side} {side}")
            role="img"
            aria-label=label
            shape-rendering="crispEdges"
        >
            <rect width=side height=side fill="#ffffff"></rect>
            <path d=matrix.svg_path() fill="#000000"></path>
        </svg>
    }
}

/// The side of a code whose top is `top` pixels down the page, on a screen
/// `height` pixels high: down to the screen's bottom edge less a margin, and
/// no less than [`SMALLEST_FIT`].
pub fn side_to_fit(top: f64, height: f64) -> f64 {
    (height - top - FIT_MARGIN).max(SMALLEST_FIT)
}

/// Keeps `fit` at the side that fits the code in `frame` on the screen, from
/// when it is drawn and as the page and the window change.
fn fit_to_screen(frame: NodeRef<Div>, fit: RwSignal<Option<f64>>) {
    let measure = move || {
        let code = frame.get_untracked().and_then(|f| f.first_element_child());
        let (Some(element), Some(window)) = (code, web_sys::window()) else {
            return;
        };
        let Some(height) = window.inner_height().ok().and_then(|h| h.as_f64()) else {
            return;
        };
        let top = element.get_bounding_client_rect().top() + window.scroll_y().unwrap_or(0.0);
        let side = Some(side_to_fit(top, height));
        if fit.get_untracked() != side {
            fit.set(side);
        }
    };
    Effect::new(move |_| {
        if frame.get().is_some() {
            measure();
        }
    });
    if let Ok(handle) = set_interval_with_handle(measure, Duration::from_millis(FIT_EVERY_MS)) {
        on_cleanup(move || handle.clear());
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_code_fits_down_to_the_screens_edge_but_not_below_its_smallest() {
        assert_eq!(side_to_fit(300.0, 768.0), 452.0);
        assert_eq!(side_to_fit(600.0, 768.0), SMALLEST_FIT);
    }
}
