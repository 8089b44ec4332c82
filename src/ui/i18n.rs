//! Translation helpers for components: messages with arguments, and the current language.

use super::state::AppState;
use crate::i18n::{fill, Key, Language};
use crate::model::{AddressError, Field, IsoDate, ValidationError};
use leptos::prelude::*;

/// A catalogue text with its arguments, translated when shown, so it follows a
/// language switch.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Msg {
    key: Key,
    args: Vec<(&'static str, String)>,
}

impl Msg {
    /// A text without arguments.
    pub fn plain(key: Key) -> Self {
        Self {
            key,
            args: Vec::new(),
        }
    }

    /// A text with `{name}` arguments.
    pub fn with(key: Key, args: Vec<(&'static str, String)>) -> Self {
        Self { key, args }
    }

    /// The text in a language.
    pub fn text(&self, language: Language) -> String {
        let args: Vec<(&str, &str)> = self.args.iter().map(|(k, v)| (*k, v.as_str())).collect();
        fill(self.key.text(language), &args)
    }
}

/// The message for a refused input.
pub fn validation_message(error: &ValidationError, language: Language) -> String {
    match error {
        ValidationError::TitleEmpty => Key::ErrTitleEmpty.text(language).to_string(),
        ValidationError::TooLong { field, max } => Msg::with(
            Key::ErrTooLong,
            vec![
                ("field", field_name(*field).text(language).to_string()),
                ("max", max.to_string()),
            ],
        )
        .text(language),
        ValidationError::DateInvalid => Key::ErrDate.text(language).to_string(),
        ValidationError::NotFound => Key::ErrNotFound.text(language).to_string(),
        ValidationError::DuplicateId => Key::ErrDuplicateId.text(language).to_string(),
    }
}

/// The message for a refused address.
pub fn address_message(error: AddressError) -> Key {
    match error {
        AddressError::Empty => Key::ErrAddressEmpty,
        AddressError::NoScheme => Key::ErrAddressScheme,
        AddressError::BadHost => Key::ErrAddressHost,
        AddressError::BadCharacter => Key::ErrAddressChars,
        AddressError::TooLong => Key::ErrAddressLong,
    }
}

fn field_name(field: Field) -> Key {
    match field {
        Field::Title => Key::FieldTitle,
        Field::Date => Key::FieldDate,
        Field::Place => Key::FieldPlace,
        Field::Goal => Key::FieldGoal,
        Field::Facilitator => Key::FieldFacilitator,
    }
}

/// A date as people of the language write it.
pub fn show_date(date: IsoDate, language: Language) -> String {
    match language {
        Language::Nl => date.dutch(),
        Language::En => date.to_string(),
    }
}

/// The app state from context.
pub fn use_app() -> AppState {
    expect_context::<AppState>()
}

/// A reactive text for views: `{tr(Key::Save)}`.
pub fn tr(key: Key) -> impl Fn() -> &'static str + Copy + Send + Sync + 'static {
    let state = use_app();
    move || key.text(state.language())
}
