//! The programme in what leaves the app and comes back: the report, the
//! spreadsheet, names taken out, duplicating a workshop, and a backup whose
//! programme breaks a rule refused with its place.

mod common;

use common::id_of;
use werktafel::forms::cafe::Cafe;
use werktafel::forms::ActivityBody;
use werktafel::i18n::{import_message, Language};
use werktafel::model::programme::{BlockDraft, BlockKind, PlainKind};
use werktafel::model::{Collection, NoteKind, Settings, Workshop, WorkshopDraft};
use werktafel::transfer::{
    anonymise, markdown, programme_csv, read_backup, workshop_report, Backup, Block,
};

/// A workshop with a café (a note at its first table) and a programme from
/// 13:00: welcome, the café's block (led by Anna, with materials) and a break.
fn workshop() -> Workshop {
    let draft = WorkshopDraft {
        title: "Regio-overleg".into(),
        ..Default::default()
    };
    let mut workshop = Workshop::create(&draft, id_of("w"), 1).unwrap();
    let mut cafe = Cafe::new(vec![], |i| format!("Tafel {}", i + 1), common::ids("c"));
    let (table, round) = (cafe.tables[0].id, cafe.rounds[0].id);
    cafe.add_note(table, round, id_of("n1"), NoteKind::Idea, "Samen eten")
        .unwrap();
    workshop
        .add_activity(ActivityBody::Cafe(cafe), id_of("cafe"), 2)
        .unwrap();
    let programme = &mut workshop.programme;
    programme.set_start("13:00").unwrap();
    programme
        .add(
            &BlockDraft::plain(PlainKind::Welcome, "Welkom", 10),
            id_of("b1"),
            None,
        )
        .unwrap();
    let mut cafe_block = BlockDraft::plain(PlainKind::Free, "Wereldcafé; drie rondes", 60);
    cafe_block.kind = BlockKind::Form(id_of("cafe"));
    cafe_block.goal = "Ervaringen delen".into();
    cafe_block.materials = "Tafelkleden\nStiften".into();
    cafe_block.leader = "Anna".into();
    programme.add(&cafe_block, id_of("b2"), None).unwrap();
    programme
        .add(
            &BlockDraft::plain(PlainKind::Break, "Pauze", 15),
            id_of("b3"),
            None,
        )
        .unwrap();
    workshop
}

#[test]
fn the_report_lists_the_programme_with_times_goal_materials_and_who() {
    let blocks = workshop_report(&workshop(), &[], Language::Nl);
    let at = blocks
        .iter()
        .position(|b| *b == Block::Heading(2, "Programma".into()))
        .expect("a programme heading");
    assert_eq!(
        blocks[at + 1],
        Block::Line("Samen 1 uur 25 min, van 13:00 tot 14:25".into())
    );
    let Block::Table { columns, rows } = &blocks[at + 2] else {
        panic!("a table of blocks: {blocks:#?}");
    };
    assert_eq!(columns, &["Begin", "Blok", "Doel", "Materialen", "Wie"]);
    assert_eq!(rows[0], ["13:00–13:10\n10 min", "Welkom", "", "", ""]);
    assert_eq!(
        rows[1],
        [
            "13:10–14:10\n1 uur 0 min",
            "Wereldcafé; drie rondes",
            "Ervaringen delen",
            "Tafelkleden\nStiften",
            "Anna"
        ]
    );
    let cafe_heading = blocks
        .iter()
        .position(|b| *b == Block::Heading(2, "Wereldcafé".into()))
        .unwrap();
    assert!(
        at < cafe_heading,
        "the programme comes before the work forms"
    );
    let text = markdown(&blocks);
    assert!(
        text.contains("| Begin | Blok | Doel | Materialen | Wie |\n|---|---|---|---|---|\n"),
        "{text}"
    );
    assert!(
        text.contains("| 13:10–14:10; 1 uur 0 min | Wereldcafé; drie rondes | Ervaringen delen | Tafelkleden; Stiften | Anna |\n"),
        "{text}"
    );
}

#[test]
fn a_workshop_without_a_programme_has_no_programme_heading() {
    let mut workshop = workshop();
    workshop.programme = Default::default();
    let blocks = workshop_report(&workshop, &[], Language::En);
    assert!(!blocks
        .iter()
        .any(|b| *b == Block::Heading(2, "Programme".into())));
}

#[test]
fn the_spreadsheet_has_one_row_per_block_with_the_form_named() {
    let csv = programme_csv(&workshop(), Language::Nl);
    let rows: Vec<&str> = csv
        .trim_start_matches('\u{feff}')
        .split_terminator("\r\n")
        .collect();
    assert_eq!(rows.len(), 4, "{csv}");
    assert_eq!(
        rows[0],
        "Begin;Einde;Minuten;Blok;Soort;Doel;Wat er gebeurt;Materialen;Tips;Wie"
    );
    assert_eq!(rows[1], "13:00;13:10;10;Welkom;Welkom;;;;;");
    assert!(
        csv.contains("13:10;14:10;60;\"Wereldcafé; drie rondes\";Wereldcafé;Ervaringen delen;;\"Tafelkleden\nStiften\";;Anna\r\n"),
        "{csv}"
    );
}

#[test]
fn names_of_who_leads_a_block_are_taken_out() {
    let copy = anonymise(&workshop(), |n| format!("Deelnemer {n}"));
    assert_eq!(copy.programme.blocks[1].leader, "Deelnemer 1");
    assert_eq!(
        copy.programme.blocks[0].leader, "",
        "an empty name stays empty"
    );
}

#[test]
fn a_duplicated_workshop_keeps_the_programme_but_not_its_run_or_ticks() {
    let mut original = workshop();
    original.programme.start_run(0, 0).unwrap();
    original.programme.toggle_packed("stiften");
    let mut workshops = Collection::default();
    workshops.add(original.clone()).unwrap();
    workshops
        .duplicate(id_of("w"), id_of("w2"), " (kopie)", 5)
        .unwrap();
    let copy = workshops.get(id_of("w2")).unwrap();
    assert_eq!(copy.programme.blocks, original.programme.blocks);
    assert_eq!(copy.programme.start, original.programme.start);
    assert!(copy.programme.live.is_none() && copy.programme.packed.is_empty());
}

#[test]
fn a_backup_carries_the_programme_and_one_with_a_500_minute_block_is_refused_at_its_place() {
    let backup = Backup::new(&Settings::default(), &[workshop()], &[], 9);
    let text = serde_json::to_string(&backup).unwrap();
    let back = read_backup(text.as_bytes()).unwrap();
    assert_eq!(back.workshops[0].programme, workshop().programme);

    let mut value: serde_json::Value = serde_json::from_str(&text).unwrap();
    value["workshops"][0]["programme"]["blocks"][2]["minutes"] = 500.into();
    let error = read_backup(value.to_string().as_bytes()).unwrap_err();
    let message = import_message(&error, Language::Nl);
    assert!(message.contains("blok 3 van het programma"), "{message}");
    assert!(message.contains("minutes"), "{message}");
}
