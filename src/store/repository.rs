//! The repository: loads and saves entities, one key each, over any [`Backend`].
//!
//! It remembers the revision of every key it has read or written. A save that
//! finds a different revision in storage knows another tab wrote in between and
//! keeps that version as a copy before writing its own; nothing is dropped.
//!
//! Text that is not even an envelope (no version of the app writes that) is
//! moved aside wherever it is found; an envelope it cannot open, only when found
//! at start-up. One that another tab writes while this tab runs is that tab's,
//! from a newer version most likely: this tab neither moves it aside nor saves
//! over it.
//!
//! An entity's large parts are stored under keys of their own (see `parts`
//! for the write order); two tabs that changed different parts of one entity
//! both keep their changes without a copy.
//!
//! This module holds what the repository knows and what concerns all its
//! keys; the rest of its work is in modules of its own: `reading`,
//! `writing`, `parts`, `set_aside` and `batch`.

use super::batch::Before;
use super::keys::PartKey;
use super::parts::KnownParts;
use super::{decoders, Backend, BackendError, Decoder, Decoders, Entity};
use std::collections::{BTreeMap, HashMap, HashSet};

/// Loads and saves entities over a backend.
pub struct Repository<B: Backend> {
    pub(super) backend: B,
    /// The revision of every key this tab has read or written.
    pub(super) known_revs: HashMap<String, u64>,
    /// The keys whose known revision this tab wrote itself.
    pub(super) own_writes: HashSet<String>,
    /// The parts of each entity key as this tab last wrote or read them.
    pub(super) known_parts: HashMap<String, KnownParts>,
    /// Part keys no entity names that hold something of their own, with
    /// what they name.
    pub(super) orphans: BTreeMap<String, PartKey>,
    /// Per entity key, the highest revision among its orphans: new
    /// revisions go past it.
    pub(super) orphan_revs: HashMap<String, u64>,
    /// While a batch is open: every key it changed, as it was before, and
    /// what was known of the parts.
    pub(super) batch: Option<(Vec<Before>, HashMap<String, KnownParts>)>,
    /// How stored JSON becomes entities; none until the app hands them over.
    pub(super) decoders: Option<&'static Decoders>,
}

impl<B: Backend> Repository<B> {
    /// A repository that has not read anything yet, with every decoder.
    pub fn new(backend: B) -> Self {
        let mut repository = Self::without_decoders(backend);
        repository.install_decoders(decoders());
        repository
    }

    /// A repository without decoders, until [`Repository::install_decoders`]:
    /// meanwhile it reads nothing (a load finds nothing, a reload nothing
    /// changed) and refuses a save or delete that must first read another
    /// tab's version ([`StoreError::NotLoaded`](super::StoreError::NotLoaded)).
    /// What it writes without reading is written as always.
    pub fn without_decoders(backend: B) -> Self {
        Self {
            decoders: None,
            backend,
            known_revs: HashMap::new(),
            own_writes: HashSet::new(),
            known_parts: HashMap::new(),
            orphans: BTreeMap::new(),
            orphan_revs: HashMap::new(),
            batch: None,
        }
    }

    /// Hands over the decoders: from now on the repository reads.
    pub fn install_decoders(&mut self, all: &'static Decoders) {
        self.decoders = Some(all);
    }

    /// Whether the repository has its decoders.
    pub fn has_decoders(&self) -> bool {
        self.decoders.is_some()
    }

    /// The decoder of kind `E`, once installed.
    pub(super) fn decoder<E: Entity>(&self) -> Option<&'static Decoder<E>> {
        self.decoders.map(E::decoder)
    }

    /// Removes every key of the app, and nothing else on the origin.
    pub fn erase_everything(&mut self) -> Result<(), BackendError> {
        for key in self.backend.keys()? {
            if super::is_app_key(&key) {
                self.backend.remove(&key)?;
            }
        }
        self.known_revs.clear();
        self.own_writes.clear();
        self.known_parts.clear();
        self.orphans.clear();
        self.orphan_revs.clear();
        Ok(())
    }

    /// UTF-16 code units used by the app's keys and values (what localStorage counts).
    pub fn units_used(&self) -> Result<usize, BackendError> {
        let mut units = 0;
        for key in self.backend.keys()? {
            if super::is_app_key(&key) {
                let value = self.backend.get(&key)?.unwrap_or_default();
                units += key.encode_utf16().count() + value.encode_utf16().count();
            }
        }
        Ok(units)
    }
}
