//! Benchmark: a large wereldcafé in one workshop (30 tables × 5 rounds × 40 notes,
//! a summary per table per round, 10 themes, 20 actions): its stored size and how
//! long adding a note, serialising and saving take (native, memory backend).
//! Prints figures; it asserts nothing about time.
//! Run with `make bench` (or `cargo bench --bench cafe`).

mod common;
mod handover_figures;
mod transfer_figures;

use common::{id_of, ids, ms, short, time, uuid};
use std::hint::black_box;
use std::time::Duration;
use werktafel::forms::cafe::Cafe;
use werktafel::forms::ActivityBody;
use werktafel::model::{
    ActionDraft, NoteBoard, NoteKind, RoundId, TableId, Workshop, WorkshopDraft,
};
use werktafel::store::{Backend, MemoryBackend, Repository};

const TABLES: usize = 30;
const ROUNDS: usize = 5;
const NOTES_PER_CLOTH: usize = 40;
const THEMES: usize = 10;
const ACTIONS: usize = 20;
const RUNS: usize = 50;
const ACTIVITY: &str = "0000cafe-0000-4000-8000-000000000000";

/// What participants write on a tablecloth: short and long, about 60 characters.
const SENTENCES: [&str; 20] = [
    "Meer tijd voor een echt gesprek aan de keukentafel.",
    "Eén vast aanspreekpunt in de wijk, met een gezicht en een naam.",
    "Cliëntondersteuning is bij veel inwoners nog onbekend, ook bij huisartsen.",
    "Wachtlijsten zijn te lang, vooral voor jeugdhulp en beschermd wonen.",
    "Vrijwilligers beter opleiden en waarderen, bijvoorbeeld met een jaarlijkse avond.",
    "Wie betaalt de reiskosten als het loket alleen in de stad zit?",
    "De buurtkamer werkt als laagdrempelige ingang voor jong en oud.",
    "Formulieren in begrijpelijke taal (B1), ook op de website van de gemeente.",
    "Samenwerking tussen wijkteam en schuldhulp kan beter.",
    "Ouderen durven niet om hulp te vragen uit angst hun zelfstandigheid te verliezen.",
    "Spreekuur in de bibliotheek op zaterdag.",
    "Hoe bereiken we mensen die geen internet hebben?",
    "Ervaringsdeskundigen inzetten bij het eerste gesprek.",
    "Mantelzorgers raken overbelast; respijtzorg is lastig te vinden.",
    "Korte lijnen met de woningcorporatie.",
    "Jongeren zoeken hulp via sociale media, niet via het loket.",
    "Een warme overdracht in plaats van alleen een telefoonnummer.",
    "Tolken zijn niet altijd beschikbaar, dus familie vertaalt.",
    "Laat inwoners zelf meebeslissen over het budget voor de wijk.",
    "Evalueer over een half jaar samen met de deelnemers van vandaag.",
];

const THEME_NAMES: [&str; THEMES] = [
    "Bereikbaarheid",
    "Bekendheid",
    "Vrijwilligers",
    "Mantelzorg",
    "Taal en formulieren",
    "Samenwerking",
    "Jongeren",
    "Ouderen",
    "Wonen",
    "Meedoen en meebeslissen",
];

const OWNERS: [&str; 5] = [
    "Anna de Vries",
    "Mohamed el Amrani",
    "Wijkteam Noord",
    "Gemeente, team Sociaal Domein",
    "Sanne",
];

fn table_name(index: usize) -> String {
    format!("Tafel {}", index + 1)
}

struct Figures {
    notes: usize,
    grouped: usize,
    key: usize,
    summaries: usize,
}

fn large_cafe() -> (Cafe, Figures) {
    let rules = vec![
        "Focus op wat ertoe doet".to_string(),
        "Draag je ideeën bij".to_string(),
        "Luister om te begrijpen".to_string(),
        "Verbind ideeën met elkaar".to_string(),
        "Teken en schrijf op het tafelkleed".to_string(),
    ];
    let mut new_id = ids(1_000_000);
    let mut cafe = Cafe::new(rules, table_name, &mut new_id);
    cafe.set_table_count(TABLES, &mut new_id, table_name)
        .expect("30 tables");
    cafe.set_round_count(ROUNDS, &mut new_id, 0)
        .expect("5 rounds");
    for r in 0..ROUNDS {
        let id = cafe.rounds[r].id;
        cafe.set_question(
            id,
            &format!(
                "Ronde {}: wat hebben inwoners nodig om op tijd de juiste ondersteuning te vinden?",
                r + 1
            ),
        )
        .expect("valid question");
    }
    let table_ids: Vec<TableId> = cafe.tables.iter().map(|t| t.id).collect();
    let round_ids: Vec<RoundId> = cafe.rounds.iter().map(|r| r.id).collect();
    let mut note_ids = Vec::new();
    let mut summaries = 0;
    for (t, table_id) in table_ids.iter().enumerate() {
        cafe.set_table(*table_id, &table_name(t), OWNERS[t % OWNERS.len()])
            .expect("valid table");
        for (r, round_id) in round_ids.iter().enumerate() {
            for i in 0..NOTES_PER_CLOTH {
                let n = note_ids.len();
                let text = SENTENCES[(t * 7 + r * 3 + i) % SENTENCES.len()];
                let kind = NoteKind::ALL[(n / 3) % NoteKind::ALL.len()];
                cafe.add_note(*table_id, *round_id, id_of(&short(n)), kind, text)
                    .expect("valid note");
                note_ids.push(short(n));
            }
            let summary = format!(
                "Aan tafel {} in ronde {} ging het vooral over {}. {} Volgende groep: kijk vooral naar wat al werkt.",
                t + 1,
                r + 1,
                THEME_NAMES[(t + r) % THEMES].to_lowercase(),
                SENTENCES[(t + r * 5) % SENTENCES.len()],
            );
            cafe.set_summary(*table_id, *round_id, &summary)
                .expect("valid summary");
            summaries += 1;
        }
    }
    let theme_ids: Vec<String> = (0..THEMES).map(|i| short(2_000_000 + i)).collect();
    for (id, name) in theme_ids.iter().zip(THEME_NAMES) {
        cafe.harvest_mut()
            .add_theme(id_of(id), name)
            .expect("valid theme");
    }
    // Two of every three notes grouped; one in 25 marked as a key insight.
    let (mut grouped, mut key) = (0, 0);
    for (n, note) in cafe.notes_mut().enumerate() {
        if n % 3 != 0 {
            note.theme = Some(id_of(&theme_ids[n % THEMES].clone()));
            grouped += 1;
        }
        if n % 25 == 0 {
            note.key = true;
            key += 1;
        }
    }
    for a in 0..ACTIONS {
        let note = &note_ids[a * 293 % note_ids.len()];
        let draft = ActionDraft {
            text: format!(
                "{} Uitwerken en terugkoppelen aan de deelnemers.",
                SENTENCES[a % SENTENCES.len()]
            ),
            owner: OWNERS[a % OWNERS.len()].to_string(),
            due: format!("2026-{:02}-{:02}", 9 + a % 4, 1 + a),
        };
        cafe.note_to_action(id_of(note), id_of(&short(3_000_000 + a)), &draft)
            .expect("valid action");
    }
    let figures = Figures {
        notes: note_ids.len(),
        grouped,
        key,
        summaries,
    };
    (cafe, figures)
}

fn large_workshop() -> (Workshop, Figures) {
    let draft = WorkshopDraft {
        title: "Regio-overleg cliëntondersteuning: wereldcafé".into(),
        date: "2026-11-23".into(),
        place: "Gemeentehuis, zaal 2".into(),
        goal: "Samen kijken wat inwoners merken van cliëntondersteuning. ".repeat(4),
        facilitator: "Anna de Vries".into(),
    };
    let mut workshop = Workshop::create(&draft, id_of(&uuid(9_000_000)), 1).expect("valid draft");
    let (cafe, figures) = large_cafe();
    workshop
        .add_activity(ActivityBody::Cafe(cafe), id_of(ACTIVITY), 2)
        .expect("new id");
    (workshop, figures)
}

fn main() {
    let (mut workshop, figures) = large_workshop();
    let cafe = workshop
        .activity(id_of(ACTIVITY))
        .and_then(|a| a.form::<Cafe>())
        .expect("the café");
    assert_eq!(cafe.notes().count(), TABLES * ROUNDS * NOTES_PER_CLOTH);
    let average_chars = cafe
        .notes()
        .map(|p| p.note.text.chars().count())
        .sum::<usize>() as f64
        / figures.notes as f64;
    let actions = cafe.harvest.actions.len();

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
    // Last, as it makes the café grow by one note per run.
    let cafe = workshop
        .activity(id_of(ACTIVITY))
        .and_then(|a| a.form::<Cafe>())
        .expect("the café");
    let (table_id, round_id) = (cafe.tables[7].id, cafe.rounds[2].id);
    let (add, add_min) = time(RUNS, |i| {
        workshop
            .change_activity::<Cafe, _>(id_of(ACTIVITY), 200 + i as i64, |c| {
                c.add_note(
                    table_id,
                    round_id,
                    id_of(&short(4_000_000 + i)),
                    NoteKind::Idea,
                    "Nog een late notitie: de koffie was goed, de gesprekken beter.",
                )
            })
            .expect("valid note");
    });

    println!(
        "café benchmark: 1 workshop with 1 café of {TABLES} tables × {ROUNDS} rounds × {NOTES_PER_CLOTH} notes (native, memory backend)"
    );
    println!(
        "  notes:                 {:>9}  (average {average_chars:.1} characters; {} grouped into {THEMES} themes, {} key; {} summaries, {actions} actions)",
        figures.notes, figures.grouped, figures.key, figures.summaries
    );
    println!(
        "  stored workshop:       {:>9} B as UTF-8, {} B as UTF-16 (envelopes as the repository writes them)",
        stored.len(),
        stored.encode_utf16().count() * 2
    );
    println!(
        "  in localStorage:       {:>9} B as UTF-16 (key and value; localStorage holds about 5 MB)",
        backend.used() * 2
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
    line("clone the workshop:", (clone, clone_min));
    line("serialise to JSON:", (serialise, serialise_min));
    line("save (repository):", (save, save_min));
    line("load (repository):", (load, load_min));
    transfer_figures::print_transfer(std::slice::from_ref(&workshop), &[], 10);
    handover_figures::print_handover(&workshop, 10);
}
