//! The code that reads stored data (the store's decoders), loaded on its own
//! in the facilitator's build (feature `split-pages`, module
//! `split_read_stored.wasm`): it is a large part of the program, and a first
//! visit, with nothing stored, shows the home page without it. A start with
//! data waits for it before the app is drawn; a start without loads it a
//! moment later, or as soon as another tab's change needs reading.

use crate::platform::local_storage::LocalStorageBackend;
use crate::store::{decoders, parse_entity_key, Backend, Decoders};
use std::cell::Cell;

thread_local! {
    /// The decoders [`prepare`] loaded before the app was drawn.
    static PREPARED: Cell<Option<&'static Decoders>> = const { Cell::new(None) };
    /// Whether something was stored and the decoders did not load before the start.
    static UNREAD_AT_START: Cell<bool> = const { Cell::new(false) };
}

/// Before the app is drawn: loads the decoders if anything is stored (or
/// storage cannot be looked at), so the app starts with what is stored.
pub async fn prepare() {
    let stored = LocalStorageBackend::open().keys().map_or(true, |keys| {
        keys.iter().any(|key| parse_entity_key(key).is_some())
    });
    if stored {
        let decoders = load().await;
        PREPARED.set(decoders);
        UNREAD_AT_START.set(decoders.is_none());
    }
}

/// Whether the app started without reading what is stored, because the
/// decoders did not load (offline with no copy of them): it reads it all
/// once they come.
pub fn unread_at_start() -> bool {
    UNREAD_AT_START.get()
}

/// Notes that what was stored at the start has been read after all.
pub fn read_after_start() {
    UNREAD_AT_START.set(false);
}

/// The decoders the app starts with: those [`prepare`] loaded.
pub fn prepared() -> Option<&'static Decoders> {
    PREPARED.get()
}

/// The decoders, their code loaded first if it is not there yet; none if it
/// could not be loaded (offline without a copy: the next need tries again).
pub async fn load() -> Option<&'static Decoders> {
    #[cfg(feature = "split-pages")]
    return read_stored().await.ok();
    #[cfg(not(feature = "split-pages"))]
    return Some(decoders());
}

/// The split point: every decoder, in a module of its own.
#[cfg(feature = "split-pages")]
#[leptos::wasm_split::wasm_split(
    read_stored,
    wasm_split_path = ::leptos::wasm_split,
    fallible
)]
fn read_stored() -> Result<&'static Decoders, leptos::wasm_split::SplitLoaderError> {
    Ok(decoders())
}
