//! Shared by the native tests; each test file uses a part of it.
#![allow(dead_code)]

use werktafel::model::Id;
use werktafel::transfer::{AnswerCard, CARD_VERSION};

/// The id `text` of any kind, as a test names it.
pub fn id_of<K>(text: &str) -> Id<K> {
    text.parse().expect("a test's id is one the app could make")
}

/// Ids `prefix1`, `prefix2`, … as the app's id generator would hand them out.
pub fn ids(prefix: &'static str) -> impl FnMut() -> String {
    let mut count = 0;
    move || {
        count += 1;
        format!("{prefix}{count}")
    }
}

/// An answer card of this version from its prompt, id, name, place, person,
/// score and texts (as a strategy of proptest makes them).
pub fn answer_card(
    (prompt, id, name, place, person, score, texts): (
        String,
        String,
        String,
        u8,
        u8,
        Option<u8>,
        Vec<String>,
    ),
) -> AnswerCard {
    AnswerCard {
        version: CARD_VERSION,
        prompt,
        id,
        name,
        place,
        person,
        score,
        texts,
    }
}
