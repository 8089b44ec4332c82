//! Where a work form lives (its workshop and its own id), read from the page's
//! address, with reading and changing its data. The café and placemat pages
//! share it; each names its kind of data once, as `FormAt<Cafe>` and so on.

use super::links::app_path;
use super::state::AppState;
use crate::i18n::{Key, Language};
use crate::model::{ValidationError, WorkForm};
use leptos::prelude::*;
use leptos_router::hooks::use_params_map;
use std::marker::PhantomData;

/// A work form with a page of its own, under `/bijeenkomst/<id>/<SEGMENT>/<activity>`.
/// Each form's UI module implements it next to its page.
pub trait FormRoute: WorkForm + Summarised + Clone + PartialEq + Send + Sync + 'static {
    /// The address segment of this kind.
    const SEGMENT: &'static str;
    /// Its name, as the workshop's list and its own page show it.
    const TITLE: Key;
}

/// One line about a work form's content, for the workshop's list of activities.
pub trait Summarised {
    /// The line in `language`; `persona_exists` says whether a persona is still in
    /// the library.
    fn summary(&self, language: Language, persona_exists: &dyn Fn(&str) -> bool) -> String;
}

/// The workshop and activity of one work form of kind `T`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FormAt<T> {
    pub workshop_id: String,
    pub activity_id: String,
    form: PhantomData<fn() -> T>,
}

impl<T: FormRoute> FormAt<T> {
    /// The work form named by the page's address.
    pub fn from_address() -> Memo<Self> {
        let params = use_params_map();
        Memo::new(move |_| {
            params.with(|p| FormAt {
                workshop_id: p.get("id").unwrap_or_default(),
                activity_id: p.get("activity").unwrap_or_default(),
                form: PhantomData,
            })
        })
    }

    /// Whether the work form at `at` exists (tracked).
    pub fn exists(at: Memo<Self>, state: AppState) -> Memo<bool> {
        Memo::new(move |_| at.get().read(state, |_| ()).is_some())
    }

    /// Reads from the work form (tracked); `None` when it does not exist.
    pub fn read<R>(&self, state: AppState, read: impl FnOnce(&T) -> R) -> Option<R> {
        state.workshops.with(|w| {
            w.get(&self.workshop_id)
                .and_then(|w| w.activity(&self.activity_id))
                .and_then(|a| a.form::<T>())
                .map(read)
        })
    }

    /// Reads from the work form, or the default value when it is gone.
    pub fn value<R: Default>(&self, state: AppState, read: impl FnOnce(&T) -> R) -> R {
        self.read(state, read).unwrap_or_default()
    }

    /// Changes the work form and saves it.
    pub fn change<R>(
        &self,
        state: AppState,
        change: impl FnOnce(&mut T) -> Result<R, ValidationError>,
    ) -> Result<R, ValidationError> {
        state.change_activity(&self.workshop_id, &self.activity_id, change)
    }

    /// The app path of this work form's page, with `rest` after it, for links.
    pub fn path(&self, rest: &str) -> String {
        app_path(&self.route(rest))
    }

    /// The route of this work form's page, with `rest` after it, for the
    /// router's `navigate` (which adds the app's base itself).
    pub fn route(&self, rest: &str) -> String {
        format!(
            "/bijeenkomst/{}/{}/{}{rest}",
            self.workshop_id,
            T::SEGMENT,
            self.activity_id
        )
    }

    /// The app path of its workshop.
    pub fn workshop_path(&self) -> String {
        app_path(&format!("/bijeenkomst/{}", self.workshop_id))
    }
}
