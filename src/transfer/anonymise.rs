//! Names out of a workshop for reports that leave the group: every host,
//! participant, person on a placemat, action owner and who leads a block of
//! the programme becomes "Deelnemer 1",
//! "Deelnemer 2", …, the same name the same number throughout. Names typed
//! inside notes are not found; the facilitator reads the report before sending.

use crate::model::Workshop;
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
        activity
            .body
            .form_mut()
            .names_mut()
            .into_iter()
            .for_each(&mut replace);
    }
    for block in &mut copy.programme.blocks {
        replace(&mut block.leader);
    }
    copy
}
