//! What the scan panel holds, as one state: the camera (off, starting or
//! filming), the line that says what the last code did, and what was read so
//! far. Each step is a method here; the camera and the answers' placing are
//! the panel's.

use super::outcome::Outcome;
use crate::platform::camera::QrScanner;
use crate::transfer::{PartCollector, PayloadError, Scanned};
use std::collections::HashSet;

/// The camera, as the panel shows it.
enum Camera {
    /// The "Scannen" button.
    Off,
    /// Start number `n` waits for its camera; the video and "Stoppen" show.
    Starting(u32),
    /// Filming. The scanner is only held: dropping it turns the camera off.
    On { _scanner: QrScanner },
}

/// What the scan panel holds.
pub struct Scan {
    camera: Camera,
    /// Starts asked for so far, to number each: a camera that comes after a
    /// stop or a newer start is closed at once.
    starts: u32,
    outcome: Option<Outcome>,
    /// The parts of long answers read so far, from any source.
    parts: PartCollector,
    /// Codes read since the camera started or a file or photo was opened:
    /// the camera sees each code many times.
    seen: HashSet<String>,
}

impl Default for Scan {
    fn default() -> Self {
        Self {
            camera: Camera::Off,
            starts: 0,
            outcome: None,
            parts: PartCollector::default(),
            seen: HashSet::new(),
        }
    }
}

impl Scan {
    /// Whether the video and "Stoppen" show (the camera starts or films).
    pub fn filming(&self) -> bool {
        !matches!(self.camera, Camera::Off)
    }

    /// What the last code, file, photo or camera start did.
    pub fn outcome(&self) -> Option<&Outcome> {
        self.outcome.as_ref()
    }

    /// The camera is asked to start: the video and "Stoppen" show, the last
    /// line goes, and codes seen before count again. Returns the start's
    /// number, for [`Scan::started`] or [`Scan::failed`].
    pub fn start(&mut self) -> u32 {
        self.starts += 1;
        self.camera = Camera::Starting(self.starts);
        self.outcome = None;
        self.seen.clear();
        self.starts
    }

    /// Start `number` has its camera: it films if that start is still the
    /// one waiting; else the scanner is dropped here, which turns it off.
    pub fn started(&mut self, number: u32, scanner: QrScanner) {
        if self.waits_for(number) {
            self.camera = Camera::On { _scanner: scanner };
        }
    }

    /// Start `number` failed: the line says why, and the button is back
    /// unless a newer start waits or films.
    pub fn failed(&mut self, number: u32, why: Outcome) {
        if self.waits_for(number) {
            self.camera = Camera::Off;
        }
        self.outcome = Some(why);
    }

    /// The camera stops (also when the panel goes).
    pub fn stop(&mut self) {
        self.camera = Camera::Off;
    }

    /// A file or photo is opened: its codes count even if seen before.
    pub fn forget_seen(&mut self) {
        self.seen.clear();
    }

    /// A code's text is read: what it adds, or `None` for one seen already.
    pub fn read(&mut self, text: &str) -> Option<Result<Scanned, PayloadError>> {
        if !self.seen.insert(text.to_string()) {
            return None;
        }
        Some(self.parts.scan(text))
    }

    /// The line now says `outcome`.
    pub fn tell(&mut self, outcome: Outcome) {
        self.outcome = Some(outcome);
    }

    fn waits_for(&self, number: u32) -> bool {
        matches!(self.camera, Camera::Starting(n) if n == number)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::transfer::{answer_parts, AnswerCard, CARD_VERSION};

    fn said(text: &str) -> Outcome {
        Outcome::Plain(text.to_string())
    }

    /// The one code of a short answer.
    fn answer_code() -> String {
        let card = AnswerCard {
            version: CARD_VERSION,
            prompt: "vraag-1".into(),
            id: "antw-1".into(),
            name: String::new(),
            place: 0,
            person: 0,
            score: None,
            texts: vec!["Meer bankjes".into()],
        };
        answer_parts(&card).remove(0)
    }

    #[test]
    fn a_start_shows_the_camera_and_clears_the_line_and_a_stop_hides_it() {
        let mut scan = Scan::default();
        scan.tell(said("eerder"));
        assert_eq!(scan.start(), 1);
        assert!(scan.filming());
        assert_eq!(scan.outcome(), None);
        scan.stop();
        assert!(!scan.filming());
        assert_eq!(scan.start(), 2);
    }

    #[test]
    fn a_failed_start_says_why_and_shows_the_button_again() {
        let mut scan = Scan::default();
        let number = scan.start();
        scan.failed(number, said("geen camera"));
        assert!(!scan.filming());
        assert_eq!(scan.outcome(), Some(&said("geen camera")));
    }

    #[test]
    fn an_old_start_that_fails_says_why_but_leaves_a_newer_start_waiting() {
        let mut scan = Scan::default();
        let old = scan.start();
        scan.stop();
        scan.start();
        scan.failed(old, said("geweigerd"));
        assert!(scan.filming());
        assert_eq!(scan.outcome(), Some(&said("geweigerd")));
    }

    #[test]
    fn a_code_counts_once_until_the_camera_starts_or_a_file_is_opened() {
        let mut scan = Scan::default();
        let code = answer_code();
        assert!(matches!(scan.read(&code), Some(Ok(Scanned::Complete(_)))));
        assert_eq!(scan.read(&code), None);
        scan.forget_seen();
        assert!(scan.read(&code).is_some());
        assert_eq!(scan.read(&code), None);
        scan.start();
        assert!(scan.read(&code).is_some());
    }

    #[test]
    fn a_code_not_of_ours_is_read_as_such() {
        let mut scan = Scan::default();
        assert_eq!(
            scan.read("https://example.org"),
            Some(Err(PayloadError::NotOurs))
        );
    }
}
