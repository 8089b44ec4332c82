//! What the import part shows, as one state: waiting for a file, a file
//! refused, or a preview of a checked file with the user's choices. Each step
//! from one state to the next is a function here; the browser's side (reading
//! the file, planning it against this device, saving) is passed in.

use crate::i18n::{import_message, CommonMsg, Key, Language};
use crate::model::Choice;
use crate::transfer::{HandoverPlan, ImportError, ImportFile, ImportPlan};
use crate::ui::state::SaveFailure;
use std::collections::HashMap;
use std::sync::Arc;

/// A checked file planned against what is on this device.
#[derive(Debug, Clone, PartialEq)]
pub enum Planned {
    Backup(ImportPlan),
    Handover(Box<HandoverPlan>),
}

/// Why nothing was imported.
#[derive(Debug, Clone, PartialEq)]
pub enum Refusal {
    File(ImportError),
    Unreadable,
    Save(SaveFailure),
    /// The device changed after the preview was made; the preview is new.
    Changed,
}

impl Refusal {
    /// The message that says why, in `language`.
    pub fn text(&self, language: Language) -> String {
        match self {
            Refusal::File(error) => import_message(error, language),
            Refusal::Unreadable => Key::ImportUnreadable.text(language).to_string(),
            Refusal::Changed => Key::ImportChanged.text(language).to_string(),
            Refusal::Save(failure) => CommonMsg::ImportSaveFailed {
                reason: failure.reason().text(language).to_string(),
            }
            .text(language),
        }
    }
}

/// The choice made per conflicting record, by its key; a record not in it
/// takes its default.
pub type Choices = HashMap<String, Choice>;

/// A checked file on show, waiting for "Inlezen".
#[derive(Debug, Clone, PartialEq)]
pub struct Preview {
    /// The file, to plan again at "Inlezen" (the device may have changed).
    pub file: ImportFile,
    /// The plan shown. Each plan shown is its own `Arc`: a preview is drawn
    /// anew exactly when this pointer changes, so the selects keep what the
    /// user chose while a message comes and goes.
    pub planned: Arc<Planned>,
    pub choices: Choices,
    /// Why the last "Inlezen" did nothing, shown above the preview.
    pub refusal: Option<Refusal>,
}

/// What the import part shows.
#[derive(Debug, Clone, PartialEq)]
pub enum Import {
    /// Only the file picker: nothing read yet, or the last file was read in
    /// or cancelled.
    Waiting,
    /// The file picker and why the last file was refused; nothing changed.
    Refused(Refusal),
    /// A preview of the checked file with "Inlezen" and "Annuleren".
    Previewing(Box<Preview>),
}

impl Import {
    /// A file was read: its preview with every choice at its default, or why
    /// it was refused.
    pub fn opened(read: Result<(ImportFile, Planned), Refusal>) -> Self {
        match read {
            Ok((file, planned)) => Import::Previewing(Box::new(Preview::new(file, planned))),
            Err(why) => Import::Refused(why),
        }
    }

    /// The user chose what to do with the conflicting record `key`.
    pub fn choose(&mut self, key: String, choice: Choice) {
        if let Import::Previewing(preview) = self {
            preview.choices.insert(key, choice);
        }
    }

    /// The preview on show, if any.
    pub fn preview(&self) -> Option<&Preview> {
        match self {
            Import::Previewing(preview) => Some(preview),
            _ => None,
        }
    }

    /// The plan on show, if any.
    pub fn planned(&self) -> Option<Arc<Planned>> {
        self.preview().map(|preview| preview.planned.clone())
    }

    /// Why nothing was imported, if that is shown.
    pub fn refusal(&self) -> Option<&Refusal> {
        match self {
            Import::Waiting => None,
            Import::Refused(why) => Some(why),
            Import::Previewing(preview) => preview.refusal.as_ref(),
        }
    }
}

impl Preview {
    fn new(file: ImportFile, planned: Planned) -> Self {
        Self {
            file,
            planned: Arc::new(planned),
            choices: Choices::new(),
            refusal: None,
        }
    }

    /// "Inlezen": `replan` plans the file again against this device now;
    /// only if that is still the plan shown, `save` saves it with the choices.
    /// A changed device shows its new plan instead, every choice at its
    /// default again; a refused save keeps the preview and says why.
    pub fn apply(
        self,
        replan: impl FnOnce(ImportFile) -> Result<Planned, ImportError>,
        save: impl FnOnce(&Planned, &Choices) -> Result<(), Refusal>,
    ) -> Import {
        let current = match replan(self.file.clone()) {
            Ok(current) => current,
            Err(error) => return Import::Refused(Refusal::File(error)),
        };
        if current != *self.planned {
            let mut changed = Preview::new(self.file, current);
            changed.refusal = Some(Refusal::Changed);
            return Import::Previewing(Box::new(changed));
        }
        match save(&self.planned, &self.choices) {
            Ok(()) => Import::Waiting,
            Err(why) => Import::Previewing(Box::new(Preview {
                refusal: Some(why),
                ..self
            })),
        }
    }
}

/// Whether the memo of the plan on show has changed: by pointer, see
/// [`Preview::planned`].
pub fn other_plan(
    before: Option<&Option<Arc<Planned>>>,
    now: Option<&Option<Arc<Planned>>>,
) -> bool {
    match (before, now) {
        (Some(Some(before)), Some(Some(now))) => !Arc::ptr_eq(before, now),
        (Some(None), Some(None)) => false,
        _ => true,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Settings;
    use crate::transfer::Backup;

    /// An empty backup exported at `at`, and its plan on an empty device.
    fn backup(at: i64) -> (ImportFile, Planned) {
        let file = Backup::new(&Settings::default(), &[], &[], at);
        let plan = ImportPlan {
            exported_at: at,
            workshops: Vec::new(),
            personas: Vec::new(),
            methods: Vec::new(),
        };
        (ImportFile::Backup(file), Planned::Backup(plan))
    }

    /// The preview of [`backup`] with one choice made.
    fn previewing() -> Preview {
        let mut import = Import::opened(Ok(backup(1)));
        import.choose("w1".into(), Choice::Replace);
        import.preview().cloned().unwrap()
    }

    #[test]
    fn a_read_file_shows_its_preview_with_default_choices_and_a_refused_one_why() {
        let opened = Import::opened(Ok(backup(1)));
        let preview = opened.preview().unwrap();
        assert!(preview.choices.is_empty());
        assert_eq!(opened.refusal(), None);
        let refused = Import::opened(Err(Refusal::Unreadable));
        assert_eq!(refused, Import::Refused(Refusal::Unreadable));
        assert_eq!(refused.planned(), None);
    }

    #[test]
    fn a_choice_is_kept_for_its_record_and_only_in_a_preview() {
        let preview = previewing();
        assert_eq!(preview.choices.get("w1"), Some(&Choice::Replace));
        let mut waiting = Import::Waiting;
        waiting.choose("w1".into(), Choice::Skip);
        assert_eq!(waiting, Import::Waiting);
    }

    #[test]
    fn an_unchanged_plan_is_saved_with_the_choices_and_the_panel_waits_again() {
        let preview = previewing();
        let mut saved = None;
        let next = preview.clone().apply(
            |_| Ok(backup(1).1),
            |planned, choices| {
                saved = Some((planned.clone(), choices.clone()));
                Ok(())
            },
        );
        assert_eq!(next, Import::Waiting);
        assert_eq!(saved, Some(((*preview.planned).clone(), preview.choices)));
    }

    #[test]
    fn a_changed_device_shows_the_new_plan_with_default_choices_and_saves_nothing() {
        let preview = previewing();
        let next = preview
            .clone()
            .apply(|_| Ok(backup(2).1), |_, _| panic!("nothing is saved"));
        let changed = next.preview().unwrap();
        assert_eq!(*changed.planned, backup(2).1);
        assert!(changed.choices.is_empty());
        assert_eq!(changed.file, preview.file);
        assert_eq!(next.refusal(), Some(&Refusal::Changed));
    }

    #[test]
    fn a_file_that_no_longer_plans_is_refused_and_its_preview_goes() {
        let next = previewing().apply(
            |_| Err(ImportError::ActivityMissing),
            |_, _| panic!("nothing is saved"),
        );
        assert_eq!(
            next,
            Import::Refused(Refusal::File(ImportError::ActivityMissing))
        );
    }

    #[test]
    fn a_refused_save_keeps_the_same_preview_and_choices_and_says_why() {
        let preview = previewing();
        let refusal = Refusal::Save(SaveFailure::Quota);
        let next = preview
            .clone()
            .apply(|_| Ok(backup(1).1), |_, _| Err(refusal.clone()));
        let kept = next.preview().unwrap();
        assert!(Arc::ptr_eq(&kept.planned, &preview.planned));
        assert_eq!(kept.choices, preview.choices);
        assert_eq!(next.refusal(), Some(&refusal));
    }

    #[test]
    fn the_preview_is_drawn_anew_only_for_another_plan() {
        let shown = previewing().planned;
        let same = Some(Some(shown.clone()));
        let equal = Some(Some(Arc::new((*shown).clone())));
        assert!(!other_plan(same.as_ref(), same.as_ref()));
        assert!(other_plan(same.as_ref(), equal.as_ref()));
        assert!(other_plan(same.as_ref(), Some(&None)));
        assert!(!other_plan(Some(&None), Some(&None)));
        assert!(other_plan(None, Some(&None)));
    }
}
