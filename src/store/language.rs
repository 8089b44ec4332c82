//! The interface's language alone, read from the stored settings without the
//! repository: for the phone's page, which loads none of the app's data and
//! writes none of it.

use super::Entity;
use crate::model::{Language, Settings};
use crate::transfer::json::{read, unsigned, variant, Fields, Reading};

/// The languages by the names the settings give them.
const LANGUAGES: [(&str, Language); 2] = [("nl", Language::Nl), ("en", Language::En)];

/// The language in the stored text of the settings; `None` when it is no
/// settings envelope this app can read. Read as the settings' own
/// deserializing reads it (`{"schema": …, "data": {"language": …}}`, other
/// members skipped), without serde_json: the phone's program leaves it out.
pub fn stored_language(text: &str) -> Option<Language> {
    let stored = read(text, Reading::Struct)?;
    let envelope = Fields::of(&stored, &["schema", "data"])?;
    let schema: u32 = envelope.required("schema", unsigned)?;
    let language = envelope.required("data", |data| {
        Fields::of(data, &["language"])?.or_default("language", |name| variant(name, &LANGUAGES))
    })?;
    (schema <= Settings::SCHEMA).then_some(language)
}
