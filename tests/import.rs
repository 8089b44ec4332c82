//! Reading a backup back in: a file that passes gives back exactly what was
//! exported; every kind of bad file is refused with what is wrong and where; no
//! bytes make it panic; the plan says what is new, here or in conflict, and the
//! choices decide what is saved.

use proptest::prelude::*;
use std::collections::HashMap;
use werktafel::i18n::{import_message, Language};
use werktafel::model::{
    example_personas, ActivityBody, Cafe, NoteKind, Persona, Phase, Placemat, Settings, Workshop,
    WorkshopDraft,
};
use werktafel::transfer::{
    apply_import, plan_import, read_backup, Arrival, Backup, Choice, ImportError, Problem, Step,
    MAX_IMPORT_BYTES,
};

/// Ids from a counter, with a prefix.
fn ids(prefix: &'static str) -> impl FnMut() -> String {
    let mut n = 0;
    move || {
        n += 1;
        format!("{prefix}{n}")
    }
}

/// A workshop with a café (notes at table 3 in round 2) and a placemat in phase 2.
fn workshop(id: &str, title: &str, note: &str) -> Workshop {
    let draft = WorkshopDraft {
        title: title.into(),
        date: "2026-12-01".into(),
        ..Default::default()
    };
    let mut workshop = Workshop::create(&draft, id.into(), 1).unwrap();
    let mut cafe = Cafe::new(
        vec!["Luister".into()],
        |i| format!("Tafel {}", i + 1),
        ids("c"),
    );
    let (table, round) = (cafe.tables[2].id.clone(), cafe.rounds[1].id.clone());
    cafe.add_note(&table, &round, "n1".into(), NoteKind::Question, note)
        .unwrap();
    workshop
        .add_activity(ActivityBody::Cafe(cafe), "cafe".into(), 2)
        .unwrap();
    let mut placemat = Placemat::new(|i| format!("Groep {}", i + 1), ids("p"));
    placemat.set_question("Wat deel je?").unwrap();
    placemat.start_phase(Phase::Individual, 3).unwrap();
    let (group, seat) = (
        placemat.groups[0].id.clone(),
        placemat.groups[0].seats[0].id.clone(),
    );
    placemat.add_note(&group, &seat, "m1".into(), note).unwrap();
    workshop
        .add_activity(ActivityBody::Placemat(placemat), "placemat".into(), 3)
        .unwrap();
    workshop
}

fn persona(id: &str) -> Persona {
    let (fields, avatar) = example_personas().remove(0);
    Persona::create(&fields, avatar, id.into(), 4).unwrap()
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
    let path = |steps: &[&str]| -> Vec<Step> {
        steps
            .iter()
            .map(|s| match s.parse::<usize>() {
                Ok(i) => Step::Index(i),
                Err(_) => Step::Field(s.to_string()),
            })
            .collect()
    };
    assert_eq!(
        error,
        ImportError::Bad {
            path: path(&[
                "workshops",
                "0",
                "activities",
                "0",
                "tables",
                "2",
                "cloths",
                "0",
                "notes",
                "0",
                "text"
            ]),
            problem: Problem::NotText
        }
    );
    assert_eq!(
        import_message(&error, Language::Nl),
        "Dit bestand is niet ingelezen. bijeenkomst 1, werkvorm 1, tafel 3, ronde 1, notitie 1: ‘text’ is geen tekst. Er is niets veranderd."
    );
    assert_eq!(
        import_message(&error, Language::En),
        "This file was not imported. workshop 1, work form 1, table 3, round 1, note 1: ‘text’ is not text. Nothing was changed."
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
    let plan = plan_import(incoming, &here, &[]);
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
        ("w1".to_string(), Choice::Replace),
        ("w2".to_string(), Choice::Skip),
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
    let plan = plan_import(backup(here.clone(), vec![]), &here, &[]);
    let applied = apply_import(&plan, &HashMap::new(), ids("k"), " (x)");
    assert!(applied.workshops.is_empty() && applied.personas.is_empty());
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
