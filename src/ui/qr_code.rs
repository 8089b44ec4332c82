//! A QR code drawn as SVG view nodes (a single path), crisp at any size.

use super::i18n::{tr, use_app, Msg};
use crate::i18n::{CommonMsg, Key};
use crate::transfer::QrMatrix;
use leptos::prelude::*;

/// The QR code of `text`, or a message if the text is too long for one. It is
/// named by `label`, or else as the address it holds.
#[component]
pub fn QrCode(
    #[prop(into)] text: Signal<String>,
    #[prop(optional)] label: Option<Key>,
) -> impl IntoView {
    let state = use_app();
    move || {
        let text = text.get();
        match QrMatrix::encode(&text) {
            Ok(matrix) => {
                let side = matrix.side();
                let label = match label {
                    Some(key) => Msg::from(key),
                    None => Msg::from(CommonMsg::QrLabel {
                        address: text.clone(),
                    }),
                };
                view! {
                    <svg
                        class="qr"
                        viewBox=format!("0 0 {side} {side}")
                        role="img"
                        aria-label=move || label.text(state.language())
                        shape-rendering="crispEdges"
                    >
                        <rect width=side height=side fill="#ffffff"></rect>
                        <path d=matrix.svg_path() fill="#000000"></path>
                    </svg>
                }
                .into_any()
            }
            Err(_) => {
                view! { <p class="form-error" role="alert">{tr(Key::QrTooLong)}</p> }.into_any()
            }
        }
    }
}
