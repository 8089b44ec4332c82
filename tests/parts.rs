//! A workshop's large parts under keys of their own: a note changes and
//! writes only its table's part, the workshop's key names every part, two tabs writing
//! different tables both keep their notes, what an interrupted save or
//! migration leaves behind, and a property test that crashes the storage
//! between any two writes.

mod common;

use common::id_of;
use proptest::prelude::*;
use std::cell::Cell;
use std::collections::BTreeMap;
use std::rc::Rc;
use werktafel::forms::cafe::Cafe;
use werktafel::forms::placemat::{Phase, Placemat};
use werktafel::forms::{ActivityBody, WorkForm};
use werktafel::model::{NoteId, NoteKind, Part, Workshop, WorkshopDraft};
use werktafel::store::{
    entity_key, Backend, BackendError, Entity, Envelope, MemoryBackend, PartKey, Reloaded,
    Repository, Saved, SetAside, StoreError,
};

const SUFFIX: &str = " (uit ander tabblad)";

/// A workshop with a café of four tables and a placemat of three groups, started.
fn workshop() -> Workshop {
    let draft = WorkshopDraft {
        title: "Wijkavond".into(),
        ..Default::default()
    };
    let mut w = Workshop::create(&draft, id_of("w"), 1).unwrap();
    let mut n = 0;
    let mut id = move || {
        n += 1;
        format!("i{n}")
    };
    let cafe = Cafe::new(vec![], |i| format!("Tafel {}", i + 1), &mut id);
    w.add_activity(cafe.into_body(), id_of("cafe"), 1).unwrap();
    let mut placemat = Placemat::new(|i| format!("Groep {}", i + 1), &mut id);
    placemat.set_question("Wat is er nodig?").unwrap();
    placemat.start_phase(Phase::Individual, 1).unwrap();
    w.add_activity(ActivityBody::Placemat(placemat), id_of("mat"), 1)
        .unwrap();
    w
}

fn cafe(w: &Workshop) -> &Cafe {
    w.activity(id_of("cafe")).unwrap().form::<Cafe>().unwrap()
}

fn placemat(w: &Workshop) -> &Placemat {
    w.activity(id_of("mat"))
        .unwrap()
        .form::<Placemat>()
        .unwrap()
}

/// A note's id: its text, with dashes for spaces.
fn note_id(text: &str) -> NoteId {
    id_of(&text.replace(' ', "-"))
}

fn add_cafe_note(w: &mut Workshop, table: usize, note: &str) {
    let (table, round) = {
        let c = cafe(w);
        (c.tables[table].id, c.rounds[0].id)
    };
    w.change_activity::<Cafe, _>(id_of("cafe"), 2, |c| {
        c.add_note(table, round, note_id(note), NoteKind::Idea, note)
    })
    .unwrap();
}

fn add_placemat_note(w: &mut Workshop, group: usize, note: &str) {
    let (group, seat) = {
        let g = &placemat(w).groups[group];
        (g.id, g.seats[0].id)
    };
    w.change_activity::<Placemat, _>(id_of("mat"), 2, |p| {
        p.add_note(group, seat, note_id(note), note)
    })
    .unwrap();
}

fn save(repo: &mut Repository<impl Backend>, w: &Workshop) -> Result<Saved<Workshop>, StoreError> {
    let mut n = 0;
    repo.save(
        w,
        3,
        || {
            n += 1;
            format!("copy-{n}")
        },
        SUFFIX,
    )
}

/// The keys in storage that hold parts.
fn part_keys(backend: &MemoryBackend) -> Vec<PartKey> {
    backend
        .keys()
        .unwrap()
        .iter()
        .filter_map(|k| PartKey::parse(k))
        .collect()
}

fn load(backend: &MemoryBackend) -> Vec<Workshop> {
    let mut repo = Repository::new(backend.clone());
    let loaded = repo.load_all::<Workshop>(9).unwrap();
    assert!(loaded.problems.is_empty(), "{:?}", loaded.problems);
    loaded.entities
}

/// A backend that records every key written.
#[derive(Clone)]
struct Recording {
    inner: MemoryBackend,
    written: Rc<std::cell::RefCell<Vec<String>>>,
}

impl Backend for Recording {
    fn get(&self, key: &str) -> Result<Option<String>, BackendError> {
        self.inner.get(key)
    }
    fn set(&mut self, key: &str, value: &str) -> Result<(), BackendError> {
        self.written.borrow_mut().push(key.to_string());
        self.inner.set(key, value)
    }
    fn remove(&mut self, key: &str) -> Result<(), BackendError> {
        self.inner.remove(key)
    }
    fn keys(&self) -> Result<Vec<String>, BackendError> {
        self.inner.keys()
    }
}

#[test]
fn a_note_at_one_table_writes_that_tables_key_and_the_workshops_key_only() {
    let backend = MemoryBackend::new();
    let recording = Recording {
        inner: backend.clone(),
        written: Rc::default(),
    };
    let mut repo = Repository::new(recording.clone());
    let mut w = workshop();
    for table in 0..4 {
        add_cafe_note(&mut w, table, &format!("n{table}"));
    }
    save(&mut repo, &w).unwrap();
    recording.written.borrow_mut().clear();

    add_cafe_note(&mut w, 2, "op tafel 3");
    save(&mut repo, &w).unwrap();
    let written = recording.written.borrow().clone();
    let table = cafe(&w).tables[2].id;
    assert_eq!(written.len(), 2, "{written:?}");
    let part = PartKey::parse(&written[0]).expect("the part first");
    assert_eq!(
        (part.activity.as_str(), part.part.as_str()),
        ("cafe", table.as_str())
    );
    assert_eq!(written[1], entity_key("workshop", "w"), "the workshop last");

    // The old revision of table 3 is gone; every other table keeps its key.
    let parts = part_keys(&backend);
    assert_eq!(
        parts.len(),
        4,
        "four tables; empty groups stay inline: {parts:?}"
    );
    assert_eq!(load(&backend), vec![w]);
}

#[test]
fn a_part_is_the_same_as_its_clones_until_one_changes() {
    let part = Part::from(vec![1, 2]);
    let kept = part.clone();
    assert!(kept.same(&part));
    let mut changed = part.clone();
    changed.push(3);
    assert!(!changed.same(&part) && kept.same(&part));
    // Equal content made apart is not the same part.
    assert!(!Part::from(vec![1, 2]).same(&part));
}

#[test]
fn a_note_at_one_table_or_group_changes_that_part_alone() {
    let mut w = workshop();
    // What a view showed, kept while the form changes.
    let shown = w.clone();
    add_cafe_note(&mut w, 2, "op tafel 3");
    add_placemat_note(&mut w, 1, "in groep 2");
    let tables = cafe(&shown).tables.iter().zip(&cafe(&w).tables);
    let same_tables: Vec<bool> = tables.map(|(a, b)| a.cloths.same(&b.cloths)).collect();
    assert_eq!(same_tables, [true, true, false, true]);
    let groups = || placemat(&shown).groups.iter().zip(&placemat(&w).groups);
    let same_fields: Vec<bool> = groups().map(|(a, b)| a.seats.same(&b.seats)).collect();
    assert_eq!(same_fields, [true, false, true]);
    assert!(groups().all(|(a, b)| a.middle.same(&b.middle)));
}

#[test]
fn the_workshops_key_names_its_parts_and_holds_the_rest() {
    let backend = MemoryBackend::new();
    let mut repo = Repository::new(backend.clone());
    let mut w = workshop();
    add_cafe_note(&mut w, 0, "eerste");
    save(&mut repo, &w).unwrap();
    let text = backend.get(&entity_key("workshop", "w")).unwrap().unwrap();
    let envelope = Envelope::parse(&text).unwrap();
    assert_eq!(envelope.schema, Workshop::STORED_SCHEMA);
    assert!(!text.contains("eerste"), "the note is in its table's key");
    let named: Vec<_> = envelope.parts.iter().map(|p| p.activity.as_str()).collect();
    assert_eq!(
        named,
        ["cafe"],
        "the one table with notes; empty parts stay inline"
    );
    // The split keeps the document: a backup names the document's schema,
    // one under the stored one.
    assert_eq!(Workshop::STORED_SCHEMA, Workshop::SCHEMA + 1);
}

/// Two tabs over one storage, each holding the same saved workshop: the
/// storage, tab A and its copy, tab B and the copy it read.
fn two_tabs() -> (
    MemoryBackend,
    Repository<MemoryBackend>,
    Workshop,
    Repository<MemoryBackend>,
    Workshop,
) {
    let backend = MemoryBackend::new();
    let mut tab_a = Repository::new(backend.clone());
    let original = workshop();
    save(&mut tab_a, &original).unwrap();
    let mut tab_b = Repository::new(backend.clone());
    let by_b = tab_b.load_all::<Workshop>(1).unwrap().entities.remove(0);
    (backend, tab_a, original, tab_b, by_b)
}

#[test]
fn two_tabs_writing_at_two_tables_both_keep_their_notes_without_a_copy() {
    let (backend, mut tab_a, mut by_a, mut tab_b, mut by_b) = two_tabs();
    add_cafe_note(&mut by_a, 0, "van A");
    save(&mut tab_a, &by_a).unwrap();
    add_cafe_note(&mut by_b, 1, "van B");
    add_placemat_note(&mut by_b, 2, "ook van B");
    let saved = save(&mut tab_b, &by_b).unwrap();

    assert_eq!(saved.kept_copy, None);
    let merged = saved.merged.expect("both tabs' notes in one");
    let texts: Vec<_> = cafe(&merged).notes().map(|n| n.note.text.clone()).collect();
    assert_eq!(texts, ["van A", "van B"]);
    assert_eq!(load(&backend), vec![merged]);
}

#[test]
fn two_tabs_writing_at_the_same_table_keep_both_versions() {
    let (backend, mut tab_a, mut by_a, mut tab_b, mut by_b) = two_tabs();
    add_cafe_note(&mut by_a, 0, "van A");
    save(&mut tab_a, &by_a).unwrap();
    add_cafe_note(&mut by_b, 0, "van B");
    let saved = save(&mut tab_b, &by_b).unwrap();

    let copy = saved.kept_copy.expect("tab A's version kept as a copy");
    assert_eq!(copy.title, format!("Wijkavond{SUFFIX}"));
    assert_eq!(saved.merged, None);
    let mut stored = load(&backend);
    stored.sort_by_key(|w| w.id);
    assert_eq!(cafe(&stored[0]).notes().next().unwrap().note.text, "van A");
    assert_eq!(stored[1], by_b);
}

/// Every key and value in `backend`.
fn snapshot(backend: &MemoryBackend) -> BTreeMap<String, String> {
    let keys = backend.keys().unwrap();
    keys.into_iter()
        .map(|key| {
            let value = backend.get(&key).unwrap().unwrap();
            (key, value)
        })
        .collect()
}

/// A storage of its own holding `values`: a tab that has not yet heard of
/// what the others wrote since.
fn behind(values: &BTreeMap<String, String>) -> MemoryBackend {
    let mut backend = MemoryBackend::new();
    for (key, value) in values {
        backend.set(key, value).unwrap();
    }
    backend
}

/// What a tab that was behind (`from`, once `before`) wrote and removed,
/// done to `to` after the others' writes, as a browser passes it on.
fn pass_on(before: &BTreeMap<String, String>, from: &MemoryBackend, to: &MemoryBackend) {
    let mut to = to.clone();
    let after = snapshot(from);
    for (key, value) in &after {
        if before.get(key) != Some(value) {
            to.set(key, value).unwrap();
        }
    }
    for key in before.keys().filter(|key| !after.contains_key(*key)) {
        to.remove(key).unwrap();
    }
}

#[test]
fn two_tabs_saving_at_the_same_moment_before_either_heard_of_the_other_lose_nothing() {
    for (table_a, table_b) in [(0, 1), (0, 0)] {
        let (backend, mut tab_a, mut by_a, _, _) = two_tabs();
        let before = snapshot(&backend);
        let late = behind(&before);
        let mut tab_b = Repository::new(late.clone());
        let mut by_b = tab_b.load_all::<Workshop>(1).unwrap().entities.remove(0);
        add_cafe_note(&mut by_a, table_a, "van A");
        add_cafe_note(&mut by_b, table_b, "van B");
        let saved_a = save(&mut tab_a, &by_a).unwrap();
        let saved_b = save(&mut tab_b, &by_b).unwrap();
        // Neither saw the other: both wrote the same revision, B's last.
        assert_eq!((saved_a.rev, saved_a.kept_copy), (saved_b.rev, None));
        pass_on(&before, &late, &backend);

        let id = by_a.id.to_string();
        assert_eq!(
            tab_a.reload::<Workshop>(&id, 4).unwrap(),
            Reloaded::WrittenOver
        );
        let saved = save(&mut tab_a, &by_a).unwrap();
        let copy = saved.kept_copy.expect("tab B's version kept as a copy");
        assert_eq!(copy.title, format!("Wijkavond{SUFFIX}"));
        let mut notes: Vec<(String, String)> = load(&backend)
            .iter()
            .flat_map(|w| {
                cafe(w)
                    .notes()
                    .map(|n| (w.title.clone(), n.note.text.clone()))
                    .collect::<Vec<_>>()
            })
            .collect();
        notes.sort();
        let expected = [
            ("Wijkavond", "van A"),
            ("Wijkavond (uit ander tabblad)", "van B"),
        ];
        assert_eq!(notes, expected.map(|(t, n)| (t.to_string(), n.to_string())));
        // Saved again over its own write, tab A finds nothing new.
        assert_eq!(
            tab_a.reload::<Workshop>(&id, 5).unwrap(),
            Reloaded::Unchanged
        );
    }
}

#[test]
fn a_tab_that_read_another_tabs_newer_version_is_not_written_over() {
    let (_, mut tab_a, mut by_a, mut tab_b, mut by_b) = two_tabs();
    add_cafe_note(&mut by_b, 1, "van B");
    save(&mut tab_b, &by_b).unwrap();
    let id = by_a.id.to_string();
    let Reloaded::Changed(read) = tab_a.reload::<Workshop>(&id, 4).unwrap() else {
        panic!("tab B's version is news to tab A");
    };
    assert_eq!(read, by_b);
    assert_eq!(
        tab_a.reload::<Workshop>(&id, 5).unwrap(),
        Reloaded::Unchanged
    );
    by_a = read;
    add_cafe_note(&mut by_a, 0, "van A");
    assert_eq!(save(&mut tab_a, &by_a).unwrap().kept_copy, None);
}

/// A workshop with `add` done to it, saved once in an empty storage: the
/// storage and the workshop.
fn saved_with(add: impl FnOnce(&mut Workshop)) -> (MemoryBackend, Workshop) {
    let backend = MemoryBackend::new();
    let mut w = workshop();
    add(&mut w);
    save(&mut Repository::new(backend.clone()), &w).unwrap();
    (backend, w)
}

#[test]
fn a_part_that_does_not_read_is_set_aside_and_the_rest_opens() {
    let (mut backend, w) = saved_with(|w| {
        add_cafe_note(w, 0, "kwijt");
        add_cafe_note(w, 1, "blijft");
    });
    let table = cafe(&w).tables[0].id;
    let broken = part_keys(&backend)
        .into_iter()
        .find(|p| p.part == table.as_str())
        .unwrap()
        .key();
    backend.set(&broken, "{kapot").unwrap();

    let mut fresh = Repository::new(backend.clone());
    let loaded = fresh.load_all::<Workshop>(5).unwrap();
    assert_eq!(loaded.problems.len(), 1, "{:?}", loaded.problems);
    let texts: Vec<_> = cafe(&loaded.entities[0])
        .notes()
        .map(|n| n.note.text.clone())
        .collect();
    assert_eq!(texts, ["blijft"]);
    let aside = fresh.quarantined().unwrap();
    assert_eq!(aside.len(), 1);
    assert_eq!(aside[0].text, "{kapot");
}

#[test]
fn a_part_no_workshop_names_is_kept_as_an_orphan_and_never_written_over() {
    let (mut backend, w) = saved_with(|w| add_cafe_note(w, 0, "bewaard"));
    // An interrupted save: a newer revision of table 1 that no workshop names.
    let mut part = part_keys(&backend)
        .into_iter()
        .find(|p| p.activity == "cafe")
        .unwrap();
    part.rev = 2;
    let orphan = r#"{"schema":8,"rev":2,"saved_at":4,"data":[]}"#;
    backend.set(&part.key(), orphan).unwrap();

    let mut fresh = Repository::new(backend.clone());
    let mut loaded = fresh.load_all::<Workshop>(5).unwrap().entities;
    assert_eq!(loaded[0], w);
    let listed = fresh.quarantined().unwrap();
    assert_eq!(listed.len(), 1);
    assert_eq!(listed[0].key, part.key());

    add_cafe_note(&mut loaded[0], 0, "later");
    let saved = save(&mut fresh, &loaded[0]).unwrap();
    assert!(saved.rev > 2, "past the orphan's revision");
    assert_eq!(backend.get(&part.key()).unwrap().as_deref(), Some(orphan));
}

#[test]
fn the_values_set_aside_tell_an_orphan_part_from_an_unreadable_value() {
    let (mut backend, w) = saved_with(|w| {
        add_cafe_note(w, 0, "aan tafel 1");
        add_placemat_note(w, 1, "in groep 2");
    });
    // Group 2's part does not read; a newer revision of table 1 no workshop names.
    let group = placemat(&w).groups[1].id;
    let parts = part_keys(&backend);
    let broken = parts.iter().find(|p| p.part == group.as_str()).unwrap();
    backend.set(&broken.key(), "{kapot").unwrap();
    let mut orphan = parts.iter().find(|p| p.activity == "cafe").unwrap().clone();
    orphan.rev += 5;
    let orphan_text = r#"{"schema":8,"rev":6,"saved_at":4,"data":[]}"#;
    backend.set(&orphan.key(), orphan_text).unwrap();

    let mut fresh = Repository::new(backend.clone());
    fresh.load_all::<Workshop>(5).unwrap();
    let listed: Vec<_> = fresh
        .quarantined()
        .unwrap()
        .into_iter()
        .map(|value| (value.text, value.why))
        .collect();
    assert_eq!(
        listed,
        [
            ("{kapot".to_string(), SetAside::Unreadable),
            (orphan_text.to_string(), SetAside::Orphan(orphan.clone())),
        ]
    );
    // What the orphan names is found by the ids in its key: table 1 of the café.
    let form_of = |activity: &str| w.activity(id_of(activity)).unwrap().body.form();
    assert_eq!(form_of("cafe").part_name(&orphan.part), Some("Tafel 1"));
    assert_eq!(form_of("mat").part_name(&broken.part), Some("Groep 2"));
    assert_eq!(form_of("mat").part_name("geen-groep"), None);
}

/// A schema-7 workshop with a café whose tables hold notes.
const WORKSHOP_V7: &str = include_str!("fixtures/workshop_v7.json");
const V7_KEY: &str = "werktafel:v1:workshop:c7c70000-1111-4222-8333-444455556666";

#[test]
fn a_schema_7_workshop_is_split_on_its_next_save() {
    let mut backend = MemoryBackend::new();
    backend.set(V7_KEY, WORKSHOP_V7).unwrap();
    let before = load(&backend).remove(0);
    let notes = before.activities[0].form::<Cafe>().unwrap().notes().count();
    assert_eq!(notes, 3);

    let mut repo = Repository::new(backend.clone());
    let w = repo.load_all::<Workshop>(1).unwrap().entities.remove(0);
    save(&mut repo, &w).unwrap();
    let envelope = Envelope::parse(&backend.get(V7_KEY).unwrap().unwrap()).unwrap();
    assert_eq!(
        (envelope.schema, envelope.parts.len()),
        (Workshop::STORED_SCHEMA, 2)
    );
    assert_eq!(load(&backend), vec![before]);
}

/// A backend that stops writing after `left` writes, as a tab that is closed.
#[derive(Clone)]
struct CrashAfter {
    inner: MemoryBackend,
    left: Rc<Cell<usize>>,
}

impl CrashAfter {
    fn write(&self) -> Result<(), BackendError> {
        match self.left.get() {
            0 => Err(BackendError::Unavailable("closed".into())),
            left => {
                self.left.set(left - 1);
                Ok(())
            }
        }
    }
}

impl Backend for CrashAfter {
    fn get(&self, key: &str) -> Result<Option<String>, BackendError> {
        self.inner.get(key)
    }
    fn set(&mut self, key: &str, value: &str) -> Result<(), BackendError> {
        self.write()?;
        self.inner.set(key, value)
    }
    fn remove(&mut self, key: &str) -> Result<(), BackendError> {
        self.write()?;
        self.inner.remove(key)
    }
    fn keys(&self) -> Result<Vec<String>, BackendError> {
        self.inner.keys()
    }
}

#[test]
fn a_migration_interrupted_between_writes_reads_back_complete() {
    for writes in 0..3 {
        let mut backend = MemoryBackend::new();
        backend.set(V7_KEY, WORKSHOP_V7).unwrap();
        let before = load(&backend).remove(0);
        let crashing = CrashAfter {
            inner: backend.clone(),
            left: Rc::new(Cell::new(writes)),
        };
        let mut repo = Repository::new(crashing);
        let w = repo.load_all::<Workshop>(1).unwrap().entities.remove(0);
        assert!(
            save(&mut repo, &w).is_err(),
            "{writes} writes are not enough"
        );

        // The next start reads the workshop whole, and a save completes it.
        let mut next = Repository::new(backend.clone());
        let loaded = next.load_all::<Workshop>(2).unwrap();
        assert!(loaded.problems.is_empty(), "{:?}", loaded.problems);
        assert_eq!(loaded.entities, vec![before.clone()]);
        assert!(next.quarantined().unwrap().is_empty(), "nothing left over");
        save(&mut next, &loaded.entities[0]).unwrap();
        assert_eq!(load(&backend), vec![before]);
    }
}

#[derive(Debug, Clone)]
enum Edit {
    CafeNote(usize),
    PlacematNote(usize),
    Title,
    RemoveFirstCafeNote,
}

fn edit() -> impl Strategy<Value = Edit> {
    prop_oneof![
        (0..4usize).prop_map(Edit::CafeNote),
        (0..3usize).prop_map(Edit::PlacematNote),
        Just(Edit::Title),
        Just(Edit::RemoveFirstCafeNote),
    ]
}

fn apply(w: &mut Workshop, edit: &Edit, n: usize) {
    match edit {
        Edit::CafeNote(table) => add_cafe_note(w, *table, &format!("c{n}")),
        Edit::PlacematNote(group) => add_placemat_note(w, *group, &format!("p{n}")),
        Edit::Title => w.rename(&format!("Titel {n}"), 2).unwrap(),
        Edit::RemoveFirstCafeNote => {
            let first = cafe(w).notes().next().map(|n| n.note.id);
            if let Some(id) = first {
                w.change_activity::<Cafe, _>(id_of("cafe"), 2, |c| c.remove_note(id))
                    .unwrap();
            }
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    /// Random edits, each saved, with the storage closed after `writes`
    /// writes: after reopening, the workshop is exactly the last one reported
    /// saved, and every part key left over holds something it lacks.
    #[test]
    fn a_crash_between_any_two_writes_leaves_the_last_saved_workshop(
        edits in proptest::collection::vec(edit(), 1..12),
        writes in 0usize..40,
    ) {
        let backend = MemoryBackend::new();
        let crashing = CrashAfter { inner: backend.clone(), left: Rc::new(Cell::new(writes)) };
        let mut repo = Repository::new(crashing);
        let mut w = workshop();
        let mut last_saved = None;
        if save(&mut repo, &w).is_ok() {
            last_saved = Some(w.clone());
        }
        for (n, edit) in edits.iter().enumerate() {
            apply(&mut w, edit, n);
            match save(&mut repo, &w) {
                Ok(saved) => last_saved = Some(saved.merged.unwrap_or_else(|| w.clone())),
                Err(_) => break,
            }
        }

        let mut reopened = Repository::new(backend.clone());
        let loaded = reopened.load_all::<Workshop>(50).unwrap();
        prop_assert!(loaded.problems.is_empty(), "{:?}", loaded.problems);
        prop_assert_eq!(loaded.entities.first(), last_saved.as_ref());
        for orphan in reopened.quarantined().unwrap() {
            let part = PartKey::parse(&orphan.key).expect("only parts are left over");
            let stored = Envelope::parse(&orphan.text).unwrap().data;
            let holds = loaded.entities.first().and_then(|w| {
                w.parts().into_iter()
                    .find(|(a, p, _)| (*a, *p) == (part.activity.as_str(), part.part.as_str()))
                    .map(|(_, _, stored)| serde_json::from_str::<serde_json::Value>(&stored.to_json()).unwrap())
            });
            prop_assert_ne!(Some(stored), holds, "an orphan holds something of its own");
        }
        // Saving again after the start works and reads back.
        if let Some(mut w) = loaded.entities.first().cloned() {
            apply(&mut w, &Edit::CafeNote(0), 99);
            save(&mut reopened, &w).unwrap();
            let again = Repository::new(backend.clone()).load_all::<Workshop>(60).unwrap();
            prop_assert_eq!(again.entities, vec![w]);
        }
    }
}
