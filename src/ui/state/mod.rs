//! The app state in one Leptos context, split by job: the loaded data
//! (workshops, persona's, settings, read through the methods here), its
//! persistence (`saving`: the repository, the save queue and its status,
//! other tabs), the messages on screen (`messages`) and what their undo puts
//! back (`undo`), and the actions on records (`records`, `workshops`,
//! `personas`), questions for phones (`prompts`) and imports (`import`). A
//! work form's own actions live in its folder, on `FormAt`.
//!
//! Every action changes the model through its own functions, then saves what
//! it touched at once.

mod import;
mod messages;
mod personas;
mod prompts;
mod records;
mod saving;
mod undo;
mod workshops;

pub use messages::Messages;
pub use saving::{SaveFailure, SaveStatus};
pub use undo::Undo;

use crate::i18n::{Language, Msg, Text};
use crate::model::{Personas, Settings, Workshops};
use leptos::prelude::*;

/// The state shared by all components.
#[derive(Clone, Copy)]
pub struct AppState {
    workshops: RwSignal<Workshops>,
    personas: RwSignal<Personas>,
    settings: RwSignal<Settings>,
    saving: saving::Saving,
    messages: Messages,
}

impl AppState {
    /// Opens storage and loads everything; problems become notices, never a crash.
    pub fn load() -> Self {
        let state = Self {
            workshops: RwSignal::new(Workshops::default()),
            personas: RwSignal::new(Personas::default()),
            settings: RwSignal::new(Settings::default()),
            saving: saving::Saving::open(),
            messages: Messages::new(),
        };
        state.reload_everything();
        state.ask_for_persistence();
        state
    }

    /// Reads the workshops (tracked).
    pub fn workshops<R>(&self, read: impl FnOnce(&Workshops) -> R) -> R {
        self.workshops.with(read)
    }

    /// Reads the workshops without tracking (in an event handler).
    pub fn workshops_untracked<R>(&self, read: impl FnOnce(&Workshops) -> R) -> R {
        self.workshops.with_untracked(read)
    }

    /// The workshops as a read-only signal, for views over any list of records.
    pub fn workshop_list(&self) -> Signal<Workshops> {
        self.workshops.into()
    }

    /// Reads the persona library (tracked).
    pub fn personas<R>(&self, read: impl FnOnce(&Personas) -> R) -> R {
        self.personas.with(read)
    }

    /// Reads the persona library without tracking (in an event handler).
    pub fn personas_untracked<R>(&self, read: impl FnOnce(&Personas) -> R) -> R {
        self.personas.with_untracked(read)
    }

    /// The persona library as a read-only signal.
    pub fn persona_list(&self) -> Signal<Personas> {
        self.personas.into()
    }

    /// Reads the device's settings (tracked).
    pub fn settings<R>(&self, read: impl FnOnce(&Settings) -> R) -> R {
        self.settings.with(read)
    }

    /// Reads the device's settings without tracking (in an event handler).
    pub fn settings_untracked<R>(&self, read: impl FnOnce(&Settings) -> R) -> R {
        self.settings.with_untracked(read)
    }

    /// The notices and toasts on screen.
    pub fn messages(&self) -> Messages {
        self.messages
    }

    /// The language of the interface (tracked).
    pub fn language(&self) -> Language {
        self.settings.with(|s| s.language)
    }

    /// A text in the current language, without tracking (for values stored in data).
    pub fn text_now(&self, key: impl Into<Text>) -> &'static str {
        key.into().text(self.language_now())
    }

    /// A message in the current language, without tracking (for values stored
    /// in data, such as "Tafel 1").
    pub fn message_now(&self, message: impl Into<Msg>) -> String {
        message.into().text(self.language_now())
    }

    /// The language of the interface, without tracking.
    fn language_now(&self) -> Language {
        self.settings.with_untracked(|s| s.language)
    }
}
