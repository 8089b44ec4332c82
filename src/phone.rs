//! Mounts the participant's phone page (`meedoen/`), an entry of its own so that
//! a phone loads only the question form, the answer encoding and the QR drawing.

fn main() {
    werktafel::platform::crash::install_panic_hook();
    leptos::mount::mount_to_body(werktafel::ui::PhonePage);
}
