//! The persona builder: the library page, one persona's page, the card, the form.

mod avatar;
mod card;
mod form;
mod labels;
mod library;
mod page;
mod photo_field;

pub use avatar::AvatarView;
pub use library::PersonaLibraryPage;
pub use page::PersonaPage;
