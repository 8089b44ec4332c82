//! Registering the service worker (`sw.js` next to `index.html`) and hearing when
//! the app is ready offline or a new version waits. Nothing reloads by itself:
//! a waiting version takes over only through [`activate_waiting_version`].

use js_sys::Reflect;
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::{ServiceWorkerContainer, ServiceWorkerRegistration, ServiceWorkerState};

/// The message `sw.js` answers by taking over.
const ACTIVATE_MESSAGE: &str = "werktafel-activate-update";

fn container() -> Option<ServiceWorkerContainer> {
    let navigator = web_sys::window()?.navigator();
    // Missing on plain http (except localhost) and in some private modes.
    let present = Reflect::has(&navigator, &"serviceWorker".into()).unwrap_or(false);
    present.then(|| navigator.service_worker())
}

fn base_uri() -> Option<String> {
    web_sys::window()?.document()?.base_uri().ok().flatten()
}

/// What the service worker has to say about this device's offline copy.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum WorkerEvent {
    /// Every file is cached; `first_visit` when that happened just now.
    Ready { first_visit: bool },
    /// No service worker here (plain http, some private windows) or it failed to register.
    Unavailable,
    /// A newer version is installed and waits.
    UpdateWaiting,
}

/// Whether this page was started by the service worker (its copy of every file
/// is there, so loading more of the app costs no network).
pub fn controls_page() -> bool {
    container().and_then(|c| c.controller()).is_some()
}

/// Registers the worker and reports to `on_event` as it goes.
pub fn register(on_event: impl Fn(WorkerEvent) + 'static) {
    let (Some(container), Some(base)) = (container(), base_uri()) else {
        on_event(WorkerEvent::Unavailable);
        return;
    };
    let on_event = Rc::new(on_event);
    let first_visit = container.controller().is_none();
    wasm_bindgen_futures::spawn_local(async move {
        let Ok(script) = web_sys::Url::new_with_base("sw.js", &base) else {
            return on_event(WorkerEvent::Unavailable);
        };
        let options = web_sys::RegistrationOptions::new();
        options.set_scope(&base);
        let registered = JsFuture::from(container.register_with_options(&script.href(), &options));
        // A browser that blocks workers may answer with no registration at all.
        let Some(registration) = registered
            .await
            .ok()
            .and_then(|value| value.dyn_into::<ServiceWorkerRegistration>().ok())
        else {
            return on_event(WorkerEvent::Unavailable);
        };
        if !first_visit && registration.waiting().is_some() {
            on_event(WorkerEvent::UpdateWaiting);
        }
        let on_update = on_event.clone();
        watch_updates(&registration, move || on_update(WorkerEvent::UpdateWaiting));
        let ready = match container.ready() {
            Ok(ready) => JsFuture::from(ready).await.is_ok(),
            Err(_) => false,
        };
        on_event(if ready {
            WorkerEvent::Ready { first_visit }
        } else {
            WorkerEvent::Unavailable
        });
    });
}

/// Calls `on_update_ready` when a new worker finishes installing while an older one
/// controls the page.
fn watch_updates(registration: &ServiceWorkerRegistration, on_update_ready: impl Fn() + 'static) {
    let on_update_ready = Rc::new(on_update_ready);
    let registration_for_closure = registration.clone();
    let on_update_found = Closure::<dyn Fn()>::new(move || {
        let Some(installing) = registration_for_closure.installing() else {
            return;
        };
        let worker = installing.clone();
        let on_update_ready = on_update_ready.clone();
        let on_state_change = Closure::<dyn Fn()>::new(move || {
            let has_controller = container().and_then(|c| c.controller()).is_some();
            if worker.state() == ServiceWorkerState::Installed && has_controller {
                on_update_ready();
            }
        });
        installing.set_onstatechange(Some(on_state_change.as_ref().unchecked_ref()));
        on_state_change.forget();
    });
    registration.set_onupdatefound(Some(on_update_found.as_ref().unchecked_ref()));
    // Lives as long as the page.
    on_update_found.forget();
}

/// Lets the waiting version take over, then reloads the page once it controls it.
pub fn activate_waiting_version() {
    let Some(container) = container() else { return };
    let reload = Closure::<dyn Fn()>::new(|| {
        if let Some(window) = web_sys::window() {
            let _ = window.location().reload();
        }
    });
    container.set_oncontrollerchange(Some(reload.as_ref().unchecked_ref()));
    reload.forget();
    wasm_bindgen_futures::spawn_local(async move {
        let Ok(registration) = JsFuture::from(container.get_registration()).await else {
            return;
        };
        let registration: ServiceWorkerRegistration = registration.unchecked_into();
        if let Some(waiting) = registration.waiting() {
            let message = js_sys::Object::new();
            let _ = Reflect::set(&message, &"type".into(), &ACTIVATE_MESSAGE.into());
            let _ = waiting.post_message(&message);
        }
    });
}
