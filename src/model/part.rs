//! A work form's large parts (a café table's tablecloths, a placemat group's
//! fields and middle), each stored under a key of its own.
//!
//! In memory a [`Part`] shares its content between clones until one of them
//! changes it (copy on write). A form's copy then costs little, and the store
//! tells which parts changed since it wrote them by their [`PartMark`], without
//! writing out the parts that did not.

use serde::de::DeserializeOwned;
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::any::Any;
use std::ops::{Deref, DerefMut};
use std::sync::Arc;

/// Content shared between clones until one changes it. Reads and writes like
/// the content itself; stored exactly as the content.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Part<T>(Arc<T>);

impl<T> Clone for Part<T> {
    fn clone(&self) -> Self {
        Self(Arc::clone(&self.0))
    }
}

impl<T> From<T> for Part<T> {
    fn from(content: T) -> Self {
        Self(Arc::new(content))
    }
}

impl<T> Deref for Part<T> {
    type Target = T;

    fn deref(&self) -> &T {
        &self.0
    }
}

impl<T: Clone> DerefMut for Part<T> {
    /// Changing the content gives this part its own copy if a clone shares it.
    fn deref_mut(&mut self) -> &mut T {
        Arc::make_mut(&mut self.0)
    }
}

impl<T: Serialize> Serialize for Part<T> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        self.0.serialize(serializer)
    }
}

impl<'de, T: Deserialize<'de>> Deserialize<'de> for Part<T> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        T::deserialize(deserializer).map(Part::from)
    }
}

impl<T> Part<T> {
    /// Whether both share one and the same content, told without reading it.
    /// Content that is shared is never changed in place (a change makes a copy
    /// first), so while a view keeps a clone of the part it showed, `same`
    /// says exactly whether the part in the form is still that one: cheap
    /// however many notes it holds. Two parts made apart are never the same,
    /// even with equal content.
    pub fn same(&self, other: &Part<T>) -> bool {
        Arc::ptr_eq(&self.0, &other.0)
    }
}

impl<T: Send + Sync + 'static> Part<T> {
    /// What tells this content apart from any changed version of it.
    pub fn mark(&self) -> PartMark {
        PartMark(Arc::clone(&self.0) as Arc<dyn Any + Send + Sync>)
    }
}

/// The identity of a part's content at one moment: a part changed since has
/// another mark. Holding the mark keeps that content alive, so no later
/// content can take its place in memory and look the same.
#[derive(Clone)]
pub struct PartMark(Arc<dyn Any + Send + Sync>);

impl PartMark {
    /// Whether both marks are of the same content.
    pub fn same(&self, other: &PartMark) -> bool {
        std::ptr::eq(
            Arc::as_ptr(&self.0) as *const (),
            Arc::as_ptr(&other.0) as *const (),
        )
    }
}

impl std::fmt::Debug for PartMark {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "PartMark({:p})", Arc::as_ptr(&self.0) as *const ())
    }
}

/// A part as the store sees it: what it holds, stored as JSON.
pub trait StoredPart {
    /// The marks of its content (one per [`Part`] it is made of).
    fn marks(&self) -> Vec<PartMark>;
    /// Its content as stored JSON.
    fn to_json(&self) -> String;
    /// Whether it holds nothing: then it stays inside its workshop's key.
    fn is_empty(&self) -> bool;
}

impl<T: Serialize + Send + Sync + 'static> StoredPart for Part<Vec<T>> {
    fn marks(&self) -> Vec<PartMark> {
        vec![self.mark()]
    }

    fn to_json(&self) -> String {
        serde_json::to_string(self).expect("parts serialize to JSON")
    }

    fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

/// Reads a stored part's JSON into `slot`.
pub fn fill_part<T: DeserializeOwned>(
    slot: &mut Part<T>,
    content: serde_json::Value,
) -> Result<(), String> {
    *slot = serde_json::from_value::<T>(content)
        .map_err(|e| e.to_string())?
        .into();
    Ok(())
}

impl<'a, T> IntoIterator for &'a Part<Vec<T>> {
    type Item = &'a T;
    type IntoIter = std::slice::Iter<'a, T>;

    fn into_iter(self) -> Self::IntoIter {
        self.0.iter()
    }
}

impl<'a, T: Clone> IntoIterator for &'a mut Part<Vec<T>> {
    type Item = &'a mut T;
    type IntoIter = std::slice::IterMut<'a, T>;

    /// Gives this part its own copy first, like every change.
    fn into_iter(self) -> Self::IntoIter {
        Arc::make_mut(&mut self.0).iter_mut()
    }
}
