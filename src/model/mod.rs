//! Pure data and the rules that change it.
//!
//! Every change is a function that takes the current state and an input and returns
//! the new state or a typed [`ValidationError`]. No browser types live here: time and
//! ids come in as parameters, so every rule is deterministic and tested natively.

mod activity;
mod address;
mod board;
mod cafe;
mod collection;
mod date;
mod error;
mod merge;
mod open_question;
mod persona;
mod persona_examples;
mod persona_test;
mod personas;
mod placemat;
mod prompt;
mod settings;
mod stored_check;
mod timer;
mod workshop;
mod workshops;

pub use activity::{Activity, ActivityBody, FormData, WorkForm};
pub use address::{AddressError, AddressWarning, PublicAddress};
pub use board::{
    Action, ActionDraft, Harvest, Note, NoteBoard, NoteKind, RemovedTheme, Theme, MAX_NOTE_CHARS,
    MAX_THEME_CHARS,
};
pub use cafe::{
    Cafe, CafeText, Cloth, PlacedNote, RemovedNote, Round, Table, MAX_ROUNDS, MAX_ROUND_MINUTES,
    MAX_SUMMARY_CHARS, MAX_TABLES, MIN_ROUND_MINUTES,
};
pub use collection::{Collection, Record, Removed};
pub use date::IsoDate;
pub use error::{Field, ValidationError};
pub use merge::{Arrival, Choice, MergeItem, MergePlace, MergeWhat, Merger};
pub use open_question::{
    OpenQuestion, RemovedReply, Reply, MAX_OPEN_QUESTION_CHARS, MAX_REPLY_CHARS,
};
pub use persona::{
    parse_age, Avatar, AvatarColour, LifeArea, LifeAreaNote, NetworkMember, Persona, PersonaFields,
    Rating, Revision, Support, MAX_AGE, MAX_NAME_CHARS, MAX_PHOTO_BYTES,
};
pub use persona_examples::example_personas;
pub use persona_test::{
    fill_question, Answer, Municipality, PersonaTest, PhoneCell, RemovedMunicipality,
    MAX_MUNICIPALITIES, SCORES,
};
pub use personas::Personas;
pub use placemat::{
    middle_holds, Group, LinkedTheme, Phase, PhaseMinutes, Place, Placemat, PlacematPart,
    RemovedPlacematNote, Seat, MAX_GROUPS, MAX_PERSONS, MAX_PLACEMAT_NOTE_CHARS, MIN_PERSONS,
    PHASE_MINUTES,
};
pub use prompt::{
    AnswerRefusal, IncomingAnswer, Prompt, PromptGroup, PromptTarget, Received, ReceivedAnswer,
    MAX_PROMPT_PLACES,
};
pub use settings::{Language, Settings, BACKUP_REMINDER_MS};
pub use stored_check::{is_plain_id, Checked, Flaw, Step, Violation};
pub use timer::{minutes_seconds, Timer, TimerState, EXTEND_MS};
pub use workshop::{copy_name, copy_title, Workshop, WorkshopDraft, MAX_TITLE_CHARS};
pub use workshops::Workshops;

/// Milliseconds since the Unix epoch, as the browser's `Date.now()` gives them.
pub type Timestamp = i64;
