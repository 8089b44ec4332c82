//! The wereldcafé (World Café): tables with a host each, timed rounds with a
//! question, a tablecloth of notes per table per round, the host's summary
//! that the next group reads first, and a harvest of themes and actions.

mod model;
mod phone;
mod report;
mod texts;
pub mod ui;

pub use model::*;
pub use phone::CafeRound;
pub use texts::{CafeKey, CafeMsg, CAFE_RULES};
