//! Names out of a workshop for reports that leave the group: every host,
//! participant, person on a placemat and action owner becomes "Deelnemer 1",
//! "Deelnemer 2", …, the same name the same number throughout. Names typed
//! inside notes are not found; the facilitator reads the report before sending.

use crate::model::{ActivityBody, Workshop};
use std::collections::HashMap;

/// A copy of the workshop with names replaced; `label(n)` names number `n` (from 1).
pub fn anonymise(workshop: &Workshop, label: impl Fn(usize) -> String) -> Workshop {
    let mut numbers: HashMap<String, usize> = HashMap::new();
    let mut replace = |name: &mut String| {
        let key = name.trim().to_lowercase();
        if key.is_empty() {
            return;
        }
        let next = numbers.len() + 1;
        let number = *numbers.entry(key).or_insert(next);
        *name = label(number);
    };
    let mut copy = workshop.clone();
    for activity in &mut copy.activities {
        match &mut activity.body {
            ActivityBody::Cafe(cafe) => {
                cafe.tables.iter_mut().for_each(|t| replace(&mut t.host));
                cafe.participants.iter_mut().for_each(&mut replace);
                cafe.harvest
                    .actions
                    .iter_mut()
                    .for_each(|a| replace(&mut a.owner));
            }
            ActivityBody::Placemat(placemat) => {
                for group in &mut placemat.groups {
                    group.seats.iter_mut().for_each(|s| replace(&mut s.name));
                }
                placemat
                    .harvest
                    .actions
                    .iter_mut()
                    .for_each(|a| replace(&mut a.owner));
            }
            ActivityBody::OpenQuestion(question) => {
                question
                    .replies
                    .iter_mut()
                    .for_each(|r| replace(&mut r.name));
            }
            ActivityBody::PersonaTest(_) => {}
        }
    }
    copy
}
