//! A persona's face: a photo, or initials or an emoji on a colour. Colours are CSS
//! classes, so the strict style policy needs no inline styles.

use crate::model::{Avatar, PersonaFields};
use leptos::prelude::*;

/// The avatar in the given size class (`small` in lists, `large` on cards).
#[component]
pub fn AvatarView(avatar: Avatar, fields: PersonaFields, size: &'static str) -> impl IntoView {
    match avatar {
        Avatar::Photo { data_url } => view! {
            <img class=format!("avatar {size}") src=data_url alt="" />
        }
        .into_any(),
        Avatar::Emoji { emoji, colour } => view! {
            <span class=format!("avatar {size} avatar-{}", colour.name()) aria-hidden="true">
                {emoji}
            </span>
        }
        .into_any(),
        Avatar::Initials { colour } => view! {
            <span class=format!("avatar {size} avatar-{}", colour.name()) aria-hidden="true">
                {fields.initials()}
            </span>
        }
        .into_any(),
    }
}
