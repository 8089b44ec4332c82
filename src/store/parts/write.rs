//! Writing an entity with its parts: the changed parts first, then the
//! entity's key naming them (the commit), then away with what it no longer
//! names.

use super::{head_of, same_marks, text_hash, KnownPart, KnownParts};
use crate::store::envelope::{envelope_text, part_envelope_text, NamedPart};
use crate::store::{entity_key, Backend, Entity, Repository, StoreError};
use std::collections::BTreeMap;

impl<B: Backend> Repository<B> {
    /// Writes `entity` under `key` at revision `rev`: its changed parts first,
    /// then its own key naming every part, then away with the keys no longer
    /// named. `known` is what storage holds of its parts now. Storage is as
    /// before when this fails.
    pub(in crate::store) fn write_entity<E: Entity>(
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
                            let part_key = Self::part_key(E::KIND, entity.id(), &place, rev);
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
            .map(|(place, part)| Self::part_key(E::KIND, entity.id(), place, part.rev))
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

    /// Whether a part key this tab wrote with revision `rev` of the entity
    /// of `kind` and `id` holds something else now: another tab wrote the
    /// same revision of that part.
    pub(in crate::store) fn parts_written_over(&self, kind: &str, id: &str, rev: u64) -> bool {
        let Some(known) = self.known_parts.get(&entity_key(kind, id)) else {
            return false;
        };
        known
            .named
            .iter()
            .filter(|(_, part)| part.rev == rev)
            .any(|(place, _)| {
                let part_key = Self::part_key(kind, id, place, rev);
                self.backend.unchanged_since_written(&part_key) == Some(false)
            })
    }

    /// Removes the part keys of entity `id` that `parts` names (after the
    /// entity's own key is gone).
    pub(in crate::store) fn remove_named_parts<E: Entity>(&mut self, id: &str, parts: &KnownParts) {
        let keys: Vec<String> = parts
            .named
            .iter()
            .map(|(place, part)| Self::part_key(E::KIND, id, place, part.rev))
            .collect();
        self.remove_keys(&keys);
    }
}
