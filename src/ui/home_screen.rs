//! The home screen, for the tablet: how to put the app there (the browser's own
//! prompt where it has one, else the two steps in Safari on an iPad), and on the
//! home page a warning that a browser tab may lose its data.

use super::i18n::tr;
use super::shell_status::{use_shell, InstallPrompt};
use crate::i18n::Key;
use crate::platform::home_screen;
use leptos::prelude::*;

/// "Zet op beginscherm": a button where the browser can install the app, the
/// two steps for Safari where it cannot, and a short line once it is there.
#[component]
pub fn HomeScreenHelp() -> impl IntoView {
    let shell = use_shell();
    let install = move |_| {
        home_screen::prompt();
        shell.install_prompt.set(InstallPrompt::Used);
    };
    view! {
        <section class="card home-screen" aria-labelledby="home-screen-heading">
            <h2 id="home-screen-heading">{tr(Key::HomeScreenHeading)}</h2>
            {move || match (shell.standalone, shell.install_prompt.get()) {
                (true, _) => view! { <p>{tr(Key::HomeScreenDone)}</p> }.into_any(),
                (false, InstallPrompt::Ready) => view! {
                    <p>{tr(Key::HomeScreenWhy)}</p>
                    <button type="button" class="primary" on:click=install>{tr(Key::HomeScreenInstall)}</button>
                }.into_any(),
                (false, InstallPrompt::Used) => view! { <p>{tr(Key::HomeScreenWhy)}</p> }.into_any(),
                (false, InstallPrompt::NotOffered) => view! {
                    <p>{tr(Key::HomeScreenWhy)}</p>
                    <ol class="home-screen-steps">
                        <li>{tr(Key::HomeScreenStep1)}</li>
                        <li>{tr(Key::HomeScreenStep2)}</li>
                    </ol>
                }.into_any(),
            }}
        </section>
    }
}

/// In a browser tab only: the browser may clear the data after days unused.
#[component]
pub fn TabStorageNotice() -> impl IntoView {
    let shell = use_shell();
    (!shell.standalone)
        .then(|| view! { <p class="tab-storage-notice">{tr(Key::TabStorageNotice)}</p> })
}
