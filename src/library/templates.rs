//! Ready programmes to start a workshop's programme from, made of the
//! library's methods and plain blocks, after the guides' run sheets: a
//! two-hour regional meeting, a four-hour training module and a kick-off.

use super::method;
use crate::i18n::{Language, ProgrammeKey};
use crate::model::programme::{BlockDraft, PlainKind};
use crate::transfer::plain_label;

/// One block of a template.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Entry {
    /// A library method, by its slug, for this many minutes.
    Method(&'static str, u16),
    /// A plain block of this kind, named after it, for this many minutes.
    Plain(PlainKind, u16),
}

/// A ready programme.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Template {
    /// Its name.
    pub name: ProgrammeKey,
    /// What it is for, in a sentence.
    pub about: ProgrammeKey,
    /// Its blocks in order.
    pub entries: &'static [Entry],
}

/// The three ready programmes.
pub const TEMPLATES: &[Template] = &[
    Template {
        name: ProgrammeKey::TemplateRegional,
        about: ProgrammeKey::TemplateRegionalAbout,
        entries: &[
            Entry::Plain(PlainKind::Welcome, 10),
            Entry::Method("persona-toets", 30),
            Entry::Method("pauze", 10),
            Entry::Method("wereldcafe", 60),
            Entry::Method("afsluiting-en-vervolg", 10),
        ],
    },
    Template {
        name: ProgrammeKey::TemplateTraining,
        about: ProgrammeKey::TemplateTrainingAbout,
        entries: &[
            Entry::Method("terugblik-en-programma", 15),
            Entry::Method("speeddaten", 20),
            Entry::Method("kennisblok", 30),
            Entry::Method("casus-aanpak", 40),
            Entry::Method("pauze", 15),
            Entry::Method("rollenspel-in-groepjes", 60),
            Entry::Method("placemat", 30),
            Entry::Method("bloem-vriezer-prullenmand", 20),
            Entry::Method("afsluiting-en-vervolg", 10),
        ],
    },
    Template {
        name: ProgrammeKey::TemplateKickoff,
        about: ProgrammeKey::TemplateKickoffAbout,
        entries: &[
            Entry::Plain(PlainKind::Welcome, 10),
            Entry::Method("we-gaan-op-reis", 25),
            Entry::Method("op-de-kaart", 15),
            Entry::Method("placemat", 40),
            Entry::Method("pauze", 15),
            Entry::Method("brainstorm-in-groepjes", 40),
            Entry::Method("afsluiting-en-vervolg", 15),
        ],
    },
];

/// A block to add, and the kind of work form to add with it, if any.
pub type PlannedBlock = (BlockDraft, Option<crate::forms::FormKind>);

impl Template {
    /// Its blocks as drafts in `language`; `None` if it names a method the
    /// library does not hold.
    pub fn drafts(&self, language: Language) -> Option<Vec<PlannedBlock>> {
        self.entries
            .iter()
            .map(|entry| match *entry {
                Entry::Method(slug, minutes) => {
                    let mut planned = method(slug)?.draft(language);
                    planned.0.minutes = minutes.to_string();
                    Some(planned)
                }
                Entry::Plain(kind, minutes) => {
                    let title = plain_label(kind).text(language);
                    Some((BlockDraft::plain(kind, title, minutes), None))
                }
            })
            .collect()
    }
}
