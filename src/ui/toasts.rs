//! Short messages at the bottom of the screen, some with an undo button.

use super::i18n::{tr, use_app};
use crate::i18n::Key;
use leptos::prelude::*;

/// The toast area; a live region so screen readers hear each toast.
#[component]
pub fn Toasts() -> impl IntoView {
    let state = use_app();
    view! {
        <section class="toasts" aria-label=tr(Key::Notifications) aria-live="polite">
            <For
                each=move || state.messages().toasts()
                key=|toast| toast.id
                children=move |toast| {
                    let id = toast.id;
                    let message = toast.message.clone();
                    let can_undo = toast.undo.is_some();
                    view! {
                        <div class="toast">
                            <span>{move || message.text(state.language())}</span>
                            <Show when=move || can_undo>
                                <button type="button" on:click=move |_| state.undo(id)>
                                    {tr(Key::Undo)}
                                </button>
                            </Show>
                            <button
                                type="button"
                                class="toast-close"
                                aria-label=tr(Key::Dismiss)
                                on:click=move |_| state.messages().dismiss_toast(id)
                            >
                                {tr(Key::CloseSymbol)}
                            </button>
                        </div>
                    }
                }
            />
        </section>
    }
}
