//! The corpus of camera-like views of phones' answer codes, for the test and
//! the benchmark that compare the app's QR reader with zbar's `zbarimg`.
//!
//! Two real answer codes (a short answer, and the first of the codes of a long
//! one: the largest code a phone shows) are drawn as the phone draws them,
//! then tests/qr-corpus/make-views.sh turns each into camera-like views with
//! ImageMagick. The views are made once into `target/tmp/qr-corpus/`, under a
//! key of the script and the codes, and kept for later runs. ImageMagick
//! (`convert`) and zbar (`zbarimg`) are Debian's packages `imagemagick` and
//! `zbar-tools`; `make test` installs them.

use std::collections::hash_map::DefaultHasher;
use std::fs;
use std::hash::{Hash, Hasher};
use std::path::{Path, PathBuf};
use std::process::Command;
use werktafel::transfer::{answer_parts, luma_from_rgba, AnswerCard, QrMatrix, CARD_VERSION};

/// The width of the code on the phone, in pixels: 90vw of a 390 px wide
/// phone (`.participant-codes .qr`), at one pixel a CSS pixel.
pub const CODE_PIXELS: usize = 351;

/// The script that makes the views.
const SCRIPT: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/qr-corpus/make-views.sh");

/// One view: a 640×480 frame as a camera might see a phone's code.
pub struct View {
    /// The name of the view, as `make-views.sh` gives it (which code first).
    pub name: String,
    /// What the view shows: its size, angle and the harm done to it.
    pub tags: Vec<String>,
    /// The text of the code in it.
    pub text: String,
    /// The JPEG file, as zbar reads it.
    pub file: PathBuf,
    pub width: usize,
    pub height: usize,
    /// The frame's grey pixels, by the app's own RGBA-to-luma step.
    pub luma: Vec<u8>,
}

/// The answer codes of the corpus: a short placemat answer, and the first of
/// the codes of a long one (a full part).
pub fn answer_codes() -> Vec<String> {
    let card = |texts: Vec<&str>| AnswerCard {
        version: CARD_VERSION,
        prompt: "k3x9w0ab".into(),
        id: "p7d2m1qz".into(),
        name: "Sam".into(),
        place: 1,
        person: 2,
        score: None,
        texts: texts.into_iter().map(str::to_string).collect(),
    };
    let short = card(vec![
        "Een moestuin achter de flat, met bankjes en een lange tafel om samen te eten",
    ]);
    let long = card(vec![
        "Een buurthuis dat ook 's avonds open is, met een koffiehoek waar je zonder afspraak binnenloopt, \
         een prikbord voor klusjes en hulp, en vrijwilligers die de weg weten naar de gemeente, \
         de huisarts en de schuldhulp. Liefst dicht bij de school en de bushalte, zodat ouders even aanlopen.",
        "Samen koken op vrijdag, om de beurt een ander land.",
    ]);
    vec![
        answer_parts(&short).remove(0),
        answer_parts(&long).remove(0),
    ]
}

/// The code of `text` as the phone draws it: a binary PGM of
/// [`CODE_PIXELS`] a side, each pixel the module under its middle
/// (`shape-rendering: crispEdges`), white around the code.
pub fn code_pgm(text: &str) -> Vec<u8> {
    let matrix = QrMatrix::encode(text).expect("an answer code fits a QR code");
    let modules = matrix.side();
    let quiet = werktafel::transfer::QUIET_ZONE;
    let module = |pixel: usize| (2 * pixel + 1) * modules / (2 * CODE_PIXELS);
    let mut pgm = format!("P5\n{CODE_PIXELS} {CODE_PIXELS}\n255\n").into_bytes();
    for y in 0..CODE_PIXELS {
        for x in 0..CODE_PIXELS {
            let (mx, my) = (module(x), module(y));
            let dark = mx >= quiet && my >= quiet && matrix.is_dark(mx - quiet, my - quiet);
            pgm.push(if dark { 0 } else { 255 });
        }
    }
    pgm
}

/// Every view of every answer code, made first if they are not there yet.
/// Panics, saying what to install, without ImageMagick.
pub fn views() -> Vec<View> {
    let codes = answer_codes();
    let folder = corpus_folder(&codes);
    if !folder.join("done").exists() {
        make_views(&codes, &folder);
    }
    codes
        .iter()
        .enumerate()
        .flat_map(|(i, text)| read_views(&folder.join(format!("code-{}", i + 1)), text))
        .collect()
}

/// Where the views of these codes by this script are kept.
fn corpus_folder(codes: &[String]) -> PathBuf {
    let mut hasher = DefaultHasher::new();
    fs::read(SCRIPT)
        .expect("the corpus script")
        .hash(&mut hasher);
    codes.hash(&mut hasher);
    Path::new(env!("CARGO_TARGET_TMPDIR"))
        .join("qr-corpus")
        .join(format!("{:016x}", hasher.finish()))
}

/// Runs the script for each code (the codes side by side), then marks the
/// folder done.
fn make_views(codes: &[String], folder: &Path) {
    let runs: Vec<_> = codes
        .iter()
        .enumerate()
        .map(|(i, text)| {
            let out = folder.join(format!("code-{}", i + 1));
            fs::create_dir_all(&out).expect("a folder for the views");
            let code = out.join("code.pgm");
            fs::write(&code, code_pgm(text)).expect("the code's picture");
            Command::new(SCRIPT)
                .arg(&code)
                .arg(&out)
                .spawn()
                .expect("tests/qr-corpus/make-views.sh runs")
        })
        .collect();
    for mut run in runs {
        let status = run.wait().expect("the corpus script ends");
        assert!(
            status.success(),
            "make-views.sh failed ({status}): is ImageMagick installed? \
             (Debian: apt-get install imagemagick zbar-tools; `make test` does this)"
        );
    }
    fs::write(folder.join("done"), "").expect("the corpus marked done");
}

/// The views listed in `folder`'s views.txt, all showing `text`.
fn read_views(folder: &Path, text: &str) -> Vec<View> {
    let list = fs::read_to_string(folder.join("views.txt")).expect("the list of views");
    let code = folder.file_name().unwrap().to_string_lossy().into_owned();
    list.lines()
        .map(|line| {
            let (name, tags) = line.split_once(' ').expect("a name and its tags");
            let (width, height, rgb) = read_ppm(&folder.join(format!("{name}.ppm")));
            let rgba: Vec<u8> = rgb
                .chunks_exact(3)
                .flat_map(|p| [p[0], p[1], p[2], 255])
                .collect();
            View {
                name: format!("{code}/{name}"),
                tags: tags.split(',').map(str::to_string).collect(),
                text: text.to_string(),
                file: folder.join(format!("{name}.jpg")),
                width,
                height,
                luma: luma_from_rgba(&rgba),
            }
        })
        .collect()
}

/// The width, height and RGB bytes of a binary PPM (P6, 8 bits a sample, as
/// ImageMagick writes it).
fn read_ppm(path: &Path) -> (usize, usize, Vec<u8>) {
    let bytes = fs::read(path).expect("a view's pixels");
    let mut fields = Vec::new();
    let mut at = 0;
    while fields.len() < 4 {
        while bytes[at].is_ascii_whitespace() {
            at += 1;
        }
        let start = at;
        while !bytes[at].is_ascii_whitespace() {
            at += 1;
        }
        fields.push(String::from_utf8_lossy(&bytes[start..at]).into_owned());
    }
    assert_eq!((fields[0].as_str(), fields[3].as_str()), ("P6", "255"));
    let (width, height) = (fields[1].parse().unwrap(), fields[2].parse().unwrap());
    let pixels = bytes[at + 1..].to_vec();
    assert_eq!(pixels.len(), width * height * 3, "{}", path.display());
    (width, height, pixels)
}

/// The texts zbar reads in a picture (QR codes only). Panics, saying what to
/// install, without zbar.
pub fn zbar_reads(file: &Path) -> Vec<String> {
    let output = Command::new("zbarimg")
        .args(["--quiet", "--raw", "-Sdisable", "-Sqrcode.enable"])
        .arg(file)
        .output()
        .expect("zbarimg runs (Debian: apt-get install zbar-tools; `make test` does this)");
    String::from_utf8_lossy(&output.stdout)
        .lines()
        .map(str::to_string)
        .collect()
}

/// Which readers read one view.
pub struct Outcome<'a> {
    pub view: &'a View,
    /// The app's reader found the view's text.
    pub app: bool,
    /// zbar found it.
    pub zbar: bool,
}

/// Reads every view with the app's reader `read` and with zbar.
pub fn outcomes<'a>(
    views: &'a [View],
    read: impl Fn(usize, usize, &[u8]) -> Vec<String>,
) -> Vec<Outcome<'a>> {
    views
        .iter()
        .map(|view| Outcome {
            view,
            app: read(view.width, view.height, &view.luma).contains(&view.text),
            zbar: zbar_reads(&view.file).contains(&view.text),
        })
        .collect()
}

/// Views read by the app, by zbar, and by the app of those zbar read.
pub fn counts(outcomes: &[&Outcome]) -> (usize, usize, usize) {
    let app = outcomes.iter().filter(|o| o.app).count();
    let zbar = outcomes.iter().filter(|o| o.zbar).count();
    let both = outcomes.iter().filter(|o| o.app && o.zbar).count();
    (app, zbar, both)
}

/// A table of the views read: all, and by each tag.
pub fn report(outcomes: &[Outcome]) -> String {
    let mut tags: Vec<&str> = outcomes
        .iter()
        .flat_map(|o| o.view.tags.iter().map(String::as_str))
        .collect();
    tags.sort();
    tags.dedup();
    let row = |what: &str, these: Vec<&Outcome>| {
        let (app, zbar, both) = counts(&these);
        format!(
            "  {what:<12} {:>4} views: app {app:>4} ({:>3.0} %), zbar {zbar:>4} ({:>3.0} %), app of zbar's {both:>4}\n",
            these.len(),
            100.0 * app as f64 / these.len() as f64,
            100.0 * zbar as f64 / these.len() as f64,
        )
    };
    let mut table = row("all", outcomes.iter().collect());
    for tag in tags {
        let these = outcomes
            .iter()
            .filter(|o| o.view.tags.iter().any(|t| t == tag))
            .collect();
        table.push_str(&row(tag, these));
    }
    table
}
