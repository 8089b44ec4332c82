//! Translation helpers for components: the message for a refused input, field
//! labels, dates, and reactive texts in the current language.

use super::state::AppState;
use crate::forms::cafe::{CafeKey, CafeMsg};
use crate::forms::open_question::OpenQuestionKey;
use crate::forms::persona_test::PersonaTestKey;
use crate::forms::placemat::{PlacematKey, PlacematMsg, PlacematPart};
use crate::i18n::{CommonMsg, Key, Language, ProgrammeKey, ProgrammeMsg};
pub use crate::i18n::{Msg, Text};
use crate::model::{AddressError, Field, IsoDate, ValidationError};
use leptos::prelude::*;

/// The message for a refused input.
pub fn validation_message(error: &ValidationError, language: Language) -> String {
    let field = |field: &Field| field_name(*field).text(language).to_string();
    let message: Msg = match error {
        ValidationError::TooLong { field: f, max } => CommonMsg::ErrTooLong {
            field: field(f),
            max: max.to_string(),
        }
        .into(),
        ValidationError::TooMany { field: f, max } => CommonMsg::ErrTooMany {
            field: field(f),
            max: max.to_string(),
        }
        .into(),
        ValidationError::QuestionEmpty { round } => CafeMsg::ErrQuestionEmpty {
            round: round.to_string(),
        }
        .into(),
        ValidationError::RoundUnderWay { round } => CafeMsg::ErrRoundUnderWay {
            round: round.to_string(),
        }
        .into(),
        ValidationError::RoundInUse { round } => CafeMsg::ErrRoundInUse {
            round: round.to_string(),
        }
        .into(),
        ValidationError::TableInUse { table } => CafeMsg::ErrTableInUse {
            table: table.clone(),
        }
        .into(),
        ValidationError::GroupInUse { group } => PlacematMsg::ErrGroupInUse {
            group: group.clone(),
        }
        .into(),
        ValidationError::SeatInUse { group, seat } => PlacematMsg::ErrSeatInUse {
            group: group.clone(),
            seat: seat.to_string(),
        }
        .into(),
        ValidationError::NameEmpty => Key::ErrNameEmpty.into(),
        ValidationError::AgeInvalid => Key::ErrAge.into(),
        ValidationError::EmojiInvalid => Key::ErrEmoji.into(),
        ValidationError::PhotoInvalid => Key::ErrPhotoInvalid.into(),
        ValidationError::ScoreInvalid => PersonaTestKey::ErrScore.into(),
        ValidationError::MunicipalityEmpty => PersonaTestKey::ErrMunicipalityEmpty.into(),
        ValidationError::MunicipalityTwice => PersonaTestKey::ErrMunicipalityTwice.into(),
        ValidationError::TitleEmpty => Key::ErrTitleEmpty.into(),
        ValidationError::DateInvalid => Key::ErrDate.into(),
        ValidationError::NotFound => Key::ErrNotFound.into(),
        ValidationError::DuplicateId => Key::ErrDuplicateId.into(),
        ValidationError::TableNameEmpty => CafeKey::ErrTableNameEmpty.into(),
        ValidationError::NoteEmpty => Key::ErrNoteEmpty.into(),
        ValidationError::AnswerEmpty => OpenQuestionKey::ErrAnswerEmpty.into(),
        ValidationError::ThemeEmpty => Key::ErrThemeEmpty.into(),
        ValidationError::ThemeTwice => Key::ErrThemeTwice.into(),
        ValidationError::ActionEmpty => Key::ErrActionEmpty.into(),
        ValidationError::RoundLengthOutOfRange => CafeKey::ErrRoundLength.into(),
        ValidationError::RoundCountOutOfRange => CafeKey::ErrRoundCount.into(),
        ValidationError::TableCountOutOfRange => CafeKey::ErrTableCount.into(),
        ValidationError::NotRunning => Key::ErrNotRunning.into(),
        ValidationError::NotPaused => Key::ErrNotPaused.into(),
        ValidationError::PhaseLengthOutOfRange => PlacematKey::ErrPhaseLength.into(),
        ValidationError::GroupCountOutOfRange => PlacematKey::ErrGroupCount.into(),
        ValidationError::PersonCountOutOfRange => PlacematKey::ErrPersonCount.into(),
        ValidationError::GroupNameEmpty => PlacematKey::ErrGroupNameEmpty.into(),
        ValidationError::CentralQuestionEmpty => Key::ErrCentralQuestionEmpty.into(),
        ValidationError::GridEmpty => PersonaTestKey::ErrGridEmpty.into(),
        ValidationError::PlacematNotStarted => PlacematKey::ErrNotStarted.into(),
        ValidationError::PhaseClosed(part) => match part {
            PlacematPart::Fields => PlacematKey::ErrFieldsClosed,
            PlacematPart::Marks => PlacematKey::ErrMarksClosed,
            PlacematPart::Middle => PlacematKey::ErrMiddleClosed,
            PlacematPart::Links => PlacematKey::ErrLinksClosed,
        }
        .into(),
        ValidationError::OwnNote => PlacematKey::ErrOwnNote.into(),
        ValidationError::MiddleTwice => PlacematKey::ErrMiddleTwice.into(),
        ValidationError::BlockMinutesOutOfRange => ProgrammeKey::ErrMinutes.into(),
        ValidationError::StartTimeInvalid => ProgrammeKey::ErrStartTime.into(),
        ValidationError::ProgrammeEmpty => ProgrammeKey::ErrEmpty.into(),
        ValidationError::SummaryEmpty => ProgrammeKey::ErrSummaryEmpty.into(),
        ValidationError::MethodMinutesOutOfRange => ProgrammeKey::ErrMethodMinutes.into(),
        ValidationError::GroupSizeOutOfRange { max } => ProgrammeMsg::ErrGroupSize {
            max: max.to_string(),
        }
        .into(),
        ValidationError::RangeReversed { field: f } => {
            ProgrammeMsg::ErrReversed { field: field(f) }.into()
        }
        ValidationError::FreeTimerOutOfRange => Key::ErrFreeTimer.into(),
        ValidationError::ProgrammeTooLong { max_hours } => ProgrammeMsg::ErrTooLong {
            hours: max_hours.to_string(),
        }
        .into(),
    };
    message.text(language)
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

/// The label of a form field, as errors and the revision history name it.
pub fn field_name(field: Field) -> Text {
    match field {
        Field::Title => Key::FieldTitle.into(),
        Field::Date => Key::FieldDate.into(),
        Field::Place => Key::FieldPlace.into(),
        Field::Goal => Key::FieldGoal.into(),
        Field::Facilitator => Key::FieldFacilitator.into(),
        Field::Name => Key::FieldName.into(),
        Field::Age => Key::FieldAge.into(),
        Field::Household => Key::FieldHousehold.into(),
        Field::Daytime => Key::FieldDaytime.into(),
        Field::Health => Key::FieldHealth.into(),
        Field::Tags => Key::FieldTags.into(),
        Field::Occasion => Key::FieldOccasion.into(),
        Field::Question => Key::FieldQuestion.into(),
        Field::QuestionBehind => Key::FieldQuestionBehind.into(),
        Field::LifeAreas => Key::FieldLifeAreas.into(),
        Field::Network => Key::FieldNetwork.into(),
        Field::Wishes => Key::FieldWishes.into(),
        Field::Barriers => Key::FieldBarriers.into(),
        Field::Quote => Key::FieldQuote.into(),
        Field::RoleplayBehaviour => Key::FieldRoleplayBehaviour.into(),
        Field::RoleplayBackground => Key::FieldRoleplayBackground.into(),
        Field::Sources => Key::FieldSources.into(),
        Field::Note => Key::FieldRevisionNote.into(),
        Field::Municipality => PersonaTestKey::Municipalities.into(),
        Field::Personas => PersonaTestKey::Personas.into(),
        Field::CentralQuestion => Key::FieldCentralQuestion.into(),
        Field::SubQuestions => PersonaTestKey::SubQuestions.into(),
        Field::Answer => Key::FieldAnswer.into(),
        Field::CafeName => CafeKey::NameField.into(),
        Field::Story => CafeKey::StoryField.into(),
        Field::CafeTheme => CafeKey::ThemeField.into(),
        Field::RoundQuestion => CafeKey::QuestionField.into(),
        Field::Rules => CafeKey::Rules.into(),
        Field::Participants => CafeKey::ParticipantsField.into(),
        Field::TableName => CafeKey::TableNameField.into(),
        Field::Host => CafeKey::HostField.into(),
        Field::NoteText => Key::NoteTextField.into(),
        Field::Summary => CafeKey::SummaryField.into(),
        Field::Theme => Key::HarvestThemeField.into(),
        Field::ActionText => Key::ActionTextField.into(),
        Field::Owner => Key::ActionOwnerField.into(),
        Field::Avatar => Key::FieldAvatar.into(),
        Field::GroupName => PlacematKey::GroupNameField.into(),
        Field::PersonName => Key::FieldPersonName.into(),
        Field::Middle => PlacematKey::Middle.into(),
        Field::BlockTitle => ProgrammeKey::FieldBlockTitle.into(),
        Field::Minutes => ProgrammeKey::FieldMinutes.into(),
        Field::Steps => ProgrammeKey::FieldSteps.into(),
        Field::Materials => ProgrammeKey::FieldMaterials.into(),
        Field::Tips => ProgrammeKey::FieldTips.into(),
        Field::Leader => ProgrammeKey::FieldLeader.into(),
        Field::FacilitatorNotes => ProgrammeKey::FieldNotes.into(),
        Field::StartTime => ProgrammeKey::FieldStartTime.into(),
        Field::Blocks => ProgrammeKey::FieldBlocks.into(),
        Field::Preparation => ProgrammeKey::Preparation.into(),
        Field::GroupSize => ProgrammeKey::GroupSize.into(),
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
pub fn tr(key: impl Into<Text>) -> impl Fn() -> &'static str + Copy + Send + Sync + 'static {
    reactive_text(key.into())
}

/// [`tr`] for one type of key, so every view shows the same kind of closure.
fn reactive_text(key: Text) -> impl Fn() -> &'static str + Copy + Send + Sync + 'static {
    let language = use_language();
    move || key.text(language.get())
}

/// A reactive message for views: `{tr_msg(CafeMsg::RoundN { n })}`.
pub fn tr_msg(message: impl Into<Msg>) -> impl Fn() -> String + Clone + Send + Sync + 'static {
    reactive_message(message.into())
}

/// [`tr_msg`] for one type of message, so every view shows the same kind of closure.
fn reactive_message(message: Msg) -> impl Fn() -> String + Clone + Send + Sync + 'static {
    let language = use_language();
    move || message.text(language.get())
}
