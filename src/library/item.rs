//! A method as the library lists it, built-in or own, in one shape: what the
//! page searches, filters and shows, and the block *Aan programma toevoegen*
//! makes from it.

use super::{Method, MethodKind, OwnMethod, PlannedBlock, Seed};
use crate::i18n::Language;
use crate::model::programme::{BlockDraft, BlockKind, PlainKind};
use crate::model::MethodId;

/// Where a listed method comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Origin {
    /// A method the app ships, by its slug, from a guide.
    BuiltIn { slug: &'static str, seed: Seed },
    /// A method the facilitator added.
    Own(MethodId),
}

/// A method's parts in one language, to list and to add to a programme.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct LibraryItem {
    pub origin: Origin,
    pub kind: MethodKind,
    /// Shortest and longest time, in minutes.
    pub minutes: (u16, u16),
    /// Fewest and most people.
    pub people: (u16, u16),
    pub name: String,
    pub summary: String,
    pub steps: Vec<String>,
    pub preparation: String,
    pub materials: Vec<String>,
}

impl LibraryItem {
    /// What the item's block names as the method it was made from, and a
    /// stable key for the list: the slug, or the own method's id.
    pub fn reference(&self) -> String {
        match self.origin {
            Origin::BuiltIn { slug, .. } => slug.to_string(),
            Origin::Own(id) => id.to_string(),
        }
    }

    /// Whether its name, description, steps or materials hold `search`
    /// (ignoring case; an empty search holds everything).
    pub fn matches(&self, search: &str) -> bool {
        let search = search.trim().to_lowercase();
        search.is_empty()
            || [&self.name, &self.summary]
                .into_iter()
                .chain(&self.steps)
                .chain(&self.materials)
                .any(|text| text.to_lowercase().contains(&search))
    }

    /// A block made from it, for its shortest time, with the work form to add
    /// if the app runs it.
    pub fn draft(&self) -> PlannedBlock {
        let mut draft = BlockDraft::plain(PlainKind::Free, &self.name, self.minutes.0);
        draft.steps = numbered(&self.steps);
        draft.materials = self.materials.join("\n");
        draft.tips = self.preparation.clone();
        draft.method = Some(self.reference());
        match self.kind {
            MethodKind::Plain(plain) => {
                draft.kind = BlockKind::Plain(plain);
                (draft, None)
            }
            MethodKind::Runs(kind) => (draft, Some(kind)),
        }
    }
}

impl Method {
    /// This method as the library lists it, in `language`.
    pub fn item(&self, language: Language) -> LibraryItem {
        let text = self.text(language);
        let owned = |texts: &[&str]| texts.iter().map(|t| t.to_string()).collect();
        LibraryItem {
            origin: Origin::BuiltIn {
                slug: self.slug,
                seed: self.seed,
            },
            kind: self.kind,
            minutes: self.minutes,
            people: self.people,
            name: text.name.to_string(),
            summary: text.summary.to_string(),
            steps: owned(text.steps),
            preparation: text.preparation.to_string(),
            materials: owned(text.materials),
        }
    }

    /// A block made from this method in `language` (see [`LibraryItem::draft`]).
    pub fn draft(&self, language: Language) -> PlannedBlock {
        self.item(language).draft()
    }
}

impl OwnMethod {
    /// This method as the library lists it.
    pub fn item(&self) -> LibraryItem {
        LibraryItem {
            origin: Origin::Own(self.id),
            kind: self.kind,
            minutes: (self.min_minutes, self.max_minutes),
            people: (self.min_people, self.max_people),
            name: self.name.clone(),
            summary: self.summary.clone(),
            steps: self.steps.clone(),
            preparation: self.preparation.clone(),
            materials: self.materials.clone(),
        }
    }
}

/// Steps as numbered lines.
fn numbered(steps: &[String]) -> String {
    steps
        .iter()
        .enumerate()
        .map(|(i, step)| format!("{}. {step}", i + 1))
        .collect::<Vec<_>>()
        .join("\n")
}
