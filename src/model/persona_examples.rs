//! The example persona's offered from an empty library.

use super::{Avatar, PersonaFields};

/// The example persona's, with their avatars.
pub fn example_personas() -> Vec<(PersonaFields, Avatar)> {
    Vec::new()
}
