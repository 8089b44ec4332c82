//! The app's own state as an installed, offline-capable app: online or offline,
//! ready to work offline, a new version waiting, on the home screen or in a tab.

use super::i18n::tr;
use crate::i18n::Key;
use crate::platform::{home_screen, page, service_worker};
use leptos::prelude::*;

/// Signals about the app itself, provided as context.
#[derive(Clone, Copy)]
pub struct ShellStatus {
    pub online: RwSignal<bool>,
    /// Shown once: the first install cached every file.
    pub offline_ready: RwSignal<bool>,
    /// A new version is installed and waits for "Herladen".
    pub update_ready: RwSignal<bool>,
    /// The app runs from the home screen, not in a browser tab.
    pub standalone: bool,
    /// The browser's own install prompt (Safari has none).
    pub install_prompt: RwSignal<InstallPrompt>,
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
    /// Starts listening to the network and registers the service worker.
    pub fn start() -> Self {
        let status = Self {
            online: RwSignal::new(page::is_online()),
            offline_ready: RwSignal::new(false),
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
        let (offline_ready, update_ready) = (status.offline_ready, status.update_ready);
        service_worker::register(
            move || offline_ready.set(true),
            move || update_ready.set(true),
        );
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

/// The update banner and the one-time "ready offline" notice.
#[component]
pub fn ShellBanners() -> impl IntoView {
    let shell = use_shell();
    view! {
        <Show when=move || shell.update_ready.get()>
            <section class="banner banner-info" role="status">
                <p>{tr(Key::UpdateReady)}</p>
                <div class="actions">
                    <button
                        type="button"
                        class="primary"
                        on:click=|_| service_worker::activate_waiting_version()
                    >
                        {tr(Key::Reload)}
                    </button>
                </div>
            </section>
        </Show>
        <Show when=move || shell.offline_ready.get()>
            <section class="banner banner-info" role="status">
                <p>{tr(Key::OfflineReady)}</p>
                <div class="actions">
                    <button type="button" on:click=move |_| shell.offline_ready.set(false)>
                        {tr(Key::Dismiss)}
                    </button>
                </div>
            </section>
        </Show>
    }
}
