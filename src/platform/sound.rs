//! The short tone at the end of a round, made with the Web Audio API (no sound
//! file to load). Browsers (Safari most strictly) only let a page make sound
//! after a tap, so the audio context is opened by [`prepare`] from a tap;
//! [`is_ready`] says whether a tone would sound now.

use std::cell::RefCell;
use web_sys::{AudioContext, AudioContextState, OscillatorType};

thread_local! {
    static CONTEXT: RefCell<Option<AudioContext>> = const { RefCell::new(None) };
}

/// Opens (or wakes) the audio context; call from a tap or click.
pub fn prepare() {
    CONTEXT.with(|slot| {
        let mut slot = slot.borrow_mut();
        if slot.is_none() {
            *slot = AudioContext::new().ok();
        }
        if let Some(context) = slot.as_ref() {
            if context.state() == AudioContextState::Suspended {
                let _ = context.resume();
            }
        }
    });
}

/// Whether a tone would sound now: the audio is open and not held back.
pub fn is_ready() -> bool {
    CONTEXT.with(|slot| {
        slot.borrow()
            .as_ref()
            .is_some_and(|context| context.state() == AudioContextState::Running)
    })
}

/// Plays three short rising tones; silent where audio is not available.
pub fn play_end_signal() {
    CONTEXT.with(|slot| {
        if let Some(context) = slot.borrow().as_ref() {
            let start = context.current_time();
            for (index, frequency) in [660.0, 880.0, 1100.0].into_iter().enumerate() {
                let _ = tone(context, frequency, start + index as f64 * 0.25, 0.2);
            }
        }
    });
}

/// One tone with a soft start and end, so it does not click.
fn tone(
    context: &AudioContext,
    frequency: f32,
    at: f64,
    length: f64,
) -> Result<(), wasm_bindgen::JsValue> {
    let oscillator = context.create_oscillator()?;
    oscillator.set_type(OscillatorType::Sine);
    oscillator.frequency().set_value(frequency);
    let gain = context.create_gain()?;
    let volume = gain.gain();
    volume.set_value_at_time(0.0, at)?;
    volume.linear_ramp_to_value_at_time(0.3, at + 0.02)?;
    volume.linear_ramp_to_value_at_time(0.0, at + length)?;
    oscillator.connect_with_audio_node(&gain)?;
    gain.connect_with_audio_node(&context.destination())?;
    oscillator.start_with_when(at)?;
    oscillator.stop_with_when(at + length)?;
    Ok(())
}
