//! Reading a backup back in: a file that passes gives back exactly what was
//! exported; every kind of bad file is refused with what is wrong and where,
//! down to a broken rule of the app's own editing; no bytes make it panic; the
//! plan says what is new, here or in conflict, and the choices decide what is
//! saved.

mod common;

use common::{id_of, ids};
use proptest::prelude::*;
use serde_json::{json, Value};
use std::collections::HashMap;
use werktafel::forms::cafe::{Cafe, CAFE_RULES};
use werktafel::forms::open_question::OpenQuestion;
use werktafel::forms::persona_test::{PersonaTest, PersonaTestKey};
use werktafel::forms::placemat::{Phase, Placemat};
use werktafel::forms::{ActivityBody, StoredForm};
use werktafel::i18n::{import_message, Language};
use werktafel::model::{example_personas, NoteKind, Persona, Settings, Workshop, WorkshopDraft};
use werktafel::transfer::{
    apply_import, plan_import, read_backup, Arrival, Backup, Choice, ImportError, Problem, Step,
    MAX_IMPORT_BYTES,
};

/// A workshop with a café (a note at table 3 in round 2; ids c1–c3 for the
/// rounds, c4–c7 for the tables), a placemat in phase 1 (a note by the first
/// person; groups p1, p6, p11 with seats p2–p5, p7–p10, p12–p15) and a persona
/// test (municipality g1, persona p1 scored).
fn workshop(id: &str, title: &str, note: &str) -> Workshop {
    let draft = WorkshopDraft {
        title: title.into(),
        date: "2026-12-01".into(),
        ..Default::default()
    };
    let mut workshop = Workshop::create(&draft, id_of(id), 1).unwrap();
    let mut cafe = Cafe::new(
        vec!["Luister".into()],
        |i| format!("Tafel {}", i + 1),
        ids("c"),
    );
    let (table, round) = (cafe.tables[2].id, cafe.rounds[1].id);
    cafe.add_note(table, round, id_of("n1"), NoteKind::Question, note)
        .unwrap();
    workshop
        .add_activity(ActivityBody::Cafe(cafe), id_of("cafe"), 2)
        .unwrap();
    let mut placemat = Placemat::new(|i| format!("Groep {}", i + 1), ids("p"));
    placemat.set_question("Wat deel je?").unwrap();
    placemat.start_phase(Phase::Individual, 3).unwrap();
    let (group, seat) = (placemat.groups[0].id, placemat.groups[0].seats[0].id);
    placemat.add_note(group, seat, id_of("m1"), note).unwrap();
    workshop
        .add_activity(ActivityBody::Placemat(placemat), id_of("placemat"), 3)
        .unwrap();
    let mut test = PersonaTest::new("Hoe tevreden is {naam} in {gemeente}?", &["Wat werkt?"]);
    test.add_municipality("Zeist", id_of("g1")).unwrap();
    test.toggle_persona(id_of("p1"));
    test.set_answer(id_of("p1"), id_of("g1"), Some(4), "Snel geholpen")
        .unwrap();
    workshop
        .add_activity(ActivityBody::PersonaTest(test), id_of("toets"), 4)
        .unwrap();
    workshop
}

fn persona(id: &str) -> Persona {
    let (fields, avatar) = example_personas().remove(0);
    Persona::create(&fields, avatar, id_of(id), 4).unwrap()
}

fn backup(workshops: Vec<Workshop>, personas: Vec<Persona>) -> Backup {
    Backup::new(&Settings::default(), &workshops, &personas, 9)
}

/// The file's JSON, to break on purpose.
fn file_value(backup: &Backup) -> serde_json::Value {
    serde_json::from_str(&backup.to_json()).unwrap()
}

fn read(value: &serde_json::Value) -> Result<Backup, ImportError> {
    read_backup(value.to_string().as_bytes())
}

/// The steps of a dotted path: `workshops.0.title`.
fn steps(path: &str) -> Vec<Step> {
    path.split('.')
        .map(|step| match step.parse() {
            Ok(index) => Step::Index(index),
            Err(_) => Step::Field(step.to_string()),
        })
        .collect()
}

#[test]
fn an_exported_backup_reads_back_to_the_same_workshops_and_personas() {
    let exported = backup(
        vec![workshop("w1", "Wijkavond", "Wie betaalt?")],
        vec![persona("p1")],
    );
    let read = read_backup(exported.to_json().as_bytes()).unwrap();
    assert_eq!(read.workshops, exported.workshops);
    assert_eq!(read.personas, exported.personas);
    assert_eq!(read.exported_at, 9);
    // The device's own settings are not taken from a file.
    assert_eq!(read.settings, Settings::default());
}

#[test]
fn an_empty_file_is_refused() {
    assert_eq!(read_backup(b""), Err(ImportError::Empty));
    assert_eq!(read_backup(b" \n\t "), Err(ImportError::Empty));
}

#[test]
fn a_file_over_5_mb_is_refused_before_it_is_read() {
    let big = vec![b' '; MAX_IMPORT_BYTES + 1];
    assert_eq!(
        read_backup(&big),
        Err(ImportError::TooLarge {
            bytes: MAX_IMPORT_BYTES + 1
        })
    );
    assert_eq!(
        import_message(&read_backup(&big).unwrap_err(), Language::Nl),
        "Dit bestand is niet ingelezen. Het bestand is 5,0 MB; de grens is 5,0 MB. Er is niets veranderd."
    );
}

#[test]
fn a_binary_file_is_refused() {
    assert_eq!(
        read_backup(&[0x89, b'P', b'N', b'G', 0xff, 0xfe, 0]),
        Err(ImportError::NotText)
    );
}

#[test]
fn a_truncated_file_says_where_it_stops() {
    let text = backup(vec![workshop("w1", "Avond", "Idee")], vec![]).to_json();
    let cut = &text[..text.floor_char_boundary(text.len() / 2)];
    let error = read_backup(cut.as_bytes()).unwrap_err();
    assert!(
        matches!(error, ImportError::NotJson { line: 1, column } if column == cut.chars().count()),
        "{error:?}"
    );
}

#[test]
fn json_that_is_not_a_werktafel_backup_is_refused() {
    for text in [
        r#"[1, 2]"#,
        r#"{"format": "iets-anders"}"#,
        r#""tekst""#,
        "42",
    ] {
        assert_eq!(
            read_backup(text.as_bytes()),
            Err(ImportError::NotBackup),
            "{text}"
        );
    }
}

#[test]
fn a_backup_from_a_newer_app_is_refused() {
    let mut value = file_value(&backup(vec![], vec![]));
    value["schema"] = 99.into();
    assert_eq!(read(&value), Err(ImportError::NewerBackup { schema: 99 }));
    let mut value = file_value(&backup(vec![], vec![]));
    value["workshop_schema"] = 99.into();
    assert_eq!(read(&value), Err(ImportError::NewerData { schema: 99 }));
}

#[test]
fn a_wrong_type_deep_inside_says_where_in_app_terms() {
    let mut value = file_value(&backup(vec![workshop("w1", "Avond", "Idee")], vec![]));
    value["workshops"][0]["activities"][0]["tables"][2]["cloths"][0]["notes"][0]["text"] = 5.into();
    let error = read(&value).unwrap_err();
    assert_eq!(
        error,
        ImportError::Bad {
            path: steps("workshops.0.activities.0.tables.2.cloths.0.notes.0.text"),
            problem: Problem::NotText
        }
    );
    assert_eq!(
        import_message(&error, Language::Nl),
        "Dit bestand is niet ingelezen. bijeenkomst 1, werkvorm 1, tafel 3, tafelkleed 1, notitie 1: ‘text’ is geen tekst. Er is niets veranderd."
    );
    assert_eq!(
        import_message(&error, Language::En),
        "This file was not imported. workshop 1, work form 1, table 3, tablecloth 1, note 1: ‘text’ is not text. Nothing was changed."
    );
}

#[test]
fn a_missing_field_a_wrong_kind_and_an_unknown_phase_are_named() {
    let good = file_value(&backup(
        vec![workshop("w1", "Avond", "Idee")],
        vec![persona("p1")],
    ));

    let mut value = good.clone();
    value["workshops"][0]
        .as_object_mut()
        .unwrap()
        .remove("title");
    let error = read(&value).unwrap_err();
    assert!(
        matches!(&error, ImportError::Bad { problem: Problem::Missing(f), .. } if f == "title")
    );
    assert!(import_message(&error, Language::Nl).contains("bijeenkomst 1: ‘title’ ontbreekt."));

    let mut value = good.clone();
    value["workshops"][0]["activities"][1]["phase"] = "lunch".into();
    let message = import_message(&read(&value).unwrap_err(), Language::Nl);
    assert!(message.contains("bijeenkomst 1, werkvorm 2"), "{message}");
    assert!(message.contains("waarde die de app niet kent"), "{message}");

    let mut value = good.clone();
    value["workshops"][0]["activities"][1]["groups"][0]["seats"] = "vier".into();
    let message = import_message(&read(&value).unwrap_err(), Language::Nl);
    assert!(
        message.contains("groep 1: ‘seats’ is geen lijst."),
        "{message}"
    );

    let mut value = good;
    value["personas"][0]["created_at"] = "gisteren".into();
    let message = import_message(&read(&value).unwrap_err(), Language::Nl);
    assert!(
        message.contains("persona 1: ‘created_at’ is geen getal."),
        "{message}"
    );
}

#[test]
fn a_wrong_type_in_an_open_question_is_named_at_its_place_not_as_an_unknown_kind() {
    let mut w = workshop("w1", "Avond", "Idee");
    w.add_activity(
        ActivityBody::OpenQuestion(OpenQuestion::default()),
        id_of("oq"),
        5,
    )
    .unwrap();
    let mut value = file_value(&backup(vec![w], vec![]));
    value["workshops"][0]["activities"][3]["replies"] = "geen lijst".into();
    assert_eq!(
        read(&value).unwrap_err(),
        ImportError::Bad {
            path: steps("workshops.0.activities.3.replies"),
            problem: Problem::NotList
        }
    );
}

#[test]
fn the_same_id_twice_in_a_file_is_refused() {
    let mut value = file_value(&backup(
        vec![
            workshop("w1", "Een", "Idee"),
            workshop("w2", "Twee", "Idee"),
        ],
        vec![],
    ));
    value["workshops"][1]["id"] = "w1".into();
    let error = read(&value).unwrap_err();
    assert_eq!(
        error,
        ImportError::Bad {
            path: vec![
                Step::Field("workshops".into()),
                Step::Index(1),
                Step::Field("id".into())
            ],
            problem: Problem::IdTwice
        }
    );
}

#[test]
fn an_id_the_app_could_not_store_or_open_is_refused() {
    for id in ["", "a/b", "x?y", "#1", &"x".repeat(65)] {
        let mut value = file_value(&backup(vec![workshop("w1", "Avond", "Idee")], vec![]));
        value["workshops"][0]["id"] = id.into();
        let error = read(&value).unwrap_err();
        assert!(
            matches!(&error, ImportError::Bad { problem: Problem::UnknownValue, path } if path.last() == Some(&Step::Field("id".into()))),
            "{id:?}: {error:?}"
        );
    }
}

#[test]
fn a_file_saved_with_a_byte_order_mark_reads() {
    let text = format!(
        "\u{feff}{}",
        backup(vec![workshop("w1", "Avond", "Idee")], vec![]).to_json()
    );
    assert_eq!(
        read_backup(text.as_bytes()).unwrap().workshops[0].title,
        "Avond"
    );
}

#[test]
fn an_absurdly_long_text_is_refused() {
    let mut value = file_value(&backup(vec![workshop("w1", "Avond", "Idee")], vec![]));
    value["workshops"][0]["goal"] = "x".repeat(200_001).into();
    let message = import_message(&read(&value).unwrap_err(), Language::Nl);
    assert!(
        message.contains("bijeenkomst 1: ‘goal’ is te lang."),
        "{message}"
    );
}

#[test]
fn hostile_text_is_read_as_plain_text() {
    let hostile = "<img src=x onerror=alert(1)><script>alert(2)</script>";
    let exported = backup(vec![workshop("w1", hostile, hostile)], vec![]);
    let read = read_backup(exported.to_json().as_bytes()).unwrap();
    assert_eq!(read.workshops[0].title, hostile);
    assert_eq!(read.workshops, exported.workshops);
}

#[test]
fn a_first_layout_backup_without_schemas_and_activities_still_reads() {
    let text = r#"{
        "format": "werktafel-backup", "schema": 1, "exported_at": 5,
        "settings": {},
        "workshops": [{"id": "oud", "title": "Oude avond", "date": "2026-11-02",
                       "place": "", "goal": "", "facilitator": "",
                       "created_at": 1, "updated_at": 2}]
    }"#;
    let read = read_backup(text.as_bytes()).unwrap();
    assert_eq!(read.workshops[0].title, "Oude avond");
    assert!(read.workshops[0].activities.is_empty());
    assert!(read.personas.is_empty());
}

#[test]
fn the_plan_says_what_is_new_here_or_in_conflict() {
    let here = vec![
        workshop("w1", "Zelfde", "Idee"),
        workshop("w2", "Oud", "Idee"),
    ];
    let incoming = backup(
        vec![
            workshop("w1", "Zelfde", "Idee"),
            workshop("w2", "Nieuwer", "Idee"),
            workshop("w3", "Nieuw", "Idee"),
        ],
        vec![persona("p1")],
    );
    let plan = plan_import(incoming, &here, &[], &[]);
    let arrivals: Vec<_> = plan.workshops.iter().map(|i| i.arrival).collect();
    assert_eq!(arrivals, [Arrival::Same, Arrival::Conflict, Arrival::New]);
    assert_eq!(plan.personas[0].arrival, Arrival::New);
}

#[test]
fn choices_decide_what_is_saved_and_a_copy_gets_a_new_id() {
    let here = vec![
        workshop("w1", "Hier", "Idee"),
        workshop("w2", "Hier", "Idee"),
    ];
    let plan = plan_import(
        backup(
            vec![
                workshop("w1", "Uit bestand", "Idee"),
                workshop("w2", "Uit bestand", "Idee"),
                workshop("w3", "Nieuw", "Idee"),
            ],
            vec![],
        ),
        &here,
        &[],
        &[],
    );
    let copies = apply_import(&plan, &HashMap::new(), ids("k"), " (ingelezen)");
    let saved: Vec<_> = copies
        .workshops
        .iter()
        .map(|w| (w.id.as_str(), w.title.as_str()))
        .collect();
    assert_eq!(
        saved,
        [
            ("k1", "Uit bestand (ingelezen)"),
            ("k2", "Uit bestand (ingelezen)"),
            ("w3", "Nieuw")
        ]
    );

    let choices = HashMap::from([
        ("workshop:w1".to_string(), Choice::Replace),
        ("workshop:w2".to_string(), Choice::Skip),
        // A persona's choice does not reach a workshop of the same id.
        ("persona:w1".to_string(), Choice::Skip),
    ]);
    let chosen = apply_import(&plan, &choices, ids("k"), " (ingelezen)");
    let saved: Vec<_> = chosen
        .workshops
        .iter()
        .map(|w| (w.id.as_str(), w.title.as_str()))
        .collect();
    assert_eq!(saved, [("w1", "Uit bestand"), ("w3", "Nieuw")]);
}

#[test]
fn a_file_with_only_what_is_here_saves_nothing() {
    let here = vec![workshop("w1", "Zelfde", "Idee")];
    let plan = plan_import(backup(here.clone(), vec![]), &here, &[], &[]);
    let applied = apply_import(&plan, &HashMap::new(), ids("k"), " (x)");
    assert!(applied.workshops.is_empty() && applied.personas.is_empty());
}

/// A file with one workshop (café, placemat, persona test) and one persona.
fn good_file() -> Value {
    file_value(&backup(
        vec![workshop("w1", "Avond", "Idee")],
        vec![persona("p1")],
    ))
}

fn cafe(file: &mut Value) -> &mut Value {
    &mut file["workshops"][0]["activities"][0]
}

fn placemat(file: &mut Value) -> &mut Value {
    &mut file["workshops"][0]["activities"][1]
}

fn persona_test(file: &mut Value) -> &mut Value {
    &mut file["workshops"][0]["activities"][2]
}

fn first_persona(file: &mut Value) -> &mut Value {
    &mut file["personas"][0]
}

/// `count` objects made by `item` from 1 on.
fn many(count: usize, item: impl Fn(usize) -> Value) -> Value {
    (1..=count).map(item).collect()
}

/// The good file broken by `break_it` is refused at `path` with `problem`,
/// in Dutch as `detail`.
fn assert_refused(break_it: impl FnOnce(&mut Value), path: &str, problem: Problem, detail: &str) {
    let mut file = good_file();
    break_it(&mut file);
    let error = read(&file).unwrap_err();
    assert_eq!(
        error,
        ImportError::Bad {
            path: steps(path),
            problem
        }
    );
    assert_eq!(
        import_message(&error, Language::Nl),
        format!("Dit bestand is niet ingelezen. {detail} Er is niets veranderd.")
    );
}

#[test]
fn the_good_file_of_these_tests_reads() {
    assert!(read(&good_file()).is_ok());
}

#[test]
fn every_example_persona_and_every_new_work_form_keeps_the_stored_rules() {
    for (index, (fields, avatar)) in example_personas().into_iter().enumerate() {
        let persona = Persona::create(&fields, avatar, id_of(&format!("e{index}")), 1).unwrap();
        assert_eq!(persona.check_stored(), Ok(()), "{}", persona.fields.name);
    }
    for language in [Language::Nl, Language::En] {
        let rules = CAFE_RULES.iter().map(|k| k.text(language).into()).collect();
        let cafe = Cafe::new(rules, |i| format!("Tafel {}", i + 1), ids("c"));
        assert_eq!(cafe.check_stored(), Ok(()));
        let placemat = Placemat::new(|i| format!("Groep {}", i + 1), ids("p"));
        assert_eq!(placemat.check_stored(), Ok(()));
        let subs = [
            PersonaTestKey::DefaultSub1,
            PersonaTestKey::DefaultSub2,
            PersonaTestKey::DefaultSub3,
        ]
        .map(|k| k.text(language));
        let test = PersonaTest::new(PersonaTestKey::DefaultCentral.text(language), &subs);
        assert_eq!(test.check_stored(), Ok(()));
    }
}

#[test]
fn every_stored_workshop_fixture_still_reads_as_a_backup() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    let mut files = 0;
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        let name = path.file_name().unwrap().to_string_lossy().to_string();
        assert!(
            name.starts_with("workshop_"),
            "{name}: a new kind of fixture"
        );
        let envelope: Value =
            serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
        let file = json!({
            "format": "werktafel-backup", "schema": 2, "exported_at": 1,
            "workshop_schema": envelope["schema"], "workshops": [envelope["data"]],
        });
        let read = read(&file).unwrap_or_else(|error| panic!("{name}: {error:?}"));
        assert_eq!(
            read.workshops[0].id.as_str(),
            envelope["data"]["id"],
            "{name}"
        );
        files += 1;
    }
    assert!(files >= 5);
}

#[test]
fn a_workshop_without_a_title_is_refused() {
    assert_refused(
        |file| file["workshops"][0]["title"] = " ".into(),
        "workshops.0.title",
        Problem::Empty,
        "bijeenkomst 1: ‘title’ is leeg.",
    );
}

#[test]
fn a_workshop_text_over_its_limit_is_refused() {
    assert_refused(
        |file| file["workshops"][0]["place"] = "x".repeat(201).into(),
        "workshops.0.place",
        Problem::TooLong,
        "bijeenkomst 1: ‘place’ is te lang.",
    );
}

#[test]
fn an_activity_id_twice_in_a_workshop_is_refused() {
    assert_refused(
        |file| placemat(file)["id"] = "cafe".into(),
        "workshops.0.activities.1.id",
        Problem::IdTwice,
        "bijeenkomst 1, werkvorm 2: ‘id’ komt twee keer voor in het bestand.",
    );
}

#[test]
fn an_activity_id_the_app_could_not_make_is_refused() {
    assert_refused(
        |file| cafe(file)["id"] = "café 1".into(),
        "workshops.0.activities.0.id",
        Problem::UnknownValue,
        "bijeenkomst 1, werkvorm 1: ‘id’ heeft een waarde die de app niet kent.",
    );
}

#[test]
fn a_cafe_note_over_its_limit_says_where_in_app_terms() {
    assert_refused(
        |file| cafe(file)["tables"][2]["cloths"][0]["notes"][0]["text"] = "x".repeat(501).into(),
        "workshops.0.activities.0.tables.2.cloths.0.notes.0.text",
        Problem::TooLong,
        "bijeenkomst 1, werkvorm 1, tafel 3, tafelkleed 1, notitie 1: ‘text’ is te lang.",
    );
}

#[test]
fn an_empty_cafe_note_is_refused() {
    assert_refused(
        |file| cafe(file)["tables"][2]["cloths"][0]["notes"][0]["text"] = " \n".into(),
        "workshops.0.activities.0.tables.2.cloths.0.notes.0.text",
        Problem::Empty,
        "bijeenkomst 1, werkvorm 1, tafel 3, tafelkleed 1, notitie 1: ‘text’ is leeg.",
    );
}

#[test]
fn a_note_id_twice_in_a_cafe_is_refused_even_at_another_table() {
    assert_refused(
        |file| {
            cafe(file)["tables"][0]["cloths"] =
                json!([{"round": "c1", "notes": [{"id": "n1", "text": "Ook"}]}])
        },
        "workshops.0.activities.0.tables.2.cloths.0.notes.0.id",
        Problem::IdTwice,
        "bijeenkomst 1, werkvorm 1, tafel 3, tafelkleed 1, notitie 1: ‘id’ komt twee keer voor in het bestand.",
    );
}

#[test]
fn a_tablecloth_of_a_round_that_is_not_there_is_refused() {
    assert_refused(
        |file| cafe(file)["tables"][2]["cloths"][0]["round"] = "c9".into(),
        "workshops.0.activities.0.tables.2.cloths.0.round",
        Problem::UnknownReference,
        "bijeenkomst 1, werkvorm 1, tafel 3, tafelkleed 1: ‘round’ verwijst naar iets dat niet bestaat.",
    );
}

#[test]
fn two_tablecloths_of_one_round_at_one_table_are_refused() {
    assert_refused(
        |file| {
            let cloths = cafe(file)["tables"][2]["cloths"].as_array_mut().unwrap();
            cloths.push(json!({"round": "c2", "notes": []}));
        },
        "workshops.0.activities.0.tables.2.cloths.1.round",
        Problem::IdTwice,
        "bijeenkomst 1, werkvorm 1, tafel 3, tafelkleed 2: ‘round’ komt twee keer voor in het bestand.",
    );
}

#[test]
fn a_note_in_a_theme_that_is_not_there_is_refused() {
    assert_refused(
        |file| cafe(file)["tables"][2]["cloths"][0]["notes"][0]["theme"] = "t9".into(),
        "workshops.0.activities.0.tables.2.cloths.0.notes.0.theme",
        Problem::UnknownReference,
        "bijeenkomst 1, werkvorm 1, tafel 3, tafelkleed 1, notitie 1: ‘theme’ verwijst naar iets dat niet bestaat.",
    );
}

#[test]
fn a_round_length_out_of_range_is_refused() {
    assert_refused(
        |file| cafe(file)["round_minutes"] = 90.into(),
        "workshops.0.activities.0.round_minutes",
        Problem::OutOfRange,
        "bijeenkomst 1, werkvorm 1: ‘round_minutes’ valt buiten de grenzen.",
    );
}

#[test]
fn a_current_round_that_is_not_there_is_refused() {
    assert_refused(
        |file| cafe(file)["current_round"] = 3.into(),
        "workshops.0.activities.0.current_round",
        Problem::OutOfRange,
        "bijeenkomst 1, werkvorm 1: ‘current_round’ valt buiten de grenzen.",
    );
}

#[test]
fn a_cafe_without_rounds_is_refused() {
    assert_refused(
        |file| cafe(file)["rounds"] = json!([]),
        "workshops.0.activities.0.rounds",
        Problem::TooFew,
        "bijeenkomst 1, werkvorm 1: ‘rounds’ heeft te weinig onderdelen.",
    );
}

#[test]
fn a_cafe_with_more_than_30_tables_is_refused() {
    assert_refused(
        |file| cafe(file)["tables"] = many(31, |i| json!({"id": format!("t{i}"), "name": "T"})),
        "workshops.0.activities.0.tables",
        Problem::TooMany,
        "bijeenkomst 1, werkvorm 1: ‘tables’ heeft te veel onderdelen.",
    );
}

#[test]
fn a_table_without_a_name_is_refused() {
    assert_refused(
        |file| cafe(file)["tables"][1]["name"] = "".into(),
        "workshops.0.activities.0.tables.1.name",
        Problem::Empty,
        "bijeenkomst 1, werkvorm 1, tafel 2: ‘name’ is leeg.",
    );
}

#[test]
fn an_empty_cafe_rule_is_refused() {
    assert_refused(
        |file| cafe(file)["rules"] = json!(["Luister", ""]),
        "workshops.0.activities.0.rules.1",
        Problem::Empty,
        "bijeenkomst 1, werkvorm 1, caféregel 2: deze waarde is leeg.",
    );
}

#[test]
fn a_harvest_theme_without_a_name_is_refused() {
    assert_refused(
        |file| cafe(file)["harvest"]["themes"] = json!([{"id": "t1", "name": " "}]),
        "workshops.0.activities.0.harvest.themes.0.name",
        Problem::Empty,
        "bijeenkomst 1, werkvorm 1, thema 1: ‘name’ is leeg.",
    );
}

#[test]
fn a_harvest_action_with_a_long_owner_is_refused() {
    assert_refused(
        |file| {
            cafe(file)["harvest"]["actions"] =
                json!([{"id": "a1", "text": "Bellen", "owner": "x".repeat(301)}])
        },
        "workshops.0.activities.0.harvest.actions.0.owner",
        Problem::TooLong,
        "bijeenkomst 1, werkvorm 1, actie 1: ‘owner’ is te lang.",
    );
}

#[test]
fn a_phase_length_out_of_range_is_refused() {
    assert_refused(
        |file| placemat(file)["minutes"]["sharing"] = 0.into(),
        "workshops.0.activities.1.minutes.sharing",
        Problem::OutOfRange,
        "bijeenkomst 1, werkvorm 2: ‘sharing’ valt buiten de grenzen.",
    );
}

#[test]
fn a_placemat_without_groups_is_refused() {
    assert_refused(
        |file| placemat(file)["groups"] = json!([]),
        "workshops.0.activities.1.groups",
        Problem::TooFew,
        "bijeenkomst 1, werkvorm 2: ‘groups’ heeft te weinig onderdelen.",
    );
}

#[test]
fn a_placemat_of_two_persons_is_refused() {
    assert_refused(
        |file| {
            let seats = placemat(file)["groups"][0]["seats"].as_array_mut().unwrap();
            seats.truncate(2);
        },
        "workshops.0.activities.1.groups.0.seats",
        Problem::TooFew,
        "bijeenkomst 1, werkvorm 2, groep 1: ‘seats’ heeft te weinig onderdelen.",
    );
}

#[test]
fn groups_of_different_sizes_are_refused() {
    assert_refused(
        |file| {
            let seats = placemat(file)["groups"][1]["seats"].as_array_mut().unwrap();
            seats.pop();
        },
        "workshops.0.activities.1.groups.1.seats",
        Problem::Uneven,
        "bijeenkomst 1, werkvorm 2, groep 2: ‘seats’ heeft een ander aantal dan bij groep 1.",
    );
}

#[test]
fn a_person_id_twice_in_a_group_is_refused() {
    assert_refused(
        |file| placemat(file)["groups"][0]["seats"][1]["id"] = "p2".into(),
        "workshops.0.activities.1.groups.0.seats.1.id",
        Problem::IdTwice,
        "bijeenkomst 1, werkvorm 2, groep 1, persoon 2: ‘id’ komt twee keer voor in het bestand.",
    );
}

#[test]
fn a_group_without_a_name_is_refused() {
    assert_refused(
        |file| placemat(file)["groups"][2]["name"] = "".into(),
        "workshops.0.activities.1.groups.2.name",
        Problem::Empty,
        "bijeenkomst 1, werkvorm 2, groep 3: ‘name’ is leeg.",
    );
}

#[test]
fn a_note_marked_by_its_own_writer_is_refused() {
    assert_refused(
        |file| placemat(file)["groups"][0]["seats"][0]["notes"][0]["marks"] = json!(["p2"]),
        "workshops.0.activities.1.groups.0.seats.0.notes.0.marks.0",
        Problem::OwnMark,
        "bijeenkomst 1, werkvorm 2, groep 1, persoon 1, notitie 1, markering 1: deze waarde is een markering van de schrijver zelf.",
    );
}

#[test]
fn a_mark_by_a_person_of_another_group_is_refused() {
    assert_refused(
        |file| placemat(file)["groups"][0]["seats"][0]["notes"][0]["marks"] = json!(["p3", "p7"]),
        "workshops.0.activities.1.groups.0.seats.0.notes.0.marks.1",
        Problem::UnknownReference,
        "bijeenkomst 1, werkvorm 2, groep 1, persoon 1, notitie 1, markering 2: deze waarde verwijst naar iets dat niet bestaat.",
    );
}

#[test]
fn a_mark_twice_on_one_note_is_refused() {
    assert_refused(
        |file| placemat(file)["groups"][0]["seats"][0]["notes"][0]["marks"] = json!(["p3", "p3"]),
        "workshops.0.activities.1.groups.0.seats.0.notes.0.marks.1",
        Problem::IdTwice,
        "bijeenkomst 1, werkvorm 2, groep 1, persoon 1, notitie 1, markering 2: deze waarde komt twee keer voor in het bestand.",
    );
}

#[test]
fn a_middle_note_over_its_limit_is_refused() {
    assert_refused(
        |file| {
            placemat(file)["groups"][0]["middle"] = json!([{"id": "m2", "text": "x".repeat(1001)}])
        },
        "workshops.0.activities.1.groups.0.middle.0.text",
        Problem::TooLong,
        "bijeenkomst 1, werkvorm 2, groep 1, midden, notitie 1: ‘text’ is te lang.",
    );
}

#[test]
fn a_placemat_note_id_twice_is_refused_even_in_another_group() {
    assert_refused(
        |file| placemat(file)["groups"][1]["middle"] = json!([{"id": "m1", "text": "Samen"}]),
        "workshops.0.activities.1.groups.1.middle.0.id",
        Problem::IdTwice,
        "bijeenkomst 1, werkvorm 2, groep 2, midden, notitie 1: ‘id’ komt twee keer voor in het bestand.",
    );
}

#[test]
fn more_than_200_notes_in_one_field_are_refused() {
    assert_refused(
        |file| {
            placemat(file)["groups"][0]["seats"][1]["notes"] =
                many(201, |i| json!({"id": format!("f{i}"), "text": "Idee"}))
        },
        "workshops.0.activities.1.groups.0.seats.1.notes",
        Problem::TooMany,
        "bijeenkomst 1, werkvorm 2, groep 1, persoon 2: ‘notes’ heeft te veel onderdelen.",
    );
}

#[test]
fn a_municipality_without_a_name_is_refused() {
    assert_refused(
        |file| persona_test(file)["municipalities"][0]["name"] = "".into(),
        "workshops.0.activities.2.municipalities.0.name",
        Problem::Empty,
        "bijeenkomst 1, werkvorm 3, gemeente 1: ‘name’ is leeg.",
    );
}

#[test]
fn more_than_12_municipalities_are_refused() {
    assert_refused(
        |file| {
            persona_test(file)["municipalities"] = many(
                13,
                |i| json!({"id": format!("g{i}"), "name": format!("Gemeente {i}")}),
            )
        },
        "workshops.0.activities.2.municipalities",
        Problem::TooMany,
        "bijeenkomst 1, werkvorm 3: ‘municipalities’ heeft te veel onderdelen.",
    );
}

#[test]
fn a_score_outside_1_to_5_is_refused() {
    assert_refused(
        |file| persona_test(file)["answers"][0]["score"] = 7.into(),
        "workshops.0.activities.2.answers.0.score",
        Problem::OutOfRange,
        "bijeenkomst 1, werkvorm 3, antwoord 1: ‘score’ valt buiten de grenzen.",
    );
}

#[test]
fn an_answer_in_a_municipality_that_is_not_there_is_refused() {
    assert_refused(
        |file| persona_test(file)["answers"][0]["municipality_id"] = "g9".into(),
        "workshops.0.activities.2.answers.0.municipality_id",
        Problem::UnknownReference,
        "bijeenkomst 1, werkvorm 3, antwoord 1: ‘municipality_id’ verwijst naar iets dat niet bestaat.",
    );
}

#[test]
fn two_answers_in_one_cell_are_refused() {
    assert_refused(
        |file| {
            let answers = persona_test(file)["answers"].as_array_mut().unwrap();
            answers.push(answers[0].clone());
        },
        "workshops.0.activities.2.answers.1",
        Problem::IdTwice,
        "bijeenkomst 1, werkvorm 3, antwoord 2: deze waarde komt twee keer voor in het bestand.",
    );
}

#[test]
fn a_persona_chosen_twice_is_refused() {
    assert_refused(
        |file| persona_test(file)["persona_ids"] = json!(["p1", "p1"]),
        "workshops.0.activities.2.persona_ids.1",
        Problem::IdTwice,
        "bijeenkomst 1, werkvorm 3, gekozen persona 2: deze waarde komt twee keer voor in het bestand.",
    );
}

#[test]
fn a_sub_question_over_its_limit_is_refused() {
    assert_refused(
        |file| persona_test(file)["sub_questions"] = json!(["x".repeat(501)]),
        "workshops.0.activities.2.sub_questions.0",
        Problem::TooLong,
        "bijeenkomst 1, werkvorm 3, deelvraag 1: deze waarde is te lang.",
    );
}

#[test]
fn a_persona_without_a_name_is_refused() {
    assert_refused(
        |file| first_persona(file)["fields"]["name"] = "  ".into(),
        "personas.0.fields.name",
        Problem::Empty,
        "persona 1: ‘name’ is leeg.",
    );
}

#[test]
fn an_age_over_120_is_refused() {
    assert_refused(
        |file| first_persona(file)["fields"]["age"] = 130.into(),
        "personas.0.fields.age",
        Problem::OutOfRange,
        "persona 1: ‘age’ valt buiten de grenzen.",
    );
}

#[test]
fn a_tag_over_its_limit_is_refused() {
    assert_refused(
        |file| first_persona(file)["fields"]["tags"] = json!(["ggz", "x".repeat(41)]),
        "personas.0.fields.tags.1",
        Problem::TooLong,
        "persona 1, doelgroep 2: deze waarde is te lang.",
    );
}

#[test]
fn a_network_of_more_than_30_is_refused() {
    assert_refused(
        |file| {
            first_persona(file)["fields"]["network"] = many(31, |i| json!({"name": i.to_string()}))
        },
        "personas.0.fields.network",
        Problem::TooMany,
        "persona 1: ‘network’ heeft te veel onderdelen.",
    );
}

#[test]
fn an_area_of_life_twice_is_refused() {
    assert_refused(
        |file| {
            first_persona(file)["fields"]["life_areas"] =
                json!([{"area": "housing", "situation": "Huur"}, {"area": "housing"}])
        },
        "personas.0.fields.life_areas.1.area",
        Problem::IdTwice,
        "persona 1, levensgebied 2: ‘area’ komt twee keer voor in het bestand.",
    );
}

#[test]
fn an_emoji_with_letters_is_refused() {
    assert_refused(
        |file| {
            first_persona(file)["avatar"] =
                json!({"type": "emoji", "emoji": "abc", "colour": "blue"})
        },
        "personas.0.avatar.emoji",
        Problem::UnknownValue,
        "persona 1: ‘emoji’ heeft een waarde die de app niet kent.",
    );
}

#[test]
fn a_photo_that_is_not_a_small_image_is_refused() {
    assert_refused(
        |file| {
            first_persona(file)["avatar"] =
                json!({"type": "photo", "data_url": "data:image/gif;base64,R0lG"})
        },
        "personas.0.avatar.data_url",
        Problem::UnknownValue,
        "persona 1: ‘data_url’ heeft een waarde die de app niet kent.",
    );
}

#[test]
fn an_earlier_version_that_breaks_the_rules_is_refused() {
    assert_refused(
        |file| first_persona(file)["revisions"][0]["fields"]["name"] = "".into(),
        "personas.0.revisions.0.fields.name",
        Problem::Empty,
        "persona 1, versie 1: ‘name’ is leeg.",
    );
}

#[test]
fn two_versions_at_the_same_moment_are_refused() {
    assert_refused(
        |file| {
            let revisions = first_persona(file)["revisions"].as_array_mut().unwrap();
            revisions.push(revisions[0].clone());
        },
        "personas.0.revisions.1.at",
        Problem::IdTwice,
        "persona 1, versie 2: ‘at’ komt twee keer voor in het bestand.",
    );
}

#[test]
fn the_new_problems_are_worded_in_english_too() {
    let mut file = good_file();
    placemat(&mut file)["groups"][1]["seats"]
        .as_array_mut()
        .unwrap()
        .pop();
    assert_eq!(
        import_message(&read(&file).unwrap_err(), Language::En),
        "This file was not imported. workshop 1, work form 2, group 2: ‘seats’ has another number than in group 1. Nothing was changed."
    );
}

// What a wrong value is, named from the kind of value its field asks for.

#[test]
fn a_number_where_text_belongs_is_not_text() {
    assert_refused(
        |file| file["workshops"][0]["title"] = 5.into(),
        "workshops.0.title",
        Problem::NotText,
        "bijeenkomst 1: ‘title’ is geen tekst.",
    );
}

#[test]
fn text_where_a_number_belongs_is_not_a_number() {
    assert_refused(
        |file| first_persona(file)["fields"]["age"] = "oud".into(),
        "personas.0.fields.age",
        Problem::NotNumber,
        "persona 1: ‘age’ is geen getal.",
    );
}

#[test]
fn a_fraction_where_a_whole_number_belongs_is_not_a_number() {
    assert_refused(
        |file| persona_test(file)["answers"][0]["score"] = 2.5.into(),
        "workshops.0.activities.2.answers.0.score",
        Problem::NotNumber,
        "bijeenkomst 1, werkvorm 3, antwoord 1: ‘score’ is geen getal.",
    );
}

#[test]
fn a_score_too_large_for_its_field_is_a_value_the_app_does_not_know() {
    assert_refused(
        |file| persona_test(file)["answers"][0]["score"] = 300.into(),
        "workshops.0.activities.2.answers.0.score",
        Problem::UnknownValue,
        "bijeenkomst 1, werkvorm 3, antwoord 1: ‘score’ heeft een waarde die de app niet kent.",
    );
}

#[test]
fn a_negative_age_is_a_value_the_app_does_not_know() {
    assert_refused(
        |file| first_persona(file)["fields"]["age"] = (-1).into(),
        "personas.0.fields.age",
        Problem::UnknownValue,
        "persona 1: ‘age’ heeft een waarde die de app niet kent.",
    );
}

#[test]
fn a_moment_past_the_largest_timestamp_is_a_value_the_app_does_not_know() {
    assert_refused(
        |file| first_persona(file)["created_at"] = u64::MAX.into(),
        "personas.0.created_at",
        Problem::UnknownValue,
        "persona 1: ‘created_at’ heeft een waarde die de app niet kent.",
    );
}

#[test]
fn text_where_yes_or_no_belongs_is_not_yes_or_no() {
    assert_refused(
        |file| cafe(file)["sound"] = "ja".into(),
        "workshops.0.activities.0.sound",
        Problem::NotYesNo,
        "bijeenkomst 1, werkvorm 1: ‘sound’ is geen ja of nee.",
    );
}

#[test]
fn text_where_a_list_belongs_is_not_a_list() {
    assert_refused(
        |file| first_persona(file)["fields"]["tags"] = "ggz".into(),
        "personas.0.fields.tags",
        Problem::NotList,
        "persona 1: ‘tags’ is geen lijst.",
    );
}

#[test]
fn text_where_a_group_of_fields_belongs_is_not_a_group() {
    assert_refused(
        |file| first_persona(file)["fields"] = "Fatima".into(),
        "personas.0.fields",
        Problem::NotGroup,
        "persona 1: ‘fields’ is geen groep van velden.",
    );
}

#[test]
fn a_list_where_a_group_of_fields_belongs_is_not_a_group() {
    assert_refused(
        |file| first_persona(file)["fields"] = json!(["Fatima", 34]),
        "personas.0.fields",
        Problem::NotGroup,
        "persona 1: ‘fields’ is geen groep van velden.",
    );
}

#[test]
fn a_field_left_out_is_named_as_missing() {
    assert_refused(
        |file| {
            first_persona(file)
                .as_object_mut()
                .unwrap()
                .remove("created_at");
        },
        "personas.0",
        Problem::Missing("created_at".into()),
        "persona 1: ‘created_at’ ontbreekt.",
    );
}

#[test]
fn a_kind_the_app_does_not_know_is_a_value_the_app_does_not_know() {
    assert_refused(
        |file| placemat(file)["phase"] = "lunch".into(),
        "workshops.0.activities.1.phase",
        Problem::UnknownValue,
        "bijeenkomst 1, werkvorm 2: ‘phase’ heeft een waarde die de app niet kent.",
    );
}

#[test]
fn a_kind_given_as_a_number_is_not_right() {
    assert_refused(
        |file| placemat(file)["phase"] = 2.into(),
        "workshops.0.activities.1.phase",
        Problem::Other,
        "bijeenkomst 1, werkvorm 2: ‘phase’ klopt niet.",
    );
}

#[test]
fn a_date_that_is_no_date_is_not_right() {
    assert_refused(
        |file| file["workshops"][0]["date"] = "morgen".into(),
        "workshops.0.date",
        Problem::Other,
        "bijeenkomst 1: ‘date’ klopt niet.",
    );
}

#[test]
fn a_wrong_kind_of_value_inside_an_avatar_is_named_at_the_avatar() {
    assert_refused(
        |file| {
            first_persona(file)["avatar"] = json!({"type": "emoji", "emoji": 5, "colour": "blue"})
        },
        "personas.0.avatar",
        Problem::Other,
        "persona 1: ‘avatar’ klopt niet.",
    );
}

proptest! {
    /// Export then import of generated data gives the same data.
    #[test]
    fn export_then_import_gives_equal_data(
        titles in proptest::collection::vec("\\PC{1,40}", 1..4),
        note in "\\PC{1,120}",
        with_persona in any::<bool>(),
    ) {
        let workshops: Vec<Workshop> = titles
            .iter()
            .enumerate()
            .filter(|(_, t)| !t.trim().is_empty())
            .map(|(i, t)| workshop(&format!("w{i}"), t, if note.trim().is_empty() { "x" } else { &note }))
            .collect();
        let personas = if with_persona { vec![persona("p1")] } else { vec![] };
        let exported = backup(workshops, personas);
        let read = read_backup(exported.to_json().as_bytes()).unwrap();
        prop_assert_eq!(read.workshops, exported.workshops);
        prop_assert_eq!(read.personas, exported.personas);
    }

    /// Any bytes at all give an answer, never a panic.
    #[test]
    fn arbitrary_bytes_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..2048)) {
        let _ = read_backup(&bytes);
    }

    /// A real file cut short or with one byte changed gives an answer, never a panic.
    #[test]
    fn damaged_backups_never_panic(cut in 0usize..100_000, at in 0usize..100_000, byte in any::<u8>()) {
        let text = backup(vec![workshop("w1", "Avond", "Idee")], vec![persona("p1")]).to_json();
        let mut bytes = text.into_bytes();
        let at = at % bytes.len();
        bytes[at] = byte;
        let cut = cut % (bytes.len() + 1);
        let _ = read_backup(&bytes[..cut]);
        let _ = read_backup(&bytes);
    }
}
