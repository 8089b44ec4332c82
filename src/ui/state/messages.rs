//! What the app tells the facilitator by itself: notices at the top that stay
//! until closed, and toasts at the bottom that go away after a while, some
//! with an undo. What an undo puts back is `undo`'s job.

use super::undo::Undo;
use crate::ui::i18n::{Msg, Text};
use leptos::prelude::*;
use std::time::Duration;

/// A message at the top of the page that stays until closed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Notice {
    pub id: u64,
    pub message: Msg,
    /// Whether the notice points to the settings page (quarantined data).
    pub links_settings: bool,
}

/// A short message at the bottom that goes away by itself.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Toast {
    pub id: u64,
    pub message: Msg,
    /// What the toast's undo button puts back.
    pub undo: Option<Undo>,
}

/// How long a toast stays; long enough to reach for "Ongedaan maken".
const TOAST_DURATION: Duration = Duration::from_secs(10);

/// The notices and toasts on screen.
#[derive(Clone, Copy)]
pub struct Messages {
    notices: RwSignal<Vec<Notice>>,
    toasts: RwSignal<Vec<Toast>>,
    next_id: StoredValue<u64>,
}

impl Messages {
    /// No messages yet.
    pub(super) fn new() -> Self {
        Self {
            notices: RwSignal::new(Vec::new()),
            toasts: RwSignal::new(Vec::new()),
            next_id: StoredValue::new(0),
        }
    }

    /// The notices on screen (tracked).
    pub fn notices(&self) -> Vec<Notice> {
        self.notices.get()
    }

    /// The toasts on screen (tracked).
    pub fn toasts(&self) -> Vec<Toast> {
        self.toasts.get()
    }

    /// Shows a notice of a plain text, unless it is already on screen.
    pub(super) fn notify_once(&self, text: Text, links_settings: bool) {
        if !self
            .notices
            .with_untracked(|n| n.iter().any(|notice| says(notice, text)))
        {
            self.notify(text.into(), links_settings);
        }
    }

    /// Shows a notice.
    pub(super) fn notify(&self, message: Msg, links_settings: bool) {
        let id = self.next_id();
        self.notices.update(|n| {
            n.push(Notice {
                id,
                message,
                links_settings,
            })
        });
    }

    /// Closes the notices that say `text`.
    pub(super) fn withdraw(&self, text: Text) {
        self.notices
            .update(|n| n.retain(|notice| !says(notice, text)));
    }

    /// Closes a notice.
    pub fn dismiss_notice(&self, id: u64) {
        self.notices.update(|n| n.retain(|notice| notice.id != id));
    }

    /// Shows a toast, with the undo its button offers, for a while.
    pub fn toast(&self, message: Msg, undo: Option<Undo>) {
        let id = self.next_id();
        self.toasts.update(|t| t.push(Toast { id, message, undo }));
        let messages = *self;
        set_timeout(move || messages.dismiss_toast(id), TOAST_DURATION);
    }

    /// Closes a toast.
    pub fn dismiss_toast(&self, id: u64) {
        self.toasts.update(|t| t.retain(|toast| toast.id != id));
    }

    /// Takes a toast away and gives the undo it offered.
    pub(super) fn take_undo(&self, toast_id: u64) -> Option<Undo> {
        let undo = self
            .toasts
            .with_untracked(|t| t.iter().find(|toast| toast.id == toast_id).cloned())
            .and_then(|toast| toast.undo);
        self.dismiss_toast(toast_id);
        undo
    }

    /// Clears every message (after everything was erased).
    pub(super) fn clear(&self) {
        self.notices.set(Vec::new());
        self.toasts.set(Vec::new());
    }

    fn next_id(&self) -> u64 {
        self.next_id
            .try_update_value(|n| {
                *n += 1;
                *n
            })
            .unwrap_or_default()
    }
}

/// Whether `notice` says the plain text `text`.
fn says(notice: &Notice, text: Text) -> bool {
    matches!(notice.message, Msg::Plain(shown) if shown == text)
}
