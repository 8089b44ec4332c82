//! Reading QR codes from a camera frame or a photo, natively (no browser
//! types): the scanner's way where the browser has no `BarcodeDetector`. The
//! `rqrr` crate finds and decodes the codes: a copy of rqrr 0.10.1 with its
//! panics on odd frames taken out and its search made surer
//! (vendor/rqrr/WERKTAFEL.md), as a panic would stop the app.
//!
//! rqrr reads a black-and-white picture. A frame is made black and white in
//! one of three ways (a [`Preparation`]); [`read_qr_codes`] tries them in
//! turn until one reads a code, the camera one a frame, in turn:
//!
//! 1. [`Preparation::RowMean`], rqrr's own: each pixel against a running mean
//!    along its row. Reads most codes, and is what the app always did.
//! 2. [`Preparation::SquareMean`]: each pixel against the mean of a square
//!    around it ([`Grey::darker_than_surroundings`]). Reads codes under
//!    glare, with little contrast, or with the moiré of a filmed screen.
//! 3. [`Preparation::Inverted`]: rqrr's own, on the frame with light and
//!    dark turned over. Reads the code of a phone whose browser's dark mode
//!    turns its colours over.
//!
//! In each, a small code that rqrr finds but cannot decode (its modules are
//! too few pixels to sample well) is cut out and read again at twice its
//! size ([`Grey::cut_out`]).

use super::grey::Grey;
use rqrr::PreparedImage;

/// The longest side of a frame read. The patched rqrr keeps points within
/// ±8192 pixels, twice this; the camera reads frames of at most 640.
const LONGEST_SIDE: usize = 4096;

/// The largest code, in pixels across, that is cut out and read again
/// enlarged: its modules are 6 pixels or fewer (at QR version 9). Larger
/// codes sample well as they are, and enlarging them would cost more than
/// reading the whole frame again.
const LARGEST_CUT_OUT: i32 = 320;

/// How many codes found but not decoded are cut out, at most, in one frame
/// (rqrr may find one code at more than one grid size): one, as a phone shows
/// one code at a time.
const MOST_CUT_OUTS: usize = 1;

/// How a frame is made black and white for rqrr (see the module's
/// description).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Preparation {
    /// rqrr's own: each pixel against a running mean along its row.
    RowMean,
    /// Each pixel against the mean of a square around it.
    SquareMean,
    /// rqrr's own, on the frame with light and dark turned over.
    Inverted,
}

/// Every preparation, in the order they are tried.
pub const PREPARATIONS: [Preparation; 3] = [
    Preparation::RowMean,
    Preparation::SquareMean,
    Preparation::Inverted,
];

/// The text of every QR code in a greyscale frame of `width` × `height`
/// pixels (row-major, one byte per pixel, 0 is black), by the first
/// preparation that reads any. Codes that fail to decode or hold text that
/// is not UTF-8 are left out; a `luma` of the wrong length, or a side over
/// 4096 pixels, gives nothing.
pub fn read_qr_codes(width: usize, height: usize, luma: &[u8]) -> Vec<String> {
    PREPARATIONS
        .into_iter()
        .map(|preparation| read_qr_codes_prepared(width, height, luma, preparation))
        .find(|texts| !texts.is_empty())
        .unwrap_or_default()
}

/// As [`read_qr_codes`], by one `preparation` only: the camera reads each
/// frame one way, the next frame the next way, so no frame takes long.
pub fn read_qr_codes_prepared(
    width: usize,
    height: usize,
    luma: &[u8],
    preparation: Preparation,
) -> Vec<String> {
    if luma.is_empty()
        || width.max(height) > LONGEST_SIDE
        || width.checked_mul(height) != Some(luma.len())
    {
        return Vec::new();
    }
    let frame = Grey {
        width,
        height,
        luma,
    };
    let (mut texts, missed) = read(frame, preparation);
    if texts.is_empty() {
        for corners in missed.iter().filter(|c| small(c)).take(MOST_CUT_OUTS) {
            let (width, height, luma) = frame.cut_out(corners);
            let part = Grey {
                width,
                height,
                luma: &luma,
            };
            texts.extend(read(part, preparation).0);
        }
    }
    let mut distinct = Vec::new();
    for text in texts {
        if !distinct.contains(&text) {
            distinct.push(text);
        }
    }
    distinct
}

/// The texts rqrr reads in `picture` made black and white by `preparation`,
/// and the corners of each code it found but could not decode.
fn read(picture: Grey, preparation: Preparation) -> (Vec<String>, Vec<[(i32, i32); 4]>) {
    let Grey { width, height, .. } = picture;
    let mut image = match preparation {
        Preparation::RowMean => {
            PreparedImage::prepare_from_greyscale(width, height, |x, y| picture.at(x, y))
        }
        Preparation::SquareMean => {
            let dark = picture.darker_than_surroundings();
            PreparedImage::prepare_from_bitmap(width, height, |x, y| dark[y * width + x])
        }
        Preparation::Inverted => {
            let inverted = picture.inverted();
            PreparedImage::prepare_from_greyscale(width, height, |x, y| inverted[y * width + x])
        }
    };
    let mut texts = Vec::new();
    let mut missed = Vec::new();
    for grid in image.detect_grids() {
        match grid.decode() {
            Ok((_, text)) => texts.push(text),
            Err(_) => missed.push(grid.bounds.map(|p| (p.x, p.y))),
        }
    }
    (texts, missed)
}

/// Whether a code with these corners is small enough to cut out (see
/// [`LARGEST_CUT_OUT`]).
fn small(corners: &[(i32, i32); 4]) -> bool {
    let spread = |values: [i32; 4]| {
        let (low, high) = values.iter().fold((i32::MAX, i32::MIN), |(low, high), &v| {
            (low.min(v), high.max(v))
        });
        i64::from(high) - i64::from(low)
    };
    spread(corners.map(|c| c.0)).max(spread(corners.map(|c| c.1))) <= i64::from(LARGEST_CUT_OUT)
}

/// The luma of each RGBA pixel (Rec. 601 weights in 1/256ths: 77 R + 150 G +
/// 29 B); alpha is ignored, as are trailing bytes short of a pixel.
pub fn luma_from_rgba(rgba: &[u8]) -> Vec<u8> {
    rgba.chunks_exact(4)
        .map(|p| {
            let sum = 77 * u32::from(p[0]) + 150 * u32::from(p[1]) + 29 * u32::from(p[2]);
            ((sum + 128) >> 8) as u8
        })
        .collect()
}
