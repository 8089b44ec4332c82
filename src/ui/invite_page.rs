//! "Deelnemers uitnodigen": a QR code for the app's public address, the address in
//! large text, a copy button and a projector view.

use super::home_screen::HomeScreenHelp;
use super::i18n::{tr, use_app};
use super::links::app_path;
use super::qr_code::QrCode;
use super::shell_status::OfflineCopyStatus;
use crate::i18n::Key;
use crate::model::{AddressWarning, PublicAddress};
use crate::platform::page;
use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos_router::components::A;

/// The invitation page.
#[component]
pub fn InvitePage() -> impl IntoView {
    let state = use_app();
    let address = Memo::new(move |_| {
        state
            .settings()
            .with(|s| s.invite_address.clone())
            .unwrap_or_else(page::app_address)
    });
    let warning = move || {
        PublicAddress::parse(&address.get())
            .ok()
            .and_then(|a| a.warning())
    };
    let copy_result = RwSignal::new(None::<bool>);
    let projecting = RwSignal::new(false);
    let copy = move |_| {
        let text = address.get_untracked();
        spawn_local(async move { copy_result.set(Some(page::copy_text(&text).await)) });
    };
    let open_projector = move |_| {
        projecting.set(true);
        page::enter_full_screen();
    };
    // In the projector view the close button has the focus, so Escape and Enter work.
    let close_button = NodeRef::<leptos::html::Button>::new();
    Effect::new(move |_| {
        if let Some(button) = close_button.get() {
            let _ = button.focus();
        }
    });
    let close_projector = move || {
        projecting.set(false);
        page::leave_full_screen();
    };

    view! {
        <h1>{tr(Key::InviteTitle)}</h1>
        <p class="intro">{tr(Key::InviteIntro)}</p>
        {move || {
            warning()
                .map(|w| {
                    let key = match w {
                        AddressWarning::OnlyThisDevice => Key::WarnLocal,
                        AddressWarning::NotSecure => Key::WarnInsecure,
                    };
                    view! {
                        <p class="banner banner-warning" role="alert">{tr(key)}</p>
                    }
                })
        }}
        <section class="card invite">
            <QrCode text=address fit_screen=true />
            <p class="address">{move || address.get()}</p>
            <OfflineCopyStatus />
            <div class="actions">
                <button type="button" class="primary" on:click=copy>{tr(Key::CopyAddress)}</button>
                <button type="button" on:click=open_projector>{tr(Key::Project)}</button>
                <A href=app_path("/instellingen") attr:class="button">{tr(Key::ChangeAddress)}</A>
            </div>
            <p role="status">
                {move || {
                    copy_result
                        .get()
                        .map(|ok| tr(if ok { Key::Copied } else { Key::CopyFailed })())
                }}
            </p>
        </section>
        <HomeScreenHelp />
        <Show when=move || projecting.get()>
            <div
                class="projector"
                role="dialog"
                aria-modal="true"
                aria-label=tr(Key::InviteTitle)
                on:keydown=move |ev| {
                    if ev.key() == "Escape" {
                        close_projector();
                    }
                }
            >
                <QrCode text=address />
                <p class="address">{move || address.get()}</p>
                <button type="button" node_ref=close_button on:click=move |_| close_projector()>
                    {tr(Key::Dismiss)}
                </button>
            </div>
        </Show>
    }
}
