//! Persistence: the repository over localStorage, the queue of changes not yet
//! saved and the save status the header shows, what other tabs change, values
//! set aside, and the device's settings. A save that fails stays in the queue
//! and is tried again with the next change or from the banner's button.

use super::records::{Kind, Listed};
use super::AppState;
use crate::i18n::{CommonMsg, Key, Language};
use crate::library::{OwnMethod, OwnMethods};
use crate::model::{AddressError, FreeTimer, Persona, Personas, Settings, Workshop, Workshops};
use crate::platform::clock::{local_date, new_id_text, now};
use crate::platform::local_storage::LocalStorageBackend;
use crate::platform::{download, storage_manager};
use crate::store::{
    parse_entity_key, BackendError, Deleted, Entity, FreeTimerRead, LoadProblem, PartKey,
    QuarantinedValue, Reloaded, Repository, StoreError, SETTINGS_ID,
};
use crate::transfer::{backup_file_name, Backup};
use crate::ui::decoding;
use crate::ui::i18n::Msg;
use leptos::prelude::*;
use leptos::task::spawn_local;

/// How long after a failed load of the decoders, when the start could not
/// read what is stored, the next try comes.
const RETRY_DECODERS_AFTER: std::time::Duration = std::time::Duration::from_secs(3);

/// Why the last save did not reach storage.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SaveFailure {
    Quota,
    Unavailable,
    ReadBack,
    Newer,
    /// Another tab's version must be read first, and the code that reads it
    /// is still loading.
    Loading,
}

impl SaveFailure {
    pub(super) fn from_error(error: &StoreError) -> Self {
        match error {
            StoreError::Backend(BackendError::QuotaExceeded) => SaveFailure::Quota,
            StoreError::Backend(BackendError::Unavailable(_)) => SaveFailure::Unavailable,
            StoreError::ReadBackMismatch => SaveFailure::ReadBack,
            StoreError::NotLoaded => SaveFailure::Loading,
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
            SaveFailure::Loading => Key::ReasonLoading,
        }
    }
}

/// Whether everything in memory is in storage.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SaveStatus {
    Saved,
    Failed(SaveFailure),
}

/// A change that is in memory but not yet in storage.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) enum Pending {
    Saved(Kind, String),
    Deleted(Kind, String),
    Settings,
}

/// The repository and what is known of storage.
#[derive(Clone, Copy)]
pub(super) struct Saving {
    repo: StoredValue<Repository<LocalStorageBackend>, LocalStorage>,
    pending: StoredValue<Vec<Pending>>,
    status: RwSignal<SaveStatus>,
    /// Values set aside because they could not be read.
    quarantine: RwSignal<Vec<QuarantinedValue>>,
    /// Whether the browser promised to keep the data (None: not known).
    persistent: RwSignal<Option<bool>>,
    /// Other tabs' changes heard of before the decoders came, to read then.
    missed: StoredValue<Vec<Option<String>>>,
    /// Whether the decoders' code is on its way.
    loading_decoders: StoredValue<bool>,
}

impl Saving {
    /// Opens localStorage, with the decoders loaded before the start if any;
    /// nothing is read yet.
    pub(super) fn open() -> Self {
        let mut repo = Repository::without_decoders(LocalStorageBackend::open());
        if let Some(decoders) = decoding::prepared() {
            repo.install_decoders(decoders);
        }
        Self {
            repo: StoredValue::new_local(repo),
            missed: StoredValue::new(Vec::new()),
            loading_decoders: StoredValue::new(false),
            pending: StoredValue::new(Vec::new()),
            status: RwSignal::new(SaveStatus::Saved),
            quarantine: RwSignal::new(Vec::new()),
            persistent: RwSignal::new(None),
        }
    }

    fn with_repo<T>(&self, f: impl FnOnce(&mut Repository<LocalStorageBackend>) -> T) -> T {
        self.repo
            .try_update_value(f)
            .expect("the repository lives as long as the app")
    }
}

impl AppState {
    /// Whether everything is saved (tracked).
    pub fn save_status(&self) -> SaveStatus {
        self.saving.status.get()
    }

    /// The values set aside because they could not be read (tracked).
    pub fn quarantined(&self) -> Vec<QuarantinedValue> {
        self.saving.quarantine.get()
    }

    /// Whether the browser promised to keep the data (tracked; None: not known).
    pub fn persistent(&self) -> Option<bool> {
        self.saving.persistent.get()
    }

    /// Asks the browser to keep the data, and notes its answer.
    pub(super) fn ask_for_persistence(&self) {
        let persistent = self.saving.persistent;
        spawn_local(async move {
            persistent.set(storage_manager::request_persistence().await);
        });
    }

    /// Reads settings, workshops, persona's and own methods from storage into
    /// the lists.
    pub(super) fn reload_everything(&self) {
        let at = now();
        let saving = self.saving;
        let settings = saving.with_repo(|r| r.load_one::<Settings>(SETTINGS_ID, at));
        let workshops = saving.with_repo(|r| r.load_all(at));
        let personas = saving.with_repo(|r| r.load_all(at));
        let methods = saving.with_repo(|r| r.load_all(at));
        let (Ok(settings), Ok(workshops), Ok(personas), Ok(methods)) =
            (settings, workshops, personas, methods)
        else {
            saving
                .status
                .set(SaveStatus::Failed(SaveFailure::Unavailable));
            return;
        };
        match settings {
            Reloaded::Changed(settings) => self.settings.set(settings),
            Reloaded::Problem(problem) => self.report_problem(&problem),
            Reloaded::Removed | Reloaded::Unchanged | Reloaded::WrittenOver => {}
        }
        let problems = workshops.problems.iter().chain(&personas.problems);
        for problem in problems.chain(&methods.problems) {
            self.report_problem(problem);
        }
        self.workshops
            .set(Workshops::from_loaded(workshops.entities));
        self.personas.set(Personas::from_loaded(personas.entities));
        self.methods.set(OwnMethods::from_loaded(methods.entities));
        self.refresh_quarantine();
    }

    fn report_problem(&self, problem: &LoadProblem) {
        let (key, links_settings) = match problem {
            LoadProblem::Quarantined { .. } => (Key::QuarantineNotice, true),
            LoadProblem::TooNew { .. } => (Key::TooNewNotice, false),
            LoadProblem::FromNewerTab { .. } => (Key::NewerTabNotice, false),
        };
        self.messages.notify_once(key.into(), links_settings);
    }

    /// The free timer kept on this device. One that cannot be read is set
    /// aside like any unreadable value, and the app goes on without it.
    pub fn load_free_timer(&self) -> Option<FreeTimer> {
        match self.saving.with_repo(|r| r.read_free_timer(now())) {
            Ok(FreeTimerRead::Found(timer)) => Some(timer),
            Ok(FreeTimerRead::SetAside(problem)) => {
                self.report_problem(&problem);
                self.refresh_quarantine();
                None
            }
            Ok(FreeTimerRead::Absent) | Err(_) => None,
        }
    }

    /// Keeps the free timer on this device, or removes it (`None`). A storage
    /// that refuses only costs the timer its place after a reload.
    pub fn keep_free_timer(&self, timer: Option<&FreeTimer>) {
        let _ = self.saving.with_repo(|r| r.write_free_timer(timer));
    }

    /// Switches the language and remembers it.
    pub fn set_language(&self, language: Language) {
        self.settings.update(|s| s.language = language);
        self.commit(Pending::Settings);
    }

    /// Sets the address the invitation points to; empty means the current address.
    pub fn set_invite_address(&self, text: &str) -> Result<(), AddressError> {
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
        let backup = self
            .methods
            .with_untracked(|m| backup.with_methods(m.all()));
        let name = backup_file_name(local_date(at));
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
        if self.saving.with_repo(|r| r.erase_everything()).is_err() {
            return;
        }
        self.saving.pending.set_value(Vec::new());
        self.workshops.set(Workshops::default());
        self.personas.set(Personas::default());
        self.methods.set(OwnMethods::default());
        // The language stays on screen but is not written back: nothing is left.
        let language = self.settings.with_untracked(|s| s.language);
        self.settings.set(Settings {
            language,
            ..Settings::default()
        });
        self.messages.clear();
        self.refresh_quarantine();
        self.messages.toast(Msg::from(Key::Erased), None);
    }

    /// Another tab changed `key` (None: it cleared the storage).
    pub fn on_storage_event(&self, key: Option<String>) {
        if !self.saving.with_repo(|r| r.has_decoders()) {
            self.saving.missed.update_value(|missed| missed.push(key));
            self.load_decoders();
            return;
        }
        let Some(key) = key else {
            self.reload_everything();
            return;
        };
        let Some(entity_of) = parse_entity_key(&key) else {
            return;
        };
        // A part is news of its entity: another tab may have written the
        // same revision of it as this tab, at the same moment.
        let part = PartKey::parse(&key);
        let (kind, id) = part
            .as_ref()
            .map_or(entity_of, |part| (part.kind.as_str(), part.id.as_str()));
        if kind == <Workshop as Entity>::KIND {
            self.reload_record::<Workshop>(id);
        } else if kind == <Persona as Entity>::KIND {
            self.reload_record::<Persona>(id);
        } else if kind == <OwnMethod as Entity>::KIND {
            self.reload_record::<OwnMethod>(id);
        } else if kind == Settings::KIND {
            self.reload_settings();
        }
    }

    fn reload_record<T: Listed>(&self, id: &str) {
        let has_pending = self
            .saving
            .pending
            .with_value(|p| p.contains(&Pending::Saved(T::LIST, id.to_string())));
        if has_pending {
            // This tab has an unsaved version: saving now keeps both.
            self.flush();
            return;
        }
        let list = T::list(self);
        match self.saving.with_repo(|r| r.reload::<T>(id, now())) {
            Ok(Reloaded::Changed(record)) => list.update(|l| l.upsert(record)),
            Ok(Reloaded::Removed) => {
                if let Ok(id) = id.parse() {
                    list.update(|l| {
                        l.forget(id);
                    });
                }
            }
            Ok(Reloaded::Problem(problem)) => self.report_problem(&problem),
            // Saving this tab's version again keeps the other's beside it.
            Ok(Reloaded::WrittenOver) => self.commit(Pending::Saved(T::LIST, id.to_string())),
            Ok(Reloaded::Unchanged) | Err(_) => {}
        }
    }

    fn reload_settings(&self) {
        if self
            .saving
            .pending
            .with_value(|p| p.contains(&Pending::Settings))
        {
            self.flush();
            return;
        }
        let reloaded = self
            .saving
            .with_repo(|r| r.reload::<Settings>(SETTINGS_ID, now()));
        match reloaded {
            Ok(Reloaded::Changed(settings)) => self.settings.set(settings),
            Ok(Reloaded::WrittenOver) => self.commit(Pending::Settings),
            _ => {}
        }
    }

    /// Loads the code that reads stored data, if it is not there or on its
    /// way; then reads the other tabs' changes heard of meanwhile and saves
    /// what waited for it. A load that fails is tried again at the next need,
    /// or after a moment when the start could not read what is stored.
    pub fn load_decoders(&self) {
        let saving = self.saving;
        if saving.loading_decoders.get_value() || saving.with_repo(|r| r.has_decoders()) {
            return;
        }
        saving.loading_decoders.set_value(true);
        let state = *self;
        spawn_local(async move {
            let decoders = decoding::load().await;
            saving.loading_decoders.set_value(false);
            let Some(decoders) = decoders else {
                if decoding::unread_at_start() {
                    set_timeout(move || state.load_decoders(), RETRY_DECODERS_AFTER);
                }
                return;
            };
            saving.with_repo(|r| r.install_decoders(decoders));
            let missed = std::mem::take(&mut *saving.missed.write_value());
            for key in missed {
                state.on_storage_event(key);
            }
            state.flush();
            state.read_what_the_start_missed();
        });
    }

    /// Reads everything stored once the decoders come after a start that
    /// could not read it, when nothing of this tab waits to be saved (a read
    /// replaces the lists, which would drop it); else the notice stays.
    fn read_what_the_start_missed(&self) {
        if !decoding::unread_at_start() || !self.saving.pending.with_value(Vec::is_empty) {
            return;
        }
        decoding::read_after_start();
        self.reload_everything();
        self.messages.withdraw(Key::StoredUnread.into());
    }

    /// Records a change and saves everything pending.
    pub(super) fn commit(&self, change: Pending) {
        self.saving.pending.update_value(|pending| {
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
        let mut pending = self.saving.pending.get_value();
        pending.sort_by_key(|change| !matches!(change, Pending::Deleted(..)));
        let mut failure = None;
        let mut still_pending = Vec::new();
        for change in pending {
            if let Err(error) = self.save_one(&change) {
                failure = Some(SaveFailure::from_error(&error));
                still_pending.push(change);
            }
        }
        self.saving.pending.set_value(still_pending);
        if failure == Some(SaveFailure::Loading) {
            self.load_decoders();
        }
        self.saving.status.set(match failure {
            Some(failure) => SaveStatus::Failed(failure),
            None => SaveStatus::Saved,
        });
    }

    fn save_one(&self, change: &Pending) -> Result<(), StoreError> {
        match change {
            Pending::Saved(Kind::Workshop, id) => self.save_record::<Workshop>(id),
            Pending::Saved(Kind::Persona, id) => self.save_record::<Persona>(id),
            Pending::Saved(Kind::Method, id) => self.save_record::<OwnMethod>(id),
            Pending::Deleted(Kind::Workshop, id) => self.delete_record::<Workshop>(id),
            Pending::Deleted(Kind::Persona, id) => self.delete_record::<Persona>(id),
            Pending::Deleted(Kind::Method, id) => self.delete_record::<OwnMethod>(id),
            Pending::Settings => {
                let settings = self.settings.get_untracked();
                let suffix = self.text_now(Key::ConflictSuffix);
                self.saving
                    .with_repo(|r| r.save(&settings, now(), new_id_text, suffix))
                    .map(|_| ())
            }
        }
    }

    /// Saves record `id` of its list; another tab's version found in storage
    /// is kept as a copy and said so.
    pub(super) fn save_record<T: Listed>(&self, id: &str) -> Result<(), StoreError> {
        let list = T::list(self);
        let suffix = self.text_now(Key::ConflictSuffix);
        // Saved from inside the list, without a copy: a workshop can be large.
        let saved = list.with_untracked(|l| {
            let record = id.parse().ok().and_then(|id| l.get(id));
            record.map(|record| {
                self.saving
                    .with_repo(|r| r.save(record, now(), new_id_text, suffix))
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
        // Another tab changed other parts: both changes are saved, and shown.
        if let Some(merged) = saved.merged {
            list.update(|l| l.upsert(merged));
        }
        Ok(())
    }

    fn delete_record<T: Listed>(&self, id: &str) -> Result<(), StoreError> {
        let deleted = self.saving.with_repo(|r| r.delete::<T>(id))?;
        if let Deleted::KeptNewer(theirs) = deleted {
            let title = theirs.label().to_string();
            T::list(self).update(|l| l.upsert(theirs));
            self.messages
                .notify(Msg::from(CommonMsg::DeleteKeptNotice { title }), false);
        }
        Ok(())
    }

    /// Opens a batch of saves that [`AppState::undo_batch`] can take back whole.
    pub(super) fn begin_batch(&self) {
        self.saving.with_repo(|r| r.begin_batch());
    }

    /// Keeps what the open batch saved.
    pub(super) fn end_batch(&self) {
        self.saving.with_repo(|r| r.end_batch());
    }

    /// Puts back every key the open batch changed.
    pub(super) fn undo_batch(&self) {
        // What cannot be put back stays saved and in memory's next load.
        let _ = self.saving.with_repo(|r| r.undo_batch());
    }

    /// Reads the quarantined values again into their signal.
    fn refresh_quarantine(&self) {
        let values = self
            .saving
            .with_repo(|r| r.quarantined())
            .unwrap_or_default();
        self.saving.quarantine.set(values);
    }

    /// Throws away one quarantined value.
    pub fn discard_quarantined(&self, key: &str) {
        let _ = self.saving.with_repo(|r| r.discard_quarantined(key));
        self.refresh_quarantine();
    }

    /// UTF-16 code units the app uses in localStorage.
    pub fn units_used(&self) -> usize {
        self.saving
            .with_repo(|r| r.units_used())
            .unwrap_or_default()
    }
}
