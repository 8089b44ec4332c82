//! Reading QR codes from a camera frame, natively (no browser types): the
//! scanner's way where the browser has no `BarcodeDetector`. The `rqrr` crate
//! finds and decodes the codes: a copy of rqrr 0.10.1 with its panics on odd
//! frames taken out (vendor/rqrr/WERKTAFEL.md), as a panic would stop the app.

/// The longest side of a frame read. The patched rqrr keeps points within
/// ±8192 pixels, twice this; the camera reads frames of at most 640.
const LONGEST_SIDE: usize = 4096;

/// The text of every QR code in a greyscale frame of `width` × `height`
/// pixels (row-major, one byte per pixel, 0 is black). Codes that fail to
/// decode or hold text that is not UTF-8 are left out; a `luma` of the wrong
/// length, or a side over 4096 pixels, gives nothing.
pub fn read_qr_codes(width: usize, height: usize, luma: &[u8]) -> Vec<String> {
    if luma.is_empty()
        || width.max(height) > LONGEST_SIDE
        || width.checked_mul(height) != Some(luma.len())
    {
        return Vec::new();
    }
    let mut image =
        rqrr::PreparedImage::prepare_from_greyscale(width, height, |x, y| luma[y * width + x]);
    image
        .detect_grids()
        .into_iter()
        .filter_map(|grid| grid.decode().ok())
        .map(|(_, text)| text)
        .collect()
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
