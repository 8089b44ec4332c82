//! A QR code as a picture, for the tests and the benchmark that draw codes as
//! pixels and read them back.

use werktafel::transfer::{QrMatrix, QUIET_ZONE};

/// Whether module (`mx`, `my`) of the drawn code is dark, counted from the
/// picture's corner, so the quiet zone around the code is light.
pub fn dark_in_picture(matrix: &QrMatrix, mx: usize, my: usize) -> bool {
    mx >= QUIET_ZONE && my >= QUIET_ZONE && matrix.is_dark(mx - QUIET_ZONE, my - QUIET_ZONE)
}
