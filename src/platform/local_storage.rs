//! The browser's localStorage as a [`Backend`] for the repository.
//!
//! Values are stored as the repository's own JSON text. gloo-storage gives the
//! handle; its typed get/set are not used, since they would encode the envelope a
//! second time and they panic when storage is blocked.
//!
//! The backend keeps the JavaScript string it last wrote per key, so that "is it
//! still what I wrote?" and the read-back after a write are string comparisons
//! inside JavaScript: a workshop of a megabyte is not copied into Rust twice on
//! every save.

use crate::store::{Backend, BackendError};
use gloo_storage::Storage as _;
use std::cell::RefCell;
use std::collections::HashMap;
use wasm_bindgen::prelude::*;
use wasm_bindgen::{JsCast, JsValue};

#[wasm_bindgen]
extern "C" {
    /// localStorage with the values as JavaScript strings, not copied into Rust.
    #[wasm_bindgen(js_name = Storage)]
    type RawStorage;

    /// `getItem`, returning the JavaScript string (or null).
    #[wasm_bindgen(method, catch, js_name = getItem)]
    fn get_item_value(this: &RawStorage, key: &str) -> Result<JsValue, JsValue>;

    /// `setItem` with a JavaScript string.
    #[wasm_bindgen(method, catch, js_name = setItem)]
    fn set_item_value(this: &RawStorage, key: &str, value: &JsValue) -> Result<(), JsValue>;
}

/// localStorage, or nothing if this browser blocks it.
pub struct LocalStorageBackend {
    storage: Option<web_sys::Storage>,
    /// The value last written per key, as a JavaScript string.
    written: RefCell<HashMap<String, JsValue>>,
}

impl LocalStorageBackend {
    /// Opens localStorage; a blocked storage gives a backend whose every call
    /// fails with [`BackendError::Unavailable`].
    pub fn open() -> Self {
        let available = web_sys::window()
            .and_then(|w| w.local_storage().ok().flatten())
            .is_some();
        let storage = available.then(gloo_storage::LocalStorage::raw);
        Self {
            storage,
            written: RefCell::new(HashMap::new()),
        }
    }

    fn storage(&self) -> Result<&web_sys::Storage, BackendError> {
        self.storage
            .as_ref()
            .ok_or_else(|| BackendError::Unavailable("localStorage is blocked".into()))
    }
}

fn raw(storage: &web_sys::Storage) -> &RawStorage {
    storage.unchecked_ref()
}

/// Turns a thrown DOMException into a backend error.
fn to_backend_error(error: JsValue) -> BackendError {
    match error.dyn_ref::<web_sys::DomException>() {
        Some(e) if is_quota_error(e) => BackendError::QuotaExceeded,
        Some(e) => BackendError::Unavailable(format!("{}: {}", e.name(), e.message())),
        None => BackendError::Unavailable(format!("{error:?}")),
    }
}

/// Browsers name the quota error differently; code 22 is the old shared code.
fn is_quota_error(error: &web_sys::DomException) -> bool {
    matches!(
        error.name().as_str(),
        "QuotaExceededError" | "NS_ERROR_DOM_QUOTA_REACHED"
    ) || error.code() == 22
}

impl Backend for LocalStorageBackend {
    fn get(&self, key: &str) -> Result<Option<String>, BackendError> {
        self.storage()?.get_item(key).map_err(to_backend_error)
    }

    fn set(&mut self, key: &str, value: &str) -> Result<(), BackendError> {
        self.written.borrow_mut().remove(key);
        self.storage()?
            .set_item(key, value)
            .map_err(to_backend_error)
    }

    fn remove(&mut self, key: &str) -> Result<(), BackendError> {
        self.written.borrow_mut().remove(key);
        self.storage()?.remove_item(key).map_err(to_backend_error)
    }

    fn keys(&self) -> Result<Vec<String>, BackendError> {
        let storage = self.storage()?;
        let length = storage.length().map_err(to_backend_error)?;
        let mut keys = Vec::with_capacity(length as usize);
        for index in 0..length {
            if let Some(key) = storage.key(index).map_err(to_backend_error)? {
                keys.push(key);
            }
        }
        Ok(keys)
    }

    fn set_and_confirm(&mut self, key: &str, value: &str) -> Result<bool, BackendError> {
        let storage = raw(self.storage()?);
        self.written.borrow_mut().remove(key);
        let written = JsValue::from_str(value);
        storage
            .set_item_value(key, &written)
            .map_err(to_backend_error)?;
        let read_back = storage.get_item_value(key).map_err(to_backend_error)?;
        let confirmed = read_back == written;
        if confirmed {
            self.written.borrow_mut().insert(key.to_string(), written);
        }
        Ok(confirmed)
    }

    fn unchanged_since_written(&self, key: &str) -> Option<bool> {
        let written = self.written.borrow();
        let last = written.get(key)?;
        let now = raw(self.storage().ok()?).get_item_value(key).ok()?;
        Some(&now == last)
    }
}
