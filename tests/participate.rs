//! The payloads of taking part from a phone: question and answer cards round
//! trip, stay small, are split over QR codes and joined in any order, and
//! anything else (damaged, foreign, newer, too large, out of bounds) is
//! refused without a panic.

mod common;

use proptest::prelude::*;
use werktafel::transfer::{
    answer_parts, phone_page_address, question_payload, read_question, AnswerCard, PartCollector,
    PayloadError, PlaceKind, QrMatrix, QuestionCard, Scanned, CARD_VERSION, MAX_ANSWER_CHARS,
    MAX_PARTS, PART_CHARS,
};

fn question() -> QuestionCard {
    QuestionCard {
        version: CARD_VERSION,
        prompt: "vraag-1".into(),
        text: "Wat kun jij zelf doen om de sociale kaart in de wijk sterker te maken?".into(),
        kind: PlaceKind::Field,
        places: (1..=20).map(|i| format!("Groep {i}")).collect(),
        persons: 6,
        columns: Vec::new(),
    }
}

/// A persona test's question: eight persona's in twelve municipalities.
fn grid_question() -> QuestionCard {
    QuestionCard {
        text: "Hoe tevreden is {naam} over de ondersteuning in {gemeente}?".into(),
        kind: PlaceKind::Cell,
        places: [
            "Ans", "Mohammed", "Petra", "Kees", "Fatima", "Jan", "Noor", "Henk",
        ]
        .map(String::from)
        .to_vec(),
        persons: 0,
        columns: (1..=12).map(|i| format!("Gemeente {i}")).collect(),
        ..question()
    }
}

fn answer(texts: &[&str]) -> AnswerCard {
    AnswerCard {
        version: CARD_VERSION,
        prompt: "vraag-1".into(),
        id: "antw-7f3a".into(),
        name: "Sam".into(),
        place: 1,
        person: 2,
        score: None,
        texts: texts.iter().map(|t| t.to_string()).collect(),
    }
}

/// 250 characters of made-up words that deflate poorly, different per `seed`.
fn varied_text(seed: usize) -> String {
    let mut state = seed as u64 * 7919 + 17;
    let mut text = String::new();
    while text.chars().count() < 250 {
        state = state
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        let letter = (b'a' + (state >> 59) as u8 % 26) as char;
        text.push(letter);
        if state.is_multiple_of(7) {
            text.push(' ');
        }
    }
    text.trim().to_string()
}

/// Takes every part; the result of the last.
fn collect(parts: &[String]) -> Result<Scanned, PayloadError> {
    let mut collector = PartCollector::default();
    let mut last = Err(PayloadError::NotOurs);
    for part in parts {
        last = collector.scan(part);
    }
    last
}

#[test]
fn a_question_for_20_groups_fits_an_easy_qr_code_and_reads_back() {
    let card = question();
    let payload = question_payload(&card);
    let address = format!("https://werktafel.gemeente.example/#/meedoen/{payload}");
    assert!(address.len() < 300, "{} characters", address.len());
    let qr = QrMatrix::encode(&address).unwrap();
    let version = (qr.side() - 8 - 17) / 4;
    assert!(version <= 12, "QR version {version}");
    assert_eq!(read_question(&payload), Ok(card));
}

#[test]
fn a_persona_test_or_open_question_fits_an_easy_qr_code_and_its_picks_and_scores_are_checked() {
    let card = grid_question();
    let payload = question_payload(&card);
    let address = format!("https://werktafel.gemeente.example/#/meedoen/{payload}");
    let qr = QrMatrix::encode(&address).unwrap();
    let version = (qr.side() - 8 - 17) / 4;
    assert!(
        version <= 12,
        "QR version {version}, {} characters",
        address.len()
    );
    assert_eq!(read_question(&payload), Ok(card.clone()));

    for broken in [
        QuestionCard {
            columns: Vec::new(),
            ..card.clone()
        },
        QuestionCard {
            persons: 4,
            ..card.clone()
        },
        QuestionCard {
            columns: (0..13).map(|i| i.to_string()).collect(),
            ..card.clone()
        },
        QuestionCard {
            columns: vec!["Utrecht".into()],
            ..question()
        },
    ] {
        assert_eq!(
            read_question(&question_payload(&broken)),
            Err(PayloadError::OutOfBounds),
            "{broken:?}"
        );
    }

    // An open question offers nothing to pick.
    let open = QuestionCard {
        kind: PlaceKind::Anyone,
        places: Vec::new(),
        persons: 0,
        ..question()
    };
    assert_eq!(read_question(&question_payload(&open)), Ok(open.clone()));
    let with_places = QuestionCard {
        places: vec!["Tafel 1".into()],
        ..open
    };
    assert_eq!(
        read_question(&question_payload(&with_places)),
        Err(PayloadError::OutOfBounds)
    );

    // A score alone is an answer; a score out of 1–5 is refused.
    let scored = AnswerCard {
        score: Some(4),
        ..answer(&[])
    };
    assert_eq!(
        collect(&answer_parts(&scored)),
        Ok(Scanned::Complete(scored.clone()))
    );
    for score in [0, 6] {
        let wrong = AnswerCard {
            score: Some(score),
            ..scored.clone()
        };
        assert_eq!(
            collect(&answer_parts(&wrong)),
            Err(PayloadError::OutOfBounds)
        );
    }
}

#[test]
fn a_short_answer_is_one_qr_code_and_a_long_one_several_joined_in_any_order() {
    let short = answer(&["Samen koken in het buurthuis"]);
    let parts = answer_parts(&short);
    assert_eq!(parts.len(), 1);
    assert!(parts[0].starts_with("WTA1.antw-7f3a.1.1."));
    assert_eq!(collect(&parts), Ok(Scanned::Complete(short)));

    // Five answers of varied text (little to deflate): several codes.
    let texts: Vec<String> = (0..5).map(varied_text).collect();
    let long = answer(&texts.iter().map(String::as_str).collect::<Vec<_>>());
    let parts = answer_parts(&long);
    assert!(
        parts.len() > 1 && parts.len() <= MAX_PARTS,
        "{} parts",
        parts.len()
    );
    assert!(parts.iter().all(|p| p.len() <= PART_CHARS + 30));
    let mut collector = PartCollector::default();
    // Backwards, with every part seen twice, as a camera would.
    for (n, part) in parts.iter().rev().enumerate() {
        let first = collector.scan(part).unwrap();
        let again = collector.scan(part).unwrap();
        if n + 1 < parts.len() {
            assert_eq!(
                first,
                Scanned::Part {
                    have: n + 1,
                    of: parts.len()
                }
            );
            assert_eq!(again, first);
        } else {
            assert_eq!(first, Scanned::Complete(long.clone()));
        }
    }
}

#[test]
fn foreign_damaged_newer_and_oversized_payloads_are_refused() {
    assert_eq!(read_question("hallo"), Err(PayloadError::NotOurs));
    assert_eq!(read_question(""), Err(PayloadError::NotOurs));
    let payload = question_payload(&question());
    let cut = &payload[..payload.len() / 2];
    assert_eq!(read_question(cut), Err(PayloadError::NotOurs));
    let mut newer = question();
    newer.version = CARD_VERSION + 1;
    assert_eq!(
        read_question(&question_payload(&newer)),
        Err(PayloadError::Newer)
    );
    assert_eq!(
        read_question(&"A".repeat(7_000)),
        Err(PayloadError::TooLarge)
    );
    let mut too_many = question();
    too_many.places = (0..31).map(|i| i.to_string()).collect();
    assert_eq!(
        read_question(&question_payload(&too_many)),
        Err(PayloadError::OutOfBounds)
    );
    let mut no_persons = question();
    no_persons.persons = 0;
    assert_eq!(
        read_question(&question_payload(&no_persons)),
        Err(PayloadError::OutOfBounds)
    );
    // A bomb: a small payload that inflates to far more than any card.
    let bomb = question_payload(&QuestionCard {
        text: "x".repeat(100_000),
        ..question()
    });
    assert!(bomb.len() < 1_000);
    assert_eq!(read_question(&bomb), Err(PayloadError::TooLarge));

    let long_answer = "x".repeat(MAX_ANSWER_CHARS + 1);
    let parts = answer_parts(&answer(&[&long_answer]));
    assert_eq!(collect(&parts), Err(PayloadError::OutOfBounds));
    assert_eq!(
        collect(&answer_parts(&answer(&["  "]))),
        Err(PayloadError::OutOfBounds)
    );
    assert_eq!(
        collect(&answer_parts(&answer(&[]))),
        Err(PayloadError::OutOfBounds)
    );
    for foreign in [
        "https://example.org",
        "WTA1.antw.1.1",
        "WTA1.antw.0.1.abc",
        "WTA1.antw.2.1.abc",
        "WTA1.a.b.1.1.abc",
        "WTA1.antw.1.13.abc",
        "WTA2.antw.1.1.abc",
    ] {
        assert_eq!(
            collect(&[foreign.to_string()]),
            Err(PayloadError::NotOurs),
            "{foreign}"
        );
    }
    // A part of another answer's count with the same id starts over.
    let mut collector = PartCollector::default();
    assert_eq!(
        collector.scan("WTA1.x1.1.3.abc"),
        Ok(Scanned::Part { have: 1, of: 3 })
    );
    assert_eq!(
        collector.scan("WTA1.x1.1.2.abc"),
        Err(PayloadError::NotOurs)
    );
    assert_eq!(
        collector.scan("WTA1.x1.1.2.abc"),
        Ok(Scanned::Part { have: 1, of: 2 })
    );
}

fn any_answer() -> impl Strategy<Value = AnswerCard> {
    (
        "[a-z0-9-]{1,20}",
        "[a-zA-Z0-9_]{1,40}",
        "\\PC{0,60}",
        any::<u8>(),
        0u8..12,
        prop::option::of(1u8..=5),
        prop::collection::vec("[^\\s]\\PC{0,200}", 0..=5),
    )
        .prop_filter("a score or a text", |(.., score, texts)| {
            score.is_some() || !texts.is_empty()
        })
        .prop_map(common::answer_card)
}

proptest! {
    #[test]
    fn any_answer_round_trips_through_its_qr_texts(card in any_answer()) {
        let parts = answer_parts(&card);
        prop_assert!(parts.len() <= MAX_PARTS);
        prop_assert_eq!(collect(&parts), Ok(Scanned::Complete(card)));
    }

    #[test]
    fn any_scanned_text_or_question_payload_never_panics(text in "\\PC{0,400}", bytes in prop::collection::vec(any::<u8>(), 0..400)) {
        let mut collector = PartCollector::default();
        let _ = collector.scan(&text);
        let _ = collector.scan(&format!("WTA1.id.1.1.{text}"));
        let _ = read_question(&text);
        let encoded = base64_url(&bytes);
        let _ = read_question(&encoded);
        let _ = collector.scan(&format!("WTA1.id.1.1.{encoded}"));
    }
}

/// Bytes in base64url without padding, as payloads are written.
fn base64_url(bytes: &[u8]) -> String {
    const ALPHABET: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    let mut out = String::new();
    for chunk in bytes.chunks(3) {
        let n = chunk.iter().fold(0u32, |n, b| n << 8 | u32::from(*b)) << (8 * (3 - chunk.len()));
        for i in 0..=chunk.len() {
            out.push(ALPHABET[(n >> (18 - 6 * i) & 63) as usize] as char);
        }
    }
    out
}

#[test]
fn the_phone_page_sits_beside_the_app_whatever_form_its_address_has() {
    for (app, phone) in [
        ("https://wijk.example/", "https://wijk.example/meedoen/#P"),
        ("https://wijk.example", "https://wijk.example/meedoen/#P"),
        (
            "https://wijk.example/werktafel/",
            "https://wijk.example/werktafel/meedoen/#P",
        ),
        (
            "https://wijk.example/werktafel",
            "https://wijk.example/werktafel/meedoen/#P",
        ),
        (
            "https://wijk.example/werktafel/index.html",
            "https://wijk.example/werktafel/meedoen/#P",
        ),
        (
            "https://wijk.example/werktafel/#/bijeenkomst/1",
            "https://wijk.example/werktafel/meedoen/#P",
        ),
        (
            "http://127.0.0.1:4173/?x=1",
            "http://127.0.0.1:4173/meedoen/#P",
        ),
    ] {
        assert_eq!(phone_page_address(app, "P"), phone, "{app}");
    }
}
