//! The app's own state as an installed, offline-capable app: online or offline,
//! ready to work offline, a new version waiting, on the home screen or in a tab.

use super::i18n::tr;
use crate::i18n::Key;
use crate::platform::service_worker::{self, WorkerEvent};
use crate::platform::{home_screen, page};
use leptos::prelude::*;

/// Signals about the app itself, provided as context.
#[derive(Clone, Copy)]
pub struct ShellStatus {
    pub online: RwSignal<bool>,
    /// Whether this device keeps a copy of the app for use without internet.
    pub offline_copy: RwSignal<OfflineCopy>,
    /// A new version is installed and waits for "Herladen".
    pub update_ready: RwSignal<bool>,
    /// The app runs from the home screen, not in a browser tab.
    pub standalone: bool,
    /// The browser's own install prompt (Safari has none).
    pub install_prompt: RwSignal<InstallPrompt>,
}

/// Whether the app works on this device without internet.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum OfflineCopy {
    /// The service worker is still caching (or has not said yet).
    Preparing,
    /// Every file is cached: the app starts with no network.
    Ready,
    /// This browser keeps no copy (no service worker, or it failed).
    Unavailable,
}

/// Where the browser's own install prompt stands.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum InstallPrompt {
    /// Never offered: Safari, or a browser that does not think it installable.
    NotOffered,
    /// Offered and kept for the button.
    Ready,
    /// Shown once; the browser may offer it again.
    Used,
}

impl ShellStatus {
    /// Starts listening to the network and registers the service worker;
    /// `on_first_ready` runs when the first visit has just cached every file.
    pub fn start(on_first_ready: impl Fn() + 'static) -> Self {
        let status = Self {
            online: RwSignal::new(page::is_online()),
            offline_copy: RwSignal::new(OfflineCopy::Preparing),
            update_ready: RwSignal::new(false),
            standalone: home_screen::is_standalone(),
            install_prompt: RwSignal::new(InstallPrompt::NotOffered),
        };
        let prompt = status.install_prompt;
        home_screen::listen(
            move || prompt.set(InstallPrompt::Ready),
            move || prompt.set(InstallPrompt::Used),
        );
        let online = status.online;
        let _ = window_event_listener(leptos::ev::online, move |_| online.set(true));
        let _ = window_event_listener(leptos::ev::offline, move |_| online.set(false));
        let (offline_copy, update_ready) = (status.offline_copy, status.update_ready);
        service_worker::register(move |event| match event {
            WorkerEvent::Ready { first_visit } => {
                offline_copy.set(OfflineCopy::Ready);
                if first_visit {
                    on_first_ready();
                }
            }
            WorkerEvent::Unavailable => offline_copy.set(OfflineCopy::Unavailable),
            WorkerEvent::UpdateWaiting => update_ready.set(true),
        });
        status
    }
}

pub fn use_shell() -> ShellStatus {
    expect_context::<ShellStatus>()
}

/// "Online" / "Offline" in the header; screen readers hear "Netwerk: Online".
#[component]
pub fn NetworkIndicator() -> impl IntoView {
    let shell = use_shell();
    let text = move || {
        if shell.online.get() {
            Key::NetworkOnline
        } else {
            Key::NetworkOffline
        }
    };
    view! {
        <p class="network" class:offline=move || !shell.online.get() role="status">
            <span class="dot" aria-hidden="true"></span>
            <span class="visually-hidden">{tr(Key::NetworkLabel)}</span>
            {move || tr(text())()}
        </p>
    }
}

/// "Nieuwe versie beschikbaar" with "Herladen" and "Later". It comes whenever the
/// service worker is done, so it sits in the fixed bottom stack, never above the page.
#[component]
pub fn UpdateBanner() -> impl IntoView {
    let shell = use_shell();
    view! {
        <Show when=move || shell.update_ready.get()>
            <section class="banner banner-info update-banner" role="status">
                <p>{tr(Key::UpdateReady)}</p>
                <div class="actions">
                    <button
                        type="button"
                        class="primary"
                        on:click=|_| service_worker::activate_waiting_version()
                    >
                        {tr(Key::Reload)}
                    </button>
                    <button type="button" on:click=move |_| shell.update_ready.set(false)>
                        {tr(Key::Later)}
                    </button>
                </div>
            </section>
        </Show>
    }
}

/// One line saying whether the app works on this device without internet.
#[component]
pub fn OfflineCopyStatus() -> impl IntoView {
    let shell = use_shell();
    let key = move || match shell.offline_copy.get() {
        OfflineCopy::Preparing => Key::OfflineCopyPreparing,
        OfflineCopy::Ready => Key::OfflineCopyReady,
        OfflineCopy::Unavailable => Key::OfflineCopyUnavailable,
    };
    view! {
        <p
            class="offline-copy"
            class:ready=move || shell.offline_copy.get() == OfflineCopy::Ready
            role="status"
        >
            {move || tr(key())()}
        </p>
    }
}
