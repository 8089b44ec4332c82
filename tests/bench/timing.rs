//! Timing for the native benchmarks: run a step many times, report the median
//! and the fastest run in milliseconds.

use std::time::{Duration, Instant};

/// Median and fastest of the runs.
pub fn median_min(mut times: Vec<Duration>) -> (Duration, Duration) {
    times.sort();
    (times[times.len() / 2], times[0])
}

/// Runs `run` `runs` times (with the run's number); the median and fastest time.
pub fn time(runs: usize, mut run: impl FnMut(usize)) -> (Duration, Duration) {
    let times = (0..runs)
        .map(|i| {
            let start = Instant::now();
            run(i);
            start.elapsed()
        })
        .collect();
    median_min(times)
}

/// A duration in milliseconds.
pub fn ms(duration: Duration) -> f64 {
    duration.as_secs_f64() * 1e3
}
