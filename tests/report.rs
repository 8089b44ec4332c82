//! What leaves the app for people: the report (blocks and Markdown), the CSV of
//! every note, names taken out, and the file names.

mod common;

use common::{id_of, ids};
use werktafel::forms::cafe::Cafe;
use werktafel::forms::placemat::{Phase, Placemat};
use werktafel::forms::ActivityBody;
use werktafel::i18n::Language;
use werktafel::model::{ActionDraft, IsoDate, NoteBoard, NoteKind, Workshop, WorkshopDraft};
use werktafel::transfer::{
    anonymise, export_file_name, markdown, notes_csv, workshop_report, Block,
};

/// A workshop with a café (2 notes at Tafel 1 in round 1, a summary, a theme,
/// an action) and a placemat (a note by Anna with a mark, a middle theme).
fn workshop() -> Workshop {
    let draft = WorkshopDraft {
        title: "Wijkavond Noord".into(),
        date: "2026-12-01".into(),
        place: "Buurthuis".into(),
        ..Default::default()
    };
    let mut workshop = Workshop::create(&draft, id_of("w1"), 1).unwrap();
    let mut cafe = Cafe::new(vec![], |i| format!("Tafel {}", i + 1), ids("c"));
    cafe.name = "Samen".into();
    cafe.rounds[0].question = "Wat gaat goed?".into();
    cafe.tables[0].host = "Ans de Vries".into();
    cafe.participants = vec!["Bram".into(), "ans de vries".into()];
    let (table, round) = (cafe.tables[0].id, cafe.rounds[0].id);
    cafe.add_note(
        table,
        round,
        id_of("n1"),
        NoteKind::Question,
        "Wie betaalt; en \"hoe\"?",
    )
    .unwrap();
    cafe.add_note(
        table,
        round,
        id_of("n2"),
        NoteKind::Idea,
        "# Geen kop\n- geen lijst <b>vet</b>",
    )
    .unwrap();
    cafe.set_summary(table, round, "Veel goede ideeën").unwrap();
    cafe.harvest.add_theme(id_of("th1"), "Geld").unwrap();
    cafe.group_note(id_of("n1"), Some(id_of("th1"))).unwrap();
    cafe.mark_key(id_of("n1"), true).unwrap();
    let action = ActionDraft {
        text: "Subsidie aanvragen".into(),
        owner: "Bram".into(),
        due: "2026-12-15".into(),
    };
    cafe.harvest.add_action(id_of("a1"), &action, None).unwrap();
    workshop
        .add_activity(ActivityBody::Cafe(cafe), id_of("cafe"), 2)
        .unwrap();

    let mut placemat = Placemat::new(|i| format!("Groep {}", i + 1), ids("p"));
    placemat.set_question("Wat deel je?").unwrap();
    let group = placemat.groups[0].id;
    let (anna, bram) = (
        placemat.groups[0].seats[0].id,
        placemat.groups[0].seats[1].id,
    );
    placemat.set_seat_name(group, anna, "Anna").unwrap();
    placemat.start_phase(Phase::Individual, 3).unwrap();
    placemat
        .add_note(group, anna, id_of("m1"), "Samen werken")
        .unwrap();
    placemat.start_phase(Phase::Sharing, 4).unwrap();
    placemat.toggle_mark(id_of("m1"), bram).unwrap();
    placemat.start_phase(Phase::Consensus, 5).unwrap();
    placemat.copy_to_middle(id_of("m1"), id_of("mid1")).unwrap();
    workshop
        .add_activity(ActivityBody::Placemat(placemat), id_of("pm"), 3)
        .unwrap();
    workshop
}

#[test]
fn the_report_has_a_heading_per_activity_with_rounds_tables_notes_and_in_short_the_harvest() {
    let blocks = workshop_report(&workshop(), &[], Language::Nl);
    let heading = |level: u8, text: &str| Block::Heading(level, text.to_string());
    for wanted in [
        heading(1, "Wijkavond Noord"),
        Block::Line("Datum: 2026-12-01".into()),
        heading(2, "Wereldcafé: Samen"),
        heading(3, "Ronde 1: Wat gaat goed?"),
        heading(4, "Tafel 1 (Gastvrouw of gastheer: Ans de Vries)"),
        Block::Item("Vraag: Wie betaalt; en \"hoe\"?".into()),
        Block::Line("Samenvatting: Veel goede ideeën".into()),
        heading(2, "In het kort"),
        heading(3, "Belangrijkste inzichten"),
        Block::Item("Wie betaalt; en \"hoe\"?".into()),
        heading(3, "Thema's"),
        heading(4, "Geld"),
        Block::Item("★ Wie betaalt; en \"hoe\"?".into()),
        heading(3, "Acties"),
        Block::Table {
            columns: vec!["Wat".into(), "Wie".into(), "Wanneer".into()],
            rows: vec![vec![
                "Subsidie aanvragen".into(),
                "Bram".into(),
                "2026-12-15".into(),
            ]],
        },
        heading(2, "Placemat"),
        heading(4, "Anna"),
        Block::Item("Samen werken (♥ 1)".into()),
        heading(4, "Midden: wat we delen"),
    ] {
        assert!(
            blocks.contains(&wanted),
            "missing {wanted:?} in {blocks:#?}"
        );
    }
    let english = workshop_report(&workshop(), &[], Language::En);
    assert!(english.contains(&heading(2, "World Café: Samen")));
}

#[test]
fn the_markdown_keeps_user_text_as_text() {
    let text = markdown(&workshop_report(&workshop(), &[], Language::Nl));
    assert!(text.starts_with("# Wijkavond Noord\n\nDatum: 2026-12-01\n\n"));
    assert!(text.contains("## Wereldcafé: Samen\n"));
    // A note that looks like a heading, a list and HTML stays a plain item.
    assert!(
        text.contains("- Idee: # Geen kop  \n  \\- geen lijst &lt;b>vet&lt;/b>\n"),
        "{text}"
    );
    assert!(!text.contains("<b>"));
}

#[test]
fn markdown_escapes_numbered_lines_strikethrough_and_lone_carriage_returns() {
    let blocks = vec![
        Block::Heading(2, "Groep\n# 2".into()),
        Block::Line("10.000 euro\r~~~ code\r1) punt".into()),
        Block::Item("3.5 uur ~~weg~~".into()),
    ];
    let text = markdown(&blocks);
    assert_eq!(
        text,
        "## Groep # 2\n\n10\\.000 euro  \n\\~\\~\\~ code  \n1\\) punt\n\n- 3\\.5 uur \\~\\~weg\\~\\~\n"
    );
}

#[test]
fn the_csv_has_the_columns_a_bom_semicolons_and_quotes_what_needs_it() {
    let csv = notes_csv(&workshop(), Language::Nl);
    assert!(csv.starts_with('\u{feff}'));
    let lines: Vec<&str> = csv.trim_start_matches('\u{feff}').split("\r\n").collect();
    assert_eq!(
        lines[0],
        "Bijeenkomst;Werkvorm;Tafel of groep;Ronde of fase;Veld of schrijver;Soort;Tekst;Tijd"
    );
    assert_eq!(
        lines[1],
        "Wijkavond Noord;Wereldcafé: Samen;Tafel 1;Ronde 1;Ans de Vries;Vraag;\"Wie betaalt; en \"\"hoe\"\"?\";"
    );
    // A note with a line break is one quoted field over two lines.
    assert!(csv.contains(";Idee;\"# Geen kop\n- geen lijst <b>vet</b>\";"));
    assert!(
        csv.contains("Wijkavond Noord;Placemat;Groep 1;1. Zelf schrijven;Anna;Idee;Samen werken;")
    );
    assert!(csv.contains(";Midden: wat we delen;Gedeeld thema;Samen werken;"));
    assert!(csv.ends_with("\r\n"));
}

#[test]
fn a_csv_field_that_a_spreadsheet_would_run_as_a_formula_is_made_text() {
    let mut w = workshop();
    w.title = "=HYPERLINK(\"x\")".into();
    let csv = notes_csv(&w, Language::Nl);
    assert!(csv.contains("\r\n\"'=HYPERLINK(\"\"x\"\")\";"), "{csv}");
    for (title, cell) in [
        ("\t=1+1", "\r\n'\t=1+1;"),
        ("\r=1+1", "\r\n\"'\r=1+1\";"),
        ("+31 6 1234", "\r\n'+31 6 1234;"),
        ("@SUM(A1)", "\r\n'@SUM(A1);"),
        ("-2", "\r\n'-2;"),
    ] {
        w.title = title.into();
        let csv = notes_csv(&w, Language::Nl);
        assert!(csv.contains(cell), "{title:?} in {csv}");
    }
}

#[test]
fn a_started_round_gives_its_notes_a_time() {
    let mut w = workshop();
    w.change_activity::<Cafe, _>(id_of("cafe"), 9, |c| c.start_round(0, 1_764_590_400_000))
        .unwrap();
    let csv = notes_csv(&w, Language::Nl);
    assert!(csv.contains(";2025-12-01 12:00 UTC\r\n"), "{csv}");
}

#[test]
fn anonymising_replaces_hosts_participants_owners_and_persons_the_same_name_the_same_number() {
    let w = anonymise(&workshop(), |n| format!("Deelnemer {n}"));
    let cafe = w.activities[0].form::<Cafe>().unwrap();
    assert_eq!(cafe.tables[0].host, "Deelnemer 1");
    assert_eq!(cafe.participants, ["Deelnemer 2", "Deelnemer 1"]);
    assert_eq!(cafe.harvest.actions[0].owner, "Deelnemer 2");
    let placemat = w.activities[1].form::<Placemat>().unwrap();
    assert_eq!(placemat.groups[0].seats[0].name, "Deelnemer 3");
    // Unnamed persons stay unnamed; the notes are untouched.
    assert_eq!(placemat.groups[0].seats[1].name, "");
    let report = markdown(&workshop_report(&w, &[], Language::Nl));
    assert!(!report.contains("Ans") && !report.contains("Anna") && !report.contains("Bram"));
}

#[test]
fn export_file_names_carry_the_date_and_the_title() {
    let date = IsoDate::new(2026, 12, 1);
    assert_eq!(
        export_file_name(date, "Wijkavond Noord", "md"),
        "2026-12-01-wijkavond-noord.md"
    );
    assert_eq!(
        export_file_name(date, "Café: één / twee?", "csv"),
        "2026-12-01-cafe-een-twee.csv"
    );
    assert_eq!(
        export_file_name(date, "???", "csv"),
        "2026-12-01-werktafel.csv"
    );
    assert_eq!(
        export_file_name(None, "A", "werktafel.json"),
        "a.werktafel.json"
    );
}
