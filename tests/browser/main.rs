//! Storage against the browser's real localStorage, in headless Chromium
//! (`wasm-bindgen-test`). Run by `make test`; natively this file is empty.
#![cfg(target_arch = "wasm32")]

#[path = "../common/mod.rs"]
mod common;

use common::id_of;
use wasm_bindgen_test::*;
use werktafel::forms::cafe::Cafe;
use werktafel::forms::placemat::{Phase, Placemat};
use werktafel::forms::ActivityBody;
use werktafel::model::{
    example_personas, Avatar, GroupId, NoteId, NoteKind, Persona, RoundId, SeatId, TableId,
    Workshop, WorkshopDraft,
};
use werktafel::platform::local_storage::LocalStorageBackend;
use werktafel::store::{
    Backend, BackendError, LoadProblem, PartKey, Repository, StoreError, QUARANTINE_PREFIX,
};

wasm_bindgen_test_configure!(run_in_browser);

const FILLER_KEY: &str = "test-filler";

fn local_storage() -> web_sys::Storage {
    web_sys::window().unwrap().local_storage().unwrap().unwrap()
}

/// Each test starts from an empty localStorage.
fn fresh_repository() -> Repository<LocalStorageBackend> {
    local_storage().clear().unwrap();
    Repository::new(LocalStorageBackend::open())
}

fn workshop(id: &str, title: &str) -> Workshop {
    let draft = WorkshopDraft {
        title: title.into(),
        date: "2026-11-23".into(),
        ..Default::default()
    };
    Workshop::create(&draft, id_of(id), 1).unwrap()
}

fn save(repo: &mut Repository<LocalStorageBackend>, w: &Workshop) -> Result<u64, StoreError> {
    repo.save(w, 2, || "copy".to_string(), " (kopie)")
        .map(|s| s.rev)
}

/// Fills localStorage until even one more character does not fit.
fn fill_to_quota() {
    let storage = local_storage();
    let mut filler = String::new();
    let mut chunk = 1 << 20;
    while chunk >= 1 {
        let attempt = format!("{filler}{}", "x".repeat(chunk));
        if storage.set_item(FILLER_KEY, &attempt).is_ok() {
            filler = attempt;
        } else {
            chunk /= 2;
        }
    }
}

#[wasm_bindgen_test]
fn example_personas_with_a_photo_and_revisions_round_trip_through_local_storage() {
    let mut repo = fresh_repository();
    let mut personas = Vec::new();
    for (i, (fields, avatar)) in example_personas().into_iter().enumerate() {
        let mut persona = Persona::create(&fields, avatar, id_of(&format!("p{i}")), 1).unwrap();
        let mut changed = fields.clone();
        changed.quote = format!("{} (bijgewerkt)", fields.quote);
        let photo = Avatar::Photo {
            data_url: format!("data:image/jpeg;base64,{}", "QUJD".repeat(20_000)),
        };
        persona.apply(&changed, photo, "na het panel", 2).unwrap();
        repo.save(&persona, 3, || "copy".to_string(), " (kopie)")
            .unwrap();
        personas.push(persona);
    }
    let mut other_tab = Repository::new(LocalStorageBackend::open());
    let mut loaded = other_tab.load_all::<Persona>(4).unwrap();
    assert!(loaded.problems.is_empty());
    loaded.entities.sort_by_key(|p| p.id);
    assert_eq!(loaded.entities, personas);
    assert_eq!(loaded.entities[0].revisions.len(), 2);
}

#[wasm_bindgen_test]
fn workshops_round_trip_through_local_storage() {
    let mut repo = fresh_repository();
    let a = workshop("a", "Wereldcafé in de wijk");
    let b = workshop("b", "Placemat \"samen\" <verder>");
    save(&mut repo, &a).unwrap();
    save(&mut repo, &b).unwrap();

    let raw = local_storage()
        .get_item("werktafel:v1:workshop:a")
        .unwrap()
        .unwrap();
    let schema = format!(
        "\"schema\":{}",
        <Workshop as werktafel::store::Entity>::STORED_SCHEMA
    );
    assert!(raw.contains(&schema) && raw.contains("Wereldcafé in de wijk"));

    let mut other_tab = Repository::new(LocalStorageBackend::open());
    let loaded = other_tab.load_all::<Workshop>(3).unwrap();
    assert!(loaded.problems.is_empty());
    assert_eq!(loaded.entities, vec![a, b]);
}

/// A workshop with a café of 30 tables × 5 rounds × 40 notes.
fn workshop_with_large_cafe() -> Workshop {
    let mut next = 0;
    let mut cafe = Cafe::new(
        vec!["Luister om te begrijpen.".into()],
        |i| format!("Tafel {}", i + 1),
        || {
            next += 1;
            format!("id{next}")
        },
    );
    let mut extra = 0;
    cafe.set_round_count(
        5,
        || {
            extra += 1;
            format!("r{extra}")
        },
        0,
    )
    .unwrap();
    for (index, round) in cafe.rounds.iter_mut().enumerate() {
        round.question = format!("Vraag {index}");
    }
    cafe.set_table_count(
        30,
        {
            let mut n = 100;
            move || {
                n += 1;
                format!("t{n}")
            }
        },
        |i| format!("Tafel {}", i + 1),
    )
    .unwrap();
    let rounds: Vec<RoundId> = cafe.rounds.iter().map(|r| r.id).collect();
    let tables: Vec<TableId> = cafe.tables.iter().map(|t| t.id).collect();
    let mut note = 0;
    for table in &tables {
        for round in &rounds {
            for _ in 0..40 {
                note += 1;
                let text =
                    format!("Notitie {note}: meer uitleg over cliëntondersteuning in de wijk");
                cafe.add_note(
                    *table,
                    *round,
                    id_of(&format!("{note:012x}")),
                    NoteKind::Idea,
                    &text,
                )
                .unwrap();
            }
            cafe.set_summary(*table, *round, "Samenvatting van de gastvrouw.")
                .unwrap();
        }
    }
    let mut workshop = workshop("cafe", "Regio-overleg");
    workshop
        .add_activity(ActivityBody::Cafe(cafe), id_of("act"), 2)
        .unwrap();
    workshop
}

#[wasm_bindgen_test]
fn a_cafe_with_six_thousand_notes_round_trips_through_local_storage() {
    let mut repo = fresh_repository();
    let workshop = workshop_with_large_cafe();
    save(&mut repo, &workshop).unwrap();

    let mut other_tab = Repository::new(LocalStorageBackend::open());
    let loaded = other_tab.load_all::<Workshop>(3).unwrap();
    assert!(loaded.problems.is_empty());
    assert_eq!(loaded.entities, vec![workshop.clone()]);
    let cafe = loaded.entities[0]
        .activity(id_of("act"))
        .unwrap()
        .form::<Cafe>()
        .unwrap();
    assert_eq!(cafe.notes().count(), 6000);
}

/// A workshop with a placemat of 20 groups × 6 persons × 30 notes, a mark on
/// every tenth note, a theme in each middle and one theme shared by all groups.
fn workshop_with_large_placemat() -> Workshop {
    let mut next = 0;
    let mut new_id = move || {
        next += 1;
        format!("p{next}")
    };
    let mut placemat = Placemat::new(|i| format!("Groep {}", i + 1), &mut new_id);
    placemat
        .set_group_count(20, &mut new_id, |i| format!("Groep {}", i + 1))
        .unwrap();
    placemat.set_person_count(6, &mut new_id).unwrap();
    placemat
        .set_question("Wat kun jij zelf bijdragen?")
        .unwrap();
    placemat.start_phase(Phase::Individual, 1).unwrap();
    let seats: Vec<(GroupId, Vec<SeatId>)> = placemat
        .groups
        .iter()
        .map(|g| (g.id, g.seats.iter().map(|s| s.id).collect()))
        .collect();
    let mut note = 0;
    for (group, group_seats) in &seats {
        for seat in group_seats {
            for _ in 0..30 {
                note += 1;
                let text = format!("Notitie {note}: samen optrekken met de wijkverpleging");
                placemat
                    .add_note(*group, *seat, id_of(&format!("n{note:07}")), &text)
                    .unwrap();
            }
        }
    }
    placemat.start_phase(Phase::Sharing, 2).unwrap();
    for (index, (_, group_seats)) in seats.iter().enumerate() {
        let first_note = format!("n{:07}", index * 180 + 1);
        placemat
            .toggle_mark(id_of(&first_note), group_seats[1])
            .unwrap();
    }
    placemat.start_phase(Phase::Plenary, 3).unwrap();
    placemat
        .add_linked_theme(id_of("th1"), "Samenwerken")
        .unwrap();
    for (index, (group, _)) in seats.iter().enumerate() {
        let id = format!("m{index}");
        placemat
            .add_to_middle(*group, id_of(&id), "Samen werken")
            .unwrap();
        placemat.link(id_of(&id), Some(id_of("th1"))).unwrap();
    }
    let mut workshop = workshop("placemat", "Regiodag");
    workshop
        .add_activity(ActivityBody::Placemat(placemat), id_of("act"), 4)
        .unwrap();
    workshop
}

#[wasm_bindgen_test]
fn a_placemat_with_3600_notes_marks_and_a_shared_theme_round_trips_through_local_storage() {
    let mut repo = fresh_repository();
    let workshop = workshop_with_large_placemat();
    save(&mut repo, &workshop).unwrap();

    let mut other_tab = Repository::new(LocalStorageBackend::open());
    let loaded = other_tab.load_all::<Workshop>(5).unwrap();
    assert!(loaded.problems.is_empty());
    assert_eq!(loaded.entities, vec![workshop.clone()]);
    let placemat = loaded.entities[0]
        .activity(id_of("act"))
        .unwrap()
        .form::<Placemat>()
        .unwrap();
    assert_eq!(placemat.field_notes().count(), 3600);
    assert_eq!(
        placemat
            .field_notes()
            .filter(|n| !n.marks.is_empty())
            .count(),
        20
    );
    assert_eq!(placemat.phase, Some(Phase::Plenary));
    assert_eq!(placemat.linked_themes()[0].groups, 20);
}

#[wasm_bindgen_test]
fn a_cafe_changed_in_another_tab_is_kept_as_a_copy_before_this_tab_writes() {
    let mut repo = fresh_repository();
    let mut mine = workshop_with_large_cafe();
    save(&mut repo, &mine).unwrap();

    let mut other_tab = Repository::new(LocalStorageBackend::open());
    let mut theirs = other_tab
        .load_all::<Workshop>(3)
        .unwrap()
        .entities
        .remove(0);
    theirs
        .change_activity(id_of("act"), 4, |c: &mut Cafe| {
            c.edit_note(
                id_of("000000000001"),
                NoteKind::Question,
                "Van de andere tab",
            )
        })
        .unwrap();
    other_tab
        .save(&theirs, 4, || "other".into(), " (kopie)")
        .unwrap();

    // The same table as the other tab's note: both versions are kept.
    mine.change_activity(id_of("act"), 5, |c: &mut Cafe| {
        let (table, round) = (c.tables[0].id, c.rounds[0].id);
        c.set_summary(table, round, "Van deze tab")
    })
    .unwrap();
    let saved = repo
        .save(&mine, 5, || "kept".into(), " (uit ander tabblad)")
        .unwrap();
    let kept = saved.kept_copy.expect("the other tab's version is kept");
    assert_eq!(kept.id, id_of("kept"));
    let kept_note = kept
        .activity(id_of("act"))
        .unwrap()
        .form::<Cafe>()
        .unwrap()
        .notes()
        .find(|n| n.note.id == id_of("000000000001"))
        .unwrap()
        .note
        .text
        .clone();
    assert_eq!(kept_note, "Van de andere tab");
    let loaded = Repository::new(LocalStorageBackend::open())
        .load_all::<Workshop>(6)
        .unwrap();
    assert_eq!(loaded.entities.len(), 2);
}

#[wasm_bindgen_test]
fn a_full_quota_fails_the_save_and_keeps_the_stored_value() {
    let mut repo = fresh_repository();
    let mut w = workshop("a", "Voor de volle opslag");
    save(&mut repo, &w).unwrap();
    let before = local_storage().get_item("werktafel:v1:workshop:a").unwrap();

    fill_to_quota();
    w.title = "Na de volle opslag, met een langere titel".into();
    let result = save(&mut repo, &w);
    let after = local_storage().get_item("werktafel:v1:workshop:a").unwrap();
    local_storage().remove_item(FILLER_KEY).unwrap();

    assert_eq!(
        result,
        Err(StoreError::Backend(BackendError::QuotaExceeded))
    );
    assert_eq!(after, before);
    // With room again, the same save goes through.
    assert_eq!(save(&mut repo, &w).unwrap(), 2);
}

#[wasm_bindgen_test]
fn a_corrupt_value_is_quarantined_and_the_others_load() {
    let mut repo = fresh_repository();
    save(&mut repo, &workshop("a", "Heel")).unwrap();
    local_storage()
        .set_item("werktafel:v1:workshop:kapot", "{niet json")
        .unwrap();

    let mut fresh = Repository::new(LocalStorageBackend::open());
    let loaded = fresh.load_all::<Workshop>(55).unwrap();
    assert_eq!(loaded.entities.len(), 1);
    assert!(matches!(
        loaded.problems.as_slice(),
        [LoadProblem::Quarantined {
            moved_to: Some(_),
            ..
        }]
    ));
    assert_eq!(
        local_storage()
            .get_item("werktafel:v1:workshop:kapot")
            .unwrap(),
        None
    );
    let moved = format!("{QUARANTINE_PREFIX}55:werktafel:v1:workshop:kapot");
    assert_eq!(
        local_storage().get_item(&moved).unwrap().as_deref(),
        Some("{niet json")
    );
    assert_eq!(fresh.quarantined().unwrap().len(), 1);
}

#[wasm_bindgen_test]
fn the_backend_lists_and_removes_keys() {
    let _ = fresh_repository();
    let mut backend = LocalStorageBackend::open();
    backend.set("werktafel:v1:workshop:x", "1").unwrap();
    backend.set("andere-app", "2").unwrap();
    let mut keys = backend.keys().unwrap();
    keys.sort();
    assert_eq!(keys, ["andere-app", "werktafel:v1:workshop:x"]);
    backend.remove("werktafel:v1:workshop:x").unwrap();
    assert_eq!(backend.get("werktafel:v1:workshop:x").unwrap(), None);
}

/// The keys of the app's parts in localStorage.
fn part_keys() -> Vec<String> {
    LocalStorageBackend::open()
        .keys()
        .unwrap()
        .into_iter()
        .filter(|key| PartKey::parse(key).is_some())
        .collect()
}

#[wasm_bindgen_test]
fn a_large_cafe_and_placemat_are_stored_a_table_and_a_group_per_key() {
    let mut repo = fresh_repository();
    save(&mut repo, &workshop_with_large_cafe()).unwrap();
    assert_eq!(part_keys().len(), 30, "one key per table");
    save(&mut repo, &workshop_with_large_placemat()).unwrap();
    assert_eq!(part_keys().len(), 30 + 20, "and one per group");
    let loaded = Repository::new(LocalStorageBackend::open())
        .load_all::<Workshop>(3)
        .unwrap();
    assert!(loaded.problems.is_empty());
    assert_eq!(loaded.entities.len(), 2);
}

#[wasm_bindgen_test]
fn a_full_quota_halfway_through_a_save_of_many_parts_leaves_the_last_saved_cafe() {
    let mut repo = fresh_repository();
    let saved = workshop_with_large_cafe();
    save(&mut repo, &saved).unwrap();
    let per_part = repo.units_used().unwrap() / 31;

    // A note changed at every table: thirty parts to write.
    let mut changed = saved.clone();
    changed
        .change_activity(id_of("act"), 4, |c: &mut Cafe| {
            let firsts: Vec<NoteId> = c.tables.iter().map(|t| t.cloths[0].notes[0].id).collect();
            firsts
                .into_iter()
                .try_for_each(|id| c.edit_note(id, NoteKind::Question, "Veranderd"))
        })
        .unwrap();
    fill_to_quota();
    let storage = local_storage();
    let filler = storage.get_item(FILLER_KEY).unwrap().unwrap();
    let room = filler.len().saturating_sub(15 * per_part);
    storage.set_item(FILLER_KEY, &filler[..room]).unwrap();

    let result = save(&mut repo, &changed);
    assert_eq!(
        result,
        Err(StoreError::Backend(BackendError::QuotaExceeded))
    );
    assert_eq!(
        part_keys().len(),
        30,
        "the parts this save wrote are gone again"
    );
    let loaded = Repository::new(LocalStorageBackend::open())
        .load_all::<Workshop>(5)
        .unwrap();
    storage.remove_item(FILLER_KEY).unwrap();
    assert!(loaded.problems.is_empty());
    assert_eq!(loaded.entities, vec![saved]);

    // With room again, the same save goes through.
    save(&mut repo, &changed).unwrap();
    let loaded = Repository::new(LocalStorageBackend::open())
        .load_all::<Workshop>(6)
        .unwrap();
    assert_eq!(loaded.entities, vec![changed]);
    assert_eq!(part_keys().len(), 30);
}
