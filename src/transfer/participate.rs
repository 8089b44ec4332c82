//! Taking part from a phone with no server in between. The question goes out
//! as a QR code of the phone's page beside the app with the question in its
//! fragment (`meedoen/#<payload>`, which never reaches the static host); the answer
//! comes back as one or more QR codes that the facilitator's tablet scans.
//!
//! A payload is the card's JSON (short field names), deflated, in base64url
//! without padding. Reading one checks its size before and after inflating,
//! its version and every field: a phone or a tablet may scan anything.

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};
use std::collections::HashMap;
use thiserror::Error;

/// The version of the cards; a newer one is refused with its own message.
pub const CARD_VERSION: u8 = 1;
/// Longest payload read, in characters (a question address or a joined answer).
pub const MAX_PAYLOAD_CHARS: usize = 6_000;
/// Most bytes a payload may inflate to.
const MAX_INFLATED_BYTES: usize = 24_000;
/// Payload characters per answer QR code: small enough for an easy scan off a
/// phone screen (QR version 10 or so).
pub const PART_CHARS: usize = 280;
/// Most QR codes one answer is split over.
pub const MAX_PARTS: usize = 12;
/// Most answers one participant gives to one question.
pub const MAX_ANSWERS: usize = 5;
/// Longest answer, in characters: a short note.
pub const MAX_ANSWER_CHARS: usize = 280;
/// Longest name or pseudonym, in characters.
pub const MAX_NAME_CHARS: usize = 60;
/// Longest question, in characters (a café round's question).
pub const MAX_QUESTION_CHARS: usize = 2_000;
/// Most places to pick from (tables or groups).
pub const MAX_PLACES: usize = crate::model::MAX_PROMPT_PLACES;
/// Most municipalities to pick from (persona test cells).
pub const MAX_COLUMNS: usize = crate::forms::persona_test::MAX_MUNICIPALITIES;
/// Longest place name, in characters.
pub const MAX_PLACE_CHARS: usize = 200;
/// What every answer QR code starts with.
const PART_PREFIX: &str = "WTA1";

/// Why a scanned or opened payload is not taken. Nothing changed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Error)]
pub enum PayloadError {
    #[error("the payload is too large")]
    TooLarge,
    #[error("the payload is not one of Werktafel's or is damaged")]
    NotOurs,
    #[error("the payload comes from a newer version of the app")]
    Newer,
    #[error("a field of the payload breaks its limits")]
    OutOfBounds,
}

/// Where an answer goes, as the participant picks it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum PlaceKind {
    /// A café table (from `places`).
    #[serde(rename = "t")]
    Table,
    /// A placemat field: a group (from `places`) and a person's number.
    #[serde(rename = "f")]
    Field,
    /// Nothing to pick: an open question to anyone.
    #[serde(rename = "a")]
    Anyone,
    /// A persona test's cell: a persona (from `places`) in a municipality
    /// (from `columns`), with a score.
    #[serde(rename = "c")]
    Cell,
}

/// What a phone picks from for one question: the places (tables, groups or
/// persona's) by their names now, with the persons per group or the
/// municipalities where the kind has them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CardPlaces {
    pub kind: PlaceKind,
    pub places: Vec<String>,
    pub persons: u8,
    pub columns: Vec<String>,
}

impl CardPlaces {
    /// Nothing to pick from yet, of `kind`.
    pub fn of(kind: PlaceKind) -> Self {
        Self {
            kind,
            places: Vec::new(),
            persons: 0,
            columns: Vec::new(),
        }
    }
}

/// The question as the phone receives it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct QuestionCard {
    #[serde(rename = "v")]
    pub version: u8,
    /// The id of the question on the facilitator's tablet.
    #[serde(rename = "p")]
    pub prompt: String,
    #[serde(rename = "q")]
    pub text: String,
    #[serde(rename = "k")]
    pub kind: PlaceKind,
    /// The tables or groups to pick from, in order.
    #[serde(rename = "t", default)]
    pub places: Vec<String>,
    /// Persons per group (placemat fields).
    #[serde(rename = "n", default)]
    pub persons: u8,
    /// The municipalities to pick from, in order (persona test cells).
    #[serde(rename = "m", default, skip_serializing_if = "Vec::is_empty")]
    pub columns: Vec<String>,
}

/// One participant's answer as the tablet receives it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AnswerCard {
    #[serde(rename = "v")]
    pub version: u8,
    /// The question's id.
    #[serde(rename = "p")]
    pub prompt: String,
    /// This answer's own id, so that a second scan adds nothing.
    #[serde(rename = "a")]
    pub id: String,
    /// An optional name or pseudonym.
    #[serde(rename = "w", default, skip_serializing_if = "String::is_empty")]
    pub name: String,
    /// The table or group picked, from 0.
    #[serde(rename = "i")]
    pub place: u8,
    /// The person's number in the group (placemat fields) or the
    /// municipality (persona test cells), from 0.
    #[serde(rename = "j", default)]
    pub person: u8,
    /// A score from 1 to 5 (persona test cells).
    #[serde(rename = "s", default, skip_serializing_if = "Option::is_none")]
    pub score: Option<u8>,
    /// The answers, each a short text; none when a score says it all.
    #[serde(rename = "x", default)]
    pub texts: Vec<String>,
}

/// A card that checks its own fields.
trait Card: Serialize + DeserializeOwned {
    fn version(&self) -> u8;
    fn within_limits(&self) -> bool;
}

impl Card for QuestionCard {
    fn version(&self) -> u8 {
        self.version
    }

    fn within_limits(&self) -> bool {
        is_card_id(&self.prompt)
            && !self.text.trim().is_empty()
            && chars(&self.text) <= MAX_QUESTION_CHARS
            && match self.kind {
                PlaceKind::Anyone => {
                    self.places.is_empty() && self.persons == 0 && self.columns.is_empty()
                }
                _ if !names_fit(&self.places, MAX_PLACES) => false,
                PlaceKind::Table => self.persons == 0 && self.columns.is_empty(),
                PlaceKind::Field => (1..=6).contains(&self.persons) && self.columns.is_empty(),
                PlaceKind::Cell => self.persons == 0 && names_fit(&self.columns, MAX_COLUMNS),
            }
    }
}

impl Card for AnswerCard {
    fn version(&self) -> u8 {
        self.version
    }

    fn within_limits(&self) -> bool {
        is_card_id(&self.prompt)
            && is_card_id(&self.id)
            && chars(&self.name) <= MAX_NAME_CHARS
            && self.score.is_none_or(|s| (1..=5).contains(&s))
            && (self.score.is_some() || !self.texts.is_empty())
            && self.texts.len() <= MAX_ANSWERS
            && self
                .texts
                .iter()
                .all(|t| !t.trim().is_empty() && chars(t) <= MAX_ANSWER_CHARS)
    }
}

/// Whether a list to pick from holds 1 to `max` names of a fitting length.
fn names_fit(names: &[String], max: usize) -> bool {
    (1..=max).contains(&names.len()) && names.iter().all(|n| chars(n) <= MAX_PLACE_CHARS)
}

fn chars(text: &str) -> usize {
    text.chars().count()
}

/// Whether an id fits a card: 1 to 40 letters, digits, `-` or `_`.
fn is_card_id(id: &str) -> bool {
    (1..=40).contains(&id.len())
        && id
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
}

/// A question card as a payload for the app's address.
pub fn question_payload(card: &QuestionCard) -> String {
    encode(card)
}

/// The folder of the phone's page, beside the app's index.html.
pub const PHONE_PAGE: &str = "meedoen/";

/// The address a phone opens for a question: the phone's page beside the app
/// at `app_address` (its folder, or a file in it such as `index.html`; any
/// fragment or query is dropped), with the payload as the fragment.
pub fn phone_page_address(app_address: &str, payload: &str) -> String {
    let app = app_address.split(['#', '?']).next().unwrap_or_default();
    let host_end = app.find("://").map_or(0, |scheme| scheme + 3);
    let folder = match app[host_end..].rsplit_once('/') {
        Some((folder, file)) if file.contains('.') => &app[..host_end + folder.len()],
        _ => app.trim_end_matches('/'),
    };
    format!("{folder}/{PHONE_PAGE}#{payload}")
}

/// The question card in a payload, checked.
pub fn read_question(payload: &str) -> Result<QuestionCard, PayloadError> {
    decode(payload)
}

fn encode<T: Serialize>(card: &T) -> String {
    let json = serde_json::to_vec(card).expect("cards serialize to JSON");
    URL_SAFE_NO_PAD.encode(miniz_oxide::deflate::compress_to_vec(&json, 9))
}

fn decode<T: Card>(payload: &str) -> Result<T, PayloadError> {
    if payload.len() > MAX_PAYLOAD_CHARS {
        return Err(PayloadError::TooLarge);
    }
    let deflated = URL_SAFE_NO_PAD
        .decode(payload.trim())
        .map_err(|_| PayloadError::NotOurs)?;
    let json = miniz_oxide::inflate::decompress_to_vec_with_limit(&deflated, MAX_INFLATED_BYTES)
        .map_err(|error| match error.status {
            miniz_oxide::inflate::TINFLStatus::HasMoreOutput => PayloadError::TooLarge,
            _ => PayloadError::NotOurs,
        })?;
    let value: serde_json::Value =
        serde_json::from_slice(&json).map_err(|_| PayloadError::NotOurs)?;
    let version = value.get("v").and_then(serde_json::Value::as_u64);
    if version.is_some_and(|v| v > u64::from(CARD_VERSION)) {
        return Err(PayloadError::Newer);
    }
    let card: T = serde_json::from_value(value).map_err(|_| PayloadError::NotOurs)?;
    if card.version() != CARD_VERSION {
        return Err(PayloadError::NotOurs);
    }
    if !card.within_limits() {
        return Err(PayloadError::OutOfBounds);
    }
    Ok(card)
}

/// The texts of the QR codes one answer is shown as, in order:
/// `WTA1.<answer id>.<part>.<parts>.<payload piece>`.
pub fn answer_parts(card: &AnswerCard) -> Vec<String> {
    let payload = encode(card);
    let pieces: Vec<&str> = payload
        .as_bytes()
        .chunks(PART_CHARS)
        .map(|piece| std::str::from_utf8(piece).expect("base64url is ASCII"))
        .collect();
    let count = pieces.len();
    pieces
        .iter()
        .enumerate()
        .map(|(index, piece)| format!("{PART_PREFIX}.{}.{}.{count}.{piece}", card.id, index + 1))
        .collect()
}

/// What one scanned code did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Scanned {
    /// A part of a longer answer: `have` of `of` parts are in.
    Part { have: usize, of: usize },
    /// The last missing part (or the only one): the whole answer.
    Complete(AnswerCard),
}

/// Collects the parts of answers as they are scanned, in any order and with
/// repeats (a camera sees the same code many times).
#[derive(Debug, Default)]
pub struct PartCollector {
    partial: HashMap<String, Vec<Option<String>>>,
}

impl PartCollector {
    /// Takes one scanned text.
    pub fn scan(&mut self, text: &str) -> Result<Scanned, PayloadError> {
        let (id, index, count, piece) = split_part(text).ok_or(PayloadError::NotOurs)?;
        let parts = self
            .partial
            .entry(id.to_string())
            .or_insert_with(|| vec![None; count]);
        if parts.len() != count {
            self.partial.remove(id);
            return Err(PayloadError::NotOurs);
        }
        parts[index - 1] = Some(piece.to_string());
        let have = parts.iter().flatten().count();
        if have < count {
            return Ok(Scanned::Part { have, of: count });
        }
        let payload: String = self
            .partial
            .remove(id)
            .unwrap_or_default()
            .into_iter()
            .flatten()
            .collect();
        let card: AnswerCard = decode(&payload)?;
        if card.id != id {
            return Err(PayloadError::NotOurs);
        }
        Ok(Scanned::Complete(card))
    }
}

/// The id, part number (from 1), count and piece of an answer QR text.
fn split_part(text: &str) -> Option<(&str, usize, usize, &str)> {
    let mut fields = text.trim().splitn(5, '.');
    if fields.next()? != PART_PREFIX {
        return None;
    }
    let id = fields.next().filter(|id| is_card_id(id))?;
    let index: usize = fields.next()?.parse().ok()?;
    let count: usize = fields.next()?.parse().ok()?;
    let piece = fields.next()?;
    let fits = (1..=MAX_PARTS).contains(&count)
        && (1..=count).contains(&index)
        && piece.len() <= PART_CHARS;
    fits.then_some((id, index, count, piece))
}
