//! The facilitator's preferences on this device.

use super::{AddressError, PublicAddress, Timestamp};
use serde::{Deserialize, Serialize};

/// The language of the interface. Dutch comes first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Language {
    #[default]
    Nl,
    En,
}

impl Language {
    /// The BCP 47 code for the `lang` attribute.
    pub fn code(self) -> &'static str {
        match self {
            Language::Nl => "nl",
            Language::En => "en",
        }
    }
}

/// Device-wide settings, stored as one entity.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct Settings {
    pub language: Language,
    /// When everything was last downloaded as a file, if ever.
    pub last_exported_at: Option<Timestamp>,
    /// The address participants are invited to; `None`: the address the app runs at.
    pub invite_address: Option<String>,
}

/// After how long without a download the app reminds to make a backup: a week,
/// so a workshop's results are saved elsewhere before the next one.
pub const BACKUP_REMINDER_MS: Timestamp = 7 * 24 * 60 * 60 * 1000;

impl Settings {
    /// Whether it is time to remind of a backup: never exported, or too long ago.
    pub fn backup_is_due(&self, now: Timestamp) -> bool {
        self.last_exported_at
            .is_none_or(|at| now.saturating_sub(at) >= BACKUP_REMINDER_MS)
    }

    /// How many of `changed_at` (the workshops' last changes) came after the
    /// last export: changes that exist on this device only. 0 when nothing was
    /// ever exported (then everything is on this device only, and the plain
    /// reminder says so).
    pub fn changed_since_export(&self, changed_at: impl Iterator<Item = Timestamp>) -> usize {
        let Some(exported) = self.last_exported_at else {
            return 0;
        };
        changed_at.filter(|at| *at > exported).count()
    }

    /// Sets the invitation address after checking it; an empty text goes back to
    /// the current address. A refused address changes nothing.
    pub fn set_invite_address(&mut self, text: &str) -> Result<(), AddressError> {
        if text.trim().is_empty() {
            self.invite_address = None;
            return Ok(());
        }
        let address = PublicAddress::parse(text)?;
        self.invite_address = Some(address.as_str().to_string());
        Ok(())
    }
}
