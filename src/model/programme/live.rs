//! Running a programme live: which block is on, its own timer (kept as
//! moments, so it is right after a reload), and how far ahead or behind the
//! plan the meeting is.
//!
//! The plan is anchored at `planned_start`: the moment the first block was
//! meant to begin. The expected end is now plus what is left of the current
//! block plus every block after it; the difference with the planned end is
//! how far behind (positive) or ahead (negative) the meeting runs.

use super::{Block, Programme};
use crate::model::stored_check::{check_count, require, Checked, Flaw, Within};
use crate::model::{BlockId, Timer, TimerState, Timestamp, ValidationError, MINUTE_MS};
use serde::{Deserialize, Serialize};

/// A programme being run, as stored.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct LiveRun {
    /// When the first block was meant to begin.
    pub planned_start: Timestamp,
    /// The blocks reached so far, in order; the last is on now.
    pub reached: Vec<ReachedBlock>,
    /// When the last block was done, if it was.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub finished_at: Option<Timestamp>,
}

/// A block reached while running, with its own timer.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReachedBlock {
    pub block: BlockId,
    pub timer: Timer,
}

/// Where a run stands at a moment.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LiveStatus {
    /// The block on now, by its place in the programme.
    pub index: usize,
    /// Its timer's state.
    pub timer: TimerState,
    /// When the programme was planned to end.
    pub planned_end: Timestamp,
    /// When it will end at this pace.
    pub expected_end: Timestamp,
    /// Whether the last block is done.
    pub finished: bool,
}

impl LiveStatus {
    /// Minutes behind the plan (negative: ahead), rounded to the nearest minute.
    pub fn minutes_behind(&self) -> i64 {
        let ms = self.expected_end - self.planned_end;
        (ms + ms.signum() * MINUTE_MS / 2) / MINUTE_MS
    }
}

fn block_ms(block: &Block) -> i64 {
    i64::from(block.minutes) * MINUTE_MS
}

impl LiveRun {
    /// Whether a stored run keeps its rules: at least one block reached.
    pub(super) fn check_stored(&self) -> Checked {
        check_count(self.reached.len(), 1..=super::MAX_BLOCKS * 4).within("reached")?;
        require(self.planned_start >= 0, Flaw::OutOfRange).within("planned_start")
    }
}

impl Programme {
    /// Starts running from the first block at `now`, planned to have begun at
    /// `planned_start`. A run going on starts afresh.
    pub fn start_run(
        &mut self,
        planned_start: Timestamp,
        now: Timestamp,
    ) -> Result<(), ValidationError> {
        let first = self.blocks.first().ok_or(ValidationError::ProgrammeEmpty)?;
        self.live = Some(LiveRun {
            planned_start,
            reached: vec![reach(first, now)],
            finished_at: None,
        });
        Ok(())
    }

    /// Stops running; the programme stays as it is.
    pub fn stop_run(&mut self) {
        self.live = None;
    }

    /// The block on now and its place, if the programme runs and the block is
    /// still in it. A block taken out while it ran gives way to the one that
    /// was reached before it.
    fn current(&self) -> Option<(usize, &ReachedBlock)> {
        let live = self.live.as_ref()?;
        let at = self.current_reached()?;
        let reached = &live.reached[at];
        Some((self.position(reached.block).ok()?, reached))
    }

    /// The place in the run's reached blocks of the block on now.
    fn current_reached(&self) -> Option<usize> {
        let live = self.live.as_ref()?;
        live.reached
            .iter()
            .rposition(|reached| self.block(reached.block).is_some())
    }

    /// Where the run stands at `now`.
    pub fn live_status(&self, now: Timestamp) -> Option<LiveStatus> {
        let live = self.live.as_ref()?;
        let (index, reached) = self.current()?;
        let timer = reached.timer.state(now);
        let left_now = match (live.finished_at, timer) {
            (Some(_), _) => 0,
            (None, TimerState::Running { left_ms } | TimerState::Paused { left_ms }) => left_ms,
            (None, _) => 0,
        };
        let after: i64 = self.blocks[index + 1..].iter().map(block_ms).sum();
        let planned_ms: i64 = self.blocks.iter().map(block_ms).sum();
        let expected_end = match live.finished_at {
            Some(finished_at) => finished_at,
            None => now + left_now + after,
        };
        Some(LiveStatus {
            index,
            timer,
            planned_end: live.planned_start + planned_ms,
            expected_end,
            finished: live.finished_at.is_some(),
        })
    }

    /// Moves on to the next block at `now`; after the last block, the run is done.
    pub fn next_block(&mut self, now: Timestamp) -> Result<(), ValidationError> {
        let (index, _) = self.current().ok_or(ValidationError::NotRunning)?;
        let next = self.blocks.get(index + 1).map(|block| reach(block, now));
        let live = self.live.as_mut().ok_or(ValidationError::NotRunning)?;
        if live.finished_at.is_some() {
            return Err(ValidationError::NotRunning);
        }
        match next {
            Some(reached) => live.reached.push(reached),
            None => live.finished_at = Some(now),
        }
        Ok(())
    }

    /// Goes back to the block before: a finished run reopens its last block,
    /// otherwise the block on now is undone and the one before goes on with
    /// its own timer.
    pub fn previous_block(&mut self) -> Result<(), ValidationError> {
        let live = self.live.as_mut().ok_or(ValidationError::NotRunning)?;
        if live.finished_at.take().is_some() {
            return Ok(());
        }
        if live.reached.len() < 2 {
            return Err(ValidationError::NotRunning);
        }
        live.reached.pop();
        Ok(())
    }

    /// Changes the timer of the block on now.
    pub fn change_block_timer(
        &mut self,
        change: impl FnOnce(&mut Timer) -> Result<(), ValidationError>,
    ) -> Result<(), ValidationError> {
        let at = self.current_reached().ok_or(ValidationError::NotRunning)?;
        let live = self.live.as_mut().ok_or(ValidationError::NotRunning)?;
        if live.finished_at.is_some() {
            return Err(ValidationError::NotRunning);
        }
        let reached = &mut live.reached[at];
        let mut timer = reached.timer.clone();
        change(&mut timer)?;
        reached.timer = timer;
        Ok(())
    }
}

/// A block reached at `now`, its timer running for the block's minutes.
fn reach(block: &Block, now: Timestamp) -> ReachedBlock {
    let mut timer = Timer::default();
    timer.start(block_ms(block), now);
    ReachedBlock {
        block: block.id,
        timer,
    }
}
