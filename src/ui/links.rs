//! Links inside the app carry the path the app is published under (`/werktafel/…`),
//! because the router leaves absolute hrefs as they are.

use leptos::prelude::*;

/// The published path without its trailing slash: "" at the root, "/werktafel" below.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AppBase(pub String);

/// The href of an app path such as `/instellingen`.
pub fn app_path(path: &str) -> String {
    let base = use_context::<AppBase>().map(|b| b.0).unwrap_or_default();
    format!("{base}{path}")
}
