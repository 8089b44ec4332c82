//! The app state in one Leptos context, split by job: the loaded data
//! (workshops, persona's, own methods, settings, read through the methods here), its
//! persistence (`saving`: the repository, the save queue and its status,
//! other tabs), the messages on screen (`messages`) and what their undo puts
//! back (`undo`), and the actions on records (`records`, `workshops`,
//! `personas`, `methods`), questions for phones (`prompts`) and imports (`import`). A
//! work form's own actions live in its folder, on `FormAt`.
//!
//! Every action changes the model through its own functions, then saves what
//! it touched at once.

mod import;
mod messages;
mod methods;
mod personas;
mod prompts;
mod records;
mod saving;
mod undo;
mod workshops;

pub use messages::Messages;
pub use saving::{SaveFailure, SaveStatus};
pub use undo::Undo;

use crate::i18n::{Key, Language, Msg, Text};
use crate::library::OwnMethods;
use crate::model::{Personas, Settings, Workshops};
use leptos::prelude::*;

/// The state shared by all components.
#[derive(Clone, Copy)]
pub struct AppState {
    workshops: RwSignal<Workshops>,
    personas: RwSignal<Personas>,
    methods: RwSignal<OwnMethods>,
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
            methods: RwSignal::new(OwnMethods::default()),
            settings: RwSignal::new(Settings::default()),
            saving: saving::Saving::open(),
            messages: Messages::new(),
        };
        state.reload_everything();
        if crate::ui::decoding::unread_at_start() {
            state.messages.notify_once(Key::StoredUnread.into(), false);
        }
        state.ask_for_persistence();
        state
    }

    /// The workshops, to read (pages never write a list: they call actions).
    pub fn workshops(&self) -> ReadSignal<Workshops> {
        self.workshops.read_only()
    }

    /// The persona library, to read.
    pub fn personas(&self) -> ReadSignal<Personas> {
        self.personas.read_only()
    }

    /// The library's own methods, to read.
    pub fn methods(&self) -> ReadSignal<OwnMethods> {
        self.methods.read_only()
    }

    /// The device's settings, to read.
    pub fn settings(&self) -> ReadSignal<Settings> {
        self.settings.read_only()
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
