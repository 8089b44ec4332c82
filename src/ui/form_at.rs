//! What the app around a work form's pages needs of each kind ([`FormRoute`]),
//! and where a work form lives (its workshop and its own id), read from the
//! page's address, with reading and changing its data. Each form's pages name
//! their kind of data once, as `FormAt<Cafe>` and so on.

use super::links::app_path;
use super::state::{AppState, Undo};
use crate::forms::undo::short_name;
use crate::forms::{HarvestPart, RemovedPart, Restorable, WorkForm};
use crate::i18n::{Language, Text};
use crate::model::{ActionId, ActivityId, PersonaId, ThemeId, WorkshopId};
use crate::model::{NoteBoard, Part, Timestamp, ValidationError, Workshop};
use leptos::prelude::*;
use leptos_router::hooks::use_params_map;
use leptos_router::params::ParamsMap;
use std::marker::PhantomData;

/// A work form with pages of its own, under
/// `/bijeenkomst/<id>/<SEGMENT>/<activity>` (and a sub-page after it). Each
/// form's UI module implements it next to its pages.
pub trait FormRoute: WorkForm + Summarised + Send + Sync {
    /// The address segment of this kind.
    const SEGMENT: &'static str;
    /// The label of the button that adds one to a workshop.
    const ADD: Text;
    /// A new one, with its defaults in the interface's language.
    fn create(state: AppState) -> Self;
    /// Its page at `sub`, if it has that page.
    fn page(sub: SubPage) -> Option<AnyView>;
}

/// Which of a work form's pages an address asks for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SubPage {
    /// The form's own page.
    Main,
    /// Its projector view for the room (`/scherm`).
    Projector,
    /// Its question for phones (`/vraag`).
    Ask,
}

impl SubPage {
    /// The page named by the address segment after the form's id.
    pub fn from_segment(segment: Option<&str>) -> Option<SubPage> {
        match segment {
            None => Some(SubPage::Main),
            Some("scherm") => Some(SubPage::Projector),
            Some("vraag") => Some(SubPage::Ask),
            Some(_) => None,
        }
    }
}

/// One line about a work form's content, for the workshop's list of activities.
pub trait Summarised {
    /// The line in `language`; `persona_exists` says whether a persona is still in
    /// the library.
    fn summary(&self, language: Language, persona_exists: &dyn Fn(PersonaId) -> bool) -> String;
}

/// The workshop and activity of one work form of kind `T`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FormAt<T> {
    pub workshop_id: WorkshopId,
    pub activity_id: ActivityId,
    form: PhantomData<fn() -> T>,
}

/// The workshop's and the work form's ids in a work form's address, if both
/// are ids the app could have made.
pub fn address_ids(params: &ParamsMap) -> Option<(WorkshopId, ActivityId)> {
    let workshop = params.get_str("id")?.parse().ok()?;
    let activity = params.get_str("activity")?.parse().ok()?;
    Some((workshop, activity))
}

impl<T: FormRoute> FormAt<T> {
    /// The work form named by the page's address. A form's page is only shown
    /// at an address whose ids read (`FormRoutePage`); if the address changes
    /// to one that does not, this keeps the last form until the page is gone.
    pub fn from_address() -> Memo<Self> {
        let params = use_params_map();
        Memo::new(move |previous: Option<&Self>| {
            params
                .with(address_ids)
                .map(|(workshop_id, activity_id)| FormAt {
                    workshop_id,
                    activity_id,
                    form: PhantomData,
                })
                .or_else(|| previous.cloned())
                .expect("a form's page is shown only at an address with its ids")
        })
    }

    /// Whether the work form at `at` exists (tracked).
    pub fn exists(at: Memo<Self>, state: AppState) -> Memo<bool> {
        Memo::new(move |_| at.get().read(state, |_| ()).is_some())
    }

    /// One large part of the work form at `at` (a table's tablecloths, a
    /// group's fields or middle) as `part` finds it, for the views that show
    /// it. Its readers run again only when that part changes, not on a change
    /// elsewhere in the workshop: the memo keeps the part it read and compares
    /// by [`Part::same`], exact and without reading the content.
    pub fn part<P: Send + Sync + 'static>(
        at: Memo<Self>,
        state: AppState,
        part: impl Fn(&T) -> Option<&Part<P>> + Send + Sync + 'static,
    ) -> Memo<Option<Part<P>>> {
        Memo::new_with_compare(
            move |_| at.get().read(state, |form| part(form).cloned()).flatten(),
            part_changed,
        )
    }

    /// Reads from the work form (tracked); `None` when it does not exist.
    pub fn read<R>(&self, state: AppState, read: impl FnOnce(&T) -> R) -> Option<R> {
        state.workshops().with(|w| {
            w.get(self.workshop_id)
                .and_then(|w| w.activity(self.activity_id))
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
        state.change_activity(self.workshop_id, self.activity_id, change)
    }

    /// Changes the work form's workshop (given the time now) and saves it.
    pub fn change_workshop<R>(
        &self,
        state: AppState,
        change: impl FnOnce(&mut Workshop, Timestamp) -> Result<R, ValidationError>,
    ) -> Result<R, ValidationError> {
        state.change_workshop(self.workshop_id, change)
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

/// The items of a part as a part memo holds it; none when the part is gone.
pub fn part_items<T>(part: &Option<Part<Vec<T>>>) -> &[T] {
    part.as_deref().map(Vec::as_slice).unwrap_or_default()
}

/// Whether a part memo's new value is another part than its old one.
fn part_changed<P>(old: Option<&Option<Part<P>>>, new: Option<&Option<Part<P>>>) -> bool {
    match (old, new) {
        (Some(Some(old)), Some(Some(new))) => !old.same(new),
        (Some(None), Some(None)) => false,
        _ => true,
    }
}

impl<T: FormRoute + Restorable> FormAt<T> {
    /// Takes a part out of the work form with `remove` (a note, an answer, a
    /// municipality) and offers to undo it.
    pub fn remove_with_undo(
        &self,
        state: AppState,
        remove: impl FnOnce(&mut T) -> Result<T::Removed, ValidationError>,
    ) -> Result<(), ValidationError> {
        let removed = self.change(state, remove)?;
        let name = T::removed_name(&removed);
        state.offer_undo(self.undo(removed.into()), name);
        Ok(())
    }
}

impl<T: FormRoute> FormAt<T> {
    /// Takes a theme out of the harvest (its notes become ungrouped) and
    /// offers to undo it.
    pub fn remove_theme(&self, state: AppState, theme_id: ThemeId) -> Result<(), ValidationError> {
        self.remove_from_harvest(state, |board| {
            let removed = board.remove_theme(theme_id)?;
            Ok((removed.theme.name.clone(), HarvestPart::Theme(removed)))
        })
    }

    /// Takes an action out of the harvest and offers to undo it.
    pub fn remove_action(
        &self,
        state: AppState,
        action_id: ActionId,
    ) -> Result<(), ValidationError> {
        self.remove_from_harvest(state, |board| {
            let (index, action) = board.harvest_mut().remove_action(action_id)?;
            Ok((short_name(&action.text), HarvestPart::Action(index, action)))
        })
    }

    /// Takes a part out of the form's harvest with `remove` (which gives its
    /// name too) and offers to undo it.
    fn remove_from_harvest(
        &self,
        state: AppState,
        remove: impl FnOnce(&mut dyn NoteBoard) -> Result<(String, HarvestPart), ValidationError>,
    ) -> Result<(), ValidationError> {
        let (name, part) =
            self.change_workshop(state, |w, at| w.change_board(self.activity_id, at, remove))?;
        state.offer_undo(self.undo(RemovedPart::Harvest(part)), name);
        Ok(())
    }

    /// The undo that puts `part` back into this work form.
    fn undo(&self, part: RemovedPart) -> Undo {
        Undo::Part {
            workshop_id: self.workshop_id,
            activity_id: self.activity_id,
            part,
        }
    }
}
