//! Validation errors: what a facilitator typed that the model refuses.
//!
//! The UI turns each variant into a sentence through the translation catalogue;
//! nothing here is shown to a user as is.

use thiserror::Error;

/// A field of a workshop, named in validation errors.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Field {
    Title,
    Date,
    Place,
    Goal,
    Facilitator,
}

/// Why an input was refused. Refusing never changes any state.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum ValidationError {
    #[error("the title is empty")]
    TitleEmpty,
    #[error("{field:?} is longer than {max} characters")]
    TooLong { field: Field, max: usize },
    #[error("the date is not a real date")]
    DateInvalid,
    #[error("no workshop with this id")]
    NotFound,
    #[error("a workshop with this id exists already")]
    DuplicateId,
}
