//! The phone's own JSON reader and writer (src/transfer/json, issue 18) against
//! serde_json, which read and wrote the cards before: the serde types and the
//! old decoding are kept here as they were. Every card the facilitator's app
//! makes is written as the same payload, and any text (cards changed in every
//! way serde_json might read differently: missing, doubled or unknown members,
//! other types, number forms and ranges, escapes, arrays for structs, nesting)
//! is read the same, or refused with the same kind of error. The language of
//! the settings is compared the same way.

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
mod common;

use proptest::prelude::*;
use serde::Deserialize;
use werktafel::model::Settings;
use werktafel::store::{stored_language, Entity};
use werktafel::transfer::{
    answer_parts, question_payload, read_question, AnswerCard, Draft, PartCollector, PayloadError,
    PlaceKind, QuestionCard, Scanned, CARD_VERSION, PART_CHARS,
};

/// The cards as they were, with serde.
mod old {
    use serde::{Deserialize, Serialize};

    #[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
    pub enum PlaceKind {
        #[serde(rename = "t")]
        Table,
        #[serde(rename = "f")]
        Field,
        #[serde(rename = "a")]
        Anyone,
        #[serde(rename = "c")]
        Cell,
    }

    #[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
    pub struct QuestionCard {
        #[serde(rename = "v")]
        pub version: u8,
        #[serde(rename = "p")]
        pub prompt: String,
        #[serde(rename = "q")]
        pub text: String,
        #[serde(rename = "k")]
        pub kind: PlaceKind,
        #[serde(rename = "t", default)]
        pub places: Vec<String>,
        #[serde(rename = "n", default)]
        pub persons: u8,
        #[serde(rename = "m", default, skip_serializing_if = "Vec::is_empty")]
        pub columns: Vec<String>,
    }

    /// The phone's draft.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    pub struct Draft {
        pub place: Option<u8>,
        pub person: Option<u8>,
        #[serde(default)]
        pub score: Option<u8>,
        pub name: String,
        pub texts: Vec<String>,
        pub sent: Option<AnswerCard>,
        #[serde(default)]
        pub editing: Option<String>,
    }

    #[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
    pub struct AnswerCard {
        #[serde(rename = "v")]
        pub version: u8,
        #[serde(rename = "p")]
        pub prompt: String,
        #[serde(rename = "a")]
        pub id: String,
        #[serde(rename = "w", default, skip_serializing_if = "String::is_empty")]
        pub name: String,
        #[serde(rename = "i")]
        pub place: u8,
        #[serde(rename = "j", default)]
        pub person: u8,
        #[serde(rename = "s", default, skip_serializing_if = "Option::is_none")]
        pub score: Option<u8>,
        #[serde(rename = "x", default)]
        pub texts: Vec<String>,
    }
}

/// The old decoding of a card's JSON, up to the check of its fields' limits
/// (unchanged code): a `Value` first, a newer version refused, then the card.
fn old_read<T: serde::de::DeserializeOwned>(json: &[u8]) -> Result<T, PayloadError> {
    let value: serde_json::Value =
        serde_json::from_slice(json).map_err(|_| PayloadError::NotOurs)?;
    let version = value.get("v").and_then(serde_json::Value::as_u64);
    if version.is_some_and(|v| v > u64::from(CARD_VERSION)) {
        return Err(PayloadError::Newer);
    }
    serde_json::from_value(value).map_err(|_| PayloadError::NotOurs)
}

fn kind_from_old(kind: old::PlaceKind) -> PlaceKind {
    match kind {
        old::PlaceKind::Table => PlaceKind::Table,
        old::PlaceKind::Field => PlaceKind::Field,
        old::PlaceKind::Anyone => PlaceKind::Anyone,
        old::PlaceKind::Cell => PlaceKind::Cell,
    }
}

fn kind_to_old(kind: PlaceKind) -> old::PlaceKind {
    match kind {
        PlaceKind::Table => old::PlaceKind::Table,
        PlaceKind::Field => old::PlaceKind::Field,
        PlaceKind::Anyone => old::PlaceKind::Anyone,
        PlaceKind::Cell => old::PlaceKind::Cell,
    }
}

fn question_from_old(card: old::QuestionCard) -> QuestionCard {
    QuestionCard {
        version: card.version,
        prompt: card.prompt,
        text: card.text,
        kind: kind_from_old(card.kind),
        places: card.places,
        persons: card.persons,
        columns: card.columns,
    }
}

fn question_to_old(card: &QuestionCard) -> old::QuestionCard {
    old::QuestionCard {
        version: card.version,
        prompt: card.prompt.clone(),
        text: card.text.clone(),
        kind: kind_to_old(card.kind),
        places: card.places.clone(),
        persons: card.persons,
        columns: card.columns.clone(),
    }
}

fn answer_from_old(card: old::AnswerCard) -> AnswerCard {
    AnswerCard {
        version: card.version,
        prompt: card.prompt,
        id: card.id,
        name: card.name,
        place: card.place,
        person: card.person,
        score: card.score,
        texts: card.texts,
    }
}

fn answer_to_old(card: &AnswerCard) -> old::AnswerCard {
    old::AnswerCard {
        version: card.version,
        prompt: card.prompt.clone(),
        id: card.id.clone(),
        name: card.name.clone(),
        place: card.place,
        person: card.person,
        score: card.score,
        texts: card.texts.clone(),
    }
}

fn draft_from_old(draft: old::Draft) -> Draft {
    Draft {
        place: draft.place,
        person: draft.person,
        score: draft.score,
        name: draft.name,
        texts: draft.texts,
        sent: draft.sent.map(answer_from_old),
        editing: draft.editing,
    }
}

fn draft_to_old(draft: &Draft) -> old::Draft {
    old::Draft {
        place: draft.place,
        person: draft.person,
        score: draft.score,
        name: draft.name.clone(),
        texts: draft.texts.clone(),
        sent: draft.sent.as_ref().map(answer_to_old),
        editing: draft.editing.clone(),
    }
}

/// JSON text as a payload, as the app makes one.
fn payload_of(json: &str) -> String {
    URL_SAFE_NO_PAD.encode(miniz_oxide::deflate::compress_to_vec(json.as_bytes(), 9))
}

/// Whether the question in `json` reads now as serde_json read it: the same
/// card (or the same card refused by its limits), or the same kind of error.
fn question_reads_the_same(json: &str) -> Result<(), TestCaseError> {
    let now = read_question(&payload_of(json));
    match old_read::<old::QuestionCard>(json.as_bytes()) {
        Ok(card) if card.version == CARD_VERSION => {
            let checked = read_question(&question_payload(&question_from_old(card)));
            prop_assert_eq!(now, checked, "{}", json);
        }
        Ok(_) => prop_assert_eq!(now, Err(PayloadError::NotOurs), "{}", json),
        Err(error) => prop_assert_eq!(now, Err(error), "{}", json),
    }
    Ok(())
}

/// The answer in `json`, scanned as the codes of answer `id`.
fn scan_answer(json: &str, id: &str) -> Result<Scanned, PayloadError> {
    let payload = payload_of(json);
    let pieces: Vec<&str> = payload
        .as_bytes()
        .chunks(PART_CHARS)
        .map(|piece| std::str::from_utf8(piece).unwrap())
        .collect();
    let mut collector = PartCollector::default();
    let mut last = Err(PayloadError::NotOurs);
    for (index, piece) in pieces.iter().enumerate() {
        last = collector.scan(&format!("WTA1.{id}.{}.{}.{piece}", index + 1, pieces.len()));
    }
    last
}

/// The same for an answer: the same as the card serde_json read, written
/// again, or the same kind of error.
fn answer_reads_the_same(json: &str, id: &str) -> Result<(), TestCaseError> {
    let now = scan_answer(json, id);
    match old_read::<old::AnswerCard>(json.as_bytes()) {
        Ok(card) if card.version == CARD_VERSION => {
            let again = serde_json::to_string(&card).unwrap();
            prop_assert_eq!(now, scan_answer(&again, id), "{}", json);
        }
        Ok(_) => prop_assert_eq!(now, Err(PayloadError::NotOurs), "{}", json),
        Err(error) => prop_assert_eq!(now, Err(error), "{}", json),
    }
    Ok(())
}

/// Any text, as printable characters and the ones JSON escapes.
fn any_text(max: usize) -> impl Strategy<Value = String> {
    prop::collection::vec(
        prop_oneof![
            4 => any::<char>().prop_filter("printable", |c| !c.is_control()),
            1 => prop::sample::select(vec!['"', '\\', '/', '\n', '\t', '\u{1}', '\u{1f}', '\u{7f}', '\u{8}', '\u{c}', '\r', 'é', '😀']),
        ],
        0..max,
    )
    .prop_map(|chars| chars.into_iter().collect())
}

fn any_kind() -> impl Strategy<Value = PlaceKind> {
    prop::sample::select(vec![
        PlaceKind::Table,
        PlaceKind::Field,
        PlaceKind::Anyone,
        PlaceKind::Cell,
    ])
}

/// Question cards of every kind, as the facilitator's app makes them and past
/// their limits.
fn any_question() -> impl Strategy<Value = QuestionCard> {
    (
        "[a-zA-Z0-9_-]{1,40}",
        any_text(200),
        any_kind(),
        prop::collection::vec(any_text(12), 0..32),
        0u8..8,
        prop::collection::vec(any_text(12), 0..14),
    )
        .prop_map(
            |(prompt, text, kind, places, persons, columns)| QuestionCard {
                version: CARD_VERSION,
                prompt,
                text,
                kind,
                places,
                persons,
                columns,
            },
        )
}

fn any_answer() -> impl Strategy<Value = AnswerCard> {
    (
        "[a-zA-Z0-9_-]{1,40}",
        "[a-zA-Z0-9_-]{1,40}",
        any_text(40),
        any::<u8>(),
        any::<u8>(),
        prop::option::of(0u8..7),
        prop::collection::vec(any_text(60), 0..4),
    )
        .prop_map(common::answer_card)
}

fn any_draft() -> impl Strategy<Value = Draft> {
    (
        prop::option::of(any::<u8>()),
        prop::option::of(any::<u8>()),
        prop::option::of(any::<u8>()),
        any_text(40),
        prop::collection::vec(any_text(60), 0..6),
        prop::option::of(any_answer()),
        prop::option::of("[a-zA-Z0-9_-]{1,12}"),
    )
        .prop_map(|(place, person, score, name, texts, sent, editing)| Draft {
            place,
            person,
            score,
            name,
            texts,
            sent,
            editing,
        })
}

/// Numbers in every form JSON has, many near the ends of the `u8`, `u64` and
/// `f64` ranges, written out.
fn any_number() -> impl Strategy<Value = String> {
    let exponent = prop_oneof![
        Just(String::new()),
        (
            prop::sample::select(vec!["e", "E", "e+", "e-", "E-"]),
            prop_oneof![0u32..30, 280u32..330, Just(99_999_999), Just(4_294_967_295)],
        )
            .prop_map(|(e, n)| format!("{e}{n}")),
    ];
    (
        prop::sample::select(vec!["", "-"]),
        prop_oneof![
            "[0-9]{1,3}",
            "[1-9][0-9]{15,25}",
            Just("18446744073709551615".to_string()),
            Just("18446744073709551616".to_string()),
            Just("17976931348623157".to_string()),
            Just("17976931348623159".to_string()),
            "[1-9][0-9]{280,330}",
        ],
        prop_oneof![Just(String::new()), "\\.[0-9]{0,25}"],
        exponent,
    )
        .prop_map(|(sign, digits, fraction, exponent)| {
            format!("{sign}{digits}{fraction}{exponent}")
        })
}

/// JSON values of every kind, some of which serde_json reads only when it
/// skips them, or never.
fn any_value() -> impl Strategy<Value = String> {
    let nested = |depth: usize| format!("{}{}", "[".repeat(depth), "]".repeat(depth));
    prop_oneof![
        3 => any_number(),
        2 => any_text(12).prop_map(|t| serde_json::to_string(&t).unwrap()),
        3 => prop::sample::select(vec![
            "null", "true", "false", "nul", "tru", "\"t\"", "\"f\"", "\"a\"", "\"c\"", "\"x\"",
            "{\"t\":null}", "{\"c\":null}", "{\"t\":1}", "{\"t\":null,\"f\":null}",
            "{\"t\":null,\"t\":null}", "{}", "[]", "[\"x\"]", "[\"a\",\"b\"]", "[1]", "[null]",
            "[\"x\",]", "{\"a\":1,}", "\"\\ud800\"", "\"\\udc00x\"", "\"\\ud83d\\ude00\"",
            "\"\\ud800\\u0041\"", "\"\\ud800\\n\"", "\"\\ud800\\ud800\\udc00\"", "\"\\u00e9\\/\\b\\f\"",
            "\"\\x\"", "\"\\u12\"", "\"\\uZZZZ\"", "\"a\u{1}b\"", "\"a\u{7f}b\"", "[\"\\udc00\"]",
            "{\"\\ud800\":1}", "{\"k\\ud800\":[1e999]}", "[1e999]", " [ 1 , 2 ] ", "[\"a\" \"b\"]",
            "{\"a\" 1}", "{1:2}", "\"unclosed", "[", "{",
        ]).prop_map(String::from),
        1 => prop::sample::select(vec![126usize, 127, 128, 200]).prop_map(nested),
    ]
}

/// What is done to a card's members on the way to a text.
#[derive(Debug, Clone)]
enum Change {
    /// Member `at` left out.
    Drop(usize),
    /// Member `at` given this value instead.
    Set(usize, String),
    /// Member `at` given a second time, with this value.
    Twice(usize, String),
    /// A member of another name.
    Unknown(String, String),
    /// Whitespace where JSON allows it.
    Spaced,
}

fn any_change() -> impl Strategy<Value = Change> {
    prop_oneof![
        (0usize..9).prop_map(Change::Drop),
        (0usize..9, any_value()).prop_map(|(at, value)| Change::Set(at, value)),
        (0usize..9, any_value()).prop_map(|(at, value)| Change::Twice(at, value)),
        ("[a-z]{1,3}|[\"\\\\é]", any_value())
            .prop_map(|(name, value)| Change::Unknown(name, value)),
        Just(Change::Spaced),
    ]
}

/// A struct's JSON (as serde_json wrote it, its fields named in `order`) with
/// `changes`, as an object, or as an array of its first `as_array` values.
fn changed(json: &str, order: &[&str], changes: &[Change], as_array: Option<usize>) -> String {
    let value: serde_json::Map<String, serde_json::Value> = serde_json::from_str(json).unwrap();
    let mut members: Vec<(String, String)> = order
        .iter()
        .filter_map(|name| value.get(*name).map(|v| (name, v)))
        .map(|(k, v)| (serde_json::to_string(k).unwrap(), v.to_string()))
        .collect();
    let mut spaced = false;
    for change in changes {
        let count = members.len().max(1);
        match change {
            Change::Drop(at) if !members.is_empty() => {
                members.remove(at % count);
            }
            Change::Set(at, new) if !members.is_empty() => members[at % count].1 = new.clone(),
            Change::Twice(at, new) if !members.is_empty() => {
                let key = members[at % count].0.clone();
                members.push((key, new.clone()));
            }
            Change::Unknown(name, new) => {
                members.push((serde_json::to_string(name).unwrap(), new.clone()))
            }
            Change::Spaced => spaced = true,
            _ => {}
        }
    }
    let gap = if spaced { " \n\t\r" } else { "" };
    match as_array {
        Some(count) => {
            let values: Vec<String> = members.into_iter().take(count).map(|(_, v)| v).collect();
            format!("[{gap}{}{gap}]", values.join(&format!("{gap},{gap}")))
        }
        None => {
            let members: Vec<String> = members
                .into_iter()
                .map(|(k, v)| format!("{k}{gap}:{gap}{v}"))
                .collect();
            format!(
                "{gap}{{{gap}{}{gap}}}{gap}",
                members.join(&format!("{gap},{gap}"))
            )
        }
    }
}

/// The cards' members in their fields' order.
const QUESTION_ORDER: [&str; 7] = ["v", "p", "q", "k", "t", "n", "m"];
const ANSWER_ORDER: [&str; 8] = ["v", "p", "a", "w", "i", "j", "s", "x"];
const DRAFT_ORDER: [&str; 7] = [
    "place", "person", "score", "name", "texts", "sent", "editing",
];

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    #[test]
    fn every_question_is_written_as_serde_json_wrote_it_and_reads_back(card in any_question()) {
        let old_json = serde_json::to_vec(&question_to_old(&card)).unwrap();
        let old_payload = URL_SAFE_NO_PAD.encode(miniz_oxide::deflate::compress_to_vec(&old_json, 9));
        prop_assert_eq!(question_payload(&card), old_payload);
        question_reads_the_same(std::str::from_utf8(&old_json).unwrap())?;
    }

    #[test]
    fn every_answer_is_written_as_serde_json_wrote_it_and_reads_back(card in any_answer()) {
        let old_json = serde_json::to_vec(&answer_to_old(&card)).unwrap();
        let old_payload = URL_SAFE_NO_PAD.encode(miniz_oxide::deflate::compress_to_vec(&old_json, 9));
        let joined: String = answer_parts(&card)
            .iter()
            .map(|part| part.splitn(5, '.').nth(4).unwrap())
            .collect();
        prop_assert_eq!(joined, old_payload);
        answer_reads_the_same(std::str::from_utf8(&old_json).unwrap(), &card.id)?;
    }

    #[test]
    fn a_changed_question_reads_as_serde_json_read_it(
        card in any_question(),
        changes in prop::collection::vec(any_change(), 0..4),
        as_array in prop::option::weighted(0.2, 0usize..9),
    ) {
        let json = serde_json::to_string(&question_to_old(&card)).unwrap();
        question_reads_the_same(&changed(&json, &QUESTION_ORDER, &changes, as_array))?;
    }

    #[test]
    fn a_changed_answer_reads_as_serde_json_read_it(
        card in any_answer(),
        changes in prop::collection::vec(any_change(), 0..4),
        as_array in prop::option::weighted(0.2, 0usize..10),
    ) {
        let json = serde_json::to_string(&answer_to_old(&card)).unwrap();
        answer_reads_the_same(&changed(&json, &ANSWER_ORDER, &changes, as_array), &card.id)?;
    }

    #[test]
    fn every_draft_is_kept_as_serde_json_kept_it_and_a_changed_one_reads_the_same(
        draft in any_draft(),
        changes in prop::collection::vec(any_change(), 0..4),
        as_array in prop::option::weighted(0.2, 0usize..9),
    ) {
        let json = serde_json::to_string(&draft_to_old(&draft)).unwrap();
        prop_assert_eq!(draft.to_text(), json.clone());
        prop_assert_eq!(Draft::from_text(&json), Some(draft));
        let text = changed(&json, &DRAFT_ORDER, &changes, as_array);
        let old = serde_json::from_str::<old::Draft>(&text).ok().map(draft_from_old);
        prop_assert_eq!(Draft::from_text(&text), old, "{}", text);
    }

    #[test]
    fn any_number_reads_as_serde_json_read_it(number in any_number(), version in any_number()) {
        question_reads_the_same(&format!(r#"{{"v":1,"p":"a","q":"b","k":"a","z":{number}}}"#))?;
        question_reads_the_same(&format!(r#"{{"v":{version},"p":"a","q":"b","k":"a"}}"#))?;
        question_reads_the_same(&format!(r#"{{"v":1,"p":"a","q":"b","k":"t","t":["x"],"n":{number}}}"#))?;
    }

    #[test]
    fn any_text_of_json_characters_reads_as_serde_json_read_it(
        text in "[\\[\\]{}:,\"0-9eE.+\\- \\\\unlrtfa]{0,40}",
    ) {
        question_reads_the_same(&text)?;
    }

    #[test]
    fn the_language_of_changed_settings_reads_as_serde_json_read_it(
        schema in any_value(),
        language in any_value(),
        changes in prop::collection::vec(any_change(), 0..3),
        as_array in prop::option::weighted(0.1, 0usize..5),
    ) {
        let data = format!(r#"{{"language":{language},"theme":[1e999,"\ud800"]}}"#);
        let plain = r#"{"schema":1,"rev":3,"saved_at":1,"data":{"language":"en"}}"#;
        for text in [
            format!(r#"{{"schema":{schema},"rev":3,"saved_at":1,"data":{data}}}"#),
            format!(r#"{{"schema":{schema},"data":["en"]}}"#),
            changed(plain, &["schema", "rev", "saved_at", "data"], &changes, as_array),
        ] {
            prop_assert_eq!(stored_language(&text), old_stored_language(&text), "{}", text);
        }
    }
}

/// The old reading of the settings' language, with serde.
fn old_stored_language(text: &str) -> Option<werktafel::model::Language> {
    #[derive(Deserialize)]
    struct StoredSettings {
        schema: u32,
        data: LanguageOnly,
    }
    #[derive(Deserialize)]
    struct LanguageOnly {
        #[serde(default)]
        language: werktafel::model::Language,
    }
    let stored: StoredSettings = serde_json::from_str(text).ok()?;
    (stored.schema <= Settings::SCHEMA).then_some(stored.data.language)
}

#[test]
fn the_edges_serde_json_draws_are_drawn_the_same() {
    let card = r#""p":"a","q":"b","k":"a""#;
    for json in [
        format!(r#"{{"v":1,{card}}}"#),
        format!(r#"{{"v":2,{card}}}"#),
        format!(r#"{{"v":2,"v":1,{card}}}"#),
        format!(r#"{{"v":1,"v":2,{card}}}"#),
        format!(r#"{{"v":"x","v":1,{card}}}"#),
        format!(r#"{{"v":1,{card},"k":{{"a":null}}}}"#),
        format!(r#"{{"v":1,{card},"k":{{"a":null,"a":null}}}}"#),
        format!(r#"{{"v":1.0,{card}}}"#),
        format!(r#"{{"v":-0,{card}}}"#),
        format!(r#"{{"v":1,{card},"z":1.7976931348623157e308}}"#),
        format!(r#"{{"v":1,{card},"z":1.7976931348623158e308}}"#),
        format!(r#"{{"v":1,{card},"z":1.7976931348623159e308}}"#),
        format!(r#"{{"v":1,{card},"z":0e99999999999}}"#),
        format!(r#"{{"v":1,{card},"z":1e-99999999999}}"#),
        format!(r#"{{"v":1,{card},"z":-1e99999999999}}"#),
        format!(r#"{{"v":1,{card},"z":"\ud800"}}"#),
        format!(
            r#"{{"v":1,{card},"z":{}{}}}"#,
            "[".repeat(126),
            "]".repeat(126)
        ),
        format!(
            r#"{{"v":1,{card},"z":{}{}}}"#,
            "[".repeat(127),
            "]".repeat(127)
        ),
        r#"[1,"a","b","a"]"#.to_string(),
        r#"[1,"a","b","a",[],0,[],4]"#.to_string(),
        r#"[1,"a","b"]"#.to_string(),
        r#"[2,"a","b","a"]"#.to_string(),
        format!("{{\"v\":1,{card}}} x"),
        format!(" {{\"v\":1,{card}}}\n"),
    ] {
        question_reads_the_same(&json).unwrap();
    }
    assert_eq!(
        read_question(&payload_of(&format!(r#"{{"v":2,"v":1,{card}}}"#))).map(|c| c.version),
        Ok(1)
    );
}
