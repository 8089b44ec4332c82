//! Small page-level browser facts and actions: online state, the app's address,
//! the clipboard and full screen.

use js_sys::Reflect;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// Whether the browser thinks it has a network (true when it cannot tell).
pub fn is_online() -> bool {
    web_sys::window()
        .map(|w| w.navigator().on_line())
        .unwrap_or(true)
}

/// The address the app is published at: the document's base (`<base href>`),
/// e.g. `https://host/werktafel/`.
pub fn app_address() -> String {
    web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.base_uri().ok().flatten())
        .unwrap_or_default()
}

/// Names the page's language (`nl`, `en`) for screen readers and hyphenation.
pub fn set_document_language(code: &str) {
    if let Some(root) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
    {
        let _ = root.set_attribute("lang", code);
    }
}

/// Copies text to the clipboard; returns whether it worked.
pub async fn copy_text(text: &str) -> bool {
    let Some(window) = web_sys::window() else {
        return false;
    };
    let navigator = window.navigator();
    let Ok(clipboard) = Reflect::get(&navigator, &"clipboard".into()) else {
        return false;
    };
    let Ok(write) = Reflect::get(&clipboard, &"writeText".into()) else {
        return false;
    };
    let Ok(write) = write.dyn_into::<js_sys::Function>() else {
        return false;
    };
    let Ok(promise) = write.call1(&clipboard, &text.into()) else {
        return false;
    };
    let Ok(promise) = promise.dyn_into::<js_sys::Promise>() else {
        return false;
    };
    JsFuture::from(promise).await.is_ok()
}

/// Asks for full screen on the whole page where the browser allows it.
pub fn enter_full_screen() {
    call_on_document_element("requestFullscreen");
}

/// Whether the page is in full screen now (never where the browser has no
/// full screen for a page, as on an iPad).
pub fn is_full_screen() -> bool {
    web_sys::window()
        .and_then(|w| w.document())
        .and_then(|document| Reflect::get(&document, &"fullscreenElement".into()).ok())
        .is_some_and(|e| !e.is_null() && !e.is_undefined())
}

/// Leaves full screen if the page is in it.
pub fn leave_full_screen() {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    if is_full_screen() {
        if let Ok(exit) = Reflect::get(&document, &"exitFullscreen".into()) {
            if let Ok(exit) = exit.dyn_into::<js_sys::Function>() {
                let _ = exit.call0(&document);
            }
        }
    }
}

fn call_on_document_element(method: &str) {
    let Some(element) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
    else {
        return;
    };
    if let Ok(function) = Reflect::get(&element, &method.into()) {
        if let Ok(function) = function.dyn_into::<js_sys::Function>() {
            // Returns a promise that rejects where full screen is not allowed; the
            // projector view works without it.
            let _ = function.call0(&element);
        }
    }
}

/// Scrolls the page so the first element matching `selector` starts at the
/// top of the screen, once the page is drawn after the change that calls it.
pub fn scroll_to_top_of(selector: &'static str) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let scroll = wasm_bindgen::closure::Closure::once_into_js(move || {
        let element = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.query_selector(selector).ok().flatten());
        if let Some(element) = element {
            element.scroll_into_view();
        }
    });
    let _ = window.request_animation_frame(scroll.unchecked_ref());
}

/// Opens the browser's print dialog (where the tablet offers "save as PDF").
pub fn print() {
    if let Some(window) = web_sys::window() {
        let _ = window.print();
    }
}
