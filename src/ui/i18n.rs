//! Translation helpers for components: messages with arguments, and the current language.

use super::state::AppState;
use crate::forms::placemat::PlacematPart;
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
        ValidationError::TooLong { field, max } => Msg::with(
            Key::ErrTooLong,
            vec![
                ("field", field_name(*field).text(language).to_string()),
                ("max", max.to_string()),
            ],
        )
        .text(language),
        ValidationError::TooMany { field, max } => Msg::with(
            Key::ErrTooMany,
            vec![
                ("field", field_name(*field).text(language).to_string()),
                ("max", max.to_string()),
            ],
        )
        .text(language),
        ValidationError::QuestionEmpty { round }
        | ValidationError::RoundUnderWay { round }
        | ValidationError::RoundInUse { round } => {
            let key = match error {
                ValidationError::QuestionEmpty { .. } => Key::ErrQuestionEmpty,
                ValidationError::RoundUnderWay { .. } => Key::ErrRoundUnderWay,
                _ => Key::ErrRoundInUse,
            };
            Msg::with(key, vec![("round", round.to_string())]).text(language)
        }
        ValidationError::TableInUse { table } => {
            Msg::with(Key::ErrTableInUse, vec![("table", table.clone())]).text(language)
        }
        ValidationError::GroupInUse { group } => {
            Msg::with(Key::ErrGroupInUse, vec![("group", group.clone())]).text(language)
        }
        ValidationError::SeatInUse { group, seat } => Msg::with(
            Key::ErrSeatInUse,
            vec![("group", group.clone()), ("seat", seat.to_string())],
        )
        .text(language),
        other => simple_error(other).text(language).to_string(),
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

/// The message of an error that names no field or limit.
fn simple_error(error: &ValidationError) -> Key {
    match error {
        ValidationError::NameEmpty => Key::ErrNameEmpty,
        ValidationError::AgeInvalid => Key::ErrAge,
        ValidationError::EmojiInvalid => Key::ErrEmoji,
        ValidationError::PhotoInvalid => Key::ErrPhotoInvalid,
        ValidationError::ScoreInvalid => Key::ErrScore,
        ValidationError::MunicipalityEmpty => Key::ErrMunicipalityEmpty,
        ValidationError::MunicipalityTwice => Key::ErrMunicipalityTwice,
        ValidationError::TitleEmpty => Key::ErrTitleEmpty,
        ValidationError::DateInvalid => Key::ErrDate,
        ValidationError::NotFound => Key::ErrNotFound,
        ValidationError::DuplicateId => Key::ErrDuplicateId,
        ValidationError::TableNameEmpty => Key::ErrTableNameEmpty,
        ValidationError::NoteEmpty => Key::ErrNoteEmpty,
        ValidationError::AnswerEmpty => Key::ErrAnswerEmpty,
        ValidationError::ThemeEmpty => Key::ErrThemeEmpty,
        ValidationError::ThemeTwice => Key::ErrThemeTwice,
        ValidationError::ActionEmpty => Key::ErrActionEmpty,
        ValidationError::RoundLengthOutOfRange => Key::ErrRoundLength,
        ValidationError::RoundCountOutOfRange => Key::ErrRoundCount,
        ValidationError::TableCountOutOfRange => Key::ErrTableCount,
        ValidationError::NotRunning => Key::ErrNotRunning,
        ValidationError::NotPaused => Key::ErrNotPaused,
        ValidationError::PhaseLengthOutOfRange => Key::ErrPhaseLength,
        ValidationError::GroupCountOutOfRange => Key::ErrGroupCount,
        ValidationError::PersonCountOutOfRange => Key::ErrPersonCount,
        ValidationError::GroupNameEmpty => Key::ErrGroupNameEmpty,
        ValidationError::CentralQuestionEmpty => Key::ErrCentralQuestionEmpty,
        ValidationError::GridEmpty => Key::ErrGridEmpty,
        ValidationError::PlacematNotStarted => Key::ErrNotStarted,
        ValidationError::PhaseClosed(part) => match part {
            PlacematPart::Fields => Key::ErrFieldsClosed,
            PlacematPart::Marks => Key::ErrMarksClosed,
            PlacematPart::Middle => Key::ErrMiddleClosed,
            PlacematPart::Links => Key::ErrLinksClosed,
        },
        ValidationError::OwnNote => Key::ErrOwnNote,
        ValidationError::MiddleTwice => Key::ErrMiddleTwice,
        ValidationError::GroupInUse { .. } | ValidationError::SeatInUse { .. } => Key::ErrTooLong,
        ValidationError::TooLong { .. }
        | ValidationError::TooMany { .. }
        | ValidationError::QuestionEmpty { .. }
        | ValidationError::RoundUnderWay { .. }
        | ValidationError::RoundInUse { .. }
        | ValidationError::TableInUse { .. } => Key::ErrTooLong,
    }
}

/// The label of a form field, as errors and the revision history name it.
pub fn field_name(field: Field) -> Key {
    match field {
        Field::Title => Key::FieldTitle,
        Field::Date => Key::FieldDate,
        Field::Place => Key::FieldPlace,
        Field::Goal => Key::FieldGoal,
        Field::Facilitator => Key::FieldFacilitator,
        Field::Name => Key::FieldName,
        Field::Age => Key::FieldAge,
        Field::Household => Key::FieldHousehold,
        Field::Daytime => Key::FieldDaytime,
        Field::Health => Key::FieldHealth,
        Field::Tags => Key::FieldTags,
        Field::Occasion => Key::FieldOccasion,
        Field::Question => Key::FieldQuestion,
        Field::QuestionBehind => Key::FieldQuestionBehind,
        Field::LifeAreas => Key::FieldLifeAreas,
        Field::Network => Key::FieldNetwork,
        Field::Wishes => Key::FieldWishes,
        Field::Barriers => Key::FieldBarriers,
        Field::Quote => Key::FieldQuote,
        Field::RoleplayBehaviour => Key::FieldRoleplayBehaviour,
        Field::RoleplayBackground => Key::FieldRoleplayBackground,
        Field::Sources => Key::FieldSources,
        Field::Note => Key::FieldRevisionNote,
        Field::Municipality => Key::PtMunicipalities,
        Field::Personas => Key::PtPersonas,
        Field::CentralQuestion => Key::PtCentralQuestion,
        Field::SubQuestions => Key::PtSubQuestions,
        Field::Answer => Key::PtAnswer,
        Field::CafeName => Key::CafeNameField,
        Field::Story => Key::CafeStoryField,
        Field::CafeTheme => Key::CafeThemeField,
        Field::RoundQuestion => Key::CafeQuestionField,
        Field::Rules => Key::CafeRules,
        Field::Participants => Key::CafeParticipantsField,
        Field::TableName => Key::CafeTableNameField,
        Field::Host => Key::CafeHostField,
        Field::NoteText => Key::NoteTextField,
        Field::Summary => Key::CafeSummaryField,
        Field::Theme => Key::HarvestThemeField,
        Field::ActionText => Key::ActionTextField,
        Field::Owner => Key::ActionOwnerField,
        Field::Avatar => Key::FieldAvatar,
        Field::GroupName => Key::PmGroupNameField,
        Field::PersonName => Key::PmPersonNameField,
        Field::Middle => Key::PmMiddle,
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

/// The interface's language in context: the app's setting, or the phone page's
/// own (which runs without the app's state).
#[derive(Debug, Clone, Copy)]
pub struct UiLanguage(pub Signal<Language>);

/// The interface's language (tracked).
pub fn use_language() -> Signal<Language> {
    expect_context::<UiLanguage>().0
}

/// A reactive text for views: `{tr(Key::Save)}`.
pub fn tr(key: Key) -> impl Fn() -> &'static str + Copy + Send + Sync + 'static {
    let language = use_language();
    move || key.text(language.get())
}
