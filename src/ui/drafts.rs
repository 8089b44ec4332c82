//! Text typed into a "new note" field but not added yet, kept per place while
//! the page is open.

use leptos::prelude::*;
use std::collections::HashMap;

/// Notes typed but not added yet, per place (two ids: a café's table and round,
/// a placemat's group and field), kept while the page is open so that switching
/// tables or groups does not lose them.
#[derive(Clone, Copy)]
pub struct NoteDrafts(StoredValue<HashMap<(String, String), String>>);

impl NoteDrafts {
    /// No drafts yet.
    pub fn new() -> Self {
        Self(StoredValue::new(HashMap::new()))
    }

    /// The draft at a place (empty if none).
    pub fn get(&self, key: &(String, String)) -> String {
        self.0
            .with_value(|drafts| drafts.get(key).cloned())
            .unwrap_or_default()
    }

    /// Keeps the draft at a place; an empty one is forgotten.
    pub fn set(&self, key: &(String, String), text: String) {
        self.0.update_value(|drafts| {
            if text.is_empty() {
                drafts.remove(key);
            } else {
                drafts.insert(key.clone(), text);
            }
        });
    }
}
