//! Table mode (*Tafelweergave*): a work form on a tablet lying on a table
//! (a placemat, a café's tablecloth, the programme's now-view) fills the
//! whole screen, without the app's header and bars. One tap in, one tap out
//! (a button that stays in view, or Escape). The page goes to full screen
//! where the browser allows it; the mode itself is an attribute on the page
//! that the style follows, so it works where there is no full screen for a
//! page (Safari on an iPad).

use super::i18n::tr;
use crate::i18n::{Key, Text};
use crate::platform::page;
use leptos::prelude::*;

/// The attribute on the document element while table mode is on.
const ATTRIBUTE: &str = "data-table-mode";

/// Whether table mode is on, shared by the app.
#[derive(Clone, Copy)]
pub struct TableMode(RwSignal<bool>);

impl TableMode {
    /// Table mode, off, for the app's context: the page's attribute follows it,
    /// Escape leaves it, and so does leaving full screen by the browser's own
    /// means.
    pub fn start() -> Self {
        let on = RwSignal::new(false);
        Effect::new(move |_| mark_page(on.get()));
        let keys = window_event_listener(leptos::ev::keydown, move |event| {
            if event.key() == "Escape" && on.get_untracked() {
                TableMode(on).leave();
            }
        });
        let screen = window_event_listener_untyped("fullscreenchange", move |_| {
            if !page::is_full_screen() {
                on.set(false);
            }
        });
        on_cleanup(move || {
            keys.remove();
            screen.remove();
        });
        TableMode(on)
    }

    fn enter(self, target: &'static str) {
        self.0.set(true);
        page::enter_full_screen();
        page::scroll_to_top_of(target);
    }

    fn leave(self) {
        self.0.set(false);
        page::leave_full_screen();
    }
}

fn use_table_mode() -> TableMode {
    expect_context::<TableMode>()
}

/// Marks the document element as in table mode, or takes the mark off.
fn mark_page(on: bool) {
    let Some(root) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
    else {
        return;
    };
    let _ = if on {
        root.set_attribute(ATTRIBUTE, "")
    } else {
        root.remove_attribute(ATTRIBUTE)
    };
}

/// *Tafelweergave* (or `label`): goes into table mode and scrolls the first
/// element matching `target` (the placemat, the tablecloth) to the top of the
/// screen.
#[component]
pub fn TableModeButton(
    target: &'static str,
    #[prop(optional, into)] label: Option<Text>,
) -> impl IntoView {
    let mode = use_table_mode();
    let label = label.unwrap_or(Key::TableMode.into());
    view! {
        <Show when=move || !mode.0.get()>
            <button type="button" class="table-mode-enter" on:click=move |_| mode.enter(target)>
                {tr(label)}
            </button>
        </Show>
    }
}

/// The way out of table mode, over the page while it is on.
#[component]
pub fn TableModeExit() -> impl IntoView {
    let mode = use_table_mode();
    view! {
        <Show when=move || mode.0.get()>
            <button type="button" class="table-mode-exit" on:click=move |_| mode.leave()>
                {tr(Key::TableModeLeave)}
            </button>
        </Show>
    }
}
