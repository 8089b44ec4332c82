//! Mounts the facilitator's app, once what is stored can be read; everything
//! else lives in the library.

fn main() {
    werktafel::platform::crash::install_panic_hook();
    wasm_bindgen_futures::spawn_local(async {
        werktafel::ui::decoding::prepare().await;
        leptos::mount::mount_to_body(werktafel::ui::App);
    });
}
