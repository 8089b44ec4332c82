//! Saving what an import brings, all of it or nothing: if storage refuses one
//! record, those already written are put back as they were and memory is as
//! before the import.

use super::{AppState, Kind, SaveFailure};
use crate::model::{Collection, Record};
use crate::store::Entity;
use crate::transfer::Applied;
use leptos::prelude::*;

impl AppState {
    /// Saves the records of an applied import plan; on a refusal nothing of it
    /// stays, in memory or in storage.
    pub fn import(&self, applied: Applied) -> Result<(), SaveFailure> {
        let workshops_before = self.workshops.get_untracked();
        let personas_before = self.personas.get_untracked();
        let mut written = Vec::new();
        let result = self
            .import_list(
                Kind::Workshop,
                self.workshops,
                applied.workshops,
                &mut written,
            )
            .and_then(|()| {
                self.import_list(Kind::Persona, self.personas, applied.personas, &mut written)
            });
        if result.is_err() {
            self.workshops.set(workshops_before.clone());
            self.personas.set(personas_before.clone());
            for (kind, id) in written {
                // Put back what was there, or take away what was new.
                let _ = match kind {
                    Kind::Workshop => self.put_back(self.workshops, &workshops_before, &id),
                    Kind::Persona => self.put_back(self.personas, &personas_before, &id),
                };
            }
        }
        result
    }

    fn import_list<T: Entity + Record>(
        &self,
        kind: Kind,
        list: RwSignal<Collection<T>>,
        records: Vec<T>,
        written: &mut Vec<(Kind, String)>,
    ) -> Result<(), SaveFailure> {
        for record in records {
            let id = Record::id(&record).to_string();
            list.update(|l| l.upsert(record));
            self.save_record(list, &id)
                .map_err(|error| SaveFailure::from_error(&error))?;
            written.push((kind, id));
        }
        Ok(())
    }

    fn put_back<T: Entity + Record>(
        &self,
        list: RwSignal<Collection<T>>,
        before: &Collection<T>,
        id: &str,
    ) -> Result<(), crate::store::StoreError> {
        if before.get(id).is_some() {
            self.save_record(list, id)
        } else {
            self.delete_record(list, id)
        }
    }
}
