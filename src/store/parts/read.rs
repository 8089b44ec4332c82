//! Reading an entity's parts back, and sorting out at start-up the part keys
//! its key does not name.

use super::{head_of, part_json, part_marks, stored_content, text_hash, KnownPart, KnownParts};
use crate::store::envelope::NamedPart;
use crate::store::keys::PartKey;
use crate::store::reading::Reading;
use crate::store::{
    Backend, BackendError, DecodeError, Decoder, Entity, Envelope, LoadProblem, Repository,
};
use std::collections::BTreeMap;

impl<B: Backend> Repository<B> {
    /// Reads the parts `envelope` names into `entity`. A part that is missing
    /// or does not read is reported with its key; at start-up it is moved
    /// aside (the rest opens without it), after another tab wrote it the
    /// whole entity is left alone.
    pub(in crate::store) fn read_parts<E: Entity>(
        &mut self,
        decoder: &Decoder<E>,
        entity: &mut E,
        named: &[NamedPart],
        reading: Reading,
        now: i64,
        problems: &mut Vec<LoadProblem>,
    ) -> Result<Option<KnownParts>, BackendError> {
        let mut known = BTreeMap::new();
        for part in named {
            let place = (part.activity.clone(), part.part.clone());
            let part_key = Self::part_key(E::KIND, entity.id(), &place, part.rev);
            let text = self.backend.get(&part_key)?;
            let filled = match &text {
                None => Err(DecodeError::BadData("the part is missing".into())),
                Some(text) => open_part::<E>(text).and_then(|data| {
                    (decoder.part)(entity, &part.activity, &part.part, data)
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
    pub(in crate::store) fn sort_leftovers<E: Entity>(
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
