//! Changing one short text in place: the field with "Opslaan" and "Annuleren",
//! and the reason when the text is refused (then the field stays open).

use super::form_error::FormError;
use super::i18n::tr;
use crate::i18n::{Key, Text};
use crate::model::ValidationError;
use leptos::prelude::*;

/// The field and its buttons. `save` gets the typed text and says whether it was
/// taken; taken, the editor closes (`editing` becomes false).
#[component]
pub fn TextEditor(
    field_id: String,
    #[prop(into)] label: Text,
    initial: String,
    max_chars: usize,
    editing: RwSignal<bool>,
    save: Callback<String, Result<(), ValidationError>>,
) -> impl IntoView {
    let text = RwSignal::new(initial);
    let error = RwSignal::new(None::<ValidationError>);
    let on_save = move |_| {
        let result = save.run(text.get_untracked());
        if result.is_ok() {
            editing.set(false);
        }
        error.set(result.err());
    };
    view! {
        <label for=field_id.clone()>{tr(label)}</label>
        <textarea id=field_id rows="2" maxlength=max_chars.to_string() prop:value=text.get_untracked()
            on:input=move |ev| text.set(event_target_value(&ev))></textarea>
        <div class="actions">
            <button type="button" class="primary" on:click=on_save>{tr(Key::Save)}</button>
            <button type="button" on:click=move |_| editing.set(false)>{tr(Key::Cancel)}</button>
        </div>
        <FormError error />
    }
}
