//! Reading entities: everything of one kind at start-up (sorting out the part
//! keys no entity names), one entity by id, and a key again after another tab
//! changed it (a `storage` event). What does not read is reported, and moved
//! aside only at start-up.

use super::envelope::envelope_rev;
use super::keys::PartKey;
use super::{entity_key, parse_entity_key, Backend, BackendError, DecodeError, Entity, Envelope};
use super::{LoadProblem, Loaded, Reloaded, Repository};
use std::collections::BTreeMap;

/// When a key is read, which decides what becomes of an envelope this app
/// cannot open.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Reading {
    /// At start-up: it is moved aside (a newer schema's is left alone).
    AtStart,
    /// After another tab changed the key: it is that tab's and is left alone.
    AfterOtherTab,
}

impl<B: Backend> Repository<B> {
    /// Loads every entity of kind `E`. A broken value is quarantined and reported;
    /// it never stops the others from loading.
    pub fn load_all<E: Entity>(&mut self, now: i64) -> Result<Loaded<E>, BackendError> {
        let mut loaded = Loaded {
            entities: Vec::new(),
            problems: Vec::new(),
        };
        if self.decoders.is_none() {
            return Ok(loaded);
        }
        let all_keys = self.backend.keys()?;
        let mut parts: BTreeMap<String, Vec<PartKey>> = BTreeMap::new();
        for part in all_keys.iter().filter_map(|key| PartKey::parse(key)) {
            if part.kind == E::KIND {
                parts
                    .entry(entity_key(E::KIND, &part.id))
                    .or_default()
                    .push(part);
            }
        }
        let mut keys: Vec<String> = all_keys
            .into_iter()
            .filter(|key| matches!(parse_entity_key(key), Some((kind, _)) if kind == E::KIND))
            .collect();
        keys.sort();
        for key in keys {
            let leftovers = parts.remove(&key).unwrap_or_default();
            match self.read::<E>(&key, now, Reading::AtStart, &mut loaded.problems)? {
                Reloaded::Changed(entity) => {
                    self.sort_leftovers(&key, Some(&entity), &leftovers)?;
                    loaded.entities.push(entity);
                }
                Reloaded::Problem(problem) => {
                    // A newer app's parts are its own; others are kept as orphans.
                    if !matches!(problem, LoadProblem::TooNew { .. }) {
                        self.sort_leftovers::<E>(&key, None, &leftovers)?;
                    }
                    loaded.problems.push(problem);
                }
                Reloaded::Removed | Reloaded::Unchanged | Reloaded::WrittenOver => {}
            }
        }
        for (key, leftovers) in parts {
            self.sort_leftovers::<E>(&key, None, &leftovers)?;
        }
        Ok(loaded)
    }

    /// Loads one entity by id, e.g. the settings.
    pub fn load_one<E: Entity>(&mut self, id: &str, now: i64) -> Result<Reloaded<E>, BackendError> {
        let mut problems = Vec::new();
        let read = self.read::<E>(
            &entity_key(E::KIND, id),
            now,
            Reading::AtStart,
            &mut problems,
        )?;
        Ok(problems.pop().map_or(read, Reloaded::Problem))
    }

    /// Reads a key again after another tab changed it. An envelope this app
    /// cannot open is left where it is and reported as
    /// [`LoadProblem::FromNewerTab`].
    pub fn reload<E: Entity>(&mut self, id: &str, now: i64) -> Result<Reloaded<E>, BackendError> {
        let key = entity_key(E::KIND, id);
        let Some(text) = self.backend.get(&key)? else {
            self.own_writes.remove(&key);
            let was_known = self.known_revs.remove(&key).is_some();
            return Ok(if was_known {
                Reloaded::Removed
            } else {
                Reloaded::Unchanged
            });
        };
        // The revision alone, read from the envelope's head: a save by
        // another tab sends an event for each part it wrote, and all but the
        // first find the revision already known.
        if let Ok(rev) = envelope_rev(&text) {
            if self.known_revs.get(&key) == Some(&rev) {
                let unchanged = self.backend.unchanged_since_written(&key);
                return Ok(if self.written_over(E::KIND, id, Some(rev), unchanged) {
                    Reloaded::WrittenOver
                } else {
                    Reloaded::Unchanged
                });
            }
        }
        let mut problems = Vec::new();
        let read = self.read::<E>(&key, now, Reading::AfterOtherTab, &mut problems)?;
        Ok(problems.pop().map_or(read, Reloaded::Problem))
    }

    /// Reads and decodes one key. A value that is not an envelope is
    /// quarantined; one that does not open is quarantined at start-up, left
    /// alone after another tab wrote it.
    /// Its parts are read too; one that does not read is reported in
    /// `problems` (at start-up the rest of the entity opens without it).
    fn read<E: Entity>(
        &mut self,
        key: &str,
        now: i64,
        reading: Reading,
        problems: &mut Vec<LoadProblem>,
    ) -> Result<Reloaded<E>, BackendError> {
        let Some(decoder) = self.decoder::<E>() else {
            return Ok(Reloaded::Unchanged);
        };
        let Some(text) = self.backend.get(key)? else {
            return Ok(Reloaded::Removed);
        };
        let opened = Envelope::parse(&text).and_then(|envelope| {
            let (rev, parts) = (envelope.rev, envelope.parts.clone());
            envelope.open(decoder).map(|entity| (entity, rev, parts))
        });
        match (opened, reading) {
            (Ok((mut entity, rev, parts)), _) => {
                // Repair: the key is the truth about the id.
                if let Some((_, id)) = parse_entity_key(key) {
                    if entity.id() != id {
                        entity.set_id(id.to_string());
                    }
                }
                let read = self.read_parts(decoder, &mut entity, &parts, reading, now, problems)?;
                let Some(known_parts) = read else {
                    return Ok(Reloaded::Unchanged);
                };
                if E::SPLIT_SINCE.is_some() {
                    self.known_parts.insert(key.to_string(), known_parts);
                }
                self.known_revs.insert(key.to_string(), rev);
                self.own_writes.remove(key);
                Ok(Reloaded::Changed(entity))
            }
            (Err(reason), Reading::AfterOtherTab) => {
                Ok(Reloaded::Problem(LoadProblem::FromNewerTab {
                    key: key.to_string(),
                    reason,
                }))
            }
            (Err(DecodeError::TooNew { found, .. }), Reading::AtStart) => {
                Ok(Reloaded::Problem(LoadProblem::TooNew {
                    key: key.to_string(),
                    schema: found,
                }))
            }
            (Err(reason), Reading::AtStart) => {
                Ok(Reloaded::Problem(self.quarantine(key, &text, reason, now)))
            }
        }
    }
}
