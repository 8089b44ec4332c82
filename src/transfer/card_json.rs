//! The question and answer cards as JSON, with their short member names: the
//! text that is deflated into a payload (see `participate`), and the answer
//! kept in the phone's draft.

use super::json::{
    nullable, string, strings, unsigned, variant, write_object, Fields, Json, ReadJson, WriteJson,
};
use super::participate::{AnswerCard, PlaceKind, QuestionCard};

/// The kinds by their names in JSON.
const KINDS: [(&str, PlaceKind); 4] = [
    ("t", PlaceKind::Table),
    ("f", PlaceKind::Field),
    ("a", PlaceKind::Anyone),
    ("c", PlaceKind::Cell),
];
const QUESTION_FIELDS: [&str; 7] = ["v", "p", "q", "k", "t", "n", "m"];
const ANSWER_FIELDS: [&str; 8] = ["v", "p", "a", "w", "i", "j", "s", "x"];

impl WriteJson for PlaceKind {
    fn write_json(&self, out: &mut String) {
        for (name, kind) in KINDS {
            if kind == *self {
                name.write_json(out);
            }
        }
    }
}

fn place_kind(json: &Json) -> Option<PlaceKind> {
    variant(json, &KINDS)
}

impl WriteJson for QuestionCard {
    /// The municipalities only when there are any.
    fn write_json(&self, out: &mut String) {
        let mut members: Vec<(&str, &dyn WriteJson)> = vec![
            ("v", &self.version),
            ("p", &self.prompt),
            ("q", &self.text),
            ("k", &self.kind),
            ("t", &self.places),
            ("n", &self.persons),
        ];
        if !self.columns.is_empty() {
            members.push(("m", &self.columns));
        }
        write_object(out, &members);
    }
}

impl ReadJson for QuestionCard {
    /// The card in `json`, its fields not yet checked.
    fn read_json(json: &Json) -> Option<Self> {
        let fields = Fields::of(json, &QUESTION_FIELDS)?;
        Some(Self {
            version: fields.required("v", unsigned)?,
            prompt: fields.required("p", string)?,
            text: fields.required("q", string)?,
            kind: fields.required("k", place_kind)?,
            places: fields.or_default("t", strings)?,
            persons: fields.or_default("n", unsigned)?,
            columns: fields.or_default("m", strings)?,
        })
    }
}

impl WriteJson for AnswerCard {
    /// The name and the score only when given.
    fn write_json(&self, out: &mut String) {
        let mut members: Vec<(&str, &dyn WriteJson)> =
            vec![("v", &self.version), ("p", &self.prompt), ("a", &self.id)];
        if !self.name.is_empty() {
            members.push(("w", &self.name));
        }
        members.extend([("i", &self.place as &dyn WriteJson), ("j", &self.person)]);
        if self.score.is_some() {
            members.push(("s", &self.score));
        }
        members.push(("x", &self.texts));
        write_object(out, &members);
    }
}

impl ReadJson for AnswerCard {
    /// The card in `json`, its fields not yet checked.
    fn read_json(json: &Json) -> Option<Self> {
        let fields = Fields::of(json, &ANSWER_FIELDS)?;
        Some(Self {
            version: fields.required("v", unsigned)?,
            prompt: fields.required("p", string)?,
            id: fields.required("a", string)?,
            name: fields.or_default("w", string)?,
            place: fields.required("i", unsigned)?,
            person: fields.or_default("j", unsigned)?,
            score: fields.or_default("s", |s| nullable(s, unsigned))?,
            texts: fields.or_default("x", strings)?,
        })
    }
}
