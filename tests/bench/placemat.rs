//! Benchmark: a large placemat session in one workshop (20 groups × 6 persons ×
//! 30 notes in their fields, marks, 3 themes in every middle, 10 cross-group
//! themes): its stored size and how long adding a note, serialising and saving
//! take (native, memory backend).
//! Prints figures; it asserts nothing about time.
//! Run with `cargo bench --bench placemat`.

mod common;

use common::{id_of, ids, ms, short, time, uuid};
use std::hint::black_box;
use std::time::Duration;
use werktafel::forms::placemat::{Phase, Placemat, MAX_GROUPS, MAX_PERSONS};
use werktafel::forms::ActivityBody;
use werktafel::model::{GroupId, SeatId, Workshop, WorkshopDraft};
use werktafel::store::{Backend, MemoryBackend, Repository};

const GROUPS: usize = MAX_GROUPS;
const PERSONS: usize = MAX_PERSONS;
const NOTES_PER_FIELD: usize = 30;
const MIDDLE_PER_GROUP: usize = 3;
const THEMES: usize = 10;
const RUNS: usize = 50;
const ACTIVITY: &str = "00000a1a-0000-4000-8000-000000000000";
/// The fake clock's moment the session starts.
const T0: i64 = 1_000_000;
const MIN: i64 = 60_000;

/// What participants write in their field: short and long, about 60 characters.
const SENTENCES: [&str; 20] = [
    "Meer ontmoetingsplekken in de wijk, ook voor jongeren.",
    "Buren kennen elkaar nauwelijks sinds de nieuwbouw er staat.",
    "Een vast aanspreekpunt bij de gemeente met een gezicht en een naam.",
    "Te hard rijden in de Dorpsstraat, vooral rond schooltijd.",
    "Meer groen op het plein en minder stenen in de voortuinen.",
    "Het buurthuis is alleen open als de meeste mensen werken.",
    "Ouderen voelen zich eenzaam en durven niet om hulp te vragen.",
    "Informatie van de gemeente in begrijpelijke taal (B1), graag.",
    "Samen de straat schoonmaken werkt, doe het elke maand.",
    "Een buurtapp helpt, maar niet iedereen heeft een smartphone.",
    "Vrijwilligers raken overbelast; er zijn te weinig handen.",
    "Speelruimte voor kinderen tussen de flats is verdwenen.",
    "Laat bewoners zelf meebeslissen over het wijkbudget.",
    "Straatverlichting op het fietspad naar het station is te zwak.",
    "De woningcorporatie reageert traag op meldingen van overlast.",
    "Een moestuin op het braakliggende terrein achter de school.",
    "Nieuwe bewoners welkom heten met een kopje koffie.",
    "Taalcafé in de bibliotheek voor wie net in Nederland woont.",
    "Afval naast de containers trekt ratten aan bij de flats.",
    "Evalueer over een half jaar samen met de bewoners van vandaag.",
];

/// What the groups agree on in their middles, one per cross-group theme.
const MIDDLES: [&str; THEMES] = [
    "Elkaar kennen en ontmoeten in de buurt",
    "Veilig verkeer rond school en station",
    "Meer groen en minder stenen",
    "Een gemeente die bereikbaar is en terugbelt",
    "Een schone straat, samen onderhouden",
    "Aandacht voor eenzame ouderen",
    "Ruimte om te spelen voor kinderen",
    "Bewoners beslissen mee over het budget",
    "Vrijwilligers ontlasten en waarderen",
    "Informatie in begrijpelijke taal",
];

const THEME_NAMES: [&str; THEMES] = [
    "Ontmoeten",
    "Verkeersveiligheid",
    "Groen",
    "Bereikbaarheid gemeente",
    "Schone straat",
    "Eenzaamheid",
    "Spelen",
    "Meebeslissen",
    "Vrijwilligers",
    "Taal",
];

fn group_name(index: usize) -> String {
    format!("Groep {}", index + 1)
}

struct Figures {
    notes: usize,
    marks: usize,
    middle: usize,
    linked: usize,
}

/// A session that went through all four phases; the facilitator then stepped
/// back to the consensus phase (fields and middles open, its timer running).
fn large_placemat() -> (Placemat, Figures) {
    let mut new_id = ids(1_000_000);
    let mut placemat = Placemat::new(group_name, &mut new_id);
    placemat
        .set_group_count(GROUPS, &mut new_id, group_name)
        .expect("20 groups");
    placemat
        .set_person_count(PERSONS, &mut new_id)
        .expect("6 persons");
    placemat
        .set_question("Wat heeft onze wijk nodig om prettig en veilig samen te leven?")
        .expect("valid question");
    for (g, group) in placemat.groups.iter().enumerate() {
        assert_eq!(group.seats.len(), PERSONS, "group {g}");
    }

    // Phase 1: everyone writes in their own field.
    placemat
        .start_phase(Phase::Individual, T0)
        .expect("a question");
    let seats: Vec<(GroupId, Vec<SeatId>)> = placemat
        .groups
        .iter()
        .map(|g| (g.id, g.seats.iter().map(|s| s.id).collect()))
        .collect();
    let mut note_ids = Vec::new();
    for (g, (group_id, seat_ids)) in seats.iter().enumerate() {
        for (s, seat_id) in seat_ids.iter().enumerate() {
            for i in 0..NOTES_PER_FIELD {
                let n = note_ids.len();
                let text = SENTENCES[(g * 7 + s * 3 + i) % SENTENCES.len()];
                placemat
                    .add_note(*group_id, *seat_id, id_of(&short(n)), text)
                    .expect("valid note");
                note_ids.push((g, s, short(n)));
            }
        }
    }

    // Phase 2: one note in three resonates with the next person, one in nine
    // with the person after that too.
    placemat
        .start_phase(Phase::Sharing, T0 + 5 * MIN)
        .expect("a question");
    let mut marks = 0;
    for (n, (g, s, id)) in note_ids.iter().enumerate() {
        let seat_ids = &seats[*g].1;
        if n % 3 == 0 {
            placemat
                .toggle_mark(id_of(id), seat_ids[(s + 1) % PERSONS])
                .expect("valid mark");
            marks += 1;
        }
        if n % 9 == 0 {
            placemat
                .toggle_mark(id_of(id), seat_ids[(s + 2) % PERSONS])
                .expect("valid mark");
            marks += 1;
        }
    }

    // Phase 3: three shared themes in every middle.
    placemat
        .start_phase(Phase::Consensus, T0 + 15 * MIN)
        .expect("a question");
    let mut middle_ids = Vec::new();
    for (g, (group_id, _)) in seats.iter().enumerate() {
        for i in 0..MIDDLE_PER_GROUP {
            let k = (g + i * 3) % THEMES;
            let id = short(1_000_000 + middle_ids.len());
            placemat
                .add_to_middle(*group_id, id_of(&id), MIDDLES[k])
                .expect("valid middle note");
            middle_ids.push((k, id));
        }
    }

    // Phase 4: the cross-group themes, every middle note linked to its own.
    placemat
        .start_phase(Phase::Plenary, T0 + 25 * MIN)
        .expect("a question");
    let theme_ids: Vec<String> = (0..THEMES).map(|i| short(2_000_000 + i)).collect();
    for (id, name) in theme_ids.iter().zip(THEME_NAMES) {
        placemat
            .add_linked_theme(id_of(id), name)
            .expect("valid theme");
    }
    for (k, id) in &middle_ids {
        placemat
            .link(id_of(id), Some(id_of(&theme_ids[*k])))
            .expect("valid link");
    }
    let linked = placemat.linked_themes().iter().map(|t| t.notes.len()).sum();

    placemat
        .start_phase(Phase::Consensus, T0 + 40 * MIN)
        .expect("a question");
    let figures = Figures {
        notes: note_ids.len(),
        marks,
        middle: middle_ids.len(),
        linked,
    };
    (placemat, figures)
}

fn large_workshop() -> (Workshop, Figures) {
    let draft = WorkshopDraft {
        title: "Wijkavond Oosterpark: placemat".into(),
        date: "2026-11-23".into(),
        place: "Buurthuis De Kern, grote zaal".into(),
        goal: "Samen ophalen wat bewoners nodig hebben om prettig samen te leven. ".repeat(4),
        facilitator: "Anna de Vries".into(),
    };
    let mut workshop = Workshop::create(&draft, id_of(&uuid(9_000_000)), 1).expect("valid draft");
    let (placemat, figures) = large_placemat();
    workshop
        .add_activity(ActivityBody::Placemat(placemat), id_of(ACTIVITY), 2)
        .expect("new id");
    (workshop, figures)
}

fn main() {
    let (mut workshop, figures) = large_workshop();
    let placemat = placemat_of(&workshop);
    assert_eq!(
        placemat.field_notes().count(),
        GROUPS * PERSONS * NOTES_PER_FIELD
    );
    let average_chars = placemat
        .field_notes()
        .map(|n| n.text.chars().count())
        .sum::<usize>() as f64
        / figures.notes as f64;
    let themes = placemat.linked_themes();
    let groups_per_theme: Vec<usize> = themes.iter().map(|t| t.groups).collect();

    // The stored size: the envelope the repository writes, as the app stores it.
    let backend = MemoryBackend::new();
    let mut repo = Repository::new(backend.clone());
    repo.save(&workshop, 3, || unreachable!("one tab"), "")
        .expect("no quota set");
    // The workshop's key and its parts' keys, joined.
    let stored: String = backend
        .keys()
        .expect("memory backend")
        .iter()
        .map(|key| {
            backend
                .get(key)
                .expect("memory backend")
                .unwrap_or_default()
        })
        .collect();
    // Read now: the add-and-save runs below make the stored workshop grow.
    let used = backend.used();
    let reopened = Repository::new(backend.clone())
        .load_all::<Workshop>(4)
        .expect("memory backend")
        .entities
        .remove(0);
    assert_eq!(
        reopened, workshop,
        "the stored text holds the whole workshop"
    );
    let json = serde_json::to_string(&workshop).expect("serialises");

    let (clone, clone_min) = time(RUNS, |_| {
        black_box(workshop.clone());
    });
    let (serialise, serialise_min) = time(RUNS, |_| {
        black_box(serde_json::to_string(&workshop).expect("serialises"));
    });
    let (save, save_min) = time(RUNS, |i| {
        repo.save(&workshop, 10 + i as i64, || unreachable!("one tab"), "")
            .expect("no quota set");
    });
    let (load, load_min) = time(RUNS, |_| {
        let mut fresh = Repository::new(backend.clone());
        let loaded = fresh.load_all::<Workshop>(100).expect("memory backend");
        assert_eq!(black_box(loaded.entities).len(), 1);
    });
    // Last, as they make the placemat grow by one note per run (two fields
    // of 30 + 50 notes each, within the 200 a field holds).
    let (group_id, seat_ids) = {
        let group = &placemat_of(&workshop).groups[7];
        (group.id, [group.seats[2].id, group.seats[3].id])
    };
    let late = "Nog een late gedachte: de koffie was goed, de gesprekken beter.";
    let (add, add_min) = time(RUNS, |i| {
        workshop
            .change_activity::<Placemat, _>(id_of(ACTIVITY), 200 + i as i64, |p| {
                p.add_note(group_id, seat_ids[0], id_of(&short(4_000_000 + i)), late)
            })
            .expect("valid note");
    });
    // What the app does for every note: the change, then the save (which
    // serialises the workshop into its envelope and writes it).
    let (add_save, add_save_min) = time(RUNS, |i| {
        workshop
            .change_activity::<Placemat, _>(id_of(ACTIVITY), 300 + i as i64, |p| {
                p.add_note(group_id, seat_ids[1], id_of(&short(5_000_000 + i)), late)
            })
            .expect("valid note");
        repo.save(&workshop, 300 + i as i64, || unreachable!("one tab"), "")
            .expect("no quota set");
    });

    println!(
        "placemat benchmark: 1 workshop with 1 placemat session of {GROUPS} groups × {PERSONS} persons × {NOTES_PER_FIELD} notes (native, memory backend)"
    );
    println!(
        "  field notes:           {:>9}  (average {average_chars:.1} characters; {} marks)",
        figures.notes, figures.marks
    );
    println!(
        "  middles:               {:>9}  notes ({MIDDLE_PER_GROUP} per group; {} linked into {THEMES} themes, named by {groups_per_theme:?} groups)",
        figures.middle, figures.linked
    );
    println!(
        "  stored workshop:       {:>9} B as UTF-8, {} B as UTF-16 (envelopes as the repository writes them)",
        stored.len(),
        stored.encode_utf16().count() * 2
    );
    println!(
        "  in localStorage:       {:>9} B as UTF-16 (key and value; localStorage holds about 5 MB)",
        used * 2
    );
    println!(
        "  workshop JSON alone:   {:>9} B as UTF-8, {} B as UTF-16 (serde_json::to_string)",
        json.len(),
        json.encode_utf16().count() * 2
    );
    let line = |what: &str, (median, min): (Duration, Duration)| {
        println!(
            "  {what:<22} {:>9.2} ms median, {:>7.2} ms min (of {RUNS})",
            ms(median),
            ms(min)
        );
    };
    line("add one note:", (add, add_min));
    line("add one note + save:", (add_save, add_save_min));
    line("clone the workshop:", (clone, clone_min));
    line("serialise to JSON:", (serialise, serialise_min));
    line("save (repository):", (save, save_min));
    line("load (repository):", (load, load_min));
}

/// The placemat of the benchmark's workshop.
fn placemat_of(workshop: &Workshop) -> &Placemat {
    workshop
        .activity(id_of(ACTIVITY))
        .and_then(|a| a.form::<Placemat>())
        .expect("the placemat")
}
