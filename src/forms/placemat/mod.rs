//! The placemat: groups of three to six around a sheet with a field per person
//! and a shared middle; each writes alone, the group marks what speaks to it
//! and agrees on the middle, and the plenary links themes across groups.

mod model;
mod phone;
mod report;
mod texts;
pub mod ui;

pub use model::*;
pub use phone::{PlacematFields, PromptGroup};
pub use texts::{PlacematKey, PlacematMsg};
