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

use leptos::prelude::*;
use leptos_router::LazyRoute;

/// A route's page whose code loads when first opened: `$load` is the split
/// point. Without the `split-pages` feature (the phone's binary, which links the
/// same library, and the native tests) the page is there at once.
macro_rules! lazy_page {
    ($page:ident, $load:ident, $view:path) => {
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
    };
}

lazy_page!(
    WorkshopPage,
    workshop_page,
    super::workshop_page::WorkshopPage
);
lazy_page!(ReportPage, report_page, super::report_page::ReportPage);
lazy_page!(
    ResidentPage,
    resident_page,
    super::resident_page::ResidentPage
);
lazy_page!(
    ProgrammePage,
    programme_page,
    super::programme::ProgrammePage
);
lazy_page!(LivePage, live_page, super::programme::LivePage);
lazy_page!(
    ProgrammeScreen,
    programme_screen,
    super::programme::ProgrammeScreen
);
lazy_page!(LibraryPage, library_page, super::library_page::LibraryPage);
lazy_page!(
    FormRoutePage,
    form_route_page,
    super::form_pages::FormRoutePage
);
lazy_page!(
    PersonaLibraryPage,
    persona_library_page,
    super::persona::PersonaLibraryPage
);
lazy_page!(PersonaPage, persona_page, super::persona::PersonaPage);
lazy_page!(InvitePage, invite_page, super::invite_page::InvitePage);
lazy_page!(
    SettingsPage,
    settings_page,
    super::settings_page::SettingsPage
);
