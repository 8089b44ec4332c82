//! Reading a file the user picked or dropped, as bytes, on the device (no
//! upload). The size is checked before anything is read.

use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// Why a file was not read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ReadError {
    /// Larger than the limit given, in bytes.
    TooLarge(usize),
    /// The browser could not read it.
    Unreadable,
}

/// The bytes of `file`, if it is at most `max` bytes.
pub async fn read_bytes(file: &web_sys::File, max: usize) -> Result<Vec<u8>, ReadError> {
    let size = file.size() as usize;
    if size > max {
        return Err(ReadError::TooLarge(size));
    }
    let buffer = JsFuture::from(file.array_buffer())
        .await
        .map_err(|_| ReadError::Unreadable)?;
    Ok(js_sys::Uint8Array::new(&buffer).to_vec())
}

/// The file picked in the file input an event came from, if any. The input is
/// emptied, so the same file can be picked again after a change.
pub fn picked_file(ev: &web_sys::Event) -> Option<web_sys::File> {
    let input = ev.target()?.dyn_into::<web_sys::HtmlInputElement>().ok()?;
    let file = input.files().and_then(|files| files.get(0));
    input.set_value("");
    file
}
