//! The pages behind the home page, each loaded when it is first opened.
//!
//! The facilitator's build (feature `split-pages`, index.html) splits the wasm
//! at each `#[lazy]` function below (Trunk's post-build hook,
//! `build/split-wasm.sh`): the first visit downloads the home
//! page's code only, and a page's own code comes when the page first shows.
//! The service worker keeps every part, so each page also opens offline.
//! The router keeps the page that is open until the next page's code is there
//! (a moment on a slow link, the first time), and shows it only if it is still
//! the page asked for (`FlatRoutes`).
//!
//! When the app starts from the service worker's copy, [`preload_pages`] loads
//! every page's code in the background after a moment, so that during a
//! workshop no page waits for its code.

use crate::i18n::Key;
use crate::ui::i18n::tr;
use leptos::prelude::*;
use leptos_router::LazyRoute;

/// Each page `$page` whose code loads when first opened: `$load` is the split
/// point (its module is `split_$load.wasm`), `$preload` loads the code without
/// showing the page. A load that fails (no network and no copy) shows a
/// notice instead of the page, and the next opening tries again. Without the
/// `split-pages` feature (the phone's binary, which links the same library,
/// and the native tests) every page is there at once.
macro_rules! lazy_pages {
    ($(($page:ident, $load:ident, $preload:ident, $view:path)),* $(,)?) => {
        $(
            #[cfg_attr(
                feature = "split-pages",
                leptos::wasm_split::wasm_split(
                    $load,
                    wasm_split_path = ::leptos::wasm_split,
                    preload(#[allow(non_snake_case)] $preload),
                    fallible
                )
            )]
            fn $load() -> Result<AnyView, SplitLoaderError> {
                Ok(view! { <$view /> }.into_any())
            }

            #[doc = concat!("[`", stringify!($view), "`], its code loaded when first opened.")]
            pub struct $page;

            impl LazyRoute for $page {
                fn data() -> Self {
                    $page
                }

                async fn view(_: Self) -> AnyView {
                    #[cfg(feature = "split-pages")]
                    let page = $load().await;
                    #[cfg(not(feature = "split-pages"))]
                    let page = $load();
                    page.unwrap_or_else(|_| view! { <PageNotLoaded /> }.into_any())
                }
            }
        )*

        /// Loads the code of every page, one after the other, in the order listed
        /// (the work forms and the workshop page first); stops at a load that
        /// fails (that page tries again when opened).
        pub async fn preload_pages() {
            #[cfg(feature = "split-pages")]
            {
                $( if $preload().await.is_err() { return; } )*
            }
        }
    };
}

/// Why a page's code did not load (never, without the split).
#[cfg(feature = "split-pages")]
use leptos::wasm_split::SplitLoaderError;
#[cfg(not(feature = "split-pages"))]
enum SplitLoaderError {}

/// In place of a page whose code could not be loaded.
#[component]
fn PageNotLoaded() -> impl IntoView {
    view! {
        <p class="empty" role="alert">
            {tr(Key::PageNotLoaded)}
        </p>
    }
}

lazy_pages!(
    (
        FormRoutePage,
        form_route_page,
        __preload_form_route_page,
        super::form_pages::FormRoutePage
    ),
    (
        WorkshopPage,
        workshop_page,
        __preload_workshop_page,
        super::workshop_page::WorkshopPage
    ),
    (
        ProgrammePage,
        programme_page,
        __preload_programme_page,
        super::programme::ProgrammePage
    ),
    (
        LivePage,
        live_page,
        __preload_live_page,
        super::programme::LivePage
    ),
    (
        ProgrammeScreen,
        programme_screen,
        __preload_programme_screen,
        super::programme::ProgrammeScreen
    ),
    (
        ReportPage,
        report_page,
        __preload_report_page,
        super::report_page::ReportPage
    ),
    (
        ResidentPage,
        resident_page,
        __preload_resident_page,
        super::resident_page::ResidentPage
    ),
    (
        LibraryPage,
        library_page,
        __preload_library_page,
        super::library_page::LibraryPage
    ),
    (
        PersonaLibraryPage,
        persona_library_page,
        __preload_persona_library_page,
        super::persona::PersonaLibraryPage
    ),
    (
        PersonaPage,
        persona_page,
        __preload_persona_page,
        super::persona::PersonaPage
    ),
    (
        InvitePage,
        invite_page,
        __preload_invite_page,
        super::invite_page::InvitePage
    ),
    (
        SettingsPage,
        settings_page,
        __preload_settings_page,
        super::settings_page::SettingsPage
    ),
);
