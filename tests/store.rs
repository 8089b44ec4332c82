//! The repository over the in-memory backend: round trips, corrupt values, a full
//! quota, migrations of old documents, a new workshop schema for each new kind of
//! work form, and two tabs writing the same workshop (one of them maybe newer).

mod common;

use common::id_of;

use serde_json::{json, Value};
use werktafel::forms::FormKind;
use werktafel::model::{IsoDate, Settings, Workshop, WorkshopDraft, Workshops};
use werktafel::store::{
    entity_key, stored_language, Backend, BackendError, DecodeError, Deleted, Entity, Envelope,
    LoadProblem, MemoryBackend, Reloaded, Repository, StoreError, QUARANTINE_PREFIX, SETTINGS_ID,
};

const SUFFIX: &str = " (uit ander tabblad)";

fn workshop(id: &str, title: &str) -> Workshop {
    let draft = WorkshopDraft {
        title: title.into(),
        date: "2026-11-23".into(),
        place: "Zaal 2".into(),
        ..Default::default()
    };
    Workshop::create(&draft, id_of(id), 100).unwrap()
}

fn ids(counter: &mut u32) -> impl FnMut() -> String + '_ {
    move || {
        *counter += 1;
        format!("copy-{counter}")
    }
}

type Repo = Repository<MemoryBackend>;

/// Two tabs on one storage: tab A saved `w`, then tab B loaded everything.
fn two_tabs_after_saving(w: &Workshop) -> (MemoryBackend, Repo, Repo) {
    let backend = MemoryBackend::new();
    let mut tab_a = Repository::new(backend.clone());
    let mut tab_b = Repository::new(backend.clone());
    save(&mut tab_a, w).unwrap();
    tab_b.load_all::<Workshop>(1).unwrap();
    (backend, tab_a, tab_b)
}

fn save(repo: &mut Repository<MemoryBackend>, w: &Workshop) -> Result<u64, StoreError> {
    let mut n = 0;
    let mut next = ids(&mut n);
    repo.save(w, 1, &mut next, SUFFIX).map(|s| s.rev)
}

#[test]
fn saved_workshops_load_back_equal() {
    let backend = MemoryBackend::new();
    let mut repo = Repository::new(backend.clone());
    let (a, b) = (workshop("a", "Eerste"), workshop("b", "Tweede"));
    save(&mut repo, &a).unwrap();
    save(&mut repo, &b).unwrap();

    let mut fresh = Repository::new(backend);
    let loaded = fresh.load_all::<Workshop>(2).unwrap();
    assert!(loaded.problems.is_empty());
    assert_eq!(loaded.entities, vec![a, b]);
}

#[test]
fn every_value_is_an_envelope_under_its_own_key() {
    let backend = MemoryBackend::new();
    let mut repo = Repository::new(backend.clone());
    save(&mut repo, &workshop("a", "Eerste")).unwrap();
    let text = backend.get("werktafel:v1:workshop:a").unwrap().unwrap();
    let envelope = Envelope::parse(&text).unwrap();
    assert_eq!(
        (envelope.schema, envelope.rev),
        (Workshop::STORED_SCHEMA, 1)
    );
    assert_eq!(envelope.data["title"], "Eerste");
    assert_eq!(backend.keys().unwrap(), vec!["werktafel:v1:workshop:a"]);
}

#[test]
fn each_save_raises_the_revision() {
    let mut repo = Repository::new(MemoryBackend::new());
    let mut w = workshop("a", "Eerste");
    assert_eq!(save(&mut repo, &w).unwrap(), 1);
    w.title = "Anders".into();
    assert_eq!(save(&mut repo, &w).unwrap(), 2);
}

#[test]
fn a_corrupt_value_is_quarantined_and_the_rest_still_loads() {
    let mut backend = MemoryBackend::new();
    let mut repo = Repository::new(backend.clone());
    save(&mut repo, &workshop("a", "Goed")).unwrap();
    backend
        .set("werktafel:v1:workshop:kapot", "{niet json")
        .unwrap();
    backend
        .set(
            "werktafel:v1:workshop:vreemd",
            r#"{"schema":2,"rev":1,"saved_at":0,"data":{"title":5}}"#,
        )
        .unwrap();

    let mut fresh = Repository::new(backend.clone());
    let loaded = fresh.load_all::<Workshop>(77).unwrap();
    assert_eq!(loaded.entities.len(), 1);
    assert_eq!(loaded.problems.len(), 2);
    for problem in &loaded.problems {
        assert!(matches!(
            problem,
            LoadProblem::Quarantined {
                moved_to: Some(_),
                ..
            }
        ));
    }
    assert_eq!(backend.get("werktafel:v1:workshop:kapot").unwrap(), None);
    let kept = fresh.quarantined().unwrap();
    assert_eq!(kept.len(), 2);
    assert!(kept.iter().any(|q| q.text == "{niet json"
        && q.key == format!("{QUARANTINE_PREFIX}77:werktafel:v1:workshop:kapot")));
}

#[test]
fn a_corrupt_value_that_cannot_be_moved_stays_where_it_is() {
    let mut backend = MemoryBackend::new();
    backend
        .set("werktafel:v1:workshop:kapot", "{niet json")
        .unwrap();
    backend.set_quota(Some(backend.used()));
    let mut repo = Repository::new(backend.clone());
    let loaded = repo.load_all::<Workshop>(1).unwrap();
    assert!(matches!(
        loaded.problems.as_slice(),
        [LoadProblem::Quarantined { moved_to: None, .. }]
    ));
    assert_eq!(
        backend
            .get("werktafel:v1:workshop:kapot")
            .unwrap()
            .as_deref(),
        Some("{niet json")
    );
}

#[test]
fn a_full_quota_fails_the_save_and_keeps_the_stored_value() {
    let backend = MemoryBackend::new();
    let mut repo = Repository::new(backend.clone());
    let mut w = workshop("a", "Kort");
    save(&mut repo, &w).unwrap();
    let before = backend.get("werktafel:v1:workshop:a").unwrap();
    backend.set_quota(Some(backend.used() + 10));

    w.title = "Een veel langere titel die niet meer past".into();
    assert_eq!(
        save(&mut repo, &w),
        Err(StoreError::Backend(BackendError::QuotaExceeded))
    );
    assert_eq!(backend.get("werktafel:v1:workshop:a").unwrap(), before);

    // Once there is room again, the same save goes through.
    backend.set_quota(None);
    assert_eq!(save(&mut repo, &w).unwrap(), 2);
    let mut fresh = Repository::new(backend);
    assert_eq!(fresh.load_all::<Workshop>(1).unwrap().entities, vec![w]);
}

/// A stored workshop (a fixture of an older schema) under `key`, loaded at
/// start-up without a problem: the storage, the repository and the workshop.
fn load_fixture(key: &str, text: &str) -> (MemoryBackend, Repo, Workshop) {
    let mut backend = MemoryBackend::new();
    backend.set(key, text).unwrap();
    let mut repo = Repository::new(backend.clone());
    let mut loaded = repo.load_all::<Workshop>(1).unwrap();
    assert!(loaded.problems.is_empty(), "{:?}", loaded.problems);
    assert_eq!(loaded.entities.len(), 1);
    (backend, repo, loaded.entities.remove(0))
}

/// Saves `w` and returns the schema and revision stored under `key`.
fn saved_again(backend: &MemoryBackend, repo: &mut Repo, w: &Workshop, key: &str) -> (u32, u64) {
    save(repo, w).unwrap();
    let stored = Envelope::parse(&backend.get(key).unwrap().unwrap()).unwrap();
    (stored.schema, stored.rev)
}

#[test]
fn a_schema_1_workshop_is_migrated_on_load() {
    let key = "werktafel:v1:workshop:2b0c6f1e-6f1a-4c53-9a55-0d6a1f3c2e10";
    let (backend, mut repo, w) = load_fixture(key, include_str!("fixtures/workshop_v1.json"));
    assert_eq!(w.title, "Regio-overleg cliëntondersteuning");
    assert_eq!(w.date, IsoDate::new(2025, 11, 27));
    assert_eq!(w.facilitator, "");
    assert_eq!(w.updated_at, w.created_at);

    // The next save writes the current schema and continues the revision.
    let rev = save(&mut repo, &w).unwrap();
    assert_eq!(rev, 5);
    let stored = Envelope::parse(&backend.get(key).unwrap().unwrap()).unwrap();
    assert_eq!(stored.schema, Workshop::STORED_SCHEMA);
    assert_eq!(stored.data["activities"], serde_json::json!([]));
    assert_eq!(stored.data["date"], "2025-11-27");
}

#[test]
fn a_schema_1_date_that_is_no_date_is_kept_in_the_goal() {
    let (_, _, w) = load_fixture(
        "werktafel:v1:workshop:7d3e1c55-0b7e-4d1e-8a4b-2f6c9e0a1b22",
        include_str!("fixtures/workshop_v1_bad_date.json"),
    );
    assert_eq!(w.date, None);
    assert_eq!(w.goal, "Wat ga jij zelf bijdragen?\n(ergens in maart)");
}

#[test]
fn a_value_from_a_newer_app_is_left_alone_and_not_overwritten() {
    let mut backend = MemoryBackend::new();
    let newer = r#"{"schema":99,"rev":3,"saved_at":0,"data":{"id":"a","shape":"unknown"}}"#;
    backend.set("werktafel:v1:workshop:a", newer).unwrap();
    let mut repo = Repository::new(backend.clone());
    let loaded = repo.load_all::<Workshop>(1).unwrap();
    assert_eq!(
        loaded.problems,
        vec![LoadProblem::TooNew {
            key: "werktafel:v1:workshop:a".into(),
            schema: 99
        }]
    );
    assert_eq!(
        save(&mut repo, &workshop("a", "Oud")),
        Err(StoreError::NewerInStorage(99))
    );
    assert_eq!(
        backend.get("werktafel:v1:workshop:a").unwrap().as_deref(),
        Some(newer)
    );
}

#[test]
fn the_key_decides_the_id_when_they_disagree() {
    let mut backend = MemoryBackend::new();
    let mut repo = Repository::new(backend.clone());
    save(&mut repo, &workshop("a", "Eerste")).unwrap();
    let text = backend.get("werktafel:v1:workshop:a").unwrap().unwrap();
    backend.set("werktafel:v1:workshop:b", &text).unwrap();
    let loaded = Repository::new(backend).load_all::<Workshop>(1).unwrap();
    let mut ids: Vec<&str> = loaded.entities.iter().map(|w| w.id.as_str()).collect();
    ids.sort();
    assert_eq!(ids, ["a", "b"]);
}

#[test]
fn two_tabs_editing_one_workshop_keep_both_versions() {
    let original = workshop("a", "Origineel");
    let (backend, mut tab_a, mut tab_b) = two_tabs_after_saving(&original);
    let mut seen_by_b = original.clone();

    let mut by_a = original.clone();
    by_a.title = "Versie A".into();
    save(&mut tab_a, &by_a).unwrap();

    // Tab B still holds revision 1 and saves its own edit.
    seen_by_b.title = "Versie B".into();
    let mut n = 0;
    let saved = tab_b.save(&seen_by_b, 5, ids(&mut n), SUFFIX).unwrap();
    let copy = saved.kept_copy.expect("tab A's version is kept");
    assert_eq!(copy.title, "Versie A (uit ander tabblad)");
    assert_eq!(copy.id, id_of("copy-1"));
    assert_eq!(saved.rev, 3);

    let mut titles: Vec<String> = Repository::new(backend)
        .load_all::<Workshop>(1)
        .unwrap()
        .entities
        .into_iter()
        .map(|w| w.title)
        .collect();
    titles.sort();
    assert_eq!(titles, ["Versie A (uit ander tabblad)", "Versie B"]);
}

#[test]
fn a_reload_after_another_tab_saved_shows_its_version() {
    let mut w = workshop("a", "Een");
    let (_backend, mut tab_a, mut tab_b) = two_tabs_after_saving(&w);
    assert_eq!(
        tab_b.reload::<Workshop>("a", 1).unwrap(),
        Reloaded::Unchanged
    );

    w.title = "Twee".into();
    save(&mut tab_a, &w).unwrap();
    assert_eq!(
        tab_b.reload::<Workshop>("a", 1).unwrap(),
        Reloaded::Changed(w.clone())
    );
    // After the reload tab B saves without a conflict.
    let mut n = 0;
    assert_eq!(
        tab_b.save(&w, 1, ids(&mut n), SUFFIX).unwrap().kept_copy,
        None
    );

    assert_eq!(
        tab_a.reload::<Workshop>("a", 1).unwrap(),
        Reloaded::Changed(w)
    );
    tab_a.delete::<Workshop>("a").unwrap();
    assert_eq!(tab_b.reload::<Workshop>("a", 1).unwrap(), Reloaded::Removed);
}

#[test]
fn deleting_what_another_tab_just_changed_keeps_it() {
    let mut w = workshop("a", "Een");
    let (backend, mut tab_a, mut tab_b) = two_tabs_after_saving(&w);
    w.title = "Nog bezig".into();
    save(&mut tab_a, &w).unwrap();

    assert_eq!(
        tab_b.delete::<Workshop>("a").unwrap(),
        Deleted::KeptNewer(w)
    );
    assert!(backend.get(&entity_key("workshop", "a")).unwrap().is_some());
    // Now that tab B has seen it, its delete goes through.
    assert_eq!(tab_b.delete::<Workshop>("a").unwrap(), Deleted::Done);
    assert!(backend.get(&entity_key("workshop", "a")).unwrap().is_none());
}

#[test]
fn settings_round_trip_as_a_single_entity() {
    let backend = MemoryBackend::new();
    let mut repo = Repository::new(backend.clone());
    let settings = Settings {
        language: werktafel::model::Language::En,
        last_exported_at: Some(42),
        invite_address: Some("https://werktafel.example/".into()),
    };
    let mut n = 0;
    repo.save(&settings, 1, ids(&mut n), SUFFIX).unwrap();
    // The phone's page reads the language alone from the stored text.
    let stored = backend
        .get(&entity_key("settings", SETTINGS_ID))
        .unwrap()
        .unwrap();
    assert_eq!(
        stored_language(&stored),
        Some(werktafel::model::Language::En)
    );
    let mut fresh = Repository::new(backend);
    assert_eq!(
        fresh.load_one::<Settings>(SETTINGS_ID, 1).unwrap(),
        Reloaded::Changed(settings)
    );
}

#[test]
fn the_language_alone_is_read_only_from_settings_this_app_can_open() {
    let text = |schema: u32, data: Value| {
        json!({ "schema": schema, "rev": 1, "saved_at": 1, "data": data }).to_string()
    };
    assert_eq!(
        stored_language(&text(1, json!({ "language": "en" }))),
        Some(werktafel::model::Language::En)
    );
    assert_eq!(
        stored_language(&text(1, json!({}))),
        Some(werktafel::model::Language::Nl)
    );
    assert_eq!(stored_language(&text(2, json!({ "language": "en" }))), None);
    assert_eq!(stored_language(&text(1, json!({ "language": "fr" }))), None);
    assert_eq!(stored_language("geen json"), None);
}

#[test]
fn erase_removes_only_the_apps_keys() {
    let mut backend = MemoryBackend::new();
    backend.set("andere-app", "blijft").unwrap();
    let mut repo = Repository::new(backend.clone());
    save(&mut repo, &workshop("a", "Weg")).unwrap();
    backend.set("werktafel:quarantine:1:x", "oud").unwrap();
    repo.erase_everything().unwrap();
    assert_eq!(backend.keys().unwrap(), vec!["andere-app"]);
}

#[test]
fn units_used_counts_utf16_of_the_apps_keys_only() {
    let mut backend = MemoryBackend::new();
    backend.set("andere-app", "1234567890").unwrap();
    let mut repo = Repository::new(backend.clone());
    assert_eq!(repo.units_used().unwrap(), 0);
    save(&mut repo, &workshop("a", "Eén")).unwrap();
    let text = backend.get("werktafel:v1:workshop:a").unwrap().unwrap();
    let expected = "werktafel:v1:workshop:a".len() + text.encode_utf16().count();
    assert_eq!(repo.units_used().unwrap(), expected);
}

#[test]
fn workshops_from_storage_are_listed_newest_first() {
    let mut a = workshop("a", "Oud");
    a.created_at = 1;
    let mut b = workshop("b", "Nieuw");
    b.created_at = 2;
    let list = Workshops::from_loaded(vec![a, b]);
    assert_eq!(list.all()[0].title, "Nieuw");
}

#[test]
fn settings_saved_by_two_tabs_keep_the_latest_without_a_copy() {
    let backend = MemoryBackend::new();
    let mut tab_a = Repository::new(backend.clone());
    let mut tab_b = Repository::new(backend.clone());
    let mut n = 0;
    let english = Settings {
        language: werktafel::model::Language::En,
        last_exported_at: None,
        ..Default::default()
    };
    tab_a.save(&english, 1, ids(&mut n), SUFFIX).unwrap();
    let exported = Settings {
        language: werktafel::model::Language::Nl,
        last_exported_at: Some(7),
        ..Default::default()
    };
    let saved = tab_b.save(&exported, 2, ids(&mut n), SUFFIX).unwrap();
    assert_eq!(saved.kept_copy, None);
    assert_eq!(saved.rev, 2);
    assert_eq!(
        backend.keys().unwrap(),
        vec!["werktafel:v1:settings:device"]
    );
    assert_eq!(
        Repository::new(backend)
            .load_one::<Settings>(SETTINGS_ID, 3)
            .unwrap(),
        Reloaded::Changed(exported)
    );
}

#[test]
fn a_schema_2_workshop_gets_an_empty_list_of_activities() {
    let (_, _, w) = load_fixture(
        "werktafel:v1:workshop:5e9d2a40-3c1b-4f7e-9d2a-8b6c4e1f0a33",
        include_str!("fixtures/workshop_v2.json"),
    );
    assert_eq!(w.title, "Wereldcafé wijk Oost");
    assert_eq!(w.facilitator, "Anna");
    assert_eq!(w.updated_at, 1763950000000);
    assert!(w.activities.is_empty());
}

#[test]
fn a_persona_with_a_photo_and_revisions_round_trips_through_storage() {
    use werktafel::model::{example_personas, Avatar, Persona};
    let (mut fields, _) = example_personas().remove(0);
    let photo = Avatar::Photo {
        data_url: format!("data:image/jpeg;base64,{}", "QUJD".repeat(100)),
    };
    let mut persona = Persona::create(&fields, photo, id_of("p"), 1).unwrap();
    fields.question = "Een nieuwe hulpvraag".into();
    let avatar = persona.avatar.clone();
    persona.apply(&fields, avatar, "na het panel", 2).unwrap();

    let backend = MemoryBackend::new();
    let mut repo = Repository::new(backend.clone());
    repo.save(&persona, 3, || "copy".into(), " (kopie)")
        .unwrap();
    let loaded = Repository::new(backend)
        .load_all::<Persona>(4)
        .unwrap()
        .entities;
    assert_eq!(loaded, vec![persona]);
}

#[test]
fn a_stored_envelope_with_its_data_first_is_still_seen_as_changed_by_another_tab() {
    let original = workshop("a", "Origineel");
    let (mut backend, _tab_a, mut tab_b) = two_tabs_after_saving(&original);
    // Another writer put `data` before `rev`: the revision is read from the whole text.
    let mut theirs = serde_json::to_value(&original).unwrap();
    theirs["title"] = "Van elders".into();
    let text = format!(
        r#"{{"data":{},"saved_at":9,"rev":7,"schema":3}}"#,
        serde_json::to_string(&theirs).unwrap()
    );
    backend.set("werktafel:v1:workshop:a", &text).unwrap();

    let mut mine = original.clone();
    mine.title = "Van mij".into();
    let mut n = 0;
    let saved = tab_b.save(&mine, 10, ids(&mut n), SUFFIX).unwrap();
    assert_eq!(saved.rev, 8);
    let copy = saved.kept_copy.expect("their version is kept");
    assert_eq!(copy.title, "Van elders (uit ander tabblad)");
}

#[test]
fn a_schema_3_workshop_keeps_its_persona_test_and_is_saved_as_the_current_schema() {
    use werktafel::forms::persona_test::PersonaTest;
    let key = "werktafel:v1:workshop:7a1c3e50-2b4d-4f6a-8c9e-0d1f2a3b4c5d";
    let (backend, mut repo, w) = load_fixture(key, include_str!("fixtures/workshop_v3.json"));
    let test = w.activities[0].form::<PersonaTest>().unwrap();
    assert_eq!(test.municipalities[0].name, "Zeist");
    assert_eq!(test.answers[0].score, Some(4));

    assert_eq!(
        saved_again(&backend, &mut repo, &w, key),
        (Workshop::STORED_SCHEMA, 5)
    );
}

#[test]
fn a_schema_4_workshop_keeps_its_cafe_and_is_saved_as_schema_8() {
    use werktafel::forms::cafe::Cafe;
    use werktafel::model::NoteKind;
    let key = "werktafel:v1:workshop:c4fe0000-1111-4222-8333-444455556666";
    let (backend, mut repo, w) = load_fixture(key, include_str!("fixtures/workshop_v4.json"));
    let cafe = w.activities[0].form::<Cafe>().unwrap();
    let notes: Vec<_> = cafe
        .notes()
        .map(|p| (p.note.kind, p.note.text.as_str()))
        .collect();
    assert_eq!(
        notes,
        [
            (NoteKind::Idea, "Het buurthuis"),
            (NoteKind::Question, "Wie doet mee?")
        ]
    );
    assert!(cafe.notes().all(|p| p.note.marks.is_empty()));
    assert_eq!(
        cafe.previous_summary(id_of("t1"), 1),
        Some("Veel buren kennen elkaar")
    );

    assert_eq!(
        saved_again(&backend, &mut repo, &w, key),
        (Workshop::STORED_SCHEMA, 10)
    );
}

#[test]
fn a_conflict_copy_that_did_not_fit_is_still_kept_on_the_next_try() {
    let original = workshop("a", "Origineel");
    let (backend, mut tab_a, mut tab_b) = two_tabs_after_saving(&original);
    let mut by_a = original.clone();
    by_a.title = "Versie A".into();
    save(&mut tab_a, &by_a).unwrap();

    // Tab B's save must first keep tab A's version, which does not fit.
    let mut by_b = original.clone();
    by_b.title = "Versie B".into();
    backend.set_quota(Some(backend.used()));
    let mut n = 0;
    assert!(tab_b.save(&by_b, 5, ids(&mut n), SUFFIX).is_err());

    backend.set_quota(None);
    let saved = tab_b.save(&by_b, 6, ids(&mut n), SUFFIX).unwrap();
    let copy = saved.kept_copy.expect("tab A's version is kept this time");
    assert_eq!(copy.title, "Versie A (uit ander tabblad)");
}

#[test]
fn a_tab_that_saved_last_skips_nothing_when_another_tab_wrote_since() {
    let original = workshop("a", "Origineel");
    let (_backend, mut tab_a, mut tab_b) = two_tabs_after_saving(&original);
    let mut by_b = original.clone();
    by_b.title = "Versie B".into();
    save(&mut tab_b, &by_b).unwrap();
    let mut by_b_again = by_b.clone();
    by_b_again.title = "Versie B2".into();
    // Tab B wrote last and nothing changed since: no copy.
    let mut n = 0;
    assert!(tab_b
        .save(&by_b_again, 5, ids(&mut n), SUFFIX)
        .unwrap()
        .kept_copy
        .is_none());

    // Tab A wrote before tab B: its next save keeps tab B's version.
    let mut by_a = original.clone();
    by_a.title = "Versie A".into();
    let kept = tab_a.save(&by_a, 6, ids(&mut n), SUFFIX).unwrap().kept_copy;
    assert_eq!(kept.unwrap().title, "Versie B2 (uit ander tabblad)");
}

/// Every key and value in a backend, to compare before and after.
fn contents(backend: &MemoryBackend) -> Vec<(String, String)> {
    let mut keys = backend.keys().unwrap();
    keys.sort();
    keys.into_iter()
        .map(|k| {
            let v = backend.get(&k).unwrap().unwrap();
            (k, v)
        })
        .collect()
}

#[test]
fn a_batch_that_meets_a_full_quota_is_taken_back_whole() {
    let backend = MemoryBackend::new();
    let mut repo = Repository::new(backend.clone());
    let mut first = workshop("w1", "Wijkavond");
    save(&mut repo, &first).unwrap();
    let before = contents(&backend);

    repo.begin_batch();
    first.title = "Wijkavond (nieuw)".into();
    save(&mut repo, &first).unwrap();
    save(&mut repo, &workshop("w2", "Regiodag")).unwrap();
    backend.set_quota(Some(backend.used() + 10));
    let refused = save(&mut repo, &workshop("w3", "Te veel"));
    assert_eq!(
        refused,
        Err(StoreError::Backend(BackendError::QuotaExceeded))
    );
    repo.undo_batch().unwrap();

    assert_eq!(contents(&backend), before);
    // The tab goes on as before: its next save of w1 is not seen as a conflict.
    backend.set_quota(None);
    let mut counter = 0;
    let saved = repo.save(&first, 5, ids(&mut counter), SUFFIX).unwrap();
    assert_eq!((saved.rev, saved.kept_copy), (2, None));
}

#[test]
fn undoing_a_batch_takes_back_the_copy_a_conflict_kept_and_leaves_the_other_tabs_version() {
    let mut w = workshop("w1", "Wijkavond");
    let (backend, mut tab_a, mut tab_b) = two_tabs_after_saving(&w);
    let mut theirs = w.clone();
    theirs.title = "Wijkavond (tab B)".into();
    save(&mut tab_b, &theirs).unwrap();
    let before = contents(&backend);

    tab_a.begin_batch();
    w.title = "Wijkavond (import)".into();
    let mut counter = 0;
    let saved = tab_a.save(&w, 5, ids(&mut counter), SUFFIX).unwrap();
    assert!(
        saved.kept_copy.is_some(),
        "tab B's version was kept as a copy"
    );
    tab_a.undo_batch().unwrap();

    assert_eq!(contents(&backend), before);
    // Tab B's version is still seen as another tab's: saving again keeps it.
    let saved = tab_a.save(&w, 6, ids(&mut counter), SUFFIX).unwrap();
    assert_eq!(
        saved.kept_copy.unwrap().title,
        "Wijkavond (tab B) (uit ander tabblad)"
    );
}

#[test]
fn a_batch_ended_keeps_what_it_wrote_and_deletes_are_taken_back_too() {
    let backend = MemoryBackend::new();
    let mut repo = Repository::new(backend.clone());
    save(&mut repo, &workshop("w1", "Wijkavond")).unwrap();
    let before = contents(&backend);
    repo.begin_batch();
    assert_eq!(repo.delete::<Workshop>("w1"), Ok(Deleted::Done));
    repo.undo_batch().unwrap();
    assert_eq!(contents(&backend), before);

    repo.begin_batch();
    save(&mut repo, &workshop("w2", "Regiodag")).unwrap();
    repo.end_batch();
    // Nothing is open any more: an undo changes nothing.
    repo.undo_batch().unwrap();
    assert_eq!(contents(&backend).len(), 2);
}

#[test]
fn a_batch_that_meets_a_value_another_tab_wrote_and_this_one_cannot_read_is_undone_whole() {
    let backend = MemoryBackend::new();
    let mut repo = Repository::new(backend.clone());
    save(&mut repo, &workshop("w0", "Blijft")).unwrap();
    backend
        .clone()
        .set(&entity_key(Workshop::KIND, "w1"), "{niet json")
        .unwrap();
    let before = contents(&backend);

    repo.begin_batch();
    save(&mut repo, &workshop("w2", "Nieuw")).unwrap();
    assert!(matches!(
        save(&mut repo, &workshop("w1", "Over het kapotte heen")),
        Err(StoreError::UnreadableInStorage(DecodeError::NotJson(_)))
    ));
    repo.undo_batch().unwrap();
    assert_eq!(contents(&backend), before);
    assert!(!contents(&backend)
        .iter()
        .any(|(k, _)| k.starts_with(QUARANTINE_PREFIX)));
}

#[test]
fn a_schema_5_workshop_keeps_its_placemat_and_is_saved_as_schema_8() {
    use werktafel::forms::placemat::Placemat;
    let key = "werktafel:v1:workshop:a5a50000-1111-4222-8333-444455556666";
    let (backend, mut repo, w) = load_fixture(key, include_str!("fixtures/workshop_v5.json"));
    assert!(w.prompts.is_empty());
    assert_eq!(w.check_stored(), Ok(()));
    let placemat = w.activities[0].form::<Placemat>().unwrap();
    assert_eq!(placemat.groups[0].seats[0].notes[0].marks, [id_of("s2")]);
    assert_eq!(placemat.linked_themes()[0].groups, 1);

    assert_eq!(
        saved_again(&backend, &mut repo, &w, key),
        (Workshop::STORED_SCHEMA, 5)
    );
    assert!(!backend.get(key).unwrap().unwrap().contains("prompts"));
}

#[test]
fn a_schema_6_workshop_keeps_its_open_question_and_is_saved_as_the_current_schema() {
    use werktafel::forms::open_question::OpenQuestion;
    use werktafel::forms::persona_test::PersonaTest;
    let key = "werktafel:v1:workshop:0a6e0000-1111-4222-8333-444455556666";
    let (backend, mut repo, w) = load_fixture(key, include_str!("fixtures/workshop_v6.json"));
    assert_eq!(w.check_stored(), Ok(()));
    let test = w.activities[0].form::<PersonaTest>().unwrap();
    assert_eq!(test.answers[0].score, Some(3));
    let open = w.activities[1].form::<OpenQuestion>().unwrap();
    assert_eq!(open.question, "Wat neem je mee naar huis?");
    let replies: Vec<_> = open
        .replies
        .iter()
        .map(|r| (r.text.as_str(), r.name.as_str()))
        .collect();
    assert_eq!(
        replies,
        [
            ("Energie", ""),
            ("Nieuwe contacten", "Sam"),
            ("Een plan voor januari", "Sam")
        ]
    );
    assert_eq!(w.prompts[0].answers.len(), 1);

    assert_eq!(
        saved_again(&backend, &mut repo, &w, key),
        (Workshop::STORED_SCHEMA, 8)
    );
}

/// The kinds of activity each workshop schema knows, oldest first. This is
/// history: an entry is never changed. A new kind of work form gets a new entry
/// with the next schema, and a migration step to it, so that a tab still running
/// the older app leaves a workshop holding the new kind alone (as too new)
/// instead of setting it aside as unreadable. Schema 6 added questions to
/// phones, no kind; the open question came before its step and got schema 7.
/// Schema 8 added the programme (draaiboek), no kind.
const KINDS_BY_SCHEMA: &[(u32, &[&str])] = &[
    (3, &["persona_test"]),
    (4, &["persona_test", "cafe"]),
    (5, &["persona_test", "cafe", "placemat"]),
    (7, &["persona_test", "cafe", "placemat", "open_question"]),
];

/// The stored `kind` of every kind of work form the registry names (the same
/// list `ActivityBody` is made from), sorted: this needs no change when a kind
/// is added.
fn activity_kinds() -> Vec<String> {
    let mut kinds: Vec<String> = FormKind::ALL
        .iter()
        .map(|kind| kind.stored_name().to_string())
        .collect();
    kinds.sort();
    kinds
}

#[test]
fn a_new_kind_of_activity_comes_with_a_new_workshop_schema() {
    let (newest, known) = KINDS_BY_SCHEMA.last().unwrap();
    let mut listed: Vec<String> = known.iter().map(|k| k.to_string()).collect();
    listed.sort();
    assert_eq!(
        activity_kinds(),
        listed,
        "the kinds of activity changed: raise Workshop::SCHEMA with a step in \
         src/store/migrations.rs and a fixture, and add an entry to KINDS_BY_SCHEMA"
    );
    assert!(
        *newest <= Workshop::SCHEMA,
        "the newest entry of KINDS_BY_SCHEMA is at most the schema this app writes"
    );
    assert_eq!(Workshop::MIGRATIONS.len() as u32, Workshop::SCHEMA - 1);
    for pair in KINDS_BY_SCHEMA.windows(2) {
        let [(older, older_kinds), (newer, newer_kinds)] = pair else {
            unreachable!("windows of two")
        };
        assert!(newer > older, "schema {newer} follows {older}");
        assert!(
            newer_kinds.len() > older_kinds.len()
                && older_kinds.iter().all(|k| newer_kinds.contains(k)),
            "schema {newer} keeps the kinds of {older} and adds one"
        );
    }
}

/// A stored envelope of workshop `id` that this app cannot open: `change`
/// makes it so.
fn unreadable_envelope(id: &str, rev: u64, change: impl FnOnce(&mut Value)) -> String {
    let mut envelope = json!({
        "schema": Workshop::SCHEMA,
        "rev": rev,
        "saved_at": 9,
        "data": serde_json::to_value(workshop(id, "Van een nieuwere versie")).unwrap(),
    });
    change(&mut envelope);
    envelope.to_string()
}

fn quarantine_keys(backend: &MemoryBackend) -> Vec<String> {
    let mut keys = backend.keys().unwrap();
    keys.retain(|k| k.starts_with(QUARANTINE_PREFIX));
    keys
}

/// Another tab, running a newer version, writes workshop `a` in a form this
/// tab cannot open (`change` makes it so). Checks that this tab leaves it byte
/// for byte where it is, with nothing set aside, when it reloads the key and
/// when it then tries to save or delete its own version; returns the reason
/// the reload gave and the refusal of the save.
fn left_alone_after_another_tab_wrote(
    change: impl FnOnce(&mut Value),
) -> (DecodeError, StoreError) {
    let mine = workshop("a", "Origineel");
    let (mut backend, _tab_a, mut tab_b) = two_tabs_after_saving(&mine);
    let key = entity_key(Workshop::KIND, "a");
    let theirs = unreadable_envelope("a", 2, change);
    backend.set(&key, &theirs).unwrap();
    let untouched = |backend: &MemoryBackend| {
        assert_eq!(backend.get(&key).unwrap().as_deref(), Some(theirs.as_str()));
        assert_eq!(quarantine_keys(backend), Vec::<String>::new());
    };

    let reason = match tab_b.reload::<Workshop>("a", 5).unwrap() {
        Reloaded::Problem(LoadProblem::FromNewerTab {
            key: problem_key,
            reason,
        }) if problem_key == key => reason,
        other => panic!("{other:?}"),
    };
    untouched(&backend);

    let refusal = save(&mut tab_b, &mine).unwrap_err();
    assert_eq!(tab_b.delete::<Workshop>("a"), Err(refusal.clone()));
    untouched(&backend);
    (reason, refusal)
}

#[test]
fn a_kind_of_work_form_another_tab_wrote_that_this_tab_does_not_know_is_left_alone() {
    let (reason, refusal) = left_alone_after_another_tab_wrote(|envelope| {
        envelope["data"]["activities"] = json!([{
            "id": "kaart1", "created_at": 1, "updated_at": 1, "kind": "op_de_kaart", "plekken": []
        }]);
    });
    assert!(
        matches!(&reason, DecodeError::BadData(why) if why.contains("op_de_kaart")),
        "{reason:?}"
    );
    assert_eq!(refusal, StoreError::UnreadableInStorage(reason));
}

#[test]
fn a_newer_schema_another_tab_wrote_is_left_alone() {
    let (reason, refusal) =
        left_alone_after_another_tab_wrote(|envelope| envelope["schema"] = 99.into());
    assert_eq!(
        reason,
        DecodeError::TooNew {
            found: 99,
            supported: Workshop::STORED_SCHEMA
        }
    );
    assert_eq!(refusal, StoreError::NewerInStorage(99));
}

#[test]
fn at_start_up_what_cannot_be_read_is_still_set_aside_and_a_newer_schema_left_alone() {
    let mut backend = MemoryBackend::new();
    let unknown_kind = unreadable_envelope("kaart", 1, |envelope| {
        envelope["data"]["activities"] = json!([{
            "id": "kaart1", "created_at": 1, "updated_at": 1, "kind": "op_de_kaart"
        }]);
    });
    let too_new = unreadable_envelope("later", 1, |envelope| envelope["schema"] = 99.into());
    backend
        .set("werktafel:v1:workshop:kapot", "{niet json")
        .unwrap();
    backend
        .set("werktafel:v1:workshop:kaart", &unknown_kind)
        .unwrap();
    backend
        .set("werktafel:v1:workshop:later", &too_new)
        .unwrap();

    let loaded = Repository::new(backend.clone())
        .load_all::<Workshop>(77)
        .unwrap();
    let problems: Vec<(&str, bool)> = loaded
        .problems
        .iter()
        .map(|problem| match problem {
            LoadProblem::Quarantined {
                key,
                moved_to: Some(_),
                ..
            } => (key.as_str(), true),
            LoadProblem::TooNew { key, schema: 99 } => (key.as_str(), false),
            other => panic!("{other:?}"),
        })
        .collect();
    assert_eq!(
        problems,
        [
            ("werktafel:v1:workshop:kaart", true),
            ("werktafel:v1:workshop:kapot", true),
            ("werktafel:v1:workshop:later", false)
        ]
    );
    assert_eq!(
        quarantine_keys(&backend),
        [
            format!("{QUARANTINE_PREFIX}77:werktafel:v1:workshop:kaart"),
            format!("{QUARANTINE_PREFIX}77:werktafel:v1:workshop:kapot")
        ]
    );
    assert_eq!(
        backend
            .get("werktafel:v1:workshop:later")
            .unwrap()
            .as_deref(),
        Some(too_new.as_str())
    );
}

#[test]
fn text_that_is_no_envelope_another_tab_wrote_is_left_alone_too() {
    let (mut backend, _tab_a, mut tab_b) = two_tabs_after_saving(&workshop("a", "Heel"));
    backend.set("werktafel:v1:workshop:a", "{half").unwrap();
    assert!(matches!(
        tab_b.reload::<Workshop>("a", 5).unwrap(),
        Reloaded::Problem(LoadProblem::FromNewerTab {
            reason: DecodeError::NotJson(_),
            ..
        })
    ));
    assert_eq!(
        backend.get("werktafel:v1:workshop:a").unwrap().as_deref(),
        Some("{half")
    );
    assert!(quarantine_keys(&backend).is_empty());
}
