//! The key-value storage the repository writes to, and an in-memory version for tests.

use std::cell::RefCell;
use std::collections::BTreeMap;
use std::rc::Rc;
use thiserror::Error;

/// Why the storage refused a read or a write.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum BackendError {
    /// The browser's storage quota is used up; nothing was written.
    #[error("storage quota exceeded")]
    QuotaExceeded,
    /// The storage cannot be used at all (disabled, private mode, blocked).
    #[error("storage unavailable: {0}")]
    Unavailable(String),
}

/// A string key-value store such as the browser's localStorage.
pub trait Backend {
    /// The value under `key`, if any.
    fn get(&self, key: &str) -> Result<Option<String>, BackendError>;
    /// Writes `value` under `key`; on error nothing is changed.
    fn set(&mut self, key: &str, value: &str) -> Result<(), BackendError>;
    /// Removes `key` if present.
    fn remove(&mut self, key: &str) -> Result<(), BackendError>;
    /// Every key in the store.
    fn keys(&self) -> Result<Vec<String>, BackendError>;

    /// Writes `value` under `key` and reads it back; `false` if what is read
    /// back differs. A backend may compare without copying the value out.
    fn set_and_confirm(&mut self, key: &str, value: &str) -> Result<bool, BackendError> {
        self.set(key, value)?;
        Ok(self.get(key)?.as_deref() == Some(value))
    }

    /// Whether `key` still holds exactly the value this backend instance last
    /// wrote there with [`Backend::set_and_confirm`]; `None` when it does not know
    /// (nothing written since, or the key was removed or set otherwise).
    fn unchanged_since_written(&self, _key: &str) -> Option<bool> {
        None
    }
}

/// An in-memory backend. Clones share the same data, like two tabs share
/// localStorage, but each remembers its own writes (as each tab's backend does);
/// an optional quota (in UTF-16 code units, as browsers count) makes writes fail
/// the way a full localStorage does.
#[derive(Debug, Default)]
pub struct MemoryBackend {
    inner: Rc<RefCell<MemoryInner>>,
    /// What this instance last wrote per key with `set_and_confirm`.
    written: RefCell<BTreeMap<String, String>>,
}

impl Clone for MemoryBackend {
    /// Another tab on the same storage: same data, no memory of writes.
    fn clone(&self) -> Self {
        Self {
            inner: Rc::clone(&self.inner),
            written: RefCell::default(),
        }
    }
}

#[derive(Debug, Default)]
struct MemoryInner {
    values: BTreeMap<String, String>,
    /// UTF-16 code units of all keys and values, kept up to date on each write.
    used: usize,
    quota: Option<usize>,
}

fn utf16_len(text: &str) -> usize {
    text.encode_utf16().count()
}

impl MemoryBackend {
    /// An empty store without a quota.
    pub fn new() -> Self {
        Self::default()
    }

    /// An empty store that holds at most `units` UTF-16 code units of keys and values.
    pub fn with_quota(units: usize) -> Self {
        let backend = Self::default();
        backend.set_quota(Some(units));
        backend
    }

    /// Changes the quota; `None` removes it.
    pub fn set_quota(&self, units: Option<usize>) {
        self.inner.borrow_mut().quota = units;
    }

    /// UTF-16 code units used by all keys and values.
    pub fn used(&self) -> usize {
        self.inner.borrow().used
    }
}

impl Backend for MemoryBackend {
    fn get(&self, key: &str) -> Result<Option<String>, BackendError> {
        Ok(self.inner.borrow().values.get(key).cloned())
    }

    fn set(&mut self, key: &str, value: &str) -> Result<(), BackendError> {
        self.written.borrow_mut().remove(key);
        let mut inner = self.inner.borrow_mut();
        let replaced = inner
            .values
            .get(key)
            .map(|old| utf16_len(key) + utf16_len(old))
            .unwrap_or(0);
        let after = inner.used - replaced + utf16_len(key) + utf16_len(value);
        if inner.quota.is_some_and(|quota| after > quota) {
            return Err(BackendError::QuotaExceeded);
        }
        inner.values.insert(key.to_string(), value.to_string());
        inner.used = after;
        Ok(())
    }

    fn remove(&mut self, key: &str) -> Result<(), BackendError> {
        self.written.borrow_mut().remove(key);
        let mut inner = self.inner.borrow_mut();
        if let Some(old) = inner.values.remove(key) {
            inner.used -= utf16_len(key) + utf16_len(&old);
        }
        Ok(())
    }

    fn keys(&self) -> Result<Vec<String>, BackendError> {
        Ok(self.inner.borrow().values.keys().cloned().collect())
    }

    fn set_and_confirm(&mut self, key: &str, value: &str) -> Result<bool, BackendError> {
        self.set(key, value)?;
        let confirmed = self.get(key)?.as_deref() == Some(value);
        if confirmed {
            self.written
                .borrow_mut()
                .insert(key.to_string(), value.to_string());
        }
        Ok(confirmed)
    }

    fn unchanged_since_written(&self, key: &str) -> Option<bool> {
        let written = self.written.borrow();
        let last = written.get(key)?;
        Some(self.inner.borrow().values.get(key) == Some(last))
    }
}
