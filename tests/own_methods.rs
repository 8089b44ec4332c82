//! The library's own methods: the form's limits and messages, the stored
//! kind, storage under their own keys with the other entities' conflict
//! safety, and backups and imports that carry them, refusing a broken one
//! with its place.

mod common;

use common::{id_of, ids};
use serde_json::{json, Value};
use std::collections::HashMap;
use werktafel::forms::FormKind;
use werktafel::i18n::{import_message, Language};
use werktafel::library::{
    used_methods, MethodKind, Origin, OwnMethod, OwnMethodDraft, OwnMethods, MAX_MATERIALS,
    MAX_MATERIAL_CHARS, MAX_METHOD_NAME_CHARS, MAX_METHOD_SUMMARY_CHARS, MAX_PEOPLE,
    MAX_PREPARATION_CHARS, MAX_STEPS, MAX_STEP_CHARS,
};
use werktafel::model::programme::BlockKind;
use werktafel::model::{
    Field, PlainKind, Record, Settings, ValidationError, Workshop, WorkshopDraft,
};
use werktafel::store::{entity_key, Backend, Entity, MemoryBackend, Repository};
use werktafel::transfer::{
    apply_import, plan_import, read_backup, Arrival, Backup, ImportError, Problem, Step,
};

const SUFFIX: &str = " (kopie)";

fn draft() -> OwnMethodDraft {
    OwnMethodDraft {
        name: "  Wandelgesprek ".into(),
        summary: "Twee mensen praten tijdens een korte wandeling.".into(),
        steps: "1. Maak tweetallen\n\n- Loop 10 minuten\n• Wissel van rol".into(),
        preparation: "Kies een route.".into(),
        materials: "Regenjas\n\n* Fluitje".into(),
        kind: MethodKind::Plain(PlainKind::Energizer),
        min_minutes: "15".into(),
        max_minutes: "30".into(),
        min_people: "2".into(),
        max_people: "".into(),
    }
}

fn method(id: &str) -> OwnMethod {
    draft().check(id_of(id), 5).unwrap()
}

fn refused(change: impl FnOnce(&mut OwnMethodDraft)) -> ValidationError {
    let mut typed = draft();
    change(&mut typed);
    typed.check(id_of("m1"), 5).unwrap_err()
}

#[test]
fn a_draft_becomes_a_method_with_trimmed_texts_and_lines() {
    let m = method("m1");
    assert_eq!(m.name, "Wandelgesprek");
    assert_eq!(
        m.steps,
        ["1. Maak tweetallen", "Loop 10 minuten", "Wissel van rol"]
    );
    assert_eq!(m.materials, ["Regenjas", "Fluitje"]);
    assert_eq!((m.min_minutes, m.max_minutes), (15, 30));
    // An empty highest number is the lowest.
    assert_eq!((m.min_people, m.max_people), (2, 2));
    assert_eq!((m.created_at, m.updated_at), (5, 5));
    assert_eq!(m.check_stored(), Ok(()));
    assert_eq!(OwnMethodDraft::from_method(&m).check(m.id, 5), Ok(m));
}

/// Where a text field of the draft is, to fill it.
type TextField = fn(&mut OwnMethodDraft) -> &mut String;

fn long(field: Field, max: usize) -> ValidationError {
    ValidationError::TooLong { field, max }
}

fn many(field: Field, max: usize) -> ValidationError {
    ValidationError::TooMany { field, max }
}

#[test]
fn the_form_refuses_what_breaks_a_limit_with_its_field() {
    assert_eq!(
        refused(|d| d.name = "  ".into()),
        ValidationError::NameEmpty
    );
    assert_eq!(
        refused(|d| d.summary = String::new()),
        ValidationError::SummaryEmpty
    );
    let too_long = |n: usize| "x".repeat(n + 1);
    let too_many = |n: usize| vec!["x"; n + 1].join("\n");
    let texts: [(TextField, String, ValidationError); 6] = [
        (
            |d| &mut d.name,
            too_long(MAX_METHOD_NAME_CHARS),
            long(Field::Name, MAX_METHOD_NAME_CHARS),
        ),
        (
            |d| &mut d.summary,
            too_long(MAX_METHOD_SUMMARY_CHARS),
            long(Field::Summary, MAX_METHOD_SUMMARY_CHARS),
        ),
        (
            |d| &mut d.steps,
            too_long(MAX_STEP_CHARS),
            long(Field::Steps, MAX_STEP_CHARS),
        ),
        (
            |d| &mut d.steps,
            too_many(MAX_STEPS),
            many(Field::Steps, MAX_STEPS),
        ),
        (
            |d| &mut d.preparation,
            too_long(MAX_PREPARATION_CHARS),
            long(Field::Preparation, MAX_PREPARATION_CHARS),
        ),
        (
            |d| &mut d.materials,
            too_many(MAX_MATERIALS),
            many(Field::Materials, MAX_MATERIALS),
        ),
    ];
    for (field, text, error) in texts {
        assert_eq!(refused(|d| *field(d) = text), error);
    }
    for minutes in ["0", "481", "", "tien", "-5", "1.5"] {
        assert_eq!(
            refused(|d| d.min_minutes = minutes.into()),
            ValidationError::MethodMinutesOutOfRange,
            "{minutes:?}"
        );
    }
    assert_eq!(
        refused(|d| d.max_minutes = "481".into()),
        ValidationError::MethodMinutesOutOfRange
    );
    assert_eq!(
        refused(|d| d.max_minutes = "10".into()),
        ValidationError::RangeReversed {
            field: Field::Minutes
        }
    );
    for people in ["0", "1001", ""] {
        assert_eq!(
            refused(|d| d.min_people = people.into()),
            ValidationError::GroupSizeOutOfRange { max: MAX_PEOPLE },
            "{people:?}"
        );
    }
    assert_eq!(
        refused(|d| {
            d.min_people = "8".into();
            d.max_people = "4".into();
        }),
        ValidationError::RangeReversed {
            field: Field::GroupSize
        }
    );
    // The edges are allowed.
    let mut edges = draft();
    edges.min_minutes = "1".into();
    edges.max_minutes = "480".into();
    edges.min_people = "1".into();
    edges.max_people = MAX_PEOPLE.to_string();
    assert!(edges.check(id_of("m1"), 5).is_ok());
}

#[test]
fn the_largest_method_still_makes_a_block_the_programme_takes() {
    let largest = OwnMethodDraft {
        name: "n".repeat(MAX_METHOD_NAME_CHARS),
        summary: "s".repeat(MAX_METHOD_SUMMARY_CHARS),
        steps: vec!["s".repeat(MAX_STEP_CHARS); MAX_STEPS].join("\n"),
        preparation: "p".repeat(MAX_PREPARATION_CHARS),
        materials: vec!["m".repeat(MAX_MATERIAL_CHARS); MAX_MATERIALS].join("\n"),
        kind: MethodKind::Runs(FormKind::Cafe),
        min_minutes: "480".into(),
        max_minutes: "480".into(),
        ..draft()
    };
    let method = largest.check(id_of("m1"), 5).unwrap();
    let (block, form) = method.item().draft();
    assert_eq!(form, Some(FormKind::Cafe));
    assert_eq!(block.method.as_deref(), Some("m1"));
    let block = block.check(id_of("b1")).unwrap();
    assert_eq!(block.minutes, 480);
    assert_eq!(block.check_stored(), Ok(()));
}

#[test]
fn an_own_method_is_listed_searched_and_added_like_a_built_in_one() {
    let item = method("m1").item();
    assert_eq!(item.origin, Origin::Own(id_of("m1")));
    assert!(item.matches("WANDEL"));
    assert!(item.matches("fluitje"));
    assert!(item.matches("  "));
    assert!(!item.matches("wereldcafé"));
    let (block, form) = item.draft();
    assert_eq!(form, None);
    assert_eq!(block.kind, BlockKind::Plain(PlainKind::Energizer));
    assert_eq!(block.title, "Wandelgesprek");
    assert_eq!(block.minutes, "15");
    assert_eq!(
        block.steps,
        "1. 1. Maak tweetallen\n2. Loop 10 minuten\n3. Wissel van rol"
    );
    assert_eq!(block.materials, "Regenjas\nFluitje");
    assert_eq!(block.tips, "Kies een route.");
}

#[test]
fn an_edit_keeps_the_creation_time_and_a_refused_one_changes_nothing() {
    let mut list = OwnMethods::default();
    let id = list.create(&draft(), id_of("m1"), 5).unwrap();
    let mut changed = draft();
    changed.name = "Stiltewandeling".into();
    list.edit(id, &changed, 9).unwrap();
    let m = list.get(id).unwrap();
    assert_eq!(
        (m.name.as_str(), m.created_at, m.updated_at),
        ("Stiltewandeling", 5, 9)
    );
    let before = list.clone();
    changed.min_minutes = "0".into();
    assert!(list.edit(id, &changed, 10).is_err());
    assert_eq!(list, before);
    assert_eq!(
        list.create(&draft(), id_of("m1"), 11),
        Err(ValidationError::DuplicateId)
    );
    let removed = list.remove(id).unwrap();
    assert!(list.all().is_empty());
    list.restore(removed).unwrap();
    assert_eq!(list, before);
    let copy = list.get(id).unwrap().copy_as(id_of("m2"), SUFFIX, 12);
    assert_eq!(copy.label(), "Stiltewandeling (kopie)");
}

#[test]
fn a_kind_is_stored_as_one_name_that_no_two_kinds_share() {
    let kinds: Vec<MethodKind> = PlainKind::ALL
        .iter()
        .map(|&p| MethodKind::Plain(p))
        .chain(FormKind::ALL.iter().map(|&f| MethodKind::Runs(f)))
        .collect();
    let mut names = Vec::new();
    for kind in &kinds {
        let stored = serde_json::to_value(kind).unwrap();
        let name = stored.as_str().expect("a name").to_string();
        assert_eq!(serde_json::from_value::<MethodKind>(stored).unwrap(), *kind);
        assert!(!names.contains(&name), "{name} twice");
        names.push(name);
    }
    assert_eq!(
        serde_json::to_value(MethodKind::Plain(PlainKind::Break)).unwrap(),
        json!("break")
    );
    assert_eq!(
        serde_json::to_value(MethodKind::Runs(FormKind::Cafe)).unwrap(),
        json!("cafe")
    );
    assert!(serde_json::from_value::<MethodKind>(json!("dans")).is_err());
}

#[test]
fn own_methods_are_stored_under_their_own_keys_and_load_back_equal() {
    let backend = MemoryBackend::new();
    let mut repo = Repository::new(backend.clone());
    let (a, b) = (method("m1"), method("m2"));
    for m in [&a, &b] {
        repo.save(m, 1, ids("c"), SUFFIX).unwrap();
    }
    let stored = backend.get(&entity_key("method", "m1")).unwrap().unwrap();
    let envelope: Value = serde_json::from_str(&stored).unwrap();
    assert_eq!(envelope["schema"], json!(OwnMethod::SCHEMA));
    assert_eq!(envelope["data"]["kind"], json!("energizer"));

    let mut fresh = Repository::new(backend.clone());
    let loaded = fresh.load_all::<OwnMethod>(2).unwrap();
    assert!(loaded.problems.is_empty());
    let mut entities = loaded.entities;
    entities.sort_by_key(|m| m.id);
    assert_eq!(entities, vec![a, b]);
    // Other kinds do not see them.
    assert!(fresh.load_all::<Workshop>(2).unwrap().entities.is_empty());
}

#[test]
fn another_tab_s_edit_of_an_own_method_is_kept_as_a_copy() {
    let backend = MemoryBackend::new();
    let mut tab_a = Repository::new(backend.clone());
    let mut tab_b = Repository::new(backend.clone());
    let m = method("m1");
    tab_a.save(&m, 1, ids("c"), SUFFIX).unwrap();
    tab_b.load_all::<OwnMethod>(1).unwrap();
    let mut theirs = m.clone();
    theirs.summary = "Tab A".into();
    tab_a.save(&theirs, 2, ids("c"), SUFFIX).unwrap();
    let mut mine = m.clone();
    mine.summary = "Tab B".into();
    let saved = tab_b.save(&mine, 3, ids("c"), SUFFIX).unwrap();
    let copy = saved.kept_copy.expect("tab A's version is kept");
    assert_eq!(copy.summary, "Tab A");
    assert_eq!(copy.name, "Wandelgesprek (kopie)");
    assert_ne!(copy.id, m.id);
    let mut all = Repository::new(backend)
        .load_all::<OwnMethod>(4)
        .unwrap()
        .entities;
    all.sort_by_key(|m| m.summary.clone());
    assert_eq!(all.len(), 2);
    assert_eq!(all[1].summary, "Tab B");
}

fn backup_with(methods: &[OwnMethod]) -> Backup {
    Backup::new(&Settings::default(), &[], &[], 9).with_methods(methods)
}

fn file_value(backup: &Backup) -> Value {
    serde_json::from_str(&backup.to_json()).unwrap()
}

fn read(value: &Value) -> Result<Backup, ImportError> {
    read_backup(value.to_string().as_bytes())
}

#[test]
fn a_backup_carries_own_methods_and_reads_them_back() {
    let exported = backup_with(&[method("m1"), method("m2")]);
    let value = file_value(&exported);
    assert_eq!(value["method_schema"], json!(1));
    let read = read(&value).unwrap();
    assert_eq!(read.methods, exported.methods);
    // A backup from before own methods has none.
    let mut old = value.clone();
    let fields = old.as_object_mut().unwrap();
    fields.remove("methods");
    fields.remove("method_schema");
    assert!(read_backup(old.to_string().as_bytes())
        .unwrap()
        .methods
        .is_empty());
}

/// The refusal of a backup whose first method `change` breaks.
fn refusal(change: impl FnOnce(&mut Value)) -> ImportError {
    let mut value = file_value(&backup_with(&[method("m1"), method("m2")]));
    change(&mut value["methods"][1]);
    read(&value).unwrap_err()
}

fn at(path: &[&str], problem: Problem) -> ImportError {
    let mut steps = vec![Step::Field("methods".into()), Step::Index(1)];
    steps.extend(path.iter().map(|step| match step.parse() {
        Ok(index) => Step::Index(index),
        Err(_) => Step::Field(step.to_string()),
    }));
    ImportError::Bad {
        path: steps,
        problem,
    }
}

#[test]
fn an_import_refuses_a_method_that_breaks_a_rule_and_says_where() {
    assert_eq!(
        refusal(|m| m["name"] = json!(" ")),
        at(&["name"], Problem::Empty)
    );
    assert_eq!(
        refusal(|m| m["summary"] = json!("x".repeat(MAX_METHOD_SUMMARY_CHARS + 1))),
        at(&["summary"], Problem::TooLong)
    );
    assert_eq!(
        refusal(|m| m["steps"] = json!(vec!["stap"; MAX_STEPS + 1])),
        at(&["steps"], Problem::TooMany)
    );
    assert_eq!(
        refusal(|m| m["steps"][1] = json!("")),
        at(&["steps", "1"], Problem::Empty)
    );
    assert_eq!(
        refusal(|m| m["materials"] = json!("pen")),
        at(&["materials"], Problem::NotList)
    );
    assert_eq!(
        refusal(|m| m["min_minutes"] = json!(0)),
        at(&["min_minutes"], Problem::OutOfRange)
    );
    assert_eq!(
        refusal(|m| m["max_minutes"] = json!(10)),
        at(&["max_minutes"], Problem::OutOfRange)
    );
    assert_eq!(
        refusal(|m| m["max_people"] = json!(MAX_PEOPLE + 1)),
        at(&["max_people"], Problem::OutOfRange)
    );
    assert_eq!(
        refusal(|m| m["kind"] = json!("dans")),
        at(&["kind"], Problem::UnknownValue)
    );
    assert_eq!(
        refusal(|m| m["id"] = json!("m1")),
        at(&["id"], Problem::IdTwice)
    );
    assert_eq!(
        refusal(|m| m["id"] = json!("geen id!")),
        at(&["id"], Problem::UnknownValue)
    );
}

#[test]
fn a_refusal_names_the_own_method_and_its_step() {
    let error = refusal(|m| m["steps"][1] = json!(" "));
    assert_eq!(
        import_message(&error, Language::Nl),
        "Dit bestand is niet ingelezen. eigen methode 2, stap 2: deze waarde is leeg. Er is niets veranderd."
    );
    assert_eq!(
        import_message(&error, Language::En),
        "This file was not imported. own method 2, step 2: this value is empty. Nothing was changed."
    );
}

#[test]
fn own_methods_of_a_newer_schema_are_refused() {
    let mut value = file_value(&backup_with(&[method("m1")]));
    value["method_schema"] = json!(OwnMethod::SCHEMA + 1);
    assert_eq!(
        read(&value),
        Err(ImportError::NewerData {
            schema: OwnMethod::SCHEMA + 1
        })
    );
}

#[test]
fn the_plan_says_how_each_method_arrives_and_a_copy_gets_a_new_id() {
    let here = vec![method("m1"), method("m2")];
    let mut changed = method("m2");
    changed.summary = "Anders".into();
    let file = backup_with(&[method("m1"), changed.clone(), method("m3")]);
    let plan = plan_import(
        read_backup(file.to_json().as_bytes()).unwrap(),
        &[],
        &[],
        &here,
    );
    let arrivals: Vec<Arrival> = plan.methods.iter().map(|i| i.arrival).collect();
    assert_eq!(arrivals, [Arrival::Same, Arrival::Conflict, Arrival::New]);
    assert_eq!(plan.methods[1].choice_key(), "method:m2");
    let applied = apply_import(&plan, &HashMap::new(), ids("k"), " (ingelezen)");
    let saved: Vec<(String, String)> = applied
        .methods
        .iter()
        .map(|m| (m.id.to_string(), m.name.clone()))
        .collect();
    assert_eq!(
        saved,
        [
            ("k1".to_string(), "Wandelgesprek (ingelezen)".to_string()),
            ("m3".to_string(), "Wandelgesprek".to_string()),
        ]
    );
    assert_eq!(applied.methods[0].summary, "Anders");
}

#[test]
fn a_backup_of_some_workshops_takes_the_own_methods_their_blocks_came_from() {
    let draft = WorkshopDraft {
        title: "Avond".into(),
        ..Default::default()
    };
    let mut workshop = Workshop::create(&draft, id_of("w1"), 1).unwrap();
    let (block, _) = method("m2").item().draft();
    workshop.programme.add(&block, id_of("b1"), None).unwrap();
    let library = [method("m1"), method("m2")];
    let used = used_methods([&workshop], &library);
    assert_eq!(used, [method("m2")]);
}
