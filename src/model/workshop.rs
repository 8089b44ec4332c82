//! A workshop (bijeenkomst): one meeting with its title, date, place, goal and facilitator.

use super::error::check_length;
use super::programme::{BlockDraft, BlockKind};
use super::stored_check::{check_filled, check_ids, check_items, check_text, Checked, Within};
use super::{
    ActivityId, BlockId, Field, IsoDate, NoteBoard, PersonaId, Programme, Prompt, Timestamp,
    ValidationError, WorkshopId,
};
use crate::forms::{Activity, ActivityBody, WorkForm};
use serde::{Deserialize, Serialize};

/// Longest title, in characters. Long enough for any real title, short enough to fit a card.
pub const MAX_TITLE_CHARS: usize = 200;
/// Longest place or facilitator name, in characters.
pub const MAX_SHORT_CHARS: usize = 200;
/// Longest goal text, in characters: a few paragraphs.
pub const MAX_TEXT_CHARS: usize = 2000;

/// One workshop as stored.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Workshop {
    pub id: WorkshopId,
    pub title: String,
    #[serde(default)]
    pub date: Option<IsoDate>,
    #[serde(default)]
    pub place: String,
    #[serde(default)]
    pub goal: String,
    #[serde(default)]
    pub facilitator: String,
    pub created_at: Timestamp,
    pub updated_at: Timestamp,
    /// The work forms run in this workshop, oldest first.
    #[serde(default)]
    pub activities: Vec<Activity>,
    /// The questions put out to participants' phones, oldest first.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub prompts: Vec<Prompt>,
    /// The programme (draaiboek) of the meeting; absent when it has none.
    #[serde(default, skip_serializing_if = "Programme::is_empty")]
    pub programme: Programme,
}

/// A block to add to the programme with [`Workshop::add_blocks`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewBlock {
    pub id: BlockId,
    pub draft: BlockDraft,
    /// The new work form the block runs, under its new id; its kind is set
    /// to run it.
    pub form: Option<(ActivityId, ActivityBody)>,
}

/// What a facilitator typed in the workshop form, before it is checked.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct WorkshopDraft {
    pub title: String,
    /// Empty, `YYYY-MM-DD` or `DD-MM-YYYY`.
    pub date: String,
    pub place: String,
    pub goal: String,
    pub facilitator: String,
}

/// The checked fields of a draft.
struct CheckedFields {
    title: String,
    date: Option<IsoDate>,
    place: String,
    goal: String,
    facilitator: String,
}

impl WorkshopDraft {
    /// A draft holding the current values of a workshop, for the edit form.
    pub fn from_workshop(workshop: &Workshop) -> Self {
        Self {
            title: workshop.title.clone(),
            date: workshop.date.map(|d| d.to_string()).unwrap_or_default(),
            place: workshop.place.clone(),
            goal: workshop.goal.clone(),
            facilitator: workshop.facilitator.clone(),
        }
    }

    fn check(&self) -> Result<CheckedFields, ValidationError> {
        let title = check_title(&self.title)?;
        let date = match self.date.trim() {
            "" => None,
            text => Some(IsoDate::parse(text).ok_or(ValidationError::DateInvalid)?),
        };
        Ok(CheckedFields {
            title,
            date,
            place: check_length(&self.place, Field::Place, MAX_SHORT_CHARS)?,
            goal: check_length(&self.goal, Field::Goal, MAX_TEXT_CHARS)?,
            facilitator: check_length(&self.facilitator, Field::Facilitator, MAX_SHORT_CHARS)?,
        })
    }
}

impl Workshop {
    /// Creates a workshop from a draft, or says why the draft is refused.
    pub fn create(
        draft: &WorkshopDraft,
        id: WorkshopId,
        now: Timestamp,
    ) -> Result<Self, ValidationError> {
        let fields = draft.check()?;
        Ok(Self {
            id,
            title: fields.title,
            date: fields.date,
            place: fields.place,
            goal: fields.goal,
            facilitator: fields.facilitator,
            created_at: now,
            updated_at: now,
            activities: Vec::new(),
            prompts: Vec::new(),
            programme: Programme::default(),
        })
    }

    /// Replaces every field with the draft's; nothing changes if the draft is refused.
    pub fn apply(&mut self, draft: &WorkshopDraft, now: Timestamp) -> Result<(), ValidationError> {
        let fields = draft.check()?;
        self.title = fields.title;
        self.date = fields.date;
        self.place = fields.place;
        self.goal = fields.goal;
        self.facilitator = fields.facilitator;
        self.updated_at = now;
        Ok(())
    }

    /// Whether a stored workshop keeps the rules its editing keeps: a title,
    /// texts within their limits, and activities with their own ids, each
    /// within the rules of its work form.
    pub fn check_stored(&self) -> Checked {
        check_filled(&self.title, MAX_TITLE_CHARS).within("title")?;
        check_text(&self.place, MAX_SHORT_CHARS).within("place")?;
        check_text(&self.goal, MAX_TEXT_CHARS).within("goal")?;
        check_text(&self.facilitator, MAX_SHORT_CHARS).within("facilitator")?;
        check_ids(&self.activities, |a| a.id).within("activities")?;
        check_items(&self.activities, |a| a.body.stored().check_stored()).within("activities")?;
        check_ids(&self.prompts, |p| p.id).within("prompts")?;
        check_items(&self.prompts, Prompt::check_stored).within("prompts")?;
        self.programme.check_stored().within("programme")
    }

    /// Adds an activity at the end; refuses an id that is taken.
    pub fn add_activity(
        &mut self,
        body: ActivityBody,
        id: ActivityId,
        now: Timestamp,
    ) -> Result<(), ValidationError> {
        if self.activity(id).is_some() {
            return Err(ValidationError::DuplicateId);
        }
        self.activities.push(Activity {
            id,
            created_at: now,
            updated_at: now,
            body,
        });
        self.updated_at = now;
        Ok(())
    }

    /// The activity with this id.
    pub fn activity(&self, id: ActivityId) -> Option<&Activity> {
        self.activities.iter().find(|a| a.id == id)
    }

    /// Takes an activity out; [`Workshop::restore_activity`] puts it back.
    pub fn remove_activity(
        &mut self,
        id: ActivityId,
        now: Timestamp,
    ) -> Result<(usize, Activity), ValidationError> {
        let index = self
            .activities
            .iter()
            .position(|a| a.id == id)
            .ok_or(ValidationError::NotFound)?;
        self.updated_at = now;
        Ok((index, self.activities.remove(index)))
    }

    /// Puts a removed activity back where it was.
    pub fn restore_activity(&mut self, index: usize, activity: Activity, now: Timestamp) {
        if self.activity(activity.id).is_none() {
            let index = index.min(self.activities.len());
            self.activities.insert(index, activity);
            self.updated_at = now;
        }
    }

    /// Changes the activity with this id, of work form `T`; nothing changes if
    /// `change` refuses.
    pub fn change_activity<T: WorkForm + Clone, R>(
        &mut self,
        id: ActivityId,
        now: Timestamp,
        change: impl FnOnce(&mut T) -> Result<R, ValidationError>,
    ) -> Result<R, ValidationError> {
        let result = self.activity_mut(id)?.change(now, change)?;
        self.updated_at = now;
        Ok(result)
    }

    /// Changes the notes, themes and actions of the activity with this id;
    /// nothing changes if `change` refuses.
    pub fn change_board<R>(
        &mut self,
        id: ActivityId,
        now: Timestamp,
        change: impl FnOnce(&mut dyn NoteBoard) -> Result<R, ValidationError>,
    ) -> Result<R, ValidationError> {
        let result = self.activity_mut(id)?.change_board(now, change)?;
        self.updated_at = now;
        Ok(result)
    }

    fn activity_mut(&mut self, id: ActivityId) -> Result<&mut Activity, ValidationError> {
        self.activities
            .iter_mut()
            .find(|a| a.id == id)
            .ok_or(ValidationError::NotFound)
    }

    /// The library persona's its persona tests use, each once.
    pub fn persona_ids(&self) -> Vec<PersonaId> {
        let mut ids: Vec<PersonaId> = Vec::new();
        for activity in &self.activities {
            if let ActivityBody::PersonaTest(test) = &activity.body {
                for &id in &test.persona_ids {
                    if !ids.contains(&id) {
                        ids.push(id);
                    }
                }
            }
        }
        ids
    }

    /// Changes the programme; nothing changes if `change` refuses.
    pub fn change_programme<R>(
        &mut self,
        now: Timestamp,
        change: impl FnOnce(&mut Programme) -> Result<R, ValidationError>,
    ) -> Result<R, ValidationError> {
        let result = change(&mut self.programme)?;
        self.updated_at = now;
        Ok(result)
    }

    /// Adds blocks at the end of the programme, each with the new work form
    /// it runs if it has one: all of them in one change, or nothing and the
    /// reason.
    pub fn add_blocks(
        &mut self,
        blocks: Vec<NewBlock>,
        now: Timestamp,
    ) -> Result<(), ValidationError> {
        let mut drafts = Vec::with_capacity(blocks.len());
        let mut forms: Vec<Activity> = Vec::new();
        for NewBlock {
            id,
            mut draft,
            form,
        } in blocks
        {
            if let Some((activity, body)) = form {
                if self.activity(activity).is_some() || forms.iter().any(|a| a.id == activity) {
                    return Err(ValidationError::DuplicateId);
                }
                draft.kind = BlockKind::Form(activity);
                forms.push(Activity {
                    id: activity,
                    created_at: now,
                    updated_at: now,
                    body,
                });
            }
            drafts.push((id, draft));
        }
        self.programme.append(&drafts)?;
        self.activities.extend(forms);
        self.updated_at = now;
        Ok(())
    }

    /// Changes only the title.
    pub fn rename(&mut self, title: &str, now: Timestamp) -> Result<(), ValidationError> {
        self.title = check_title(title)?;
        self.updated_at = now;
        Ok(())
    }
}

/// A title is trimmed, not empty and at most [`MAX_TITLE_CHARS`] long.
pub fn check_title(title: &str) -> Result<String, ValidationError> {
    let title = title.trim();
    if title.is_empty() {
        return Err(ValidationError::TitleEmpty);
    }
    check_length(title, Field::Title, MAX_TITLE_CHARS)
}

/// The title of a copy: the original with a suffix, shortened so it stays valid.
pub fn copy_title(original: &str, suffix: &str) -> String {
    copy_name(original, suffix, MAX_TITLE_CHARS)
}

/// A name with a suffix (" (kopie)"), shortened so it stays within `max` characters.
pub fn copy_name(original: &str, suffix: &str, max: usize) -> String {
    let room = max.saturating_sub(suffix.chars().count());
    let base: String = original.chars().take(room).collect();
    format!("{}{}", base.trim_end(), suffix)
}
