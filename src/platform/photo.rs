//! Turns a photo the facilitator picks into a small JPEG for a persona's avatar:
//! at most [`PHOTO_SIDE`] pixels on its longest side and about
//! [`PHOTO_TARGET_BYTES`], decoded and redrawn by the browser, so no byte of the
//! original file is stored.

use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

/// Largest file accepted, in bytes: any phone photo fits, a video does not.
pub const MAX_PHOTO_FILE_BYTES: f64 = 10.0 * 1024.0 * 1024.0;
/// Longest side of the stored photo, in pixels: sharp on a card, small in storage.
pub const PHOTO_SIDE: u32 = 256;
/// The stored photo's size to aim for, in bytes.
pub const PHOTO_TARGET_BYTES: usize = 60_000;
/// JPEG qualities tried in turn until the photo is small enough.
const QUALITIES: [f64; 5] = [0.85, 0.7, 0.55, 0.4, 0.25];

/// Why a picked file did not become a photo.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PhotoError {
    NotAnImage,
    TooLarge,
    Unreadable,
}

/// The picked file as a small JPEG `data:` address.
pub async fn scale_photo(file: &web_sys::File) -> Result<String, PhotoError> {
    if !file.type_().starts_with("image/") {
        return Err(PhotoError::NotAnImage);
    }
    if file.size() > MAX_PHOTO_FILE_BYTES {
        return Err(PhotoError::TooLarge);
    }
    let window = web_sys::window().ok_or(PhotoError::Unreadable)?;
    let promise = window
        .create_image_bitmap_with_blob(file)
        .map_err(|_| PhotoError::NotAnImage)?;
    let bitmap: web_sys::ImageBitmap = JsFuture::from(promise)
        .await
        .map_err(|_| PhotoError::NotAnImage)?
        .dyn_into()
        .map_err(|_| PhotoError::NotAnImage)?;
    let result = draw_small(&bitmap);
    bitmap.close();
    result
}

fn draw_small(bitmap: &web_sys::ImageBitmap) -> Result<String, PhotoError> {
    let (width, height) = (bitmap.width(), bitmap.height());
    if width == 0 || height == 0 {
        return Err(PhotoError::NotAnImage);
    }
    let scale = (f64::from(PHOTO_SIDE) / f64::from(width.max(height))).min(1.0);
    let side = |pixels: u32| ((f64::from(pixels) * scale).round() as u32).max(1);
    let (target_width, target_height) = (side(width), side(height));

    let canvas: web_sys::HtmlCanvasElement = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.create_element("canvas").ok())
        .and_then(|e| e.dyn_into().ok())
        .ok_or(PhotoError::Unreadable)?;
    canvas.set_width(target_width);
    canvas.set_height(target_height);
    let context: web_sys::CanvasRenderingContext2d = canvas
        .get_context("2d")
        .ok()
        .flatten()
        .and_then(|c| c.dyn_into().ok())
        .ok_or(PhotoError::Unreadable)?;
    // JPEG has no transparency: a transparent picture gets a white background.
    context.set_fill_style_str("#ffffff");
    context.fill_rect(0.0, 0.0, f64::from(target_width), f64::from(target_height));
    context
        .draw_image_with_image_bitmap_and_dw_and_dh(
            bitmap,
            0.0,
            0.0,
            f64::from(target_width),
            f64::from(target_height),
        )
        .map_err(|_| PhotoError::Unreadable)?;

    let mut smallest = None;
    for quality in QUALITIES {
        let url = canvas
            .to_data_url_with_type_and_encoder_options("image/jpeg", &JsValue::from_f64(quality))
            .map_err(|_| PhotoError::Unreadable)?;
        let small_enough = decoded_bytes(&url) <= PHOTO_TARGET_BYTES;
        smallest = Some(url);
        if small_enough {
            break;
        }
    }
    smallest.ok_or(PhotoError::Unreadable)
}

/// The size of the image inside a base64 `data:` address.
fn decoded_bytes(data_url: &str) -> usize {
    let payload = data_url.split_once(',').map_or("", |(_, p)| p);
    payload.len() / 4 * 3
}
