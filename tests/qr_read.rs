//! Reading QR codes from camera frames natively: codes the app draws itself
//! (scaled ×4, with the quiet zone) read back from a 640×480 frame, and no
//! frame, however odd, makes the reader panic: noise, tiny and one-pixel-wide
//! frames, codes turned, scaled, tilted or cut off by the frame's edge, and
//! the frames that made rqrr 0.10.1 panic (see vendor/rqrr/WERKTAFEL.md),
//! each made black and white in every way the reader has.

use proptest::collection::vec;
use proptest::prelude::*;
#[path = "support/qr_picture.rs"]
mod qr_picture;

use qr_picture::dark_in_picture;
use werktafel::transfer::{
    luma_from_rgba, read_qr_codes, read_qr_codes_prepared, QrMatrix, PREPARATIONS,
};

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
            let dark = dark_in_picture(&matrix, mx, my);
            frame[(top + y) * WIDTH + left + x] = if dark { ink } else { paper };
        }
    }
}

/// A `width` × `height` white frame with the code of `text` (quiet zone
/// included) at `scale` pixels a module, turned by `angle` radians about its
/// middle, which sits at `centre`; parts outside the frame are cut off.
fn turned(
    text: &str,
    (scale, angle): (f64, f64),
    (cx, cy): (f64, f64),
    (width, height): (usize, usize),
) -> Vec<u8> {
    let matrix = QrMatrix::encode(text).unwrap();
    let side = matrix.side();
    let half = side as f64 / 2.0;
    let (cos, sin) = (angle.cos(), angle.sin());
    let mut frame = vec![255; width * height];
    for y in 0..height {
        for x in 0..width {
            let (dx, dy) = (x as f64 - cx, y as f64 - cy);
            let u = (cos * dx + sin * dy) / scale + half;
            let v = (-sin * dx + cos * dy) / scale + half;
            if u < 0.0 || v < 0.0 {
                continue;
            }
            let (mx, my) = (u as usize, v as usize);
            if dark_in_picture(&matrix, mx, my) {
                frame[y * width + x] = 0;
            }
        }
    }
    frame
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
fn a_turned_code_reads_back() {
    let frame = turned(ANSWER, (4.0, 0.3), (320.0, 240.0), (WIDTH, HEIGHT));
    assert_eq!(read_qr_codes(WIDTH, HEIGHT, &frame), vec![ANSWER]);
}

// Found by fuzzing rqrr 0.10.1 with codes cut off by the frame's edge (two
// frames in 240,000): its `rotate_capstone` expected a perspective that cannot
// fail, and failed.
#[test]
fn a_turned_code_cut_off_at_the_bottom_does_not_panic() {
    let frame = turned(
        "fzJXOHLjXFtsNjCNqa`RPC[PHvVUKiaDXmng",
        (1.7470856951274232, 0.4434659211982458),
        (90.6360866827731, 223.2122329304883),
        (137, 232),
    );
    assert!(read_qr_codes(137, 232, &frame).is_empty());
}

// Found the same way: a perspective through capstones cut off at the frame's
// edge put a point at infinity, and `Perspective::map` asserted it fits an i32.
#[test]
fn a_turned_code_cut_off_at_the_corner_does_not_panic() {
    let frame = turned(
        "sofAXyDUMvcwRVzwfOnDkWeF",
        (2.436099789350176, 0.3074030286302093),
        (35.26389339825849, 214.86646369883604),
        (128, 234),
    );
    assert!(read_qr_codes(128, 234, &frame).is_empty());
}

#[test]
fn a_frame_over_4096_pixels_wide_is_not_read() {
    let frame = |width| turned(ANSWER, (4.0, 0.0), (120.0, 120.0), (width, 240));
    assert_eq!(read_qr_codes(4096, 240, &frame(4096)), vec![ANSWER]);
    assert!(read_qr_codes(4097, 240, &frame(4097)).is_empty());
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

/// Reads the frame by every preparation, each to its end ([`read_qr_codes`]
/// stops at the first that reads a code), so that the frames below reach
/// every path: rqrr's own threshold, the square mean, the frame turned over,
/// and the small code cut out and enlarged.
fn read_every_way(width: usize, height: usize, luma: &[u8]) {
    for preparation in PREPARATIONS {
        let _ = read_qr_codes_prepared(width, height, luma, preparation);
    }
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
        read_every_way(width, height, &luma);
        // Sizes that do not match the bytes.
        read_every_way(other_width, other_height, &luma);
    }

    #[test]
    fn random_blocks_as_a_frame_never_panic((width, height, luma) in any_blocks()) {
        read_every_way(width, height, &luma);
    }

    #[test]
    fn luma_has_one_byte_per_whole_pixel(rgba in vec(any::<u8>(), 0..64)) {
        prop_assert_eq!(luma_from_rgba(&rgba).len(), rgba.len() / 4);
    }
}

/// A frame of 60 to 240 pixels a side with a code of up to 60 characters,
/// 1.5 to 6 pixels a module, turned up to about 35°, cut off by one edge of
/// the frame: what the camera sees of a phone held half out of view.
fn any_cut_off_code() -> impl Strategy<Value = (usize, usize, Vec<u8>)> {
    (
        "[A-Za-z0-9._-]{1,60}",
        (1.5f64..6.0, -0.6f64..0.6),
        (60usize..240, 60usize..240),
        (0usize..4, 0.0f64..1.0, -1.0f64..1.0),
    )
        .prop_map(|(text, (scale, angle), (w, h), (edge, along, across))| {
            let half = (QrMatrix::encode(&text).unwrap().side() as f64) * scale / 2.0;
            let (w_f, h_f) = (w as f64, h as f64);
            let centre = match edge {
                0 => (across * half, along * h_f),
                1 => (w_f + across * half, along * h_f),
                2 => (along * w_f, across * half),
                _ => (along * w_f, h_f + across * half),
            };
            let frame = turned(&text, (scale, angle), centre, (w, h));
            (w, h, frame)
        })
}

/// A frame of 16 to 200 pixels a side with a code at any scale (a module of
/// half a pixel to eight), turned any way, its middle anywhere in or near the
/// frame.
fn any_turned_code() -> impl Strategy<Value = (usize, usize, Vec<u8>)> {
    (
        "[A-Za-z0-9._-]{1,120}",
        (0.5f64..8.0, 0.0f64..std::f64::consts::TAU),
        (16usize..200, 16usize..200),
        (-0.3f64..1.3, -0.3f64..1.3),
    )
        .prop_map(|(text, (scale, angle), (w, h), (x, y))| {
            let centre = (x * w as f64, y * h as f64);
            (w, h, turned(&text, (scale, angle), centre, (w, h)))
        })
}

/// `cases` cases a property, or `PROPTEST_CASES` where set: the frames below
/// are large for a debug build, so longer runs are for `--release`, e.g.
/// `PROPTEST_CASES=30000 cargo test --release --test qr_read never_panic`.
fn cases(cases: u32) -> ProptestConfig {
    let set = std::env::var("PROPTEST_CASES").ok();
    ProptestConfig::with_cases(set.and_then(|n| n.parse().ok()).unwrap_or(cases))
}

proptest! {
    #![proptest_config(cases(64))]

    #[test]
    fn codes_cut_off_by_the_edge_never_panic((width, height, luma) in any_cut_off_code()) {
        read_every_way(width, height, &luma);
    }

    #[test]
    fn codes_turned_and_scaled_never_panic((width, height, luma) in any_turned_code()) {
        read_every_way(width, height, &luma);
    }

    #[test]
    fn frames_one_pixel_wide_or_high_never_panic(
        luma in vec(any::<u8>(), 1..2000),
        row in 0usize..HEIGHT,
    ) {
        read_every_way(1, luma.len(), &luma);
        read_every_way(luma.len(), 1, &luma);
        // One row and one column of a frame with a code in it.
        let frame = turned(ANSWER, (4.0, 0.3), (320.0, 240.0), (WIDTH, HEIGHT));
        read_every_way(WIDTH, 1, &frame[row * WIDTH..(row + 1) * WIDTH]);
        let column: Vec<u8> = frame.iter().skip(row).step_by(WIDTH).copied().collect();
        read_every_way(1, HEIGHT, &column);
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
