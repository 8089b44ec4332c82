//! `navigator.storage`: ask to keep data for good, and how much room there is.
//! Both are missing on some browsers; then the answers are `None`.

use js_sys::{Promise, Reflect};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

/// Bytes used and allowed for this site, as the browser estimates them.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Estimate {
    pub usage: f64,
    pub quota: f64,
}

fn storage_manager() -> Option<JsValue> {
    let navigator = web_sys::window()?.navigator();
    let manager = Reflect::get(&navigator, &"storage".into()).ok()?;
    (!manager.is_undefined() && !manager.is_null()).then_some(manager)
}

async fn call(method: &str) -> Option<JsValue> {
    let manager = storage_manager()?;
    let function: js_sys::Function = Reflect::get(&manager, &method.into())
        .ok()?
        .dyn_into()
        .ok()?;
    let promise: Promise = function.call0(&manager).ok()?.dyn_into().ok()?;
    JsFuture::from(promise).await.ok()
}

/// Asks the browser not to clear the app's data under storage pressure.
/// Returns whether the data is persistent now.
pub async fn request_persistence() -> Option<bool> {
    if call("persisted").await?.as_bool() == Some(true) {
        return Some(true);
    }
    call("persist").await?.as_bool()
}

/// The browser's estimate of used and available bytes.
pub async fn estimate() -> Option<Estimate> {
    let result = call("estimate").await?;
    let number = |name: &str| Reflect::get(&result, &name.into()).ok()?.as_f64();
    Some(Estimate {
        usage: number("usage")?,
        quota: number("quota")?,
    })
}
