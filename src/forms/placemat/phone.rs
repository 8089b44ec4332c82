//! The placemat's question for phones: its central question, answered with
//! notes in the field of the person the participant picks in a group.

use crate::forms::placemat::Placemat;
use crate::forms::phone::{Delivery, PersonaNames};
use crate::forms::{PhoneForm, PromptTarget};
use crate::model::stored_check::{check_ids, check_items, Checked, Within};
use crate::model::{Prompt, Timestamp, ValidationError, Workshop};
use crate::transfer::{CardPlaces, PlaceKind};
use serde::{Deserialize, Serialize};
use crate::model::{ActivityId, PromptId};
use crate::model::{GroupId, SeatId};

/// Notes in a person's field of a placemat group.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PlacematFields {
    pub groups: Vec<PromptGroup>,
}

/// A placemat group as it was when the question went out.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PromptGroup {
    pub id: GroupId,
    pub seats: Vec<SeatId>,
}

impl PhoneForm for Placemat {
    type Target = PlacematFields;

    fn check_target(target: &PlacematFields) -> Checked {
        check_ids(&target.groups, |g| g.id)?;
        check_items(&target.groups, |g| {
            check_ids(&g.seats, |s| *s).within("seats")
        })
    }

    fn receive(&mut self, delivery: Delivery<PlacematFields>) -> Result<usize, ValidationError> {
        let Delivery { target, answer, .. } = &delivery;
        let group = target
            .groups
            .get(answer.place)
            .ok_or(ValidationError::NotFound)?;
        let seat = *group
            .seats
            .get(answer.person)
            .ok_or(ValidationError::NotFound)?;
        self.receive_notes(group.id, seat, answer.name, &delivery.parts()?)
    }

    fn card_places(placemat: Option<&Placemat>, target: &PlacematFields, _: PersonaNames) -> CardPlaces {
        let name = |id: GroupId| placemat.and_then(|p| p.group(id)).map(|g| g.name.clone());
        CardPlaces {
            persons: target.groups.first().map_or(0, |g| g.seats.len()) as u8,
            places: target
                .groups
                .iter()
                .map(|g| name(g.id).unwrap_or_default())
                .collect(),
            ..CardPlaces::of(PlaceKind::Field)
        }
    }
}

impl Workshop {
    /// Puts the placemat's central question out to phones: the open question
    /// of this placemat if it asks the same of the same groups, else a new one
    /// (and the earlier ones closed).
    pub fn ask_placemat(
        &mut self,
        activity_id: ActivityId,
        prompt_id: PromptId,
        now: Timestamp,
    ) -> Result<&Prompt, ValidationError> {
        let placemat = self.form_of::<Placemat>(activity_id)?;
        let target = PromptTarget::Placemat(PlacematFields {
            groups: placemat
                .groups
                .iter()
                .map(|g| PromptGroup {
                    id: g.id,
                    seats: g.seats.iter().map(|s| s.id).collect(),
                })
                .collect(),
        });
        let question = placemat.question.clone();
        if question.trim().is_empty() {
            return Err(ValidationError::CentralQuestionEmpty);
        }
        Ok(self.ask(activity_id, question, target, prompt_id, now))
    }
}
