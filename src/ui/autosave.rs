//! Saving typed text without a save button: shortly after the last keystroke,
//! at once when the field is left, when the field goes away and when the page
//! is left (a reload, a closed tab). The field's
//! own value is never rewritten while typing, so a trimmed save cannot eat the
//! space just typed.

use leptos::prelude::*;
use std::time::Duration;

/// How long after the last keystroke the text is saved.
const DELAY: Duration = Duration::from_millis(300);

/// The text waiting to be saved and the callback that saves it.
#[derive(Clone, Copy)]
pub struct AutoSave {
    typed: StoredValue<Option<String>>,
    timer: StoredValue<Option<TimeoutHandle>>,
    save: Callback<String>,
}

impl AutoSave {
    /// Saves with `save`; whatever is still waiting is saved when the calling
    /// component goes away.
    pub fn new(save: impl Fn(String) + Send + Sync + 'static) -> Self {
        let auto_save = Self {
            typed: StoredValue::new(None),
            timer: StoredValue::new(None),
            save: Callback::new(save),
        };
        // A reload or a closed tab while typing still saves the last keystrokes.
        let leaving = window_event_listener_untyped("pagehide", move |_| auto_save.flush());
        on_cleanup(move || {
            leaving.remove();
            auto_save.flush();
        });
        auto_save
    }

    /// The text changed: save it after a short pause.
    pub fn typed(&self, text: String) {
        self.typed.try_set_value(Some(text));
        self.cancel_timer();
        let this = *self;
        if let Ok(handle) = set_timeout_with_handle(move || this.flush(), DELAY) {
            self.timer.try_set_value(Some(handle));
        }
    }

    /// Saves what is waiting now.
    pub fn flush(&self) {
        self.cancel_timer();
        if let Some(text) = self.typed.try_update_value(Option::take).flatten() {
            self.save.run(text);
        }
    }

    fn cancel_timer(&self) {
        if let Some(handle) = self.timer.try_update_value(Option::take).flatten() {
            handle.clear();
        }
    }
}
