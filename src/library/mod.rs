//! The method library: ready methods for a meeting, taken from the method
//! guides the app is built on, each with its steps, time, group size,
//! preparation and materials, to put in a workshop's programme.
//!
//! The built-in methods are fixed data in both languages (`builtin`), and
//! three ready programmes are made of them ([`TEMPLATES`]). A facilitator's
//! own methods (`own`) are stored as an entity kind of their own. The page
//! lists both in one shape (`item`). This module is pure: it names no
//! browser types.

mod builtin;
mod item;
mod own;
mod templates;

pub use builtin::METHODS;
pub use item::{LibraryItem, Origin};
pub use own::{
    used_methods, OwnMethod, OwnMethodDraft, OwnMethods, MAX_MATERIALS, MAX_MATERIAL_CHARS,
    MAX_METHOD_NAME_CHARS, MAX_METHOD_SUMMARY_CHARS, MAX_PEOPLE, MAX_PREPARATION_CHARS, MAX_STEPS,
    MAX_STEP_CHARS, METHOD_MINUTES,
};
pub use templates::{Entry, PlannedBlock, Template, TEMPLATES};

use crate::forms::FormKind;
use crate::model::{Language, PlainKind};
use serde::de::{self, IntoDeserializer};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// One method of the library, as the app ships it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Method {
    /// A stable name, never shown: `wereldcafe`, `placemat`, …
    pub slug: &'static str,
    /// The guide it comes from.
    pub seed: Seed,
    /// What a block made from it is.
    pub kind: MethodKind,
    /// How long it takes, shortest and longest, in minutes.
    pub minutes: (u16, u16),
    /// For how many people, fewest and most.
    pub people: (u16, u16),
    /// Its texts in Dutch.
    pub nl: MethodText,
    /// Its texts in English.
    pub en: MethodText,
}

/// A method's texts in one language.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct MethodText {
    /// Its name, short: "Wereldcafé".
    pub name: &'static str,
    /// What it is and what it is for, in one or two sentences.
    pub summary: &'static str,
    /// What happens, step by step.
    pub steps: &'static [&'static str],
    /// What to do or arrange beforehand.
    pub preparation: &'static str,
    /// What to bring, one thing each.
    pub materials: &'static [&'static str],
}

/// What a block made from a method is. Stored (in an own method) as one
/// name: a plain kind's (`break`) or a work form's (`cafe`); no name is both.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum MethodKind {
    /// A work form the app runs: adding the method also adds the form.
    Runs(FormKind),
    /// A block the app only times.
    Plain(PlainKind),
}

/// The method guides (in `seeds/`) the library's methods come from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Seed {
    /// Two meeting exercises: "We gaan op reis" and "Op de kaart" (000).
    Exercises,
    /// The train-the-trainer course on the support conversation (001).
    Training,
    /// The guide for municipalities strengthening client support (002).
    Municipalities,
    /// The toolbox of methods to involve residents (003).
    Toolbox,
    /// The inspiration guide of work forms for regional cooperation (004).
    Regional,
}

/// The built-in method with this slug.
pub fn method(slug: &str) -> Option<&'static Method> {
    METHODS.iter().find(|m| m.slug == slug)
}

impl Method {
    /// Its texts in `language`.
    pub fn text(&self, language: Language) -> &MethodText {
        match language {
            Language::Nl => &self.nl,
            Language::En => &self.en,
        }
    }
}

impl Serialize for MethodKind {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            MethodKind::Plain(plain) => plain.serialize(serializer),
            MethodKind::Runs(form) => serializer.serialize_str(form.stored_name()),
        }
    }
}

impl<'de> Deserialize<'de> for MethodKind {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let name = String::deserialize(deserializer)?;
        if let Some(form) = FormKind::from_stored_name(&name) {
            return Ok(MethodKind::Runs(form));
        }
        let plain: Result<PlainKind, de::value::Error> =
            PlainKind::deserialize(name.as_str().into_deserializer());
        plain
            .map(MethodKind::Plain)
            .map_err(|_| de::Error::unknown_variant(&name, &[]))
    }
}
