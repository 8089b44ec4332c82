//! Pictures the facilitator picks, decoded and redrawn by the browser: a photo
//! for a persona's avatar becomes a small JPEG (at most [`PHOTO_SIDE`] pixels
//! on its longest side and about [`PHOTO_TARGET_BYTES`], so no byte of the
//! original file is stored); a photo of an answer's QR code becomes the grey
//! pixels the QR reader takes.

use crate::transfer::luma_from_rgba;
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
    let bitmap = open_picture(file).await?;
    let result = draw_small(&bitmap);
    bitmap.close();
    result
}

/// The picked picture as grey pixels (width, height, luma), scaled down to at
/// most `max_side` pixels on its longest side.
pub async fn picture_luma(
    file: &web_sys::File,
    max_side: u32,
) -> Result<(usize, usize, Vec<u8>), PhotoError> {
    let bitmap = open_picture(file).await?;
    let result = scaled_canvas(&bitmap, max_side).and_then(|(_, context, width, height)| {
        let (w, h) = (f64::from(width), f64::from(height));
        let rgba = context
            .get_image_data(0.0, 0.0, w, h)
            .map_err(|_| PhotoError::Unreadable)?
            .data();
        Ok((width as usize, height as usize, luma_from_rgba(&rgba)))
    });
    bitmap.close();
    result
}

/// The picked file decoded as a picture, if it is one within the size limit.
async fn open_picture(file: &web_sys::File) -> Result<web_sys::ImageBitmap, PhotoError> {
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
    JsFuture::from(promise)
        .await
        .map_err(|_| PhotoError::NotAnImage)?
        .dyn_into()
        .map_err(|_| PhotoError::NotAnImage)
}

/// A canvas, its context, and the width and height drawn on it.
type Drawn = (
    web_sys::HtmlCanvasElement,
    web_sys::CanvasRenderingContext2d,
    u32,
    u32,
);

/// A canvas with the picture drawn on it at most `max_side` pixels on its
/// longest side, on white (a JPEG and a QR code need no transparency).
fn scaled_canvas(bitmap: &web_sys::ImageBitmap, max_side: u32) -> Result<Drawn, PhotoError> {
    let (width, height) = (bitmap.width(), bitmap.height());
    if width == 0 || height == 0 {
        return Err(PhotoError::NotAnImage);
    }
    let scale = (f64::from(max_side) / f64::from(width.max(height))).min(1.0);
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
    Ok((canvas, context, target_width, target_height))
}

fn draw_small(bitmap: &web_sys::ImageBitmap) -> Result<String, PhotoError> {
    let (canvas, ..) = scaled_canvas(bitmap, PHOTO_SIDE)?;
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
