//! Putting the app on the tablet's home screen: whether it runs from there, and
//! the browser's own install prompt where it offers one (Chromium's
//! `beforeinstallprompt`). Safari on the iPad has no prompt: there a person
//! uses the Share menu, which the UI explains. Not the manifest or the worker.

use js_sys::{Function, Reflect};
use std::cell::RefCell;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

thread_local! {
    /// The browser's deferred install prompt, kept until it is used.
    static PROMPT: RefCell<Option<web_sys::Event>> = const { RefCell::new(None) };
}

/// Whether the app runs from the home screen (its own window), not in a tab.
pub fn is_standalone() -> bool {
    let Some(window) = web_sys::window() else {
        return false;
    };
    let display_mode = Reflect::get(&window, &"matchMedia".into())
        .ok()
        .and_then(|f| f.dyn_into::<Function>().ok())
        .and_then(|f| f.call1(&window, &"(display-mode: standalone)".into()).ok())
        .and_then(|query| Reflect::get(&query, &"matches".into()).ok())
        .and_then(|v| v.as_bool())
        .unwrap_or(false);
    // Safari on iOS and iPadOS says so on the navigator instead.
    let ios_standalone = Reflect::get(&window.navigator(), &"standalone".into())
        .ok()
        .and_then(|v| v.as_bool())
        .unwrap_or(false);
    display_mode || ios_standalone
}

/// Keeps the browser's install prompt when it offers one and calls `available`;
/// calls `installed` once the app is on the home screen.
pub fn listen(available: impl Fn() + 'static, installed: impl Fn() + 'static) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let on_prompt = Closure::<dyn Fn(web_sys::Event)>::new(move |event: web_sys::Event| {
        // Not now: the app shows its own button instead of the browser's bar.
        event.prevent_default();
        PROMPT.with(|p| *p.borrow_mut() = Some(event));
        available();
    });
    let on_installed = Closure::<dyn Fn()>::new(move || {
        PROMPT.with(|p| p.borrow_mut().take());
        installed();
    });
    let _ = window.add_event_listener_with_callback(
        "beforeinstallprompt",
        on_prompt.as_ref().unchecked_ref(),
    );
    let _ = window
        .add_event_listener_with_callback("appinstalled", on_installed.as_ref().unchecked_ref());
    on_prompt.forget();
    on_installed.forget();
}

/// Shows the browser's install prompt kept by [`listen`], once.
pub fn prompt() {
    let Some(event) = PROMPT.with(|p| p.borrow_mut().take()) else {
        return;
    };
    if let Some(show) = Reflect::get(&event, &"prompt".into())
        .ok()
        .and_then(|f| f.dyn_into::<Function>().ok())
    {
        // A promise of the person's choice; `appinstalled` tells the outcome.
        let _ = show.call0(&event);
    }
}
