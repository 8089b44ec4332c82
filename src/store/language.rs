//! The interface's language alone, read from the stored settings without the
//! repository: for the phone's page, which loads none of the app's data and
//! writes none of it.

use super::Entity;
use crate::model::{Language, Settings};
use serde::Deserialize;

/// The settings' envelope, with only what the language needs.
#[derive(Deserialize)]
struct StoredSettings {
    schema: u32,
    data: LanguageOnly,
}

#[derive(Deserialize)]
struct LanguageOnly {
    #[serde(default)]
    language: Language,
}

/// The language in the stored text of the settings; `None` when it is no
/// settings envelope this app can read.
pub fn stored_language(text: &str) -> Option<Language> {
    let stored: StoredSettings = serde_json::from_str(text).ok()?;
    (stored.schema <= Settings::SCHEMA).then_some(stored.data.language)
}
