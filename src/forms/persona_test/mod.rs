//! The persona test (persona-toets): how satisfied would each chosen persona
//! be with the support in each chosen municipality? A grid of persona ×
//! municipality with a score and a reason per cell.

mod model;
mod phone;
mod report;
mod texts;
pub mod ui;

pub use model::*;
pub use phone::PersonaCells;
pub use texts::{PersonaTestKey, PersonaTestMsg, QUESTION_TEMPLATES};
