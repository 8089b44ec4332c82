//! Benchmark: reading a participant's answer QR code from one 640×480 camera
//! frame natively, as the scanner does where the browser has no
//! `BarcodeDetector` (the app runs the same code as wasm, somewhat slower).
//! Prints figures; it asserts nothing about time.
//! Run with `make bench` (or `cargo bench --bench qr_read`).

use std::hint::black_box;
use std::time::{Duration, Instant};
use werktafel::transfer::{luma_from_rgba, read_qr_codes, QrMatrix, QUIET_ZONE};

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
            let dark = mx >= QUIET_ZONE
                && my >= QUIET_ZONE
                && matrix.is_dark(mx - QUIET_ZONE, my - QUIET_ZONE);
            if dark {
                luma[(top + y) * WIDTH + left + x] = 0;
            }
        }
    }
    let version = (matrix.side() - 2 * QUIET_ZONE - 17) / 4;
    (luma, version)
}

/// The median and fastest of `RUNS` runs.
fn time(mut run: impl FnMut()) -> (Duration, Duration) {
    let mut times: Vec<Duration> = (0..RUNS)
        .map(|_| {
            let start = Instant::now();
            run();
            start.elapsed()
        })
        .collect();
    times.sort();
    (times[RUNS / 2], times[0])
}

fn line(what: &str, (median, min): (Duration, Duration)) {
    println!(
        "  {what:<40} {:>7.2} ms median, {:>7.2} ms min (of {RUNS})",
        median.as_secs_f64() * 1e3,
        min.as_secs_f64() * 1e3
    );
}

fn main() {
    println!("QR reading benchmark: one {WIDTH}×{HEIGHT} greyscale frame, {SCALE} px per module (native)");
    // 210 characters is near the most a version-10 code holds at level M as bytes (213).
    for chars in [210, 300] {
        let text = payload(chars);
        let (luma, version) = frame(&text);
        let read = time(|| {
            let texts = read_qr_codes(WIDTH, HEIGHT, black_box(&luma));
            assert_eq!(texts, [text.as_str()]);
        });
        line(
            &format!("read a version-{version} code ({chars} characters):"),
            read,
        );
    }
    let rgba: Vec<u8> = (0..WIDTH * HEIGHT * 4).map(|i| i as u8).collect();
    line(
        "RGBA to luma (the browser's frame):",
        time(|| {
            black_box(luma_from_rgba(black_box(&rgba)));
        }),
    );
}
