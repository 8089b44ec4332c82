//! An entity's large parts under keys of their own: writing them in an order
//! that never shows a half-saved entity, reading them back, and sorting out
//! what an interrupted save left behind.
//!
//! Write order: every part that changed is written first, each under a new
//! key (`…:part:<kind>:<id>:<activity>:<part>:<rev>`, `rev` being the
//! revision of the entity that first holds this content), so the key the
//! entity names stays intact. Then the entity's own key is written, naming
//! the exact revision of each part: that write is the commit. Only after it
//! are the keys it no longer names removed. A crash, a full quota or a closed
//! tab before the commit leaves the entity as it was (the new part keys are
//! named by nobody); after it, the entity is whole, with at most some old keys
//! left over. If the entity's key cannot be written, the part keys this save
//! wrote are removed again.
//!
//! At start-up a part key the entity does not name is removed only when
//! nothing is lost with it: the entity names a newer revision of that part
//! which reads, or the entity holds the same content. Any other is an orphan:
//! kept where it is, listed with the values set aside, and never written
//! over (new revisions go past it).
//!
//! The writing is in `write`, the reading and the sorting out in `read`, the
//! joining with another tab's version in `merge`; here is what they share:
//! what this tab knows of the stored parts, and their keys.

mod merge;
mod read;
mod write;

pub(super) use merge::Merged;

use super::keys::PartKey;
use super::{Backend, Entity, Repository};
use crate::model::PartMark;
use std::collections::hash_map::DefaultHasher;
use std::collections::BTreeMap;
use std::hash::{Hash, Hasher};

/// Where a part belongs in its entity: the activity and the part's id.
pub(super) type Place = (String, String);

/// A part as this tab last wrote or read it.
#[derive(Debug, Clone)]
pub(super) struct KnownPart {
    /// The revision in its key.
    rev: u64,
    /// The content it was, in memory.
    marks: Vec<PartMark>,
    /// A hash of its JSON.
    hash: u64,
}

/// What this tab knows of one entity's stored parts.
#[derive(Debug, Clone, Default)]
pub(super) struct KnownParts {
    named: BTreeMap<Place, KnownPart>,
    /// The entity without its parts and times, as JSON: to tell whether
    /// anything besides the parts changed.
    head: String,
}

fn text_hash(text: &str) -> u64 {
    let mut hasher = DefaultHasher::new();
    text.hash(&mut hasher);
    hasher.finish()
}

fn same_marks(a: &[PartMark], b: &[PartMark]) -> bool {
    a.len() == b.len() && a.iter().zip(b).all(|(a, b)| a.same(b))
}

/// The JSON of a part's content inside its stored envelope, as this app
/// writes it (`…,"data":<content>}`); the whole text for any other.
fn stored_content(text: &str) -> &str {
    text.find(",\"data\":")
        .and_then(|start| text[start + 8..].strip_suffix('}'))
        .unwrap_or(text)
}

/// The entity without its parts and the moments of its last change, as JSON.
fn head_of<E: Entity>(entity: &E) -> String {
    let mut head = entity.clone();
    for (activity, part) in places(entity) {
        head.empty_part(&activity, &part);
    }
    head.clear_times();
    serde_json::to_string(&head).expect("entities serialize to JSON")
}

fn part_marks<E: Entity>(entity: &E, place: &Place) -> Vec<PartMark> {
    entity
        .parts()
        .into_iter()
        .find(|(activity, part, _)| (*activity, *part) == (place.0.as_str(), place.1.as_str()))
        .map(|(_, _, stored)| stored.marks())
        .unwrap_or_default()
}

fn places<E: Entity>(entity: &E) -> Vec<Place> {
    entity
        .parts()
        .into_iter()
        .map(|(activity, part, _)| (activity.to_string(), part.to_string()))
        .collect()
}

/// The JSON of one part of `entity`; `None` when it is empty or not there.
fn part_json<E: Entity>(entity: &E, place: &Place) -> Option<String> {
    entity
        .parts()
        .into_iter()
        .find(|(activity, part, _)| (*activity, *part) == (place.0.as_str(), place.1.as_str()))
        .filter(|(_, _, stored)| !stored.is_empty())
        .map(|(_, _, stored)| stored.to_json())
}

impl<B: Backend> Repository<B> {
    /// The key of one part of the entity of `kind` and `id` at revision `rev`.
    fn part_key(kind: &str, id: &str, place: &Place, rev: u64) -> String {
        PartKey {
            kind: kind.to_string(),
            id: id.to_string(),
            activity: place.0.clone(),
            part: place.1.clone(),
            rev,
        }
        .key()
    }

    /// Removes keys, as far as it can: a key left is sorted out at the next start.
    fn remove_keys(&mut self, keys: &[String]) {
        for key in keys {
            if self.remember(key).is_ok() {
                let _ = self.backend.remove(key);
            }
        }
    }
}
