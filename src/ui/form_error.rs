//! The message a form shows when the model refuses an input: under the field it
//! belongs to, or under the whole form. Hidden while there is nothing to say, so
//! screen readers hear it (role alert) the moment it appears.

use super::i18n::{use_app, validation_message};
use crate::model::{Field, ValidationError};
use leptos::prelude::*;

/// Which refusals one message place shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Shows {
    /// Every refusal (a form with one message place).
    #[default]
    Any,
    /// Refusals of this field only.
    Field(Field),
    /// Refusals that belong to no field.
    Unplaced,
}

impl Shows {
    fn accepts(self, error: &ValidationError) -> bool {
        match self {
            Shows::Any => true,
            Shows::Field(field) => error.field() == Some(field),
            Shows::Unplaced => error.field().is_none(),
        }
    }
}

/// The message for the last refused input, if this place shows it.
#[component]
pub fn FormError(
    error: RwSignal<Option<ValidationError>>,
    #[prop(optional)] shows: Shows,
    #[prop(optional, into)] id: Option<String>,
) -> impl IntoView {
    let state = use_app();
    let message = move || {
        error
            .get()
            .filter(|e| shows.accepts(e))
            .map(|e| validation_message(&e, state.language()))
    };
    view! {
        <p class="form-error" id=id role="alert" hidden=move || message().is_none()>
            {message}
        </p>
    }
}
