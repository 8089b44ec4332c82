//! The participant's draft on their phone: what they typed and picked, and
//! the answer once it was made into codes. The phone keeps it in localStorage
//! as JSON (ui/participant/draft.rs); the text is the same as serde_json wrote
//! before (tests/participate_json.rs).

use super::json::{
    nullable, read, string, strings, unsigned, write_object, Fields, Json, ReadJson, Reading,
    WriteJson,
};
use super::AnswerCard;

/// The form as typed, and the answer once it was made into codes. Kept as a
/// JSON object of these fields by their names, in this order (`score` and
/// `editing` may be left out: drafts of older versions lack them).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Draft {
    pub place: Option<u8>,
    /// The person in the group, or the municipality of a persona test.
    pub person: Option<u8>,
    /// The score picked (persona test).
    pub score: Option<u8>,
    pub name: String,
    pub texts: Vec<String>,
    pub sent: Option<AnswerCard>,
    /// The id of an answer made before and now being changed: it keeps it.
    pub editing: Option<String>,
}

const DRAFT_FIELDS: [&str; 7] = [
    "place", "person", "score", "name", "texts", "sent", "editing",
];

impl WriteJson for Draft {
    fn write_json(&self, out: &mut String) {
        write_object(
            out,
            &[
                ("place", &self.place),
                ("person", &self.person),
                ("score", &self.score),
                ("name", &self.name),
                ("texts", &self.texts),
                ("sent", &self.sent),
                ("editing", &self.editing),
            ],
        );
    }
}

impl ReadJson for Draft {
    fn read_json(json: &Json) -> Option<Self> {
        let fields = Fields::of(json, &DRAFT_FIELDS)?;
        Some(Self {
            place: fields.optional("place", unsigned)?,
            person: fields.optional("person", unsigned)?,
            score: fields.or_default("score", |s| nullable(s, unsigned))?,
            name: fields.required("name", string)?,
            texts: fields.required("texts", strings)?,
            sent: fields.optional("sent", AnswerCard::read_json)?,
            editing: fields.or_default("editing", |e| nullable(e, string))?,
        })
    }
}

impl Draft {
    /// The draft kept as `text`, if it is one.
    pub fn from_text(text: &str) -> Option<Self> {
        Self::read_json(&read(text, Reading::Struct)?)
    }

    /// The draft as it is kept.
    pub fn to_text(&self) -> String {
        let mut text = String::new();
        self.write_json(&mut text);
        text
    }
}
