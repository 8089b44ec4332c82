//! Taking part from a phone with no server in between. The question goes out
//! as a QR code of the phone's page beside the app with the question in its
//! fragment (`meedoen/#<payload>`, which never reaches the static host); the answer
//! comes back as one or more QR codes that the facilitator's tablet scans.
//!
//! A payload is the card's JSON (short field names, see `card_json`),
//! deflated, in base64url without padding. Reading one checks its size before
//! and after inflating, its version and every field: a phone or a tablet may
//! scan anything.

use super::json::{read, Json, ReadJson, Reading, WriteJson};
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
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
/// In JSON `"t"`, `"f"`, `"a"` or `"c"`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PlaceKind {
    /// A café table (from `places`).
    Table,
    /// A placemat field: a group (from `places`) and a person's number.
    Field,
    /// Nothing to pick: an open question to anyone.
    Anyone,
    /// A persona test's cell: a persona (from `places`) in a municipality
    /// (from `columns`), with a score.
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

/// The question as the phone receives it. In JSON (`card_json`) each field
/// has a one-letter name, given here.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QuestionCard {
    /// `v`.
    pub version: u8,
    /// `p`: the id of the question on the facilitator's tablet.
    pub prompt: String,
    /// `q`.
    pub text: String,
    /// `k`.
    pub kind: PlaceKind,
    /// `t` (may be left out when empty): the tables or groups to pick from, in order.
    pub places: Vec<String>,
    /// `n` (may be left out when 0): persons per group (placemat fields).
    pub persons: u8,
    /// `m` (left out when empty): the municipalities to pick from, in order
    /// (persona test cells).
    pub columns: Vec<String>,
}

/// One participant's answer as the tablet receives it. In JSON (`card_json`)
/// each field has a one-letter name, given here.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AnswerCard {
    /// `v`.
    pub version: u8,
    /// `p`: the question's id.
    pub prompt: String,
    /// `a`: this answer's own id, so that a second scan adds nothing.
    pub id: String,
    /// `w` (left out when empty): an optional name or pseudonym.
    pub name: String,
    /// `i`: the table or group picked, from 0.
    pub place: u8,
    /// `j` (may be left out when 0): the person's number in the group
    /// (placemat fields) or the municipality (persona test cells), from 0.
    pub person: u8,
    /// `s` (left out when none): a score from 1 to 5 (persona test cells).
    pub score: Option<u8>,
    /// `x` (may be left out when empty): the answers, each a short text; none
    /// when a score says it all.
    pub texts: Vec<String>,
}

/// A card that checks its own fields.
trait Card: ReadJson + WriteJson {
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

fn encode(card: &impl WriteJson) -> String {
    let mut json = String::new();
    card.write_json(&mut json);
    URL_SAFE_NO_PAD.encode(miniz_oxide::deflate::compress_to_vec(json.as_bytes(), 9))
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
    let text = String::from_utf8(json).map_err(|_| PayloadError::NotOurs)?;
    let value = read(&text, Reading::Value).ok_or(PayloadError::NotOurs)?;
    if let Some(Json::Unsigned(version)) = value.get("v") {
        if *version > u64::from(CARD_VERSION) {
            return Err(PayloadError::Newer);
        }
    }
    let card = T::read_json(&value).ok_or(PayloadError::NotOurs)?;
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
