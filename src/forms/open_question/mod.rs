//! The open question (losse vraag): one question to the whole room, answered
//! in short texts from phones or typed in by the facilitator.

mod model;
mod phone;
mod report;
mod texts;
pub mod ui;

pub use model::*;
pub use phone::Anyone;
pub use texts::{OpenQuestionKey, OpenQuestionMsg};
