//! Validation errors: what a facilitator typed that the model refuses.
//!
//! The UI turns each variant into a sentence through the translation catalogue;
//! nothing here is shown to a user as is.

use crate::forms::placemat::PlacematPart;
use thiserror::Error;

/// A field of a form, named in validation errors.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Field {
    Title,
    Date,
    Place,
    Goal,
    Facilitator,
    Name,
    Age,
    Household,
    Daytime,
    Health,
    Tags,
    Occasion,
    Question,
    QuestionBehind,
    LifeAreas,
    Network,
    Wishes,
    Barriers,
    Quote,
    RoleplayBehaviour,
    RoleplayBackground,
    Sources,
    Note,
    Municipality,
    Personas,
    CentralQuestion,
    SubQuestions,
    Answer,
    CafeName,
    Story,
    CafeTheme,
    RoundQuestion,
    Rules,
    Participants,
    TableName,
    Host,
    NoteText,
    Summary,
    Theme,
    ActionText,
    Owner,
    Avatar,
    GroupName,
    PersonName,
    Middle,
    BlockTitle,
    Minutes,
    Steps,
    Materials,
    Tips,
    Leader,
    FacilitatorNotes,
    StartTime,
    Blocks,
    Preparation,
    GroupSize,
}

/// Why an input was refused. Refusing never changes any state.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum ValidationError {
    #[error("the title is empty")]
    TitleEmpty,
    #[error("the name is empty")]
    NameEmpty,
    #[error("{field:?} is longer than {max} characters")]
    TooLong { field: Field, max: usize },
    #[error("{field:?} has more than {max} entries")]
    TooMany { field: Field, max: usize },
    #[error("the date is not a real date")]
    DateInvalid,
    #[error("the age is not a whole number from 0 to 120")]
    AgeInvalid,
    #[error("the emoji is empty or not an emoji")]
    EmojiInvalid,
    #[error("the photo is not a small image")]
    PhotoInvalid,
    #[error("a score is a whole number from 1 to 5")]
    ScoreInvalid,
    #[error("the municipality has no name")]
    MunicipalityEmpty,
    #[error("this municipality is in the list already")]
    MunicipalityTwice,
    #[error("nothing with this id")]
    NotFound,
    #[error("something with this id exists already")]
    DuplicateId,
    #[error("the table has no name")]
    TableNameEmpty,
    #[error("the note is empty")]
    NoteEmpty,
    #[error("the answer is empty")]
    AnswerEmpty,
    #[error("the theme has no name")]
    ThemeEmpty,
    #[error("a theme with this name exists already")]
    ThemeTwice,
    #[error("the action is empty")]
    ActionEmpty,
    #[error("a round lasts 5 to 45 minutes")]
    RoundLengthOutOfRange,
    #[error("a café has 1 to 5 rounds")]
    RoundCountOutOfRange,
    #[error("a café has 1 to 30 tables")]
    TableCountOutOfRange,
    #[error("round {round} has no question")]
    QuestionEmpty { round: usize },
    #[error("round {round} is under way")]
    RoundUnderWay { round: usize },
    #[error("round {round} has notes or runs")]
    RoundInUse { round: usize },
    #[error("table {table} has notes")]
    TableInUse { table: String },
    #[error("no round is running")]
    NotRunning,
    #[error("the timer is not paused")]
    NotPaused,
    #[error("a phase lasts 1 to 60 minutes")]
    PhaseLengthOutOfRange,
    #[error("a placemat session has 1 to 20 groups")]
    GroupCountOutOfRange,
    #[error("a placemat has 3 to 6 persons")]
    PersonCountOutOfRange,
    #[error("group {group} has notes")]
    GroupInUse { group: String },
    #[error("person {seat} of {group} has notes")]
    SeatInUse { group: String, seat: usize },
    #[error("the group has no name")]
    GroupNameEmpty,
    #[error("the central question is empty")]
    CentralQuestionEmpty,
    #[error("the persona test has no persona or no municipality")]
    GridEmpty,
    #[error("the placemat session has not started")]
    PlacematNotStarted,
    #[error("this phase does not open {0:?}")]
    PhaseClosed(PlacematPart),
    #[error("nobody marks their own note")]
    OwnNote,
    #[error("this theme is in the middle already")]
    MiddleTwice,
    #[error("a block lasts 1 to 480 minutes")]
    BlockMinutesOutOfRange,
    #[error("a programme lasts at most {max_hours} hours")]
    ProgrammeTooLong { max_hours: u32 },
    #[error("the start time is not a time of day")]
    StartTimeInvalid,
    #[error("a free timer has rounds of 1 to 120 minutes, 1 to 10 of them")]
    FreeTimerOutOfRange,
    #[error("the programme has no blocks")]
    ProgrammeEmpty,
    #[error("the short description is empty")]
    SummaryEmpty,
    #[error("a method lasts 1 to 480 minutes")]
    MethodMinutesOutOfRange,
    #[error("a group has 1 to {max} people")]
    GroupSizeOutOfRange { max: u16 },
    #[error("{field:?}: the lowest number is above the highest")]
    RangeReversed { field: Field },
}

impl ValidationError {
    /// The form field the error belongs next to, if any.
    pub fn field(&self) -> Option<Field> {
        match self {
            ValidationError::TitleEmpty => Some(Field::Title),
            ValidationError::NameEmpty => Some(Field::Name),
            ValidationError::TooLong { field, .. } | ValidationError::TooMany { field, .. } => {
                Some(*field)
            }
            ValidationError::DateInvalid => Some(Field::Date),
            ValidationError::AgeInvalid => Some(Field::Age),
            ValidationError::MunicipalityEmpty | ValidationError::MunicipalityTwice => {
                Some(Field::Municipality)
            }
            ValidationError::ScoreInvalid | ValidationError::AnswerEmpty => Some(Field::Answer),
            ValidationError::NoteEmpty => Some(Field::NoteText),
            ValidationError::TableNameEmpty => Some(Field::TableName),
            ValidationError::ThemeEmpty | ValidationError::ThemeTwice => Some(Field::Theme),
            ValidationError::ActionEmpty => Some(Field::ActionText),
            ValidationError::QuestionEmpty { .. } => Some(Field::RoundQuestion),
            ValidationError::GroupNameEmpty => Some(Field::GroupName),
            ValidationError::CentralQuestionEmpty => Some(Field::CentralQuestion),
            ValidationError::GridEmpty => Some(Field::Personas),
            ValidationError::MiddleTwice => Some(Field::Middle),
            ValidationError::BlockMinutesOutOfRange => Some(Field::Minutes),
            ValidationError::StartTimeInvalid => Some(Field::StartTime),
            ValidationError::SummaryEmpty => Some(Field::Summary),
            ValidationError::MethodMinutesOutOfRange => Some(Field::Minutes),
            ValidationError::GroupSizeOutOfRange { .. } => Some(Field::GroupSize),
            ValidationError::RangeReversed { field } => Some(*field),
            ValidationError::ProgrammeTooLong { .. }
            | ValidationError::ProgrammeEmpty
            | ValidationError::FreeTimerOutOfRange => None,
            ValidationError::PhaseLengthOutOfRange
            | ValidationError::GroupCountOutOfRange
            | ValidationError::PersonCountOutOfRange
            | ValidationError::GroupInUse { .. }
            | ValidationError::SeatInUse { .. }
            | ValidationError::PlacematNotStarted
            | ValidationError::PhaseClosed(_)
            | ValidationError::OwnNote
            | ValidationError::RoundLengthOutOfRange
            | ValidationError::RoundCountOutOfRange
            | ValidationError::TableCountOutOfRange
            | ValidationError::RoundUnderWay { .. }
            | ValidationError::RoundInUse { .. }
            | ValidationError::TableInUse { .. }
            | ValidationError::NotRunning
            | ValidationError::NotPaused => None,
            ValidationError::EmojiInvalid | ValidationError::PhotoInvalid => Some(Field::Avatar),
            ValidationError::NotFound | ValidationError::DuplicateId => None,
        }
    }
}

/// The text trimmed, or an error if it is longer than `max` characters.
pub(crate) fn check_length(
    text: &str,
    field: Field,
    max: usize,
) -> Result<String, ValidationError> {
    let text = text.trim();
    if text.chars().count() > max {
        return Err(ValidationError::TooLong { field, max });
    }
    Ok(text.to_string())
}
