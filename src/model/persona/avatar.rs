//! A persona's face: an emoji on a colour, or a small photo scaled down on
//! the device, and the checks that keep a photo small and an emoji one.

use super::*;
use crate::model::stored_check::{require, Checked, Flaw, Within};
use crate::model::ValidationError;
use serde::{Deserialize, Serialize};

/// The background colours an avatar can have (named, so the page needs no inline style).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum AvatarColour {
    #[default]
    Blue,
    Green,
    Orange,
    Purple,
    Red,
    Teal,
}

impl AvatarColour {
    /// Every colour, in the order a picker shows them.
    pub const ALL: [AvatarColour; 6] = [
        AvatarColour::Blue,
        AvatarColour::Green,
        AvatarColour::Orange,
        AvatarColour::Purple,
        AvatarColour::Red,
        AvatarColour::Teal,
    ];

    /// The colour's name in CSS classes and storage.
    pub fn name(self) -> &'static str {
        match self {
            AvatarColour::Blue => "blue",
            AvatarColour::Green => "green",
            AvatarColour::Orange => "orange",
            AvatarColour::Purple => "purple",
            AvatarColour::Red => "red",
            AvatarColour::Teal => "teal",
        }
    }
}

/// How a persona is pictured.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum Avatar {
    /// The initials of the name on a colour.
    Initials { colour: AvatarColour },
    /// An emoji on a colour.
    Emoji { emoji: String, colour: AvatarColour },
    /// A photo, scaled down, as a `data:image/…;base64,` address.
    Photo { data_url: String },
}

impl Default for Avatar {
    fn default() -> Self {
        Avatar::Initials {
            colour: AvatarColour::default(),
        }
    }
}

impl Avatar {
    /// The avatar as it may be stored, or why not.
    pub fn checked(self) -> Result<Self, ValidationError> {
        match self {
            Avatar::Emoji { emoji, colour } => Ok(Avatar::Emoji {
                emoji: check_emoji(&emoji)?,
                colour,
            }),
            Avatar::Photo { data_url } => {
                check_photo(&data_url)?;
                Ok(Avatar::Photo { data_url })
            }
            initials => Ok(initials),
        }
    }

    /// Whether a stored avatar is one [`Avatar::checked`] lets through.
    pub(super) fn check_stored(&self) -> Checked {
        match self {
            Avatar::Emoji { emoji, .. } => {
                require(check_emoji(emoji).is_ok(), Flaw::UnknownValue).within("emoji")
            }
            Avatar::Photo { data_url } => {
                require(check_photo(data_url).is_ok(), Flaw::UnknownValue).within("data_url")
            }
            Avatar::Initials { .. } => Ok(()),
        }
    }
}

/// An emoji is trimmed, 1 to [`MAX_EMOJI_CHARS`] long, and holds no plain letters or digits.
fn check_emoji(emoji: &str) -> Result<String, ValidationError> {
    let emoji = emoji.trim();
    let length = emoji.chars().count();
    if length == 0 || length > MAX_EMOJI_CHARS || emoji.chars().any(|c| c.is_ascii_alphanumeric()) {
        return Err(ValidationError::EmojiInvalid);
    }
    Ok(emoji.to_string())
}

/// A photo address is a base64 JPEG, PNG or WebP image of at most [`MAX_PHOTO_BYTES`].
fn check_photo(data_url: &str) -> Result<(), ValidationError> {
    let payload = [
        "data:image/jpeg;base64,",
        "data:image/png;base64,",
        "data:image/webp;base64,",
    ]
    .iter()
    .find_map(|prefix| data_url.strip_prefix(prefix))
    .ok_or(ValidationError::PhotoInvalid)?;
    let base64 = |b: u8| b.is_ascii_alphanumeric() || matches!(b, b'+' | b'/' | b'=');
    if payload.is_empty()
        || payload.len() % 4 != 0
        || payload.len() / 4 * 3 > MAX_PHOTO_BYTES
        || !payload.bytes().all(base64)
    {
        return Err(ValidationError::PhotoInvalid);
    }
    Ok(())
}
