//! The rear camera as a QR code scanner for participants' answers. The camera's
//! picture shows in a `<video>` element; four times a second its current frame
//! is read by the browser's `BarcodeDetector` where it has one that reads QR
//! codes (through reflection: web-sys lacks it), else by
//! [`read_qr_codes_prepared`] on the frame's pixels: each frame made black and
//! white in the next of the reader's [`PREPARATIONS`], so that no frame takes
//! long and every way is tried within a second. The camera goes off when the
//! [`QrScanner`] is dropped.
//!
//! Each frame read leaves User Timing measures, for benchmarks and the
//! browser's performance tools: `werktafel:qr-frame` (drawing the frame and
//! taking its pixels) and `werktafel:qr-rqrr` (reading them with rqrr), or
//! `werktafel:qr-detector` (the browser's detector, until its answer). They
//! are cleared from the timeline at once, so a long scan does not grow it:
//! watch them with a `PerformanceObserver`.

use crate::transfer::{luma_from_rgba, read_qr_codes_prepared, PREPARATIONS};
use js_sys::{Array, Function, Object, Promise, Reflect};
use std::cell::{Cell, RefCell};
use std::rc::Rc;
use thiserror::Error;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::{spawn_local, JsFuture};
use web_sys::{
    CanvasRenderingContext2d, HtmlCanvasElement, HtmlVideoElement, MediaDevices, MediaStream,
    MediaStreamConstraints, MediaStreamTrack, Performance, Window,
};

/// Milliseconds from one frame read to the next.
const FRAME_INTERVAL_MS: i32 = 250;
/// Longest side, in pixels, of a frame read without `BarcodeDetector`.
const MAX_FRAME_SIDE: u32 = 640;
/// `HTMLMediaElement.HAVE_CURRENT_DATA`: the video has a frame to read.
const HAVE_CURRENT_DATA: u16 = 2;
/// The measures of one frame read (see the module's description).
const MEASURE_FRAME: &str = "werktafel:qr-frame";
const MEASURE_RQRR: &str = "werktafel:qr-rqrr";
const MEASURE_DETECTOR: &str = "werktafel:qr-detector";

/// Why the camera did not start.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Error)]
pub enum CameraError {
    /// The device has no camera.
    #[error("no camera")]
    NoCamera,
    /// The person (or the browser's settings) refused the camera.
    #[error("camera refused")]
    Refused,
    /// Anything else: no camera API (an old browser, or a page not served over
    /// HTTPS), or the camera is busy.
    #[error("camera unavailable")]
    Unavailable,
}

/// The running camera and the reading of its frames; both stop when dropped.
pub struct QrScanner {
    stream: MediaStream,
    video: HtmlVideoElement,
    interval: Option<i32>,
    /// Cleared on drop, so a detection still pending then reports nothing.
    running: Rc<Cell<bool>>,
    /// What the interval calls; it lives as long as the scanner.
    tick: Closure<dyn Fn()>,
}

/// Starts the rear camera in `video` and calls `on_text` with the text of
/// every QR code read (again on each frame the code is seen in). Asks for
/// permission the first time; fails if it is refused or there is no camera.
pub async fn start(
    video: &HtmlVideoElement,
    on_text: impl Fn(String) + 'static,
) -> Result<QrScanner, CameraError> {
    let window = web_sys::window().ok_or(CameraError::Unavailable)?;
    let detector = barcode_detector(&window).await;
    let stream = open_camera(&window).await?;
    video.set_muted(true);
    let _ = video.set_attribute("playsinline", "");
    video.set_src_object(Some(&stream));

    let running = Rc::new(Cell::new(true));
    let reader = FrameReader {
        video: video.clone(),
        on_text: Rc::new(on_text),
        running: running.clone(),
        detector: Rc::new(RefCell::new(detector)),
        pending: Rc::new(Cell::new(false)),
        canvas: offscreen_canvas(),
        frames_read: Cell::new(0),
    };
    let tick = Closure::<dyn Fn()>::new(move || reader.read());
    // From here on, dropping the scanner (also on an error) turns the camera off.
    let mut scanner = QrScanner {
        stream,
        video: video.clone(),
        interval: None,
        running,
        tick,
    };
    let interval = window
        .set_interval_with_callback_and_timeout_and_arguments_0(
            scanner.tick.as_ref().unchecked_ref(),
            FRAME_INTERVAL_MS,
        )
        .map_err(|_| CameraError::Unavailable)?;
    scanner.interval = Some(interval);
    if let Ok(playing) = video.play() {
        // Muted inline video may always play; should it not, the picture stands still.
        let _ = JsFuture::from(playing).await;
    }
    Ok(scanner)
}

impl Drop for QrScanner {
    fn drop(&mut self) {
        self.running.set(false);
        if let (Some(window), Some(interval)) = (web_sys::window(), self.interval) {
            window.clear_interval_with_handle(interval);
        }
        for track in self.stream.get_tracks().iter() {
            if let Ok(track) = track.dyn_into::<MediaStreamTrack>() {
                track.stop();
            }
        }
        // A newer scanner may already show its own stream in the same element.
        if self.video.src_object().is_some_and(|s| s == self.stream) {
            self.video.set_src_object(None);
        }
    }
}

/// `getUserMedia` for the rear camera, without sound.
async fn open_camera(window: &Window) -> Result<MediaStream, CameraError> {
    let devices = media_devices(window).ok_or(CameraError::Unavailable)?;
    let constraints = constraints().ok_or(CameraError::Unavailable)?;
    let promise = devices
        .get_user_media_with_constraints(&constraints)
        .map_err(|e| camera_error(&e))?;
    JsFuture::from(promise)
        .await
        .map_err(|e| camera_error(&e))?
        .dyn_into()
        .map_err(|_| CameraError::Unavailable)
}

/// `navigator.mediaDevices`: missing in old browsers and on pages not served
/// over HTTPS.
fn media_devices(window: &Window) -> Option<MediaDevices> {
    let devices = Reflect::get(&window.navigator(), &"mediaDevices".into()).ok()?;
    devices.dyn_into().ok()
}

/// The rear camera, ideally at 1280 × 720, and no microphone.
fn constraints() -> Option<MediaStreamConstraints> {
    let ideal = |pixels: u32| -> Option<JsValue> {
        let value = Object::new();
        Reflect::set(&value, &"ideal".into(), &pixels.into()).ok()?;
        Some(value.into())
    };
    let video = Object::new();
    Reflect::set(&video, &"facingMode".into(), &"environment".into()).ok()?;
    Reflect::set(&video, &"width".into(), &ideal(1280)?).ok()?;
    Reflect::set(&video, &"height".into(), &ideal(720)?).ok()?;
    let constraints = MediaStreamConstraints::new();
    constraints.set_video(&video);
    constraints.set_audio_bool(false);
    Some(constraints)
}

/// The error `getUserMedia` failed with, by its `DOMException` name.
fn camera_error(error: &JsValue) -> CameraError {
    let name = Reflect::get(error, &"name".into())
        .ok()
        .and_then(|n| n.as_string());
    match name.as_deref() {
        Some("NotAllowedError" | "SecurityError") => CameraError::Refused,
        Some("NotFoundError" | "OverconstrainedError") => CameraError::NoCamera,
        _ => CameraError::Unavailable,
    }
}

/// `new BarcodeDetector({ formats: ["qr_code"] })`, if the browser has it and
/// its `getSupportedFormats()` lists QR codes: a detector without them (some
/// Android phones lack the system's barcode module) would find nothing.
async fn barcode_detector(window: &Window) -> Option<JsValue> {
    let class = Reflect::get(window, &"BarcodeDetector".into())
        .ok()?
        .dyn_into::<Function>()
        .ok()?;
    let formats = Reflect::get(&class, &"getSupportedFormats".into())
        .ok()?
        .dyn_into::<Function>()
        .ok()?
        .call0(&class)
        .ok()?
        .dyn_into::<Promise>()
        .ok()?;
    let formats: Array = JsFuture::from(formats).await.ok()?.dyn_into().ok()?;
    if !formats.includes(&"qr_code".into(), 0) {
        return None;
    }
    let options = Object::new();
    Reflect::set(&options, &"formats".into(), &Array::of1(&"qr_code".into())).ok()?;
    Reflect::construct(&class, &Array::of1(&options)).ok()
}

/// A canvas outside the page to draw frames on, with a context that keeps its
/// pixels at hand for `getImageData`.
fn offscreen_canvas() -> Option<(HtmlCanvasElement, CanvasRenderingContext2d)> {
    let canvas: HtmlCanvasElement = web_sys::window()?
        .document()?
        .create_element("canvas")
        .ok()?
        .dyn_into()
        .ok()?;
    let options = Object::new();
    Reflect::set(&options, &"willReadFrequently".into(), &true.into()).ok()?;
    let context = canvas
        .get_context_with_context_options("2d", &options)
        .ok()??
        .dyn_into()
        .ok()?;
    Some((canvas, context))
}

/// Reads the video's current frame, each time it is asked to.
struct FrameReader {
    video: HtmlVideoElement,
    on_text: Rc<dyn Fn(String)>,
    running: Rc<Cell<bool>>,
    /// The browser's detector, until it fails once; then frames are read here.
    detector: Rc<RefCell<Option<JsValue>>>,
    /// Whether the detector still works on an earlier frame.
    pending: Rc<Cell<bool>>,
    canvas: Option<(HtmlCanvasElement, CanvasRenderingContext2d)>,
    /// How many frames were read here: the next frame's preparation.
    frames_read: Cell<usize>,
}

impl FrameReader {
    fn read(&self) {
        if self.pending.get() || self.video.ready_state() < HAVE_CURRENT_DATA {
            return;
        }
        let detector = self.detector.borrow().clone();
        match detector {
            Some(detector) => self.detect(&detector),
            None => {
                let frame = Measure::start(MEASURE_FRAME);
                let pixels = self.frame_luma();
                frame.end();
                let texts = pixels
                    .map(|(width, height, luma)| {
                        let rqrr = Measure::start(MEASURE_RQRR);
                        let turn = self.frames_read.replace(self.frames_read.get() + 1);
                        let preparation = PREPARATIONS[turn % PREPARATIONS.len()];
                        let texts = read_qr_codes_prepared(width, height, &luma, preparation);
                        rqrr.end();
                        texts
                    })
                    .unwrap_or_default();
                report(&self.running, &*self.on_text, texts);
            }
        }
    }

    /// Hands the frame to the browser's detector; its answer comes later.
    fn detect(&self, detector: &JsValue) {
        let Some(promise) = call_detect(detector, &self.video) else {
            self.detector.replace(None);
            return;
        };
        self.pending.set(true);
        let pending = self.pending.clone();
        let running = self.running.clone();
        let on_text = self.on_text.clone();
        let detector = self.detector.clone();
        let measure = Measure::start(MEASURE_DETECTOR);
        spawn_local(async move {
            let result = JsFuture::from(promise).await;
            measure.end();
            pending.set(false);
            match result {
                Ok(codes) => report(&running, &*on_text, raw_values(codes)),
                Err(_) => {
                    detector.replace(None);
                }
            }
        });
    }

    /// The current frame as luma, scaled down to at most [`MAX_FRAME_SIDE`].
    fn frame_luma(&self) -> Option<(usize, usize, Vec<u8>)> {
        let (canvas, context) = self.canvas.as_ref()?;
        let (width, height) = (self.video.video_width(), self.video.video_height());
        if width == 0 || height == 0 {
            return None;
        }
        let scale = (f64::from(MAX_FRAME_SIDE) / f64::from(width.max(height))).min(1.0);
        let side = |pixels: u32| ((f64::from(pixels) * scale).round() as u32).max(1);
        let (width, height) = (side(width), side(height));
        if canvas.width() != width || canvas.height() != height {
            canvas.set_width(width);
            canvas.set_height(height);
        }
        let (w, h) = (f64::from(width), f64::from(height));
        context
            .draw_image_with_html_video_element_and_dw_and_dh(&self.video, 0.0, 0.0, w, h)
            .ok()?;
        let rgba = context.get_image_data(0.0, 0.0, w, h).ok()?.data();
        Some((width as usize, height as usize, luma_from_rgba(&rgba)))
    }
}

/// A span of work being timed: a User Timing measure from [`Measure::start`]
/// to [`Measure::end`], cleared at once (observers still see it).
struct Measure {
    performance: Option<Performance>,
    name: &'static str,
}

impl Measure {
    fn start(name: &'static str) -> Self {
        let performance = web_sys::window().and_then(|w| w.performance());
        if let Some(performance) = &performance {
            let _ = performance.mark(&Self::start_mark(name));
        }
        Self { performance, name }
    }

    fn end(self) {
        let Some(performance) = self.performance else {
            return;
        };
        let start = Self::start_mark(self.name);
        let _ = performance.measure_with_start_mark(self.name, &start);
        performance.clear_marks_with_mark_name(&start);
        performance.clear_measures_with_measure_name(self.name);
    }

    fn start_mark(name: &str) -> String {
        format!("{name}:start")
    }
}

/// `detector.detect(video)`.
fn call_detect(detector: &JsValue, video: &HtmlVideoElement) -> Option<Promise> {
    let detect = Reflect::get(detector, &"detect".into())
        .ok()?
        .dyn_into::<Function>()
        .ok()?;
    detect.call1(detector, video).ok()?.dyn_into().ok()
}

/// The `rawValue` of each barcode the detector found.
fn raw_values(codes: JsValue) -> Vec<String> {
    let Ok(codes) = codes.dyn_into::<Array>() else {
        return Vec::new();
    };
    codes
        .iter()
        .filter_map(|code| Reflect::get(&code, &"rawValue".into()).ok()?.as_string())
        .collect()
}

/// Passes each text on while the scanner runs: `on_text` may drop it.
fn report(running: &Cell<bool>, on_text: &dyn Fn(String), texts: Vec<String>) {
    for text in texts {
        if !running.get() {
            return;
        }
        on_text(text);
    }
}
