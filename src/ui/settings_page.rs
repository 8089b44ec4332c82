//! Settings: language, storage figures, the home screen, backup, data set aside,
//! and erasing everything.

use super::backup_choice::BackupChoice;
use super::home_screen::HomeScreenHelp;
use super::i18n::{address_message, tr, use_app, Msg};
use super::import_panel::ImportPanel;
use super::last_exported::LastExported;
use super::shell_status::OfflineCopyStatus;
use crate::i18n::{CommonMsg, Key, Language};
use crate::model::{Workshop, Workshops};
use crate::platform::{download, page, storage_manager};
use crate::store::{Entity, PartKey, QuarantinedValue, SetAside};
use leptos::prelude::*;
use leptos::task::spawn_local;

/// The settings page.
#[component]
pub fn SettingsPage() -> impl IntoView {
    view! {
        <h1>{tr(Key::SettingsTitle)}</h1>
        <LanguageSection />
        <AddressSection />
        <StorageSection />
        <HomeScreenHelp />
        <BackupSection />
        <QuarantineSection />
        <EraseSection />
    }
}

#[component]
fn LanguageSection() -> impl IntoView {
    let state = use_app();
    let option = move |language: Language, label: Key| {
        view! {
            <label class="choice">
                <input
                    type="radio"
                    name="language"
                    prop:checked=move || state.language() == language
                    on:change=move |_| state.set_language(language)
                />
                {tr(label)}
            </label>
        }
    };
    view! {
        <section class="card">
            <fieldset>
                <legend>{tr(Key::LanguageHeading)}</legend>
                {option(Language::Nl, Key::LangNl)}
                {option(Language::En, Key::LangEn)}
            </fieldset>
        </section>
    }
}

/// The public address the invitation QR code points to.
#[component]
fn AddressSection() -> impl IntoView {
    let state = use_app();
    let typed = RwSignal::new(
        state
            .settings()
            .with_untracked(|s| s.invite_address.clone())
            .unwrap_or_default(),
    );
    let outcome = RwSignal::new(None::<Result<(), Key>>);
    let save = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let result = state
            .set_invite_address(&typed.get_untracked())
            .map_err(address_message);
        outcome.set(Some(result));
    };
    let reset = move |_| {
        typed.set(String::new());
        outcome.set(Some(state.set_invite_address("").map_err(address_message)));
    };
    let in_use = move || {
        let address = state
            .settings()
            .with(|s| s.invite_address.clone())
            .unwrap_or_else(page::app_address);
        CommonMsg::AddressInUse { address }.text(state.language())
    };
    view! {
        <form class="card form" on:submit=save novalidate>
            <h2>{tr(Key::AddressHeading)}</h2>
            <p>{tr(Key::AddressText)}</p>
            <p class="address-in-use">{in_use}</p>
            <label for="invite-address">{tr(Key::AddressLabel)}</label>
            <input
                id="invite-address"
                type="url"
                inputmode="url"
                autocomplete="off"
                placeholder="https://"
                bind:value=typed
            />
            {move || match outcome.get() {
                Some(Err(key)) => {
                    view! { <p class="form-error" role="alert">{tr(key)}</p> }.into_any()
                }
                Some(Ok(())) => view! { <p role="status">{tr(Key::AddressSaved)}</p> }.into_any(),
                None => ().into_any(),
            }}
            <div class="actions">
                <button type="submit" class="primary">{tr(Key::SaveAddress)}</button>
                <button type="button" on:click=reset>{tr(Key::ResetAddress)}</button>
            </div>
        </form>
    }
}

/// Bytes as people of the language read them: "512 kB", "1,2 MB" (Dutch) or "1.2 MB".
fn human_bytes(bytes: f64, language: Language) -> String {
    let text = if bytes < 1_000_000.0 {
        format!("{:.0} kB", bytes / 1000.0)
    } else if bytes < 1_000_000_000.0 {
        format!("{:.1} MB", bytes / 1_000_000.0)
    } else {
        format!("{:.1} GB", bytes / 1_000_000_000.0)
    };
    match language {
        Language::Nl => text.replace('.', ","),
        Language::En => text,
    }
}

#[component]
fn StorageSection() -> impl IntoView {
    let state = use_app();
    let estimate = RwSignal::new(None);
    spawn_local(async move { estimate.set(storage_manager::estimate().await) });
    let app_usage = move || {
        // Re-read whenever the data changes.
        state.workshops().track();
        state.settings().track();
        // localStorage holds UTF-16: two bytes per code unit.
        let kb = (state.units_used() * 2).div_ceil(1000);
        CommonMsg::StorageAppUsage { kb: kb.to_string() }.text(state.language())
    };
    let estimate_text = move || {
        let language = state.language();
        match estimate.get() {
            Some(e) => CommonMsg::StorageEstimate {
                used: human_bytes(e.usage, language),
                quota: human_bytes(e.quota, language),
            }
            .text(language),
            None => Key::StorageEstimateUnknown.text(language).to_string(),
        }
    };
    let persistence = move || match state.persistent() {
        Some(true) => Key::PersistGranted,
        _ => Key::PersistNotGranted,
    };
    view! {
        <section class="card">
            <h2>{tr(Key::StorageHeading)}</h2>
            <p>{app_usage}</p>
            <p>{estimate_text}</p>
            <p>{move || persistence().text(state.language())}</p>
            <OfflineCopyStatus />
        </section>
    }
}

#[component]
fn BackupSection() -> impl IntoView {
    let state = use_app();
    view! {
        <section class="card">
            <h2>{tr(Key::BackupHeading)}</h2>
            <p>{tr(Key::BackupText)}</p>
            <LastExported />
            <button type="button" class="primary" on:click=move |_| state.download_backup()>
                {tr(Key::DownloadEverything)}
            </button>
            <BackupChoice />
        </section>
        <ImportPanel />
    }
}

#[component]
fn QuarantineSection() -> impl IntoView {
    let state = use_app();
    let any_unreadable = move || {
        state
            .quarantined()
            .iter()
            .any(|value| value.why == SetAside::Unreadable)
    };
    view! {
        <section class="card">
            <h2>{tr(Key::QuarantineHeading)}</h2>
            <Show
                when=move || !state.quarantined().is_empty()
                fallback=|| view! { <p>{tr(Key::QuarantineNone)}</p> }
            >
                <Show when=any_unreadable>
                    <p>{tr(Key::QuarantineText)}</p>
                </Show>
                <ul class="quarantine-list">
                    <For
                        each=move || state.quarantined()
                        key=|value| value.key.clone()
                        children=move |value| {
                            let key = value.key.clone();
                            let file_name = format!("{}.txt", key.replace(':', "_"));
                            let text = value.text.clone();
                            view! {
                                <li>
                                    <SetAsideWhat value=value />
                                    <div class="actions">
                                        <button
                                            type="button"
                                            on:click=move |_| {
                                                download::download_text(&file_name, "text/plain", &text);
                                            }
                                        >
                                            {tr(Key::Download)}
                                        </button>
                                        <button
                                            type="button"
                                            class="danger"
                                            on:click=move |_| {
                                                state.discard_quarantined(&key);
                                            }
                                        >
                                            {tr(Key::Discard)}
                                        </button>
                                    </div>
                                </li>
                            }
                        }
                    />
                </ul>
            </Show>
        </section>
    }
}

/// What a value set aside is: an unreadable value's original key, or what an
/// orphan part belongs to and why it is kept.
#[component]
fn SetAsideWhat(value: QuarantinedValue) -> impl IntoView {
    let state = use_app();
    match value.why {
        SetAside::Unreadable => {
            let label = Msg::from(CommonMsg::QuarantineItem { key: value.key });
            view! { <code>{move || label.text(state.language())}</code> }.into_any()
        }
        SetAside::Orphan(part) => {
            let belongs_to = move || {
                let name = state
                    .workshops()
                    .with(|workshops| orphan_of(&part, workshops));
                name.text(state.language())
            };
            view! {
                <p>{belongs_to}</p>
                <p>{tr(Key::OrphanWhy)}</p>
            }
            .into_any()
        }
    }
}

/// What an orphan part belongs to: its workshop's title and its table or
/// group, as far as they are still here.
fn orphan_of(part: &PartKey, workshops: &Workshops) -> Msg {
    let workshop = (part.kind == Workshop::KIND)
        .then(|| part.id.parse().ok())
        .flatten()
        .and_then(|id| workshops.get(id));
    let Some(workshop) = workshop else {
        return Key::OrphanOfGone.into();
    };
    let title = workshop.title.clone();
    let name = workshop
        .activities
        .iter()
        .find(|activity| activity.id.as_str() == part.activity)
        .and_then(|activity| activity.body.form().part_name(&part.part));
    match name {
        Some(name) => CommonMsg::OrphanPartIn {
            workshop: title,
            part: name.to_string(),
        }
        .into(),
        None => CommonMsg::OrphanOf { workshop: title }.into(),
    }
}

#[component]
fn EraseSection() -> impl IntoView {
    let state = use_app();
    let typed = RwSignal::new(String::new());
    let refused = RwSignal::new(false);
    let erase = move |_| {
        let word = Key::EraseWord.text(state.language());
        if typed.get_untracked().trim() == word {
            state.erase_everything();
            typed.set(String::new());
            refused.set(false);
        } else {
            refused.set(true);
        }
    };
    view! {
        <section class="card danger-zone">
            <h2>{tr(Key::EraseHeading)}</h2>
            <p>{tr(Key::EraseText)}</p>
            <label for="erase-confirm">{tr(Key::EraseConfirmLabel)}</label>
            <input id="erase-confirm" type="text" autocomplete="off" bind:value=typed />
            <Show when=move || refused.get()>
                <p class="form-error" role="alert">{tr(Key::EraseMismatch)}</p>
            </Show>
            <button type="button" class="danger" on:click=erase>{tr(Key::EraseButton)}</button>
        </section>
    }
}
