//! What a person sees if the app hits a bug: a plain message instead of a frozen
//! screen. Stored data is untouched, since every change was saved when it was made.

use crate::i18n::{Key, Language};

/// Logs panics to the console and shows the crash message from `index.html`.
pub fn install_panic_hook() {
    std::panic::set_hook(Box::new(|info| {
        console_error_panic_hook::hook(info);
        show_crash_message();
    }));
}

fn show_crash_message() {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let language = match document
        .document_element()
        .and_then(|e| e.get_attribute("lang"))
    {
        Some(code) if code == Language::En.code() => Language::En,
        _ => Language::Nl,
    };
    if let Some(element) = document.get_element_by_id("crash") {
        element.set_text_content(Some(Key::CrashMessage.text(language)));
        let _ = element.remove_attribute("hidden");
    }
}
