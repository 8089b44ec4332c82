//! The public address of the app, which the invitation QR code points to.
//!
//! Checked by hand rather than with a URL crate (which would add Unicode tables to
//! the wasm): an address is `http://` or `https://`, a host, and an optional path.

use thiserror::Error;

/// Longest address accepted; far below what a QR code can hold, long enough for any host.
pub const MAX_ADDRESS_CHARS: usize = 500;

/// Why a typed address is refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Error)]
pub enum AddressError {
    #[error("the address is empty")]
    Empty,
    #[error("the address does not start with http:// or https://")]
    NoScheme,
    #[error("the address has no valid host")]
    BadHost,
    #[error("the address contains spaces or control characters")]
    BadCharacter,
    #[error("the address is too long")]
    TooLong,
}

/// Why an address will not work well for participants' phones.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AddressWarning {
    /// localhost or 127.x: only this device can open it.
    OnlyThisDevice,
    /// Plain http on another host: no offline use (service workers need https).
    NotSecure,
}

/// A checked address.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PublicAddress {
    text: String,
    secure: bool,
    host: String,
}

impl PublicAddress {
    /// Checks a typed or current address.
    pub fn parse(text: &str) -> Result<Self, AddressError> {
        let text = text.trim();
        if text.is_empty() {
            return Err(AddressError::Empty);
        }
        if text.chars().count() > MAX_ADDRESS_CHARS {
            return Err(AddressError::TooLong);
        }
        if text.chars().any(|c| c.is_whitespace() || c.is_control()) {
            return Err(AddressError::BadCharacter);
        }
        let lower = text.to_ascii_lowercase();
        let (secure, rest) = if let Some(rest) = lower.strip_prefix("https://") {
            (true, rest)
        } else if let Some(rest) = lower.strip_prefix("http://") {
            (false, rest)
        } else {
            return Err(AddressError::NoScheme);
        };
        let authority = rest.split(['/', '?', '#']).next().unwrap_or_default();
        let host = host_of(authority).ok_or(AddressError::BadHost)?;
        Ok(Self {
            text: text.to_string(),
            secure,
            host,
        })
    }

    /// The address as typed (trimmed).
    pub fn as_str(&self) -> &str {
        &self.text
    }

    /// What is wrong with this address for phones in the room, if anything.
    pub fn warning(&self) -> Option<AddressWarning> {
        let local = self.host == "localhost"
            || self.host.ends_with(".localhost")
            || self.host.starts_with("127.")
            || self.host == "[::1]";
        if local {
            Some(AddressWarning::OnlyThisDevice)
        } else if !self.secure {
            Some(AddressWarning::NotSecure)
        } else {
            None
        }
    }
}

/// The host of `user@host:port`, lower case, if it is a name, an IPv4 or a bracketed IPv6.
fn host_of(authority: &str) -> Option<String> {
    let without_user = authority.rsplit('@').next()?;
    let host = if without_user.starts_with('[') {
        let end = without_user.find(']')?;
        &without_user[..=end]
    } else {
        without_user.split(':').next()?
    };
    let valid = !host.is_empty()
        && !host.starts_with('.')
        && !host.ends_with('.')
        && !host.contains("..")
        && host
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | '[' | ']' | ':'));
    valid.then(|| host.to_string())
}
