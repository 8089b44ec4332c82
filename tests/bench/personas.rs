//! Benchmark: what a persona costs in storage (with and without a photo) and how
//! long searching a library of 500 persona's takes (native). Prints figures; it
//! asserts nothing about time. Run with `make bench` (or `cargo bench --bench personas`).

mod transfer_figures;

use std::hint::black_box;
use std::time::{Duration, Instant};
use werktafel::model::{example_personas, Avatar, Id, Persona, Personas, MAX_PHOTO_BYTES};
use werktafel::store::{MemoryBackend, Repository};

const LIBRARY: usize = 500;
const RUNS: usize = 50;
/// The size the app scales photos to (at most `MAX_PHOTO_BYTES`).
const PHOTO_BYTES: usize = 60_000;
const _: () = assert!(PHOTO_BYTES <= MAX_PHOTO_BYTES);

fn median(mut times: Vec<Duration>) -> Duration {
    times.sort();
    times[times.len() / 2]
}

/// UTF-16 bytes the persona takes in localStorage (key and value).
fn stored_bytes(persona: &Persona) -> usize {
    let backend = MemoryBackend::new();
    let mut repo = Repository::new(backend.clone());
    repo.save(persona, 1, || unreachable!("one tab"), "")
        .expect("no quota set");
    backend.used() * 2
}

fn photo() -> Avatar {
    Avatar::Photo {
        data_url: format!("data:image/jpeg;base64,{}", "QUJD".repeat(PHOTO_BYTES / 3)),
    }
}

fn library() -> Personas {
    let examples = example_personas();
    let mut library = Personas::default();
    for i in 0..LIBRARY {
        let (mut fields, avatar) = examples[i % examples.len()].clone();
        fields.name = format!("{} {i}", fields.name);
        library
            .create(&fields, avatar, Id::made(&format!("p{i}")), i as i64)
            .expect("examples are valid");
    }
    library
}

fn time_search(library: &Personas, query: &str) -> (Duration, usize) {
    let mut found = 0;
    let times = (0..RUNS)
        .map(|_| {
            let start = Instant::now();
            found = black_box(library.search(query)).len();
            start.elapsed()
        })
        .collect();
    (median(times), found)
}

fn main() {
    let examples = example_personas();
    let personas: Vec<Persona> = examples
        .iter()
        .enumerate()
        .map(|(i, (fields, avatar))| {
            Persona::create(fields, avatar.clone(), Id::made(&format!("p{i}")), 0).expect("valid")
        })
        .collect();
    let sizes: Vec<usize> = personas.iter().map(stored_bytes).collect();
    let average = sizes.iter().sum::<usize>() / sizes.len();
    let mut with_photo = personas[0].clone();
    with_photo.avatar = photo();

    println!("persona benchmark (native)");
    println!(
        "  stored per persona, no photo:  {:>7} B as UTF-16 (average of the {} examples, one revision; min {}, max {})",
        average,
        sizes.len(),
        sizes.iter().min().unwrap_or(&0),
        sizes.iter().max().unwrap_or(&0)
    );
    println!(
        "  stored per persona, 60 KB photo: {:>5} B as UTF-16 ({})",
        stored_bytes(&with_photo),
        with_photo.fields.name
    );
    let mut revised = personas[0].clone();
    let mut fields = revised.fields.clone();
    fields.question.push_str(" En nu ook dit.");
    let avatar = revised.avatar.clone();
    revised.apply(&fields, avatar, "", 1).expect("valid");
    println!(
        "  each further revision adds:    {:>7} B as UTF-16",
        stored_bytes(&revised) - stored_bytes(&personas[0])
    );

    let library = library();
    for query in ["", "school", "ggz wonen", "niets-dat-voorkomt"] {
        let (time, found) = time_search(&library, query);
        println!(
            "  search {LIBRARY} persona's for {:<22} {:>7.2} ms  ({found} found, median of {RUNS})",
            format!("\"{query}\":"),
            time.as_secs_f64() * 1e3
        );
    }
    transfer_figures::print_transfer(&[], library.all(), 10);
}
