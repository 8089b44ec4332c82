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

use super::envelope::{envelope_text, part_envelope_text, NamedPart};
use super::keys::PartKey;
use super::reading::Reading;
use super::writing::open_theirs;
use super::StoreError;
use super::{Backend, BackendError, DecodeError, Entity, Envelope, LoadProblem, Repository};
use crate::model::PartMark;
use std::collections::hash_map::DefaultHasher;
use std::collections::{BTreeMap, BTreeSet};
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

/// What the other tab's version and this tab's come to.
pub(super) enum Merged<E> {
    /// Each part changed on one side only: both sides' changes in one.
    Joined(E),
    /// The same part (or the rest) changed on both sides: theirs, whole.
    Conflict(E),
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
    /// Writes `entity` under `key` at revision `rev`: its changed parts first,
    /// then its own key naming every part, then away with the keys no longer
    /// named. `known` is what storage holds of its parts now. Storage is as
    /// before when this fails.
    pub(super) fn write_entity<E: Entity>(
        &mut self,
        key: &str,
        entity: &E,
        (rev, now): (u64, i64),
        known: KnownParts,
    ) -> Result<(), StoreError> {
        let mut named = Vec::new();
        let mut now_known = BTreeMap::new();
        let mut written = Vec::new();
        for (activity, part, stored) in entity.parts() {
            if stored.is_empty() {
                continue;
            }
            let place = (activity.to_string(), part.to_string());
            let marks = stored.marks();
            let before = known.named.get(&place);
            let (part_rev, hash) = match before {
                Some(before) if same_marks(&before.marks, &marks) => (before.rev, before.hash),
                _ => {
                    let json = stored.to_json();
                    let hash = text_hash(&json);
                    match before {
                        Some(before) if before.hash == hash => (before.rev, hash),
                        _ => {
                            let part_key = self.part_key::<E>(entity.id(), &place, rev);
                            let text = part_envelope_text::<E>(&json, rev, now);
                            if let Err(error) = self.write(&part_key, &text) {
                                self.remove_keys(&written);
                                return Err(error);
                            }
                            written.push(part_key);
                            (rev, hash)
                        }
                    }
                }
            };
            named.push(NamedPart {
                activity: place.0.clone(),
                part: place.1.clone(),
                rev: part_rev,
            });
            now_known.insert(
                place,
                KnownPart {
                    rev: part_rev,
                    marks,
                    hash,
                },
            );
        }
        let text = if named.is_empty() {
            envelope_text(entity, rev, now, &[])
        } else {
            let mut hollow = entity.clone();
            for part in &named {
                hollow.empty_part(&part.activity, &part.part);
            }
            envelope_text(&hollow, rev, now, &named)
        };
        if let Err(error) = self.write(key, &text) {
            self.remove_keys(&written);
            return Err(error);
        }
        // Committed: the keys of parts no longer named are left-overs.
        let superseded: Vec<String> = known
            .named
            .iter()
            .filter(|(place, part)| now_known.get(*place).is_none_or(|now| now.rev != part.rev))
            .map(|(place, part)| self.part_key::<E>(entity.id(), place, part.rev))
            .collect();
        self.remove_keys(&superseded);
        if E::SPLIT_SINCE.is_some() {
            let parts = KnownParts {
                named: now_known,
                head: head_of(entity),
            };
            self.known_parts.insert(key.to_string(), parts);
        }
        Ok(())
    }

    /// Reads the parts `envelope` names into `entity`. A part that is missing
    /// or does not read is reported with its key; at start-up it is moved
    /// aside (the rest opens without it), after another tab wrote it the
    /// whole entity is left alone.
    pub(super) fn read_parts<E: Entity>(
        &mut self,
        entity: &mut E,
        named: &[NamedPart],
        reading: Reading,
        now: i64,
        problems: &mut Vec<LoadProblem>,
    ) -> Result<Option<KnownParts>, BackendError> {
        let mut known = BTreeMap::new();
        for part in named {
            let place = (part.activity.clone(), part.part.clone());
            let part_key = self.part_key::<E>(entity.id(), &place, part.rev);
            let text = self.backend.get(&part_key)?;
            let filled = match &text {
                None => Err(DecodeError::BadData("the part is missing".into())),
                Some(text) => open_part::<E>(text).and_then(|data| {
                    entity
                        .fill_part(&part.activity, &part.part, data)
                        .map_err(DecodeError::BadData)
                }),
            };
            match (filled, text) {
                (Ok(()), Some(text)) => {
                    let marks = part_marks(entity, &place);
                    let hash = text_hash(stored_content(&text));
                    known.insert(
                        place,
                        KnownPart {
                            rev: part.rev,
                            marks,
                            hash,
                        },
                    );
                }
                (Err(reason), _) if reading == Reading::AfterOtherTab => {
                    problems.push(LoadProblem::FromNewerTab {
                        key: part_key,
                        reason,
                    });
                    return Ok(None);
                }
                (filled, text) => {
                    let reason = filled
                        .err()
                        .unwrap_or(DecodeError::BadData("the part is missing".into()));
                    entity.empty_part(&part.activity, &part.part);
                    problems.push(match text {
                        Some(text) => self.quarantine(&part_key, &text, reason, now),
                        None => LoadProblem::Quarantined {
                            key: part_key,
                            moved_to: None,
                            reason,
                        },
                    });
                }
            }
        }
        Ok(Some(KnownParts {
            named: known,
            head: head_of(entity),
        }))
    }

    /// Sorts out the part keys of the entity under `key` that its key does not
    /// name, at start-up: what holds nothing the entity lacks is removed,
    /// the rest is kept as an orphan.
    pub(super) fn sort_leftovers<E: Entity>(
        &mut self,
        key: &str,
        entity: Option<&E>,
        leftovers: &[PartKey],
    ) -> Result<(), BackendError> {
        let known = self.known_parts.get(key).cloned().unwrap_or_default();
        for leftover in leftovers {
            let place = (leftover.activity.clone(), leftover.part.clone());
            let part_key = leftover.key();
            let named = known.named.get(&place);
            if named.is_some_and(|named| named.rev == leftover.rev) {
                continue;
            }
            let superseded = named.is_some_and(|named| named.rev > leftover.rev);
            let same = entity.is_some_and(|entity| {
                let text = self
                    .backend
                    .get(&part_key)
                    .ok()
                    .flatten()
                    .unwrap_or_default();
                let theirs = serde_json::from_str::<serde_json::Value>(stored_content(&text)).ok();
                let ours = part_json(entity, &place)
                    .and_then(|json| serde_json::from_str::<serde_json::Value>(&json).ok());
                ours.is_some() && theirs == ours
            });
            if entity.is_some() && (superseded || same) {
                self.backend.remove(&part_key)?;
            } else {
                let highest = self.orphan_revs.entry(key.to_string()).or_insert(0);
                *highest = (*highest).max(leftover.rev);
                self.orphans.insert(part_key, leftover.clone());
            }
        }
        Ok(())
    }

    /// Merges another tab's version (`envelope`, found under `key`) with
    /// `ours`, part by part, against what this tab last knew of `key` (a
    /// conflict when it knew nothing). Also returns what storage holds of
    /// the parts, for the write that follows.
    pub(super) fn merge_theirs<E: Entity>(
        &mut self,
        key: &str,
        ours: &E,
        envelope: Envelope,
    ) -> Result<(Merged<E>, KnownParts), StoreError> {
        let named = envelope.parts.clone();
        let mut theirs = open_theirs::<E>(envelope)?;
        let mut problems = Vec::new();
        let Some(their_parts) = self.read_parts(
            &mut theirs,
            &named,
            Reading::AfterOtherTab,
            0,
            &mut problems,
        )?
        else {
            let reason = match problems.pop() {
                Some(LoadProblem::FromNewerTab { reason, .. }) => reason,
                _ => DecodeError::BadData("a part does not read".into()),
            };
            return Err(StoreError::UnreadableInStorage(reason));
        };
        let Some(base) = self.known_parts.get(key) else {
            return Ok((Merged::Conflict(theirs), their_parts));
        };
        let merged = merge(ours, theirs, base, &their_parts);
        Ok((merged, their_parts))
    }
    /// Removes the part keys of entity `id` that `parts` names (after the
    /// entity's own key is gone).
    pub(super) fn remove_named_parts<E: Entity>(&mut self, id: &str, parts: &KnownParts) {
        let keys: Vec<String> = parts
            .named
            .iter()
            .map(|(place, part)| self.part_key::<E>(id, place, part.rev))
            .collect();
        self.remove_keys(&keys);
    }

    /// The key of one part of entity `id` at revision `rev`.
    fn part_key<E: Entity>(&self, id: &str, place: &Place, rev: u64) -> String {
        PartKey {
            kind: E::KIND.to_string(),
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

/// Joins `ours` and `theirs` part by part against `base`, what this tab last
/// knew; `their_parts` is what storage holds of theirs.
fn merge<E: Entity>(ours: &E, theirs: E, base: &KnownParts, their_parts: &KnownParts) -> Merged<E> {
    let our_head = head_of(ours);
    let ours_head_changed = our_head != base.head;
    let theirs_head_changed = their_parts.head != base.head;
    if ours_head_changed && theirs_head_changed && our_head != their_parts.head {
        return Merged::Conflict(theirs);
    }
    let mut all: BTreeSet<Place> = base.named.keys().cloned().collect();
    all.extend(their_parts.named.keys().cloned());
    all.extend(places(ours));
    let our_marks: BTreeMap<Place, Vec<PartMark>> = ours
        .parts()
        .into_iter()
        .filter(|(_, _, stored)| !stored.is_empty())
        .map(|(a, p, stored)| ((a.to_string(), p.to_string()), stored.marks()))
        .collect();
    let mut from_ours = Vec::new();
    let mut from_theirs = Vec::new();
    for place in all {
        let was = base.named.get(&place);
        let ours_changed = match (was, our_marks.get(&place)) {
            (None, None) => false,
            (Some(was), Some(marks)) => {
                !same_marks(&was.marks, marks)
                    && part_json(ours, &place).map(|json| text_hash(&json)) != Some(was.hash)
            }
            _ => true,
        };
        let theirs_changed = was.map(|p| p.rev) != their_parts.named.get(&place).map(|p| p.rev);
        match (ours_changed, theirs_changed) {
            (true, true) if part_json(ours, &place) != part_json(&theirs, &place) => {
                return Merged::Conflict(theirs);
            }
            (true, _) => from_ours.push(place),
            (false, true) => from_theirs.push(place),
            (false, false) => {}
        }
    }
    let (mut joined, from, moved) = if theirs_head_changed {
        (theirs.clone(), ours, from_ours)
    } else {
        (ours.clone(), &theirs, from_theirs)
    };
    for place in moved {
        let fits = match part_json(from, &place) {
            Some(json) => serde_json::from_str(&json)
                .map_err(|e| e.to_string())
                .and_then(|content| joined.fill_part(&place.0, &place.1, content))
                .is_ok(),
            None => {
                joined.empty_part(&place.0, &place.1);
                true
            }
        };
        if !fits {
            return Merged::Conflict(theirs);
        }
    }
    Merged::Joined(joined)
}

/// Reads a part's envelope: the content, if this app can read its schema.
fn open_part<E: Entity>(text: &str) -> Result<serde_json::Value, DecodeError> {
    let envelope = Envelope::parse(text)?;
    if envelope.schema > E::STORED_SCHEMA {
        return Err(DecodeError::TooNew {
            found: envelope.schema,
            supported: E::STORED_SCHEMA,
        });
    }
    Ok(envelope.data)
}
