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

use leptos::prelude::*;
use leptos_router::LazyRoute;

/// Each page `$page` whose code loads when first opened: `$load` is the split
/// point, `$preload` (made by `#[lazy]`) loads the code without showing the
/// page. Without the `split-pages` feature (the phone's binary, which links the
/// same library, and the native tests) every page is there at once.
macro_rules! lazy_pages {
    ($(($page:ident, $load:ident, $preload:ident, $view:path)),* $(,)?) => {
        $(
            #[cfg_attr(feature = "split-pages", leptos::lazy)]
            fn $load() -> AnyView {
                view! { <$view /> }.into_any()
            }

            #[doc = concat!("[`", stringify!($view), "`], its code loaded when first opened.")]
            pub struct $page;

            impl LazyRoute for $page {
                fn data() -> Self {
                    $page
                }

                async fn view(_: Self) -> AnyView {
                    #[cfg(feature = "split-pages")]
                    return $load().await;
                    #[cfg(not(feature = "split-pages"))]
                    return $load();
                }
            }
        )*

        /// Loads the code of every page, one after the other, in the order listed
        /// (the work forms and the workshop page first).
        pub async fn preload_pages() {
            #[cfg(feature = "split-pages")]
            {
                $( $preload().await; )*
            }
        }
    };
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
