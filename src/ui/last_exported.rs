//! "Laatst geëxporteerd: …": when everything was last downloaded, shown on the home
//! and settings pages, because the download is the real backup; and a reminder on
//! the home page when a backup is due.

use super::i18n::{show_date, tr, use_app};
use crate::i18n::{CommonMsg, Key};
use crate::platform::clock::{local_date, local_time, now};
use leptos::prelude::*;

/// One line saying when the last backup was made, or that none was.
#[component]
pub fn LastExported() -> impl IntoView {
    let state = use_app();
    let text = move || {
        let language = state.language();
        match state.settings().with(|s| s.last_exported_at) {
            Some(at) => {
                let day = local_date(at)
                    .map(|d| show_date(d, language))
                    .unwrap_or_default();
                let when = format!("{day} {}", local_time(at));
                CommonMsg::LastExported { when }.text(language)
            }
            None => Key::NeverExported.text(language).to_string(),
        }
    };
    view! { <p class="last-exported">{text}</p> }
}

/// On the home page: when there are workshops and no recent backup, or
/// workshops changed since the last backup, a reminder with the download button.
#[component]
pub fn BackupReminder() -> impl IntoView {
    let state = use_app();
    let unexported = move || {
        state.workshops().with(|w| {
            state
                .settings()
                .with(|s| s.changed_since_export(w.all().iter().map(|w| w.updated_at)))
        })
    };
    let due = move || {
        state.workshops().with(|w| !w.all().is_empty())
            && (state.settings().with(|s| s.backup_is_due(now())) || unexported() > 0)
    };
    let text = move || {
        let language = state.language();
        match unexported() {
            0 => Key::BackupReminder.text(language).to_string(),
            n => CommonMsg::BackupUnexported { n: n.to_string() }.text(language),
        }
    };
    view! {
        <Show when=due>
            <div class="reminder">
                <p>{text}</p>
                <button type="button" on:click=move |_| state.download_backup()>
                    {tr(Key::DownloadEverything)}
                </button>
            </div>
        </Show>
    }
}
