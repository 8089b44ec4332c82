//! Keeps the tablet's screen on while a round runs (the Screen Wake Lock API,
//! where the browser has it). The browser drops the lock when the page is
//! hidden, so it is asked for again when the page comes back.

use js_sys::{Function, Promise, Reflect};
use std::cell::RefCell;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::{spawn_local, JsFuture};

thread_local! {
    /// Whether the app wants the screen on, and the lock it holds.
    static WANTED: RefCell<bool> = const { RefCell::new(false) };
    static SENTINEL: RefCell<Option<JsValue>> = const { RefCell::new(None) };
    static LISTENING: RefCell<bool> = const { RefCell::new(false) };
}

/// Asks to keep the screen on (`true`) or lets it sleep again (`false`).
pub fn keep_screen_on(on: bool) {
    WANTED.with(|w| *w.borrow_mut() = on);
    if on {
        listen_for_return();
        request();
    } else {
        release();
    }
}

fn request() {
    let has_lock = SENTINEL.with(|s| s.borrow().is_some());
    if has_lock {
        return;
    }
    let Some(promise) = call_request() else {
        return;
    };
    spawn_local(async move {
        if let Ok(sentinel) = JsFuture::from(promise).await {
            let still_wanted = WANTED.with(|w| *w.borrow());
            if still_wanted {
                SENTINEL.with(|s| *s.borrow_mut() = Some(sentinel));
            } else {
                release_sentinel(&sentinel);
            }
        }
    });
}

/// `navigator.wakeLock.request("screen")`, if the browser has it.
fn call_request() -> Option<Promise> {
    let navigator = web_sys::window()?.navigator();
    let wake_lock = Reflect::get(&navigator, &"wakeLock".into()).ok()?;
    if wake_lock.is_undefined() {
        return None;
    }
    let request = Reflect::get(&wake_lock, &"request".into()).ok()?;
    let request = request.dyn_into::<Function>().ok()?;
    request
        .call1(&wake_lock, &"screen".into())
        .ok()?
        .dyn_into()
        .ok()
}

fn release() {
    if let Some(sentinel) = SENTINEL.with(|s| s.borrow_mut().take()) {
        release_sentinel(&sentinel);
    }
}

fn release_sentinel(sentinel: &JsValue) {
    if let Ok(release) = Reflect::get(sentinel, &"release".into()) {
        if let Ok(release) = release.dyn_into::<Function>() {
            let _ = release.call0(sentinel);
        }
    }
}

/// Once per page: when the page is shown again, the lost lock is asked for again.
fn listen_for_return() {
    if LISTENING.with(|l| l.replace(true)) {
        return;
    }
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let on_visibility = Closure::<dyn Fn()>::new(move || {
        let visible = web_sys::window()
            .and_then(|w| w.document())
            .is_some_and(|d| d.visibility_state() == web_sys::VisibilityState::Visible);
        if visible && WANTED.with(|w| *w.borrow()) {
            // The browser released the old lock when the page was hidden.
            SENTINEL.with(|s| s.borrow_mut().take());
            request();
        }
    });
    let _ = document.add_event_listener_with_callback(
        "visibilitychange",
        on_visibility.as_ref().unchecked_ref(),
    );
    on_visibility.forget();
}
