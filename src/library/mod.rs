//! The method library: ready methods for a meeting, taken from the method
//! guides the app is built on, each with its steps, time, group size,
//! preparation and materials, to put in a workshop's programme.
//!
//! The built-in methods are fixed data in both languages (`builtin`), and
//! three ready programmes are made of them ([`TEMPLATES`]). This module is
//! pure: it names no browser types.

mod builtin;
mod templates;

pub use builtin::METHODS;
pub use templates::{Entry, PlannedBlock, Template, TEMPLATES};

use crate::forms::FormKind;
use crate::model::{Language, PlainKind};

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

/// What a block made from a method is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MethodKind {
    /// A work form the app runs: adding the method also adds the form.
    Runs(FormKind),
    /// A block the app only times.
    Plain(PlainKind),
}

/// The method guides (in `seeds/`) the library's methods come from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
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
