//! A repository without its decoders (the facilitator's first visit, before
//! the code that reads stored data has loaded): it reads nothing, sets
//! nothing aside, and refuses a save or delete that must first read another
//! tab's version, leaving storage as it was; once the decoders are installed
//! it reads and saves as always.

mod common;

use common::{id_of, ids};
use werktafel::model::{Workshop, WorkshopDraft};
use werktafel::store::{
    decoders, entity_key, Backend, Deleted, MemoryBackend, Reloaded, Repository, StoreError,
};

const SUFFIX: &str = " (uit ander tabblad)";

fn workshop(id: &str, title: &str) -> Workshop {
    let draft = WorkshopDraft {
        title: title.into(),
        date: "2026-12-06".into(),
        ..Default::default()
    };
    Workshop::create(&draft, id_of(id), 100).unwrap()
}

/// Every key and its text, sorted.
fn snapshot(backend: &MemoryBackend) -> Vec<(String, Option<String>)> {
    let mut keys = backend.keys().unwrap();
    keys.sort();
    keys.into_iter()
        .map(|key| {
            let text = backend.get(&key).unwrap();
            (key, text)
        })
        .collect()
}

#[test]
fn without_decoders_nothing_is_read_or_set_aside_and_after_installing_all_is_read() {
    let mut backend = MemoryBackend::new();
    let w = workshop("a", "Bewaard");
    Repository::new(backend.clone())
        .save(&w, 1, ids("copy"), SUFFIX)
        .unwrap();
    backend
        .set("werktafel:v1:workshop:kapot", "{niet json")
        .unwrap();
    let before = snapshot(&backend);

    let mut repo = Repository::without_decoders(backend.clone());
    assert!(!repo.has_decoders());
    let loaded = repo.load_all::<Workshop>(5).unwrap();
    assert!(loaded.entities.is_empty());
    assert!(loaded.problems.is_empty());
    assert_eq!(
        repo.reload::<Workshop>("a", 5).unwrap(),
        Reloaded::Unchanged
    );
    assert_eq!(snapshot(&backend), before, "nothing moved aside or written");

    repo.install_decoders(decoders());
    assert!(repo.has_decoders());
    let loaded = repo.load_all::<Workshop>(5).unwrap();
    assert_eq!(loaded.entities, vec![w]);
    assert_eq!(
        loaded.problems.len(),
        1,
        "the corrupt value is set aside now"
    );
}

#[test]
fn without_decoders_a_new_entity_is_saved_and_read_back() {
    let backend = MemoryBackend::new();
    let mut repo = Repository::without_decoders(backend.clone());
    let mut w = workshop("a", "Eerste");
    assert_eq!(repo.save(&w, 1, ids("copy"), SUFFIX).unwrap().rev, 1);
    w.title = "Tweede".into();
    assert_eq!(repo.save(&w, 2, ids("copy"), SUFFIX).unwrap().rev, 2);

    let loaded = Repository::new(backend).load_all::<Workshop>(3).unwrap();
    assert_eq!(loaded.entities, vec![w]);
}

#[test]
fn without_decoders_another_tabs_version_is_neither_saved_over_nor_deleted() {
    let backend = MemoryBackend::new();
    let original = workshop("a", "Origineel");
    let mut this_tab = Repository::without_decoders(backend.clone());
    this_tab.save(&original, 1, ids("copy"), SUFFIX).unwrap();
    let mut theirs = original.clone();
    theirs.title = "Van het andere tabblad".into();
    let mut other_tab = Repository::new(backend.clone());
    other_tab.load_all::<Workshop>(2).unwrap();
    other_tab.save(&theirs, 3, ids("copy"), SUFFIX).unwrap();
    let before = snapshot(&backend);

    let mut ours = original.clone();
    ours.title = "Van dit tabblad".into();
    assert_eq!(
        this_tab.save(&ours, 4, ids("copy"), SUFFIX).unwrap_err(),
        StoreError::NotLoaded
    );
    assert_eq!(
        this_tab.delete::<Workshop>("a").unwrap_err(),
        StoreError::NotLoaded
    );
    assert_eq!(
        snapshot(&backend),
        before,
        "storage is as the other tab left it"
    );

    // With the decoders, the same save keeps the other tab's version as a copy.
    this_tab.install_decoders(decoders());
    let saved = this_tab.save(&ours, 5, ids("copy"), SUFFIX).unwrap();
    let copy = saved.kept_copy.expect("their version is kept");
    assert_eq!(copy.title, format!("Van het andere tabblad{SUFFIX}"));
    let stored = backend.get(&entity_key("workshop", "a")).unwrap().unwrap();
    assert!(stored.contains("Van dit tabblad"));
    assert_eq!(
        this_tab.delete::<Workshop>(copy.id.as_str()).unwrap(),
        Deleted::Done
    );
}
