//! The packing list (paklijst): every thing the blocks need, once, in the
//! order the programme first needs it, each to tick off.

use super::{Block, Programme};
use crate::model::stored_check::{check_count, check_filled, check_items, Checked};

/// The most ticks kept: more than a programme's blocks can name.
const MAX_PACKED: usize = 1000;
/// The longest key of a ticked thing, in characters.
const MAX_PACKED_CHARS: usize = 4000;

/// One thing to bring.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PackingItem {
    /// The thing, as the first block that needs it writes it.
    pub name: String,
    /// What a tick is stored as: the name in small letters, spaces joined.
    pub key: String,
    /// The titles of the blocks that need it.
    pub for_blocks: Vec<String>,
    /// Whether it is ticked off.
    pub packed: bool,
}

/// The key a thing's tick is stored under: small letters, single spaces.
pub fn packing_key(name: &str) -> String {
    name.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

impl Programme {
    /// The packing list of every block's materials.
    pub fn packing_list(&self) -> Vec<PackingItem> {
        let mut items: Vec<PackingItem> = Vec::new();
        for block in &self.blocks {
            for line in block.material_lines() {
                add_need(&mut items, line, block);
            }
        }
        for item in &mut items {
            item.packed = self.packed.contains(&item.key);
        }
        items
    }

    /// Ticks a thing off, or takes the tick away.
    pub fn toggle_packed(&mut self, key: &str) {
        match self.packed.iter().position(|k| k == key) {
            Some(index) => {
                self.packed.remove(index);
            }
            None if self.packed.len() < MAX_PACKED && !key.is_empty() => {
                self.packed.push(key.to_string())
            }
            None => {}
        }
    }
}

fn add_need(items: &mut Vec<PackingItem>, line: &str, block: &Block) {
    let key = packing_key(line);
    match items.iter_mut().find(|item| item.key == key) {
        Some(item) => {
            if !item.for_blocks.contains(&block.title) {
                item.for_blocks.push(block.title.clone());
            }
        }
        None => items.push(PackingItem {
            name: line.to_string(),
            key,
            for_blocks: vec![block.title.clone()],
            packed: false,
        }),
    }
}

/// Stored ticks: at most [`MAX_PACKED`], each a text.
pub(super) fn check_packed(packed: &[String]) -> Checked {
    check_count(packed.len(), 0..=MAX_PACKED)?;
    check_items(packed, |key| check_filled(key, MAX_PACKED_CHARS))
}
