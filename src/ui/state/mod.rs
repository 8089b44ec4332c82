//! The app state in one Leptos context: the loaded data as signals, the repository,
//! and the actions components call. Every action changes the model through its own
//! functions, then saves what it touched at once; a save that fails stays pending
//! and is tried again with the next change or from the banner's button.

use super::i18n::Msg;
use crate::forms::cafe::RemovedNote;
use crate::forms::open_question::RemovedReply;
use crate::forms::persona_test::RemovedMunicipality;
use crate::forms::placemat::RemovedPlacematNote;
use crate::forms::Activity;
use crate::i18n::{Key, Language};
use crate::model::ValidationError;
use crate::model::{
    Action, Collection, Persona, Personas, Record, Removed, RemovedTheme, Settings, Workshop,
    Workshops,
};
use crate::platform::clock::{new_id, now};
use crate::platform::local_storage::LocalStorageBackend;
use crate::platform::{download, storage_manager};
use crate::store::{
    parse_entity_key, BackendError, Deleted, Entity, LoadProblem, QuarantinedValue, Reloaded,
    Repository, StoreError,
};
use crate::transfer::{backup_file_name, Backup};
use leptos::prelude::*;
use leptos::task::spawn_local;
use std::time::Duration;

mod form_actions;
mod import;
mod personas;
mod prompts;
mod workshops;

/// Why the last save did not reach storage.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SaveFailure {
    Quota,
    Unavailable,
    ReadBack,
    Newer,
}

impl SaveFailure {
    fn from_error(error: &StoreError) -> Self {
        match error {
            StoreError::Backend(BackendError::QuotaExceeded) => SaveFailure::Quota,
            StoreError::Backend(BackendError::Unavailable(_)) => SaveFailure::Unavailable,
            StoreError::ReadBackMismatch => SaveFailure::ReadBack,
            StoreError::NewerInStorage(_) | StoreError::UnreadableInStorage(_) => {
                SaveFailure::Newer
            }
        }
    }

    /// The reason as shown after "Niet opgeslagen:".
    pub fn reason(self) -> Key {
        match self {
            SaveFailure::Quota => Key::ReasonQuota,
            SaveFailure::Unavailable => Key::ReasonUnavailable,
            SaveFailure::ReadBack => Key::ReasonReadBack,
            SaveFailure::Newer => Key::ReasonNewer,
        }
    }
}

/// Whether everything in memory is in storage.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SaveStatus {
    Saved,
    Failed(SaveFailure),
}

/// The kinds of record the app keeps in lists.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Workshop,
    Persona,
}

/// A change that is in memory but not yet in storage.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Pending {
    Saved(Kind, String),
    Deleted(Kind, String),
    Settings,
}

/// What a toast's undo button puts back.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Undo {
    Workshop(Removed<Workshop>),
    Persona(Box<Removed<Persona>>),
    Activity {
        workshop_id: String,
        index: usize,
        activity: Activity,
    },
    /// A part of an activity: a municipality, a note, a theme, an action.
    Part {
        workshop_id: String,
        activity_id: String,
        part: RemovedPart,
    },
}

/// A part taken out of an activity, with what putting it back needs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RemovedPart {
    Municipality(RemovedMunicipality),
    Note(RemovedNote),
    PlacematNote(RemovedPlacematNote),
    Reply(RemovedReply),
    Theme(RemovedTheme),
    Action(usize, Action),
}

/// A message at the top of the page that stays until closed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Notice {
    pub id: u64,
    pub message: Msg,
    /// Whether the notice points to the settings page (quarantined data).
    pub links_settings: bool,
}

/// A short message at the bottom that goes away by itself.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Toast {
    pub id: u64,
    pub message: Msg,
    /// What the toast's undo button puts back.
    pub undo: Option<Undo>,
}

/// How long a toast stays; long enough to reach for "Ongedaan maken".
const TOAST_DURATION: Duration = Duration::from_secs(10);

/// The state shared by all components.
#[derive(Clone, Copy)]
pub struct AppState {
    pub workshops: RwSignal<Workshops>,
    pub personas: RwSignal<Personas>,
    pub settings: RwSignal<Settings>,
    pub save_status: RwSignal<SaveStatus>,
    pub notices: RwSignal<Vec<Notice>>,
    pub toasts: RwSignal<Vec<Toast>>,
    /// Values set aside because they could not be read.
    pub quarantine: RwSignal<Vec<QuarantinedValue>>,
    /// Whether the browser promised to keep the data (None: not known).
    pub persistent: RwSignal<Option<bool>>,
    repo: StoredValue<Repository<LocalStorageBackend>, LocalStorage>,
    pending: StoredValue<Vec<Pending>>,
    next_message_id: StoredValue<u64>,
}

impl AppState {
    /// Opens storage and loads everything; problems become notices, never a crash.
    pub fn load() -> Self {
        let state = Self {
            workshops: RwSignal::new(Workshops::default()),
            personas: RwSignal::new(Personas::default()),
            settings: RwSignal::new(Settings::default()),
            save_status: RwSignal::new(SaveStatus::Saved),
            notices: RwSignal::new(Vec::new()),
            toasts: RwSignal::new(Vec::new()),
            quarantine: RwSignal::new(Vec::new()),
            persistent: RwSignal::new(None),
            repo: StoredValue::new_local(Repository::new(LocalStorageBackend::open())),
            pending: StoredValue::new(Vec::new()),
            next_message_id: StoredValue::new(0),
        };
        state.reload_everything();
        spawn_local(async move {
            let persistent = storage_manager::request_persistence().await;
            state.persistent.set(persistent);
        });
        state
    }

    /// The language of the interface (tracked).
    pub fn language(&self) -> Language {
        self.settings.with(|s| s.language)
    }

    /// A text in the current language, without tracking (for values stored in data).
    pub fn text_now(&self, key: Key) -> &'static str {
        key.text(self.settings.with_untracked(|s| s.language))
    }

    fn with_repo<T>(&self, f: impl FnOnce(&mut Repository<LocalStorageBackend>) -> T) -> T {
        self.repo
            .try_update_value(f)
            .expect("the repository lives as long as the app")
    }

    /// Reads settings and workshops from storage into the signals.
    fn reload_everything(&self) {
        let at = now();
        let settings = self.with_repo(|r| r.load_one::<Settings>(crate::store::SETTINGS_ID, at));
        let workshops = self.with_repo(|r| r.load_all(at));
        let personas = self.with_repo(|r| r.load_all(at));
        match (settings, workshops, personas) {
            (Ok(settings), Ok(loaded), Ok(loaded_personas)) => {
                if let Reloaded::Changed(settings) = &settings {
                    self.settings.set(settings.clone());
                }
                if let Reloaded::Problem(problem) = settings {
                    self.report_problem(&problem);
                }
                for problem in loaded.problems.iter().chain(&loaded_personas.problems) {
                    self.report_problem(problem);
                }
                self.workshops.set(Workshops::from_loaded(loaded.entities));
                self.personas
                    .set(Personas::from_loaded(loaded_personas.entities));
                self.refresh_quarantine();
            }
            _ => {
                self.save_status
                    .set(SaveStatus::Failed(SaveFailure::Unavailable));
            }
        }
    }

    fn next_id(&self) -> u64 {
        self.next_message_id
            .try_update_value(|n| {
                *n += 1;
                *n
            })
            .unwrap_or_default()
    }

    fn report_problem(&self, problem: &LoadProblem) {
        let (key, links_settings) = match problem {
            LoadProblem::Quarantined { .. } => (Key::QuarantineNotice, true),
            LoadProblem::TooNew { .. } => (Key::TooNewNotice, false),
            LoadProblem::FromNewerTab { .. } => (Key::NewerTabNotice, false),
        };
        let already_said = self
            .notices
            .with_untracked(|n| n.iter().any(|notice| notice.message == Msg::plain(key)));
        if !already_said {
            self.notify(Msg::plain(key), links_settings);
        }
    }

    fn notify(&self, message: Msg, links_settings: bool) {
        let id = self.next_id();
        self.notices.update(|n| {
            n.push(Notice {
                id,
                message,
                links_settings,
            })
        });
    }

    /// Closes a notice.
    pub fn dismiss_notice(&self, id: u64) {
        self.notices.update(|n| n.retain(|notice| notice.id != id));
    }

    pub(crate) fn toast(&self, message: Msg, undo: Option<Undo>) {
        let id = self.next_id();
        self.toasts.update(|t| t.push(Toast { id, message, undo }));
        let state = *self;
        set_timeout(move || state.dismiss_toast(id), TOAST_DURATION);
    }

    /// Closes a toast.
    pub fn dismiss_toast(&self, id: u64) {
        self.toasts.update(|t| t.retain(|toast| toast.id != id));
    }

    /// Switches the language and remembers it.
    pub fn set_language(&self, language: Language) {
        self.settings.update(|s| s.language = language);
        self.commit(Pending::Settings);
    }

    /// Sets the address the invitation points to; empty means the current address.
    pub fn set_invite_address(&self, text: &str) -> Result<(), crate::model::AddressError> {
        self.settings
            .try_update(|s| s.set_invite_address(text))
            .expect("settings signal is alive")?;
        self.commit(Pending::Settings);
        Ok(())
    }

    /// Downloads everything in memory as a backup file and notes when.
    pub fn download_backup(&self) {
        let at = now();
        let backup = self.settings.with_untracked(|settings| {
            self.workshops.with_untracked(|w| {
                self.personas
                    .with_untracked(|p| Backup::new(settings, w.all(), p.all(), at))
            })
        });
        let name = backup_file_name(crate::platform::clock::local_date(at));
        if download::download_text(&name, "application/json", &backup.to_json()) {
            self.settings.update(|s| s.last_exported_at = Some(at));
            self.commit(Pending::Settings);
        }
    }

    /// Tries again to save everything that is not saved yet.
    pub fn retry_saving(&self) {
        self.flush();
    }

    /// Erases every key of the app on this device and empties memory.
    pub fn erase_everything(&self) {
        let erased = self.with_repo(|r| r.erase_everything());
        if erased.is_ok() {
            self.pending.set_value(Vec::new());
            self.workshops.set(Workshops::default());
            self.personas.set(Personas::default());
            // The language stays on screen but is not written back: nothing is left.
            let language = self.settings.with_untracked(|s| s.language);
            self.settings.set(Settings {
                language,
                ..Settings::default()
            });
            self.notices.set(Vec::new());
            self.toasts.set(Vec::new());
            self.refresh_quarantine();
            self.toast(Msg::plain(Key::Erased), None);
        }
    }

    /// Another tab changed `key` (None: it cleared the storage).
    pub fn on_storage_event(&self, key: Option<String>) {
        let Some(key) = key else {
            self.reload_everything();
            return;
        };
        let Some((kind, id)) = parse_entity_key(&key) else {
            return;
        };
        if kind == Workshop::KIND {
            self.reload_record(Kind::Workshop, self.workshops, id);
        } else if kind == Persona::KIND {
            self.reload_record(Kind::Persona, self.personas, id);
        } else if kind == Settings::KIND {
            self.reload_settings();
        }
    }

    fn reload_record<T: Entity + Record>(
        &self,
        kind: Kind,
        list: RwSignal<Collection<T>>,
        id: &str,
    ) {
        let has_pending = self
            .pending
            .with_value(|p| p.contains(&Pending::Saved(kind, id.to_string())));
        if has_pending {
            // This tab has an unsaved version: saving now keeps both.
            self.flush();
            return;
        }
        match self.with_repo(|r| r.reload::<T>(id, now())) {
            Ok(Reloaded::Changed(record)) => list.update(|l| l.upsert(record)),
            Ok(Reloaded::Removed) => {
                list.update(|l| {
                    l.forget(id);
                });
            }
            Ok(Reloaded::Problem(problem)) => self.report_problem(&problem),
            Ok(Reloaded::Unchanged) | Err(_) => {}
        }
    }

    fn reload_settings(&self) {
        if self.pending.with_value(|p| p.contains(&Pending::Settings)) {
            self.flush();
            return;
        }
        let reloaded = self.with_repo(|r| r.reload::<Settings>(crate::store::SETTINGS_ID, now()));
        if let Ok(Reloaded::Changed(settings)) = reloaded {
            self.settings.set(settings);
        }
    }

    /// Records a change and saves everything pending.
    fn commit(&self, change: Pending) {
        self.pending.update_value(|pending| {
            let opposite = match &change {
                Pending::Saved(kind, id) => Some(Pending::Deleted(*kind, id.clone())),
                Pending::Deleted(kind, id) => Some(Pending::Saved(*kind, id.clone())),
                Pending::Settings => None,
            };
            pending.retain(|p| Some(p) != opposite.as_ref() && *p != change);
            pending.push(change);
        });
        self.flush();
    }

    /// Saves every pending change in order; what fails stays pending.
    fn flush(&self) {
        // Deletions first: the space they free can take the edits that follow.
        let mut pending = self.pending.get_value();
        pending.sort_by_key(|change| !matches!(change, Pending::Deleted(..)));
        let mut failure = None;
        let mut still_pending = Vec::new();
        for change in pending {
            if let Err(error) = self.save_one(&change) {
                failure = Some(SaveFailure::from_error(&error));
                still_pending.push(change);
            }
        }
        self.pending.set_value(still_pending);
        self.save_status.set(match failure {
            Some(failure) => SaveStatus::Failed(failure),
            None => SaveStatus::Saved,
        });
    }

    fn save_one(&self, change: &Pending) -> Result<(), StoreError> {
        match change {
            Pending::Saved(Kind::Workshop, id) => self.save_record(self.workshops, id),
            Pending::Saved(Kind::Persona, id) => self.save_record(self.personas, id),
            Pending::Deleted(Kind::Workshop, id) => self.delete_record(self.workshops, id),
            Pending::Deleted(Kind::Persona, id) => self.delete_record(self.personas, id),
            Pending::Settings => {
                let settings = self.settings.get_untracked();
                let suffix = self.text_now(Key::ConflictSuffix);
                self.with_repo(|r| r.save(&settings, now(), new_id, suffix))
                    .map(|_| ())
            }
        }
    }

    fn save_record<T: Entity + Record>(
        &self,
        list: RwSignal<Collection<T>>,
        id: &str,
    ) -> Result<(), StoreError> {
        let suffix = self.text_now(Key::ConflictSuffix);
        // Saved from inside the list, without a copy: a workshop can be large.
        let saved = list.with_untracked(|l| {
            l.get(id).map(|record| {
                self.with_repo(|r| r.save(record, now(), new_id, suffix))
                    .map(|saved| (saved, record.label().to_string()))
            })
        });
        let Some((saved, label)) = saved.transpose()? else {
            return Ok(());
        };
        if let Some(copy) = saved.kept_copy {
            let copy_name = copy.label().to_string();
            list.update(|l| l.upsert(copy));
            self.announce_conflict(&label, &copy_name);
        }
        Ok(())
    }

    fn delete_record<T: Entity + Record>(
        &self,
        list: RwSignal<Collection<T>>,
        id: &str,
    ) -> Result<(), StoreError> {
        let deleted = self.with_repo(|r| r.delete::<T>(id))?;
        if let Deleted::KeptNewer(theirs) = deleted {
            let title = theirs.label().to_string();
            list.update(|l| l.upsert(theirs));
            self.notify(
                Msg::with(Key::DeleteKeptNotice, vec![("title", title)]),
                false,
            );
        }
        Ok(())
    }

    /// Saves `id` of `list` after `change`; a refused change saves nothing.
    fn change_record<T: Record, R>(
        &self,
        kind: Kind,
        list: RwSignal<Collection<T>>,
        change: impl FnOnce(&mut Collection<T>) -> Result<R, ValidationError>,
        id: &str,
    ) -> Result<R, ValidationError> {
        let result = list
            .try_update(change)
            .expect("the list signal lives as long as the app")?;
        self.commit(Pending::Saved(kind, id.to_string()));
        Ok(result)
    }

    /// Saves an edit made on a form opened at `seen_updated_at`. If another tab
    /// changed the record since, that version is first kept as a copy, and said so.
    fn edit_record<T: Record, R>(
        &self,
        kind: Kind,
        list: RwSignal<Collection<T>>,
        id: &str,
        seen_updated_at: i64,
        change: impl FnOnce(&mut Collection<T>) -> Result<R, ValidationError>,
    ) -> Result<R, ValidationError> {
        // The other tab's version, kept as a copy only once this edit is accepted:
        // a refused edit leaves nothing behind.
        let theirs = list
            .with_untracked(|l| l.get(id).cloned())
            .ok_or(ValidationError::NotFound)?;
        let result = self.change_record(kind, list, change, id)?;
        if theirs.updated_at() != seen_updated_at {
            let suffix = self.text_now(Key::ConflictSuffix);
            let copy = theirs.copy_as(new_id(), suffix, now());
            let copy_id = copy.id().to_string();
            let copy_label = copy.label().to_string();
            if list.try_update(|l| l.add(copy)) == Some(Ok(())) {
                self.commit(Pending::Saved(kind, copy_id));
                self.announce_conflict(&label_of(list, id), &copy_label);
            }
        }
        Ok(result)
    }

    /// Copies a record under a new id, named with `suffix`, and saves the copy.
    fn copy_record<T: Record>(
        &self,
        kind: Kind,
        list: RwSignal<Collection<T>>,
        id: &str,
        suffix: Key,
    ) -> Result<String, ValidationError> {
        let suffix = self.text_now(suffix);
        let copy_id = list
            .try_update(|l| l.duplicate(id, new_id(), suffix, now()))
            .expect("the list signal lives as long as the app")?;
        self.commit(Pending::Saved(kind, copy_id.clone()));
        Ok(copy_id)
    }

    fn announce_conflict(&self, title: &str, copy: &str) {
        let message = Msg::with(
            Key::ConflictNotice,
            vec![("title", title.to_string()), ("copy", copy.to_string())],
        );
        self.notify(message, false);
    }

    /// Copies a record and says so; returns the id of the copy.
    fn duplicate_record<T: Record>(
        &self,
        kind: Kind,
        list: RwSignal<Collection<T>>,
        id: &str,
    ) -> Result<String, ValidationError> {
        let copy_id = self.copy_record(kind, list, id, Key::CopySuffix)?;
        let title = label_of(list, &copy_id);
        self.toast(
            Msg::with(Key::ToastDuplicated, vec![("title", title)]),
            None,
        );
        Ok(copy_id)
    }

    /// Deletes a record and offers to undo it.
    fn delete_with_undo<T: Record>(
        &self,
        kind: Kind,
        list: RwSignal<Collection<T>>,
        id: &str,
        undo: impl FnOnce(Removed<T>) -> Undo,
    ) -> Result<(), ValidationError> {
        let removed = list
            .try_update(|l| l.remove(id))
            .expect("the list signal lives as long as the app")?;
        self.commit(Pending::Deleted(kind, id.to_string()));
        let title = removed.item.label().to_string();
        self.toast(
            Msg::with(Key::ToastDeleted, vec![("title", title)]),
            Some(undo(removed)),
        );
        Ok(())
    }

    /// Puts back what a toast removed.
    pub fn undo(&self, toast_id: u64) {
        let undo = self
            .toasts
            .with_untracked(|t| t.iter().find(|toast| toast.id == toast_id).cloned())
            .and_then(|toast| toast.undo);
        self.dismiss_toast(toast_id);
        match undo {
            Some(Undo::Workshop(removed)) => {
                self.restore_record(Kind::Workshop, self.workshops, removed)
            }
            Some(Undo::Persona(removed)) => {
                self.restore_record(Kind::Persona, self.personas, *removed)
            }
            Some(Undo::Activity {
                workshop_id,
                index,
                activity,
            }) => {
                let at = now();
                let _ = self.change_record(
                    Kind::Workshop,
                    self.workshops,
                    |w| {
                        w.get_mut(&workshop_id)?
                            .restore_activity(index, activity, at);
                        Ok(())
                    },
                    &workshop_id,
                );
            }
            Some(Undo::Part {
                workshop_id,
                activity_id,
                part,
            }) => self.restore_part(&workshop_id, &activity_id, part),
            None => {}
        }
    }

    fn restore_record<T: Record>(
        &self,
        kind: Kind,
        list: RwSignal<Collection<T>>,
        removed: Removed<T>,
    ) {
        let id = removed.item.id().to_string();
        let restored = list.try_update(|l| l.restore(removed));
        if matches!(restored, Some(Ok(()))) {
            self.commit(Pending::Saved(kind, id));
        }
    }

    /// Reads the quarantined values again into their signal.
    fn refresh_quarantine(&self) {
        let values = self.with_repo(|r| r.quarantined()).unwrap_or_default();
        self.quarantine.set(values);
    }

    /// Throws away one quarantined value.
    pub fn discard_quarantined(&self, key: &str) {
        let _ = self.with_repo(|r| r.discard_quarantined(key));
        self.refresh_quarantine();
    }

    /// UTF-16 code units the app uses in localStorage.
    pub fn units_used(&self) -> usize {
        self.with_repo(|r| r.units_used()).unwrap_or_default()
    }
}

/// The title or name of a record in `list` (empty if it is gone).
fn label_of<T: Record>(list: RwSignal<Collection<T>>, id: &str) -> String {
    list.with_untracked(|l| l.get(id).map(|r| r.label().to_string()))
        .unwrap_or_default()
}
