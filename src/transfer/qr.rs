//! QR codes as a grid of modules, for drawing as SVG view nodes (never as markup
//! from a string). The `qrcode` crate does the encoding.

use qrcode::{Color, EcLevel, QrCode};
use thiserror::Error;

/// Why a text cannot become a QR code.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Error)]
pub enum QrError {
    /// Longer than the largest QR code (version 40) holds at this error correction.
    #[error("too long for a QR code")]
    TooLong,
}

/// The modules of a QR code: `width` × `width`, true is dark.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QrMatrix {
    width: usize,
    dark: Vec<bool>,
}

/// Blank modules around the code that scanners need (the QR standard asks for 4).
pub const QUIET_ZONE: usize = 4;

impl QrMatrix {
    /// Encodes text with medium error correction (readable with some glare or a crease).
    pub fn encode(text: &str) -> Result<Self, QrError> {
        let code = QrCode::with_error_correction_level(text.as_bytes(), EcLevel::M)
            .map_err(|_| QrError::TooLong)?;
        Ok(Self {
            width: code.width(),
            dark: code
                .to_colors()
                .into_iter()
                .map(|c| c == Color::Dark)
                .collect(),
        })
    }

    /// Whether the module at column `x`, row `y` is dark.
    pub fn is_dark(&self, x: usize, y: usize) -> bool {
        x < self.width && y < self.width && self.dark[y * self.width + x]
    }

    /// One SVG path for all dark modules, in module units, offset by the quiet zone:
    /// use with `viewBox="0 0 {side} {side}"` where side is `width + 2 * QUIET_ZONE`.
    pub fn svg_path(&self) -> String {
        let mut path = String::new();
        for y in 0..self.width {
            for x in 0..self.width {
                if self.is_dark(x, y) {
                    path.push_str(&format!("M{} {}h1v1h-1z", x + QUIET_ZONE, y + QUIET_ZONE));
                }
            }
        }
        path
    }

    /// Modules per side with the quiet zone on both sides.
    pub fn side(&self) -> usize {
        self.width + 2 * QUIET_ZONE
    }
}
