//! Picking a photo for a persona: the file is checked and scaled down on the
//! device before anything is kept; a refused file shows why and changes nothing.

use crate::i18n::Key;
use crate::platform::photo::{scale_photo, PhotoError};
use crate::ui::i18n::{tr, use_app};
use leptos::prelude::*;
use leptos::task::spawn_local;
use wasm_bindgen::JsCast;

/// The photo input, its preview and its message.
#[component]
pub fn PhotoField(photo: RwSignal<Option<String>>) -> impl IntoView {
    let state = use_app();
    let problem = RwSignal::new(None::<PhotoError>);
    let busy = RwSignal::new(false);
    let on_change = move |ev: leptos::ev::Event| {
        let Some(file) = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
            .and_then(|input| input.files())
            .and_then(|files| files.get(0))
        else {
            return;
        };
        busy.set(true);
        spawn_local(async move {
            match scale_photo(&file).await {
                Ok(data_url) => {
                    photo.set(Some(data_url));
                    problem.set(None);
                }
                Err(refused) => problem.set(Some(refused)),
            }
            busy.set(false);
        });
    };
    let message = move || {
        problem.get().map(|p| match p {
            PhotoError::NotAnImage => Key::ErrPhotoNotImage,
            PhotoError::TooLarge => Key::ErrPhotoTooLarge,
            PhotoError::Unreadable => Key::ErrPhotoUnreadable,
        })
    };
    view! {
        <label for="persona-photo">{tr(Key::AvatarPhotoField)}</label>
        <input id="persona-photo" type="file" accept="image/*" aria-describedby="persona-photo-error"
            on:change=on_change />
        <p class="form-error" id="persona-photo-error" role="alert" hidden=move || message().is_none()>
            {move || message().map(|key| key.text(state.language()))}
        </p>
        <Show when=move || busy.get()>
            <p class="meta">{tr(Key::PhotoBusy)}</p>
        </Show>
        {move || photo.get().map(|data_url| view! {
            <div class="photo-preview">
                <img class="avatar large" src=data_url alt=tr(Key::PhotoPreview) />
                <button type="button" on:click=move |_| photo.set(None)>{tr(Key::PhotoRemove)}</button>
            </div>
        })}
    }
}
