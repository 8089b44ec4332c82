//! The app shell: state, routes, header, banners and toasts.

use super::banners::Banners;
use super::header::Header;
use super::home::HomePage;
use super::i18n::{tr, Msg, UiLanguage};
use super::lazy_pages::{
    preload_pages, FormRoutePage, InvitePage, LibraryPage, LivePage, PersonaLibraryPage,
    PersonaPage, ProgrammePage, ProgrammeScreen, ReportPage, ResidentPage, SettingsPage,
    WorkshopPage,
};
use super::links::AppBase;
use super::notice_place::{self, NoticePlace};
use super::shell_status::{ShellStatus, UpdateBanner};
use super::state::AppState;
use super::table_mode::{TableMode, TableModeExit};
use super::toasts::Toasts;
use crate::i18n::Key;
use crate::platform::page::set_document_language;
use crate::platform::service_worker;
use leptos::prelude::*;
use leptos_router::components::{FlatRoutes, Route, Router};
use leptos_router::path;
use leptos_router::Lazy;

/// How long after the start the pages' code loads in the background: the home
/// page first has the device to itself.
const PRELOAD_AFTER: std::time::Duration = std::time::Duration::from_secs(1);

/// The whole app.
#[component]
pub fn App() -> impl IntoView {
    let state = AppState::load();
    provide_context(state);
    provide_context(UiLanguage(Signal::derive(move || state.language())));
    provide_context(ShellStatus::start(move || {
        state.messages().toast(Msg::from(Key::OfflineReady), None)
    }));
    let _storage_listener = window_event_listener(leptos::ev::storage, move |event| {
        state.on_storage_event(event.key());
    });
    Effect::new(move |_| set_document_language(state.language().code()));

    provide_context(TableMode::start());

    let base = router_base();
    provide_context(AppBase(base.clone()));

    // A first visit starts without the code that reads stored data.
    set_timeout(move || state.load_decoders(), PRELOAD_AFTER);
    if service_worker::controls_page() {
        set_timeout(|| leptos::task::spawn_local(preload_pages()), PRELOAD_AFTER);
    }

    let (page_loading, set_page_loading) = signal(false);
    let notices = NodeRef::new();
    let notices_at = notice_place::watch(notices);
    view! {
        <Router base=base set_is_routing=set_page_loading>
            <Header />
            <PageLoading loading=page_loading />
            <TableModeExit />
            <div class="banners">
                <Banners />
            </div>
            <main id="main">
                <FlatRoutes fallback=NotFound>
                    <Route path=path!("/") view=HomePage />
                    <Route path=path!("/bijeenkomst/:id") view={Lazy::<WorkshopPage>::new()} />
                    <Route path=path!("/bijeenkomst/:id/verslag") view={Lazy::<ReportPage>::new()} />
                    <Route path=path!("/bijeenkomst/:id/terugkoppeling") view={Lazy::<ResidentPage>::new()} />
                    <Route path=path!("/bijeenkomst/:id/programma") view={Lazy::<ProgrammePage>::new()} />
                    <Route path=path!("/bijeenkomst/:id/draaien") view={Lazy::<LivePage>::new()} />
                    <Route path=path!("/bijeenkomst/:id/programma-scherm") view={Lazy::<ProgrammeScreen>::new()} />
                    <Route path=path!("/methoden") view={Lazy::<LibraryPage>::new()} />
                    <Route path=path!("/bijeenkomst/:id/:form/:activity") view={Lazy::<FormRoutePage>::new()} />
                    <Route path=path!("/bijeenkomst/:id/:form/:activity/:page") view={Lazy::<FormRoutePage>::new()} />
                    <Route path=path!("/personas") view={Lazy::<PersonaLibraryPage>::new()} />
                    <Route path=path!("/persona/:id") view={Lazy::<PersonaPage>::new()} />
                    <Route path=path!("/uitnodigen") view={Lazy::<InvitePage>::new()} />
                    <Route path=path!("/instellingen") view={Lazy::<SettingsPage>::new()} />
                </FlatRoutes>
            </main>
            // Fixed over the page: what appears by itself never moves the page under a
            // finger, and never covers a QR code or the primary button (notice_place.rs).
            <div
                class="bottom-notices"
                class:at-top=move || notices_at.get() == NoticePlace::Top
                class:held-back=move || notices_at.get() == NoticePlace::HeldBack
                node_ref=notices
            >
                <UpdateBanner />
                <Toasts />
            </div>
        </Router>
    }
}

/// Says a page is on its way while its code loads (the first time it is opened,
/// on a slow link); the style shows it only after a moment, so a page that comes
/// at once never makes it flash.
#[component]
fn PageLoading(loading: ReadSignal<bool>) -> impl IntoView {
    view! {
        <Show when=move || loading.get()>
            <p class="page-loading" role="status">{tr(Key::PageLoading)}</p>
        </Show>
    }
}

/// What an address the app does not know shows.
#[component]
pub fn NotFound() -> impl IntoView {
    view! { <p class="empty">{tr(Key::PageNotFound)}</p> }
}

/// The path the app is published under, from `<base href>` (Trunk's public URL),
/// without the trailing slash: "" at the root, "/werktafel" under a sub-path.
fn router_base() -> String {
    let base_uri = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.base_uri().ok().flatten())
        .unwrap_or_default();
    let path = web_sys::Url::new(&base_uri)
        .map(|url| url.pathname())
        .unwrap_or_default();
    path.trim_end_matches('/').to_string()
}
