//! Mounts the facilitator's app; everything else lives in the library.

fn main() {
    werktafel::platform::crash::install_panic_hook();
    leptos::mount::mount_to_body(werktafel::ui::App);
}
