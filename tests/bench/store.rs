//! Benchmark: save and load 1,000 workshops through the repository (memory
//! backend, native). Prints figures; it asserts nothing about time.
//! Run with `make bench` (or `cargo bench --bench store`).

use std::hint::black_box;
use std::time::{Duration, Instant};
use werktafel::model::{Id, Workshop, WorkshopDraft};
use werktafel::store::{MemoryBackend, Repository};

const WORKSHOPS: usize = 1_000;
const RUNS: usize = 10;

fn sample_workshops() -> Vec<Workshop> {
    (0..WORKSHOPS)
        .map(|i| {
            let draft = WorkshopDraft {
                title: format!("Regio-overleg cliëntondersteuning {i}"),
                date: "2026-11-23".into(),
                place: "Gemeentehuis, zaal 2".into(),
                goal: "Samen kijken wat inwoners merken van cliëntondersteuning. ".repeat(4),
                facilitator: "Anna de Vries".into(),
            };
            Workshop::create(
                &draft,
                Id::made(&format!("{i:08}-0000-4000-8000-000000000000")),
                i as i64,
            )
            .expect("sample drafts are valid")
        })
        .collect()
}

fn median(mut times: Vec<Duration>) -> Duration {
    times.sort();
    times[times.len() / 2]
}

fn main() {
    let workshops = sample_workshops();
    let mut save_times = Vec::new();
    let mut load_times = Vec::new();
    let mut stored_units = 0;
    for _ in 0..RUNS {
        let backend = MemoryBackend::new();
        let mut repo = Repository::new(backend.clone());
        let start = Instant::now();
        for w in &workshops {
            repo.save(w, 1, || unreachable!("one tab, no conflicts"), "")
                .expect("no quota set");
        }
        save_times.push(start.elapsed());
        stored_units = backend.used();

        let mut fresh = Repository::new(backend);
        let start = Instant::now();
        let loaded = fresh.load_all::<Workshop>(1).expect("memory backend");
        load_times.push(start.elapsed());
        assert_eq!(black_box(loaded.entities.len()), WORKSHOPS);
    }
    let save = median(save_times);
    let load = median(load_times);
    println!(
        "store benchmark: {WORKSHOPS} workshops, median of {RUNS} runs (native, memory backend)"
    );
    println!(
        "  save all: {:>8.2} ms  ({:.1} µs per workshop, each written and read back)",
        save.as_secs_f64() * 1e3,
        save.as_secs_f64() * 1e6 / WORKSHOPS as f64
    );
    println!(
        "  load all: {:>8.2} ms  ({:.1} µs per workshop)",
        load.as_secs_f64() * 1e3,
        load.as_secs_f64() * 1e6 / WORKSHOPS as f64
    );
    println!(
        "  stored:   {:>8.1} kB as UTF-16 ({} code units; localStorage holds about 5 MB)",
        stored_units as f64 * 2.0 / 1000.0,
        stored_units
    );
}
