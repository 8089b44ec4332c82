//! Shared by the native benchmarks: ids shaped like the app's, and timing (run
//! a step many times, report the median and the fastest run in milliseconds).

use std::time::{Duration, Instant};
use werktafel::model::Id;

/// The id `text` of any kind, as a benchmark names it.
pub fn id_of<K>(text: &str) -> Id<K> {
    text.parse()
        .expect("a benchmark's id is one the app could make")
}

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

/// Ids shaped like the app's for workshops, tables, groups and seats (UUID v4, 36 characters).
pub fn uuid(n: usize) -> String {
    format!("{n:08x}-0000-4000-8000-{n:012x}")
}

/// Ids shaped like the app's short ids for notes, themes and actions (8 characters).
pub fn short(n: usize) -> String {
    format!("{n:0>8}")
}

/// UUID-shaped ids counting up from `start`.
pub fn ids(start: usize) -> impl FnMut() -> String {
    let mut n = start;
    move || {
        n += 1;
        uuid(n)
    }
}
