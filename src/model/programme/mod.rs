//! A workshop's programme (draaiboek): its blocks in order, from a start time
//! that gives each block its clock time, with the packing list made of the
//! blocks' materials. Running it live is in [`live`].
//!
//! Every change is a function that returns the new state or a typed
//! [`ValidationError`]; a refused change leaves the programme as it was.

mod block;
mod clock;
mod live;
mod packing;

pub use block::{
    parse_minutes, Block, BlockDraft, BlockKind, PlainKind, MAX_BLOCK_MINUTES,
    MAX_BLOCK_TEXT_CHARS, MAX_BLOCK_TITLE_CHARS, MAX_LEADER_CHARS, MIN_BLOCK_MINUTES,
};
pub use clock::ClockTime;
pub use live::{LiveRun, LiveStatus, ReachedBlock};
pub use packing::PackingItem;

use super::stored_check::{check_count, check_ids, check_items, Checked, Within};
use super::{BlockId, Field, ValidationError};
use serde::{Deserialize, Serialize};

/// The most blocks in one programme.
pub const MAX_BLOCKS: usize = 60;
/// The longest programme, in minutes: sixteen hours.
pub const MAX_PROGRAMME_MINUTES: u32 = 16 * 60;

/// A workshop's programme as stored; empty in a workshop without one.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Programme {
    /// When the meeting starts, if set.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub start: Option<ClockTime>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub blocks: Vec<Block>,
    /// The packing list's things ticked off, by their key.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub packed: Vec<String>,
    /// The programme being run, if it is.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub live: Option<LiveRun>,
}

/// A block's place on the clock.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Slot {
    /// Minutes after the programme's start.
    pub offset: u32,
    /// When it begins, if the programme has a start time.
    pub begins: Option<ClockTime>,
    /// When it ends, if the programme has a start time.
    pub ends: Option<ClockTime>,
}

impl Programme {
    /// Whether there is nothing in it (a workshop without a programme).
    pub fn is_empty(&self) -> bool {
        *self == Programme::default()
    }

    /// The block with this id.
    pub fn block(&self, id: BlockId) -> Option<&Block> {
        self.blocks.iter().find(|b| b.id == id)
    }

    fn position(&self, id: BlockId) -> Result<usize, ValidationError> {
        self.blocks
            .iter()
            .position(|b| b.id == id)
            .ok_or(ValidationError::NotFound)
    }

    /// The minutes of every block together.
    pub fn total_minutes(&self) -> u32 {
        self.blocks.iter().map(|b| u32::from(b.minutes)).sum()
    }

    /// Each block's place on the clock, in order.
    pub fn slots(&self) -> Vec<Slot> {
        let mut offset = 0;
        self.blocks
            .iter()
            .map(|block| {
                let slot = Slot {
                    offset,
                    begins: self.start.map(|start| start.plus(offset)),
                    ends: self
                        .start
                        .map(|start| start.plus(offset + u32::from(block.minutes))),
                };
                offset += u32::from(block.minutes);
                slot
            })
            .collect()
    }

    /// When the programme ends, if it has a start time.
    pub fn end(&self) -> Option<ClockTime> {
        self.start.map(|start| start.plus(self.total_minutes()))
    }

    /// Sets the start time from what was typed; empty takes it away.
    pub fn set_start(&mut self, text: &str) -> Result<(), ValidationError> {
        self.start = match text.trim() {
            "" => None,
            text => Some(ClockTime::parse(text).ok_or(ValidationError::StartTimeInvalid)?),
        };
        Ok(())
    }

    /// Adds the draft as a block under `id`, at `at` (the end when `None`).
    pub fn add(
        &mut self,
        draft: &BlockDraft,
        id: BlockId,
        at: Option<usize>,
    ) -> Result<(), ValidationError> {
        if self.block(id).is_some() {
            return Err(ValidationError::DuplicateId);
        }
        let block = draft.check(id)?;
        self.insert_checked(at.unwrap_or(self.blocks.len()), block)
    }

    /// Adds the drafts as blocks at the end, each under its id: all of them,
    /// or none and why the first refused one is refused.
    pub fn append(&mut self, drafts: &[(BlockId, BlockDraft)]) -> Result<(), ValidationError> {
        let mut added: Vec<Block> = Vec::with_capacity(drafts.len());
        let mut minutes = self.total_minutes();
        for (id, draft) in drafts {
            if self.block(*id).is_some() || added.iter().any(|b| b.id == *id) {
                return Err(ValidationError::DuplicateId);
            }
            let block = draft.check(*id)?;
            minutes += u32::from(block.minutes);
            check_room(self.blocks.len() + added.len(), minutes)?;
            added.push(block);
        }
        self.blocks.extend(added);
        Ok(())
    }

    /// Inserts a checked block at `index`, within the limits of count and time.
    fn insert_checked(&mut self, index: usize, block: Block) -> Result<(), ValidationError> {
        check_room(
            self.blocks.len(),
            self.total_minutes() + u32::from(block.minutes),
        )?;
        self.blocks.insert(index.min(self.blocks.len()), block);
        Ok(())
    }

    /// Replaces a block's fields with the draft's.
    pub fn change(&mut self, id: BlockId, draft: &BlockDraft) -> Result<(), ValidationError> {
        let index = self.position(id)?;
        let block = draft.check(id)?;
        let others = self.total_minutes() - u32::from(self.blocks[index].minutes);
        check_total(others + u32::from(block.minutes))?;
        self.blocks[index] = block;
        Ok(())
    }

    /// Puts a copy of a block under `new_id` right after it.
    pub fn duplicate(&mut self, id: BlockId, new_id: BlockId) -> Result<(), ValidationError> {
        if self.block(new_id).is_some() {
            return Err(ValidationError::DuplicateId);
        }
        let index = self.position(id)?;
        let copy = Block {
            id: new_id,
            ..self.blocks[index].clone()
        };
        self.insert_checked(index + 1, copy)
    }

    /// Moves a block `by` places (negative: earlier), stopping at either end.
    pub fn shift(&mut self, id: BlockId, by: isize) -> Result<(), ValidationError> {
        let from = self.position(id)?;
        let to = from
            .saturating_add_signed(by)
            .min(self.blocks.len().saturating_sub(1));
        let block = self.blocks.remove(from);
        self.blocks.insert(to, block);
        Ok(())
    }

    /// How many places [`Programme::shift`] moves the block at index `from`
    /// to land in the gap before the block at index `gap` (after the last
    /// block when `gap` is their number); `None` when it is there already.
    pub fn shift_into_gap(from: usize, gap: usize) -> Option<isize> {
        let to = if gap > from { gap - 1 } else { gap };
        (to != from).then(|| to as isize - from as isize)
    }

    /// Takes a block out; [`Programme::restore`] puts it back.
    pub fn remove(&mut self, id: BlockId) -> Result<(usize, Block), ValidationError> {
        let index = self.position(id)?;
        Ok((index, self.blocks.remove(index)))
    }

    /// Puts a removed block back where it was; refused when it no longer fits.
    pub fn restore(&mut self, index: usize, block: Block) -> Result<(), ValidationError> {
        if self.block(block.id).is_some() {
            return Ok(());
        }
        self.insert_checked(index, block)
    }

    /// Whether a stored programme keeps the rules its editing keeps.
    pub fn check_stored(&self) -> Checked {
        check_count(self.blocks.len(), 0..=MAX_BLOCKS).within("blocks")?;
        check_ids(&self.blocks, |b| b.id).within("blocks")?;
        check_items(&self.blocks, Block::check_stored).within("blocks")?;
        check_total(self.total_minutes())
            .map_err(|_| out_of_range())
            .within("blocks")?;
        packing::check_packed(&self.packed).within("packed")?;
        match &self.live {
            Some(live) => live.check_stored().within("live"),
            None => Ok(()),
        }
    }
}

/// One more block fits after `blocks` blocks, making a programme of `minutes`.
fn check_room(blocks: usize, minutes: u32) -> Result<(), ValidationError> {
    if blocks >= MAX_BLOCKS {
        return Err(ValidationError::TooMany {
            field: Field::Blocks,
            max: MAX_BLOCKS,
        });
    }
    check_total(minutes)
}

/// A programme of `minutes` is within sixteen hours.
fn check_total(minutes: u32) -> Result<(), ValidationError> {
    if minutes > MAX_PROGRAMME_MINUTES {
        return Err(ValidationError::ProgrammeTooLong {
            max_hours: MAX_PROGRAMME_MINUTES / 60,
        });
    }
    Ok(())
}

fn out_of_range() -> super::Violation {
    super::Violation {
        path: Vec::new(),
        flaw: super::Flaw::OutOfRange,
    }
}
