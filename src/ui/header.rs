//! The header: app name, navigation, the free timer, save indicator and
//! language switch.

use super::free_timer::FreeTimerControl;
use super::i18n::{tr, use_app};
use super::links::app_path;
use super::shell_status::NetworkIndicator;
use super::state::SaveStatus;
use crate::i18n::{CommonMsg, Key, Language};
use leptos::prelude::*;
use leptos_router::components::A;

/// The top bar of every page.
#[component]
pub fn Header() -> impl IntoView {
    let state = use_app();
    let other_language = move || match state.language() {
        Language::Nl => Language::En,
        Language::En => Language::Nl,
    };
    view! {
        <header class="app-header">
            <A href=app_path("/") attr:class="brand">{tr(Key::AppName)}</A>
            <nav aria-label=tr(Key::NavMain)>
                <A href=app_path("/")>{tr(Key::NavWorkshops)}</A>
                <A href=app_path("/personas")>{tr(Key::NavPersonas)}</A>
                <A href=app_path("/methoden")>{tr(crate::i18n::ProgrammeKey::LibraryNav)}</A>
                <A href=app_path("/uitnodigen")>{tr(Key::NavInvite)}</A>
                <A href=app_path("/instellingen")>{tr(Key::NavSettings)}</A>
            </nav>
            <FreeTimerControl />
            <NetworkIndicator />
            <SaveIndicator />
            <button
                type="button"
                class="language-switch"
                aria-label=tr(Key::SwitchLanguageLabel)
                on:click=move |_| state.set_language(other_language())
            >
                {tr(Key::SwitchLanguage)}
            </button>
        </header>
    }
}

/// "Opgeslagen" or "Niet opgeslagen: …", announced politely to screen readers.
#[component]
fn SaveIndicator() -> impl IntoView {
    let state = use_app();
    let text = move || {
        let language = state.language();
        match state.save_status() {
            SaveStatus::Saved => Key::SaveSaved.text(language).to_string(),
            SaveStatus::Failed(failure) => CommonMsg::SaveFailed {
                reason: failure.reason().text(language).to_string(),
            }
            .text(language),
        }
    };
    let failed = move || matches!(state.save_status(), SaveStatus::Failed(_));
    view! {
        <p class="save-indicator" class:failed=failed role="status" aria-live="polite">
            {text}
        </p>
    }
}
