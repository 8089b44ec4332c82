//! Benchmark: the sizes of the QR codes participants scan and show (question
//! addresses and answers: characters, QR version, codes per answer), and
//! reading an answer's code from one 640×480 camera frame natively, as the
//! scanner does where the browser has no `BarcodeDetector` (the app runs the
//! same code as wasm, somewhat slower): a code drawn straight into the frame,
//! and the camera-like views of tests/support/qr_corpus.rs, with the views
//! read by the app and by zbar. Prints figures; it asserts nothing about time.
//! Run with `make bench` (or `cargo bench --bench qr_read`); the views need
//! ImageMagick and zbar (Debian's imagemagick and zbar-tools).

// Shared with the other benchmarks; this one times, it makes no ids.
#[allow(dead_code)]
mod common;

#[path = "../support/qr_picture.rs"]
mod qr_picture;

// Shared with the corpus test; this one counts views, it names none.
#[allow(dead_code)]
#[path = "../support/qr_corpus.rs"]
mod qr_corpus;

use common::{median_min, ms, time};
use qr_picture::dark_in_picture;
use std::hint::black_box;
use std::time::{Duration, Instant};
use werktafel::transfer::{
    answer_parts, luma_from_rgba, question_payload, read_qr_codes, read_qr_codes_prepared,
    AnswerCard, PlaceKind, QrMatrix, QuestionCard, CARD_VERSION, PREPARATIONS, QUIET_ZONE,
};

const WIDTH: usize = 640;
const HEIGHT: usize = 480;
/// Pixels per module, as a phone held at arm's length about fills the frame.
const SCALE: usize = 4;
const RUNS: usize = 50;

/// Base64url text, as the answer payloads are.
fn payload(chars: usize) -> String {
    const ALPHABET: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    let mut state = 7u32;
    (0..chars)
        .map(|_| {
            state = state.wrapping_mul(1_664_525).wrapping_add(1_013_904_223);
            char::from(ALPHABET[(state >> 26) as usize])
        })
        .collect()
}

/// A white frame with the code of `text` in the middle; the code's version.
fn frame(text: &str) -> (Vec<u8>, usize) {
    let matrix = QrMatrix::encode(text).expect("fits a QR code");
    let side = matrix.side() * SCALE;
    let (left, top) = ((WIDTH - side) / 2, (HEIGHT - side) / 2);
    let mut luma = vec![255; WIDTH * HEIGHT];
    for y in 0..side {
        for x in 0..side {
            let (mx, my) = (x / SCALE, y / SCALE);
            if dark_in_picture(&matrix, mx, my) {
                luma[(top + y) * WIDTH + left + x] = 0;
            }
        }
    }
    let version = (matrix.side() - 2 * QUIET_ZONE - 17) / 4;
    (luma, version)
}

fn line(what: &str, (median, min): (Duration, Duration)) {
    line_of(what, (median, min), RUNS);
}

fn line_of(what: &str, (median, min): (Duration, Duration), runs: usize) {
    println!(
        "  {what:<40} {:>7.2} ms median, {:>7.2} ms min (of {runs})",
        ms(median),
        ms(min)
    );
}

/// The QR version of a text.
fn version(text: &str) -> usize {
    (QrMatrix::encode(text).expect("fits a QR code").side() - 2 * QUIET_ZONE - 17) / 4
}

/// A question card with `places` places of the kind's names (and for a
/// persona test twelve municipalities).
fn question(kind: PlaceKind, places: usize, persons: u8) -> QuestionCard {
    let name = match kind {
        PlaceKind::Table => "Tafel",
        PlaceKind::Field => "Groep",
        PlaceKind::Cell => "Persona",
        PlaceKind::Anyone => "",
    };
    let columns = match kind {
        PlaceKind::Cell => (1..=12).map(|i| format!("Gemeente {i}")).collect(),
        _ => Vec::new(),
    };
    QuestionCard {
        version: CARD_VERSION,
        prompt: "k3x9w0ab".into(),
        text: "Wat kun jij zelf doen om de sociale kaart in de wijk sterker te maken?".into(),
        kind,
        places: (1..=places).map(|i| format!("{name} {i}")).collect(),
        persons,
        columns,
    }
}

/// An answer of `count` texts of `chars` characters of everyday words.
fn answer(count: usize, chars: usize) -> AnswerCard {
    let words = [
        "buurt",
        "samen",
        "koffie",
        "hulp",
        "vrijwilliger",
        "school",
        "park",
        "bus",
    ];
    let text = |seed: usize| {
        let mut text = String::new();
        let mut i = seed;
        while text.chars().count() < chars {
            i = (i * 7 + 3) % words.len();
            text.push_str(words[i]);
            text.push(' ');
        }
        text.chars()
            .take(chars)
            .collect::<String>()
            .trim()
            .to_string()
    };
    AnswerCard {
        version: CARD_VERSION,
        prompt: "k3x9w0ab".into(),
        id: "p7d2m1qz".into(),
        name: "Sam".into(),
        place: 1,
        person: 2,
        score: None,
        texts: (0..count).map(text).collect(),
    }
}

fn print_sizes() {
    println!("Payload sizes (question: the address a phone opens; answer: the codes it shows)");
    let base = "https://werktafel.gemeente.example/#/meedoen/";
    for (what, card) in [
        (
            "question, placemat of 3 groups of 4:",
            question(PlaceKind::Field, 3, 4),
        ),
        (
            "question, placemat of 20 groups of 6:",
            question(PlaceKind::Field, 20, 6),
        ),
        (
            "question, café of 30 tables:",
            question(PlaceKind::Table, 30, 0),
        ),
        (
            "question, persona test 8 × 12:",
            question(PlaceKind::Cell, 8, 0),
        ),
        (
            "question, open question:",
            question(PlaceKind::Anyone, 0, 0),
        ),
    ] {
        let address = format!("{base}{}", question_payload(&card));
        println!(
            "  {what:<40} {:>5} characters, QR version {}",
            address.len(),
            version(&address)
        );
    }
    for (what, card) in [
        ("answer, 1 × 40 characters:", answer(1, 40)),
        ("answer, 3 × 120 characters:", answer(3, 120)),
        ("answer, 5 × 280 characters:", answer(5, 280)),
    ] {
        let parts = answer_parts(&card);
        let versions: Vec<usize> = parts.iter().map(|p| version(p)).collect();
        println!(
            "  {what:<40} {:>5} characters in {} code(s), QR version {}",
            parts.iter().map(String::len).sum::<usize>(),
            parts.len(),
            versions.iter().max().copied().unwrap_or(0)
        );
    }
}

fn main() {
    print_sizes();
    println!("QR reading benchmark: one {WIDTH}×{HEIGHT} greyscale frame, {SCALE} px per module (native)");
    // 210 characters is near the most a version-10 code holds at level M as bytes (213).
    for chars in [210, 300] {
        let text = payload(chars);
        let (luma, version) = frame(&text);
        let read = time(RUNS, |_| {
            let texts = read_qr_codes(WIDTH, HEIGHT, black_box(&luma));
            assert_eq!(texts, [text.as_str()]);
        });
        line(
            &format!("read a version-{version} code ({chars} characters):"),
            read,
        );
    }
    let empty = vec![200; WIDTH * HEIGHT];
    line(
        "a frame without a code (every preparation):",
        time(RUNS, |_| {
            assert!(read_qr_codes(WIDTH, HEIGHT, black_box(&empty)).is_empty());
        }),
    );
    let rgba: Vec<u8> = (0..WIDTH * HEIGHT * 4).map(|i| i as u8).collect();
    line(
        "RGBA to luma (the browser's frame):",
        time(RUNS, |_| {
            black_box(luma_from_rgba(black_box(&rgba)));
        }),
    );
    print_corpus();
}

/// The views of the corpus read by the app and by zbar, and the time the
/// camera takes for one frame of them in each preparation (it reads a frame
/// one way, the next frame the next way).
fn print_corpus() {
    let views = qr_corpus::views();
    let outcomes = qr_corpus::outcomes(&views, read_qr_codes);
    println!("Camera-like views of phones' answer codes (tests/support/qr_corpus.rs), read natively and by zbarimg");
    print!("{}", qr_corpus::report(&outcomes));
    println!("  one view (640×480), by preparation (native):");
    for preparation in PREPARATIONS {
        let times = views
            .iter()
            .map(|view| {
                let start = Instant::now();
                black_box(read_qr_codes_prepared(
                    view.width,
                    view.height,
                    black_box(&view.luma),
                    preparation,
                ));
                start.elapsed()
            })
            .collect();
        line_of(
            &format!("  {preparation:?}:"),
            median_min(times),
            views.len(),
        );
    }
}
