//! The work forms' pages, made from the registry: which page an address shows,
//! what the workshop's list says of each activity, and the buttons that add
//! one. The one place in the UI that lists the kinds.

use super::form_at::{address_ids, FormRoute, SubPage, Summarised};
use super::i18n::{tr, use_app};
use super::links::app_path;
use super::state::AppState;
use crate::forms::ActivityBody;
use crate::i18n::ProgrammeKey;
use crate::i18n::Text;
use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::use_params_map;

/// How a kind of work form is added: its button's label and its new body.
pub type Addable = (Text, fn(AppState) -> ActivityBody);

/// The registry's forms as pages and list items.
macro_rules! form_pages {
    ($($form:ident in $module:ident $(, phone $tag:literal)?;)*) => {
        /// The address segment, title and list line of an activity's kind.
        pub fn listed(body: &ActivityBody) -> (&'static str, Text, &dyn Summarised) {
            match body {
                $(
                    ActivityBody::$form(form) => {
                        (<crate::forms::$form as FormRoute>::SEGMENT, <crate::forms::$form as crate::forms::FormTexts>::NAME, form)
                    }
                )*
            }
        }

        /// Every kind a workshop can add, in the registry's order.
        pub const ADDABLE: &[Addable] = &[
            $((
                <crate::forms::$form as FormRoute>::ADD,
                |state| ActivityBody::$form(<crate::forms::$form as FormRoute>::create(state)),
            ),)*
        ];

        /// The page of the kind whose address segment is `segment`.
        fn page_of(segment: &str, sub: SubPage) -> Option<AnyView> {
            $(
                if segment == <crate::forms::$form as FormRoute>::SEGMENT {
                    return <crate::forms::$form as FormRoute>::page(sub);
                }
            )*
            None
        }
    };
}
crate::forms::registry!(form_pages);

/// The page of a work form, found by the form's address segment and the
/// sub-page after its id (`/bijeenkomst/<id>/<form>/<activity>[/<page>]`).
#[component]
pub fn FormRoutePage() -> impl IntoView {
    let params = use_params_map();
    let address = Memo::new(move |_| {
        params.with(|p| {
            let ids_read = address_ids(p).is_some();
            (p.get("form").unwrap_or_default(), p.get("page"), ids_read)
        })
    });
    let page = move || {
        let (segment, page, ids_read) = address.get();
        SubPage::from_segment(page.as_deref())
            .filter(|_| ids_read)
            .and_then(|sub| page_of(&segment, sub))
            .unwrap_or_else(|| view! { <super::app::NotFound /> }.into_any())
    };
    view! {
        <BackToRun />
        {page}
    }
}

/// While the workshop's programme runs, a link back to its live view: a form
/// opened from its block comes back in one tap.
#[component]
fn BackToRun() -> impl IntoView {
    let state = use_app();
    let params = use_params_map();
    let running = Memo::new(move |_| {
        let (workshop, _) = params.with(address_ids)?;
        let live = state
            .workshops()
            .with(|w| w.get(workshop).is_some_and(|w| w.programme.live.is_some()));
        live.then_some(workshop)
    });
    move || {
        running.get().map(|workshop| {
            view! {
                <A href=app_path(&format!("/bijeenkomst/{workshop}/draaien")) attr:class="back run-back">
                    {tr(ProgrammeKey::BackToRun)}
                </A>
            }
        })
    }
}
