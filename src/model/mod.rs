//! Pure data and the rules that change it, shared by every work form: the
//! workshop, the persona library, the notes/themes/actions core, the timer,
//! questions put out to phones, merging, validation and the checks of stored
//! data. Each work form's own data lives in its folder under `crate::forms`.
//!
//! Every change is a function that takes the current state and an input and returns
//! the new state or a typed [`ValidationError`]. No browser types live here: time and
//! ids come in as parameters, so every rule is deterministic and tested natively.

mod address;
pub(crate) mod board;
mod collection;
mod date;
pub(crate) mod error;
mod free_timer;
pub mod id;
pub(crate) mod merge;
mod part;
mod persona;
mod persona_examples;
mod personas;
pub mod programme;
pub(crate) mod prompt;
mod resize;
mod settings;
pub(crate) mod stored_check;
pub(crate) mod timer;
mod workshop;
mod workshops;

pub use address::{AddressError, AddressWarning, PublicAddress};
pub use board::{
    Action, ActionDraft, Harvest, Note, NoteBoard, NoteKind, RemovedTheme, Theme, MAX_NOTE_CHARS,
    MAX_THEME_CHARS,
};
pub use collection::{Collection, Record, Removed};
pub use date::IsoDate;
pub use error::{Field, ValidationError};
pub use free_timer::{FreeTimer, FreeTimerState, FREE_TIMER_MINUTES, FREE_TIMER_ROUNDS};
pub use id::{
    ActionId, ActivityId, AnswerId, BlockId, GroupId, Id, IdMaker, MethodId, MunicipalityId,
    NoteId, PersonaId, PromptId, ReplyId, RoundId, SeatId, TableId, ThemeId, WorkshopId,
};
pub use merge::{Arrival, Choice, MergeItem, MergePlace, MergeWhat, Merger};
pub use part::{fill_part, Part, PartMark, StoredPart};
pub use persona::{
    parse_age, Avatar, AvatarColour, LifeArea, LifeAreaNote, NetworkMember, Persona, PersonaFields,
    Rating, Revision, Support, MAX_AGE, MAX_NAME_CHARS, MAX_PHOTO_BYTES,
};
pub use persona_examples::example_personas;
pub use personas::Personas;
pub use programme::{
    Block, BlockDraft, BlockKind, ClockTime, LiveStatus, PlainKind, Programme, MAX_BLOCKS,
    MAX_PROGRAMME_MINUTES,
};
pub use prompt::{
    AnswerRefusal, IncomingAnswer, Prompt, Received, ReceivedAnswer, MAX_PROMPT_PLACES,
};
pub use resize::resize_at_end;
pub use settings::{Language, Settings, BACKUP_REMINDER_MS};
pub use stored_check::{Checked, Flaw, Step, Violation};
pub use timer::{minutes_seconds, Timer, TimerState, EXTEND_MS, MINUTE_MS};
pub use workshop::{copy_name, copy_title, NewBlock, Workshop, WorkshopDraft, MAX_TITLE_CHARS};
pub use workshops::Workshops;

/// Milliseconds since the Unix epoch, as the browser's `Date.now()` gives them.
pub type Timestamp = i64;
