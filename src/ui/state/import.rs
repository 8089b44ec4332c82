//! Saving what an import brings, all of it or nothing: the saves run as one
//! batch of the repository; if storage refuses one record, every key the batch
//! changed (copies kept for a conflict included) is put back as it was, raw,
//! and memory is as before the import.

use super::records::Listed;
use super::{AppState, SaveFailure};
use crate::model::Record;
use crate::transfer::Applied;
use leptos::prelude::*;

impl AppState {
    /// Saves the records of an applied import plan; on a refusal nothing of it
    /// stays, in memory or in storage.
    pub fn import(&self, applied: Applied) -> Result<(), SaveFailure> {
        let workshops_before = self.workshops.get_untracked();
        let personas_before = self.personas.get_untracked();
        let methods_before = self.methods.get_untracked();
        self.begin_batch();
        let result = self
            .import_list(applied.workshops)
            .and_then(|()| self.import_list(applied.personas))
            .and_then(|()| self.import_list(applied.methods));
        match result {
            Ok(()) => self.end_batch(),
            Err(_) => {
                self.undo_batch();
                self.workshops.set(workshops_before);
                self.personas.set(personas_before);
                self.methods.set(methods_before);
            }
        }
        result
    }

    fn import_list<T: Listed>(&self, records: Vec<T>) -> Result<(), SaveFailure> {
        for record in records {
            let id = Record::id(&record).to_string();
            T::list(self).update(|l| l.upsert(record));
            self.save_record::<T>(&id)
                .map_err(|error| SaveFailure::from_error(&error))?;
        }
        Ok(())
    }
}
