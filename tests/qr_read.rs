//! Reading QR codes from camera frames natively: codes the app draws itself
//! (scaled ×4, with the quiet zone) read back from a 640×480 frame, and no
//! frame, however odd, makes the reader panic.

use proptest::collection::vec;
use proptest::prelude::*;
use werktafel::transfer::{luma_from_rgba, read_qr_codes, QrMatrix, QUIET_ZONE};

const WIDTH: usize = 640;
const HEIGHT: usize = 480;
/// Pixels per module.
const SCALE: usize = 4;

/// An answer as a participant's phone shows it: base64url, about 120 characters.
const ANSWER: &str = "eJyrVkrOz0vOTC1WslIqzs9NVcpJTVPSUcovyUgtUsrJzEvPzMsvSk8tSk1JzEvXS87PSy0uzs9JS8nMyy9KL8pMzlCqBQDxYBT0";

/// A white frame.
fn white() -> Vec<u8> {
    vec![255; WIDTH * HEIGHT]
}

/// Draws the QR code of `text` into the frame, its quiet zone's top-left
/// corner at (`left`, `top`); `ink` and `paper` are the dark and light values.
fn draw(frame: &mut [u8], text: &str, (left, top): (usize, usize), (ink, paper): (u8, u8)) {
    let matrix = QrMatrix::encode(text).unwrap();
    let side = matrix.side() * SCALE;
    assert!(
        left + side <= WIDTH && top + side <= HEIGHT,
        "fits the frame"
    );
    for y in 0..side {
        for x in 0..side {
            let (mx, my) = (x / SCALE, y / SCALE);
            let dark = mx >= QUIET_ZONE
                && my >= QUIET_ZONE
                && matrix.is_dark(mx - QUIET_ZONE, my - QUIET_ZONE);
            frame[(top + y) * WIDTH + left + x] = if dark { ink } else { paper };
        }
    }
}

/// Pseudo-random bytes (a fixed linear congruential sequence).
fn noise(len: usize, seed: u32) -> Vec<u8> {
    let mut state = seed;
    (0..len)
        .map(|_| {
            state = state.wrapping_mul(1_664_525).wrapping_add(1_013_904_223);
            (state >> 24) as u8
        })
        .collect()
}

#[test]
fn a_code_in_a_frame_reads_back() {
    let mut frame = white();
    draw(&mut frame, ANSWER, (173, 91), (0, 255));
    assert_eq!(read_qr_codes(WIDTH, HEIGHT, &frame), vec![ANSWER]);
}

#[test]
fn a_code_in_colour_reads_back_through_its_luma() {
    // Dark blue on cream, as a phone's screen might look: drawn as luma, then
    // spread out to RGBA so the conversion is what is tested.
    let mut marks = white();
    draw(&mut marks, ANSWER, (300, 150), (0, 255));
    let rgba: Vec<u8> = marks
        .iter()
        .flat_map(|&m| {
            if m == 0 {
                [20, 30, 90, 255]
            } else {
                [235, 228, 205, 255]
            }
        })
        .collect();
    let luma = luma_from_rgba(&rgba);
    assert_eq!(luma.len(), WIDTH * HEIGHT);
    assert_eq!(read_qr_codes(WIDTH, HEIGHT, &luma), vec![ANSWER]);
}

#[test]
fn two_codes_in_one_frame_both_read() {
    let first = "werktafel:antwoord:1:Meer groen op het plein";
    let second = "werktafel:antwoord:2:Een buurthuis dat 's avonds open is";
    let mut frame = white();
    draw(&mut frame, first, (10, 40), (0, 255));
    draw(&mut frame, second, (330, 200), (0, 255));
    let mut texts = read_qr_codes(WIDTH, HEIGHT, &frame);
    texts.sort();
    assert_eq!(texts, vec![first, second]);
}

#[test]
fn empty_and_noisy_frames_give_nothing() {
    assert!(read_qr_codes(WIDTH, HEIGHT, &white()).is_empty());
    assert!(read_qr_codes(WIDTH, HEIGHT, &vec![0; WIDTH * HEIGHT]).is_empty());
    for seed in 1..4 {
        let frame = noise(WIDTH * HEIGHT, seed);
        assert!(
            read_qr_codes(WIDTH, HEIGHT, &frame).is_empty(),
            "seed {seed}"
        );
    }
}

#[test]
fn a_luma_of_the_wrong_length_gives_nothing() {
    let mut frame = white();
    draw(&mut frame, ANSWER, (173, 91), (0, 255));
    assert!(read_qr_codes(WIDTH, HEIGHT, &frame[..WIDTH * HEIGHT - 1]).is_empty());
    frame.push(255);
    assert!(read_qr_codes(WIDTH, HEIGHT, &frame).is_empty());
    assert!(read_qr_codes(0, 0, &[]).is_empty());
    assert!(read_qr_codes(0, HEIGHT, &[]).is_empty());
    assert!(read_qr_codes(usize::MAX, 2, &[0; 2]).is_empty());
}

#[test]
fn luma_weighs_green_most_and_ignores_alpha() {
    let rgba = [
        255, 255, 255, 0, // white, transparent
        0, 0, 0, 255, // black
        255, 0, 0, 255, // red
        0, 255, 0, 255, // green
        0, 0, 255, 255, // blue
        128, 128, 128, 7, // grey
        9, 9, // a partial pixel
    ];
    assert_eq!(luma_from_rgba(&rgba), vec![255, 0, 77, 149, 29, 128]);
    assert!(luma_from_rgba(&[]).is_empty());
}

/// A frame of `w` × `h` pixels from arbitrary bytes.
fn any_frame() -> impl Strategy<Value = (usize, usize, Vec<u8>)> {
    (1usize..48, 1usize..48).prop_flat_map(|(w, h)| (Just(w), Just(h), vec(any::<u8>(), w * h)))
}

/// A frame of random black and white blocks of 3 × 3 pixels: edges and
/// squares that look more like finder patterns than plain noise does.
fn any_blocks() -> impl Strategy<Value = (usize, usize, Vec<u8>)> {
    (1usize..32, 1usize..32).prop_flat_map(|(w, h)| {
        vec(any::<bool>(), w * h).prop_map(move |blocks| {
            let (width, height) = (w * 3, h * 3);
            let luma = (0..width * height)
                .map(|i| {
                    let (x, y) = (i % width / 3, i / width / 3);
                    if blocks[y * w + x] {
                        0
                    } else {
                        255
                    }
                })
                .collect();
            (width, height, luma)
        })
    })
}

proptest! {
    #[test]
    fn arbitrary_bytes_as_a_frame_never_panic(
        (width, height, luma) in any_frame(),
        (other_width, other_height) in (0usize..64, 0usize..64),
    ) {
        let _ = read_qr_codes(width, height, &luma);
        // Sizes that do not match the bytes.
        let _ = read_qr_codes(other_width, other_height, &luma);
    }

    #[test]
    fn random_blocks_as_a_frame_never_panic((width, height, luma) in any_blocks()) {
        let _ = read_qr_codes(width, height, &luma);
    }

    #[test]
    fn luma_has_one_byte_per_whole_pixel(rgba in vec(any::<u8>(), 0..64)) {
        prop_assert_eq!(luma_from_rgba(&rgba).len(), rgba.len() / 4);
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(24))]

    #[test]
    fn any_short_text_reads_back(
        text in "\\PC{1,80}",
        left in 0usize..300,
        top in 0usize..150,
    ) {
        let mut frame = white();
        draw(&mut frame, &text, (left, top), (0, 255));
        prop_assert_eq!(read_qr_codes(WIDTH, HEIGHT, &frame), vec![text]);
    }
}
