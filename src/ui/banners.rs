//! Messages under the header: storage trouble (with a download at once) and
//! notices about data set aside or kept as a copy.

use super::i18n::{tr, use_app};
use super::links::app_path;
use super::state::{SaveFailure, SaveStatus};
use crate::i18n::Key;
use leptos::prelude::*;
use leptos_router::components::A;

/// The storage banner and the list of notices.
#[component]
pub fn Banners() -> impl IntoView {
    let state = use_app();
    let storage_trouble = move || match state.save_status() {
        SaveStatus::Failed(SaveFailure::Quota) => Some(Key::QuotaBanner),
        SaveStatus::Failed(SaveFailure::Unavailable) => Some(Key::UnavailableBanner),
        _ => None,
    };
    view! {
            {move || {
                storage_trouble()
                    .map(|key| {
                        view! {
                            <section class="banner banner-danger" role="alert">
                                <p>{tr(key)}</p>
                                <div class="actions">
                                    <button
                                        type="button"
                                        class="primary"
                                        on:click=move |_| state.download_backup()
                                    >
                                        {tr(Key::DownloadEverything)}
                                    </button>
                                    <button type="button" on:click=move |_| state.retry_saving()>
                                        {tr(Key::RetrySave)}
                                    </button>
                                </div>
                            </section>
                        }
                    })
            }}
            <For
                each=move || state.messages().notices()
                key=|notice| notice.id
                children=move |notice| {
                    let id = notice.id;
                    let message = notice.message.clone();
                    view! {
                        <section class="banner banner-warning" role="alert">
                            <p>{move || message.text(state.language())}</p>
                            <div class="actions">
                                <Show when=move || notice.links_settings>
                                    <A href=app_path("/instellingen") attr:class="button">
                                        {tr(Key::OpenSettings)}
                                    </A>
                                </Show>
                                <button type="button" on:click=move |_| state.messages().dismiss_notice(id)>
                                    {tr(Key::Dismiss)}
                                </button>
                            </div>
                        </section>
                    }
                }
            />
    }
}
