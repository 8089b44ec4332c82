//! Saving a text or bytes as a file on the device (a download), with no
//! network involved.

use wasm_bindgen::{JsCast, JsValue};

/// Offers `text` as a file called `file_name`. Returns false if the browser refused.
pub fn download_text(file_name: &str, mime: &str, text: &str) -> bool {
    try_download(file_name, mime, &text.into()).is_some()
}

/// Offers `bytes` as a file called `file_name`. Returns false if the browser refused.
pub fn download_bytes(file_name: &str, mime: &str, bytes: &[u8]) -> bool {
    let array = js_sys::Uint8Array::from(bytes);
    try_download(file_name, mime, &array.into()).is_some()
}

fn try_download(file_name: &str, mime: &str, content: &JsValue) -> Option<()> {
    let document = web_sys::window()?.document()?;
    // A blob is made of parts; a part may be a string or bytes.
    let parts = js_sys::Array::of1(content);
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let blob = web_sys::Blob::new_with_u8_array_sequence_and_options(&parts, &options).ok()?;
    let url = web_sys::Url::create_object_url_with_blob(&blob).ok()?;
    let anchor: web_sys::HtmlAnchorElement = document.create_element("a").ok()?.dyn_into().ok()?;
    anchor.set_href(&url);
    anchor.set_download(file_name);
    anchor.click();
    // The click has started the download; the URL is no longer needed.
    let _ = web_sys::Url::revoke_object_url(&url);
    Some(())
}
