//! Sharing a file with another app (mail, chat, files) through the Web Share
//! API, where the browser can share files (tablets and phones mostly). Called
//! through JavaScript reflection: the API is missing in many desktop browsers.

use js_sys::{Array, Function, Object, Promise, Reflect};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

/// A file made from text.
fn text_file(name: &str, mime: &str, text: &str) -> Option<web_sys::File> {
    let options = web_sys::FilePropertyBag::new();
    options.set_type(mime);
    let parts = Array::of1(&JsValue::from_str(text));
    web_sys::File::new_with_str_sequence_and_options(&parts, name, &options).ok()
}

/// The navigator's function `name`, if it has one.
fn navigator_function(name: &str) -> Option<(JsValue, Function)> {
    let navigator: JsValue = web_sys::window()?.navigator().into();
    let function = Reflect::get(&navigator, &JsValue::from_str(name))
        .ok()?
        .dyn_into::<Function>()
        .ok()?;
    Some((navigator, function))
}

/// The share data holding one file.
fn share_data(file: &web_sys::File) -> Option<Object> {
    let data = Object::new();
    Reflect::set(&data, &"files".into(), &Array::of1(file)).ok()?;
    Some(data)
}

/// Whether this browser can share a file of this kind.
pub fn can_share_file(mime: &str) -> bool {
    let check = || {
        let (navigator, can_share) = navigator_function("canShare")?;
        let data = share_data(&text_file("verslag.txt", mime, "")?)?;
        can_share.call1(&navigator, &data).ok()?.as_bool()
    };
    check().unwrap_or(false)
}

/// Offers `text` as a file to share; false if the browser cannot or the user
/// closed the share sheet.
pub async fn share_text_file(name: &str, mime: &str, text: &str) -> bool {
    let Some(promise) = (|| {
        let (navigator, share) = navigator_function("share")?;
        let data = share_data(&text_file(name, mime, text)?)?;
        share
            .call1(&navigator, &data)
            .ok()?
            .dyn_into::<Promise>()
            .ok()
    })() else {
        return false;
    };
    JsFuture::from(promise).await.is_ok()
}
