//! Pure data and the rules that change it.
//!
//! Every change is a function that takes the current state and an input and returns
//! the new state or a typed [`ValidationError`]. No browser types live here: time and
//! ids come in as parameters, so every rule is deterministic and tested natively.

mod address;
mod date;
mod error;
mod settings;
mod workshop;
mod workshops;

pub use address::{AddressError, AddressWarning, PublicAddress};
pub use date::IsoDate;
pub use error::{Field, ValidationError};
pub use settings::{Language, Settings, BACKUP_REMINDER_MS};
pub use workshop::{copy_title, Workshop, WorkshopDraft, MAX_TITLE_CHARS};
pub use workshops::{Removed, Workshops};

/// Milliseconds since the Unix epoch, as the browser's `Date.now()` gives them.
pub type Timestamp = i64;
