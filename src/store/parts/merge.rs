//! Joining another tab's version of an entity with this tab's, part by part.

use super::{head_of, part_json, places, same_marks, text_hash, KnownParts, Place};
use crate::model::PartMark;
use crate::store::reading::Reading;
use crate::store::writing::open_theirs;
use crate::store::{
    Backend, DecodeError, Decoder, Entity, Envelope, LoadProblem, Repository, StoreError,
};
use std::collections::{BTreeMap, BTreeSet};

/// What the other tab's version and this tab's come to.
pub(in crate::store) enum Merged<E> {
    /// Each part changed on one side only: both sides' changes in one.
    Joined(E),
    /// The same part (or the rest) changed on both sides: theirs, whole.
    Conflict(E),
}

impl<B: Backend> Repository<B> {
    /// Merges another tab's version (`envelope`, found under `key`, read
    /// with `decoder`) with `ours`, part by part, against what this tab last knew of `key` (a
    /// conflict when it knew nothing). Also returns what storage holds of
    /// the parts, for the write that follows.
    pub(in crate::store) fn merge_theirs<E: Entity>(
        &mut self,
        key: &str,
        ours: &E,
        envelope: Envelope,
        decoder: &Decoder<E>,
    ) -> Result<(Merged<E>, KnownParts), StoreError> {
        let named = envelope.parts.clone();
        let mut theirs = open_theirs(envelope, decoder)?;
        let mut problems = Vec::new();
        let Some(their_parts) = self.read_parts(
            decoder,
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
        let merged = merge(ours, theirs, base, &their_parts, decoder);
        Ok((merged, their_parts))
    }
}

/// Joins `ours` and `theirs` part by part against `base`, what this tab last
/// knew; `their_parts` is what storage holds of theirs.
fn merge<E: Entity>(
    ours: &E,
    theirs: E,
    base: &KnownParts,
    their_parts: &KnownParts,
    decoder: &Decoder<E>,
) -> Merged<E> {
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
                .and_then(|content| (decoder.part)(&mut joined, &place.0, &place.1, content))
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
