//! The report's order and what it leaves out: the head with the workshop's
//! facts and counts, then *In het kort* (key insights, themes with their notes,
//! the actions as a table), then each work form in detail; a part with nothing
//! in it is never an empty heading.

mod common;

use common::{id_of, ids};
use werktafel::forms::cafe::Cafe;
use werktafel::forms::open_question::OpenQuestion;
use werktafel::forms::placemat::{Phase, Placemat};
use werktafel::forms::ActivityBody;
use werktafel::i18n::Language;
use werktafel::model::{ActionDraft, NoteBoard, NoteKind, Workshop, WorkshopDraft};
use werktafel::transfer::{markdown, resident_report, workshop_report, Block};

/// An empty workshop with all its facts filled in.
fn workshop() -> Workshop {
    let draft = WorkshopDraft {
        title: "Regio-avond".into(),
        date: "2026-12-01".into(),
        place: "Wijkcentrum De Brug".into(),
        goal: "Horen wat bewoners nodig hebben".into(),
        facilitator: "Fatima".into(),
    };
    Workshop::create(&draft, id_of("w1"), 1).unwrap()
}

/// A café of 3 rounds and 5 tables with notes in round 1 only, at table 2,
/// a theme holding one key note and a theme with no notes, and an action.
fn cafe() -> Cafe {
    let mut cafe = Cafe::new(vec![], |i| format!("Tafel {}", i + 1), ids("c"));
    cafe.set_table_count(5, ids("t"), |i| format!("Tafel {}", i + 1))
        .unwrap();
    cafe.participants = (1..=9).map(|n| format!("Deelnemer {n}")).collect();
    let (table, round) = (cafe.tables[1].id, cafe.rounds[0].id);
    cafe.add_note(table, round, id_of("n1"), NoteKind::Idea, "Een buurtbus")
        .unwrap();
    cafe.add_note(table, round, id_of("n2"), NoteKind::Question, "Wie rijdt?")
        .unwrap();
    cafe.harvest.add_theme(id_of("th1"), "Vervoer").unwrap();
    cafe.harvest.add_theme(id_of("th2"), "Eenzaamheid").unwrap();
    cafe.group_note(id_of("n1"), Some(id_of("th1"))).unwrap();
    cafe.group_note(id_of("n2"), Some(id_of("th1"))).unwrap();
    cafe.mark_key(id_of("n1"), true).unwrap();
    let action = ActionDraft {
        text: "Vrijwilligers | chauffeurs zoeken".into(),
        owner: "Wijkteam".into(),
        due: "2027-01-15".into(),
    };
    cafe.harvest.add_action(id_of("a1"), &action, None).unwrap();
    cafe
}

/// A placemat of 3 groups of 4 whose first two groups share "Veiligheid" in
/// their middles, linked across groups in the plenary.
fn placemat() -> Placemat {
    let mut placemat = Placemat::new(|i| format!("Groep {}", i + 1), ids("p"));
    placemat.set_question("Wat maakt de wijk fijn?").unwrap();
    placemat.start_phase(Phase::Individual, 1).unwrap();
    for (n, group) in [0, 1].into_iter().enumerate() {
        let (group, seat) = (
            placemat.groups[group].id,
            placemat.groups[group].seats[0].id,
        );
        placemat
            .add_note(group, seat, id_of(&format!("s{n}")), "Licht op straat")
            .unwrap();
    }
    placemat.start_phase(Phase::Consensus, 2).unwrap();
    for n in 0..2 {
        placemat
            .copy_to_middle(id_of(&format!("s{n}")), id_of(&format!("m{n}")))
            .unwrap();
    }
    placemat.start_phase(Phase::Plenary, 3).unwrap();
    placemat
        .add_linked_theme(id_of("lt"), "Veiligheid")
        .unwrap();
    for n in 0..2 {
        placemat
            .link(id_of(&format!("m{n}")), Some(id_of("lt")))
            .unwrap();
    }
    placemat
}

fn with_forms(forms: Vec<ActivityBody>) -> Workshop {
    let mut workshop = workshop();
    for (n, form) in forms.into_iter().enumerate() {
        workshop
            .add_activity(form, id_of(&format!("f{n}")), 2)
            .unwrap();
    }
    workshop
}

fn heading(level: u8, text: &str) -> Block {
    Block::Heading(level, text.to_string())
}

fn position(blocks: &[Block], wanted: &Block) -> usize {
    blocks
        .iter()
        .position(|b| b == wanted)
        .unwrap_or_else(|| panic!("missing {wanted:?} in {blocks:#?}"))
}

/// No heading is followed by a heading of its level or higher, or by the end.
fn assert_no_empty_heading(blocks: &[Block]) {
    for (at, block) in blocks.iter().enumerate() {
        let Block::Heading(level, text) = block else {
            continue;
        };
        let empty = match blocks.get(at + 1) {
            None => true,
            Some(Block::Heading(next, _)) => next <= level,
            Some(_) => false,
        };
        assert!(!empty, "an empty heading {text:?} in {blocks:#?}");
    }
}

#[test]
fn the_head_has_the_facts_and_counts_then_in_short_then_the_forms() {
    let workshop = with_forms(vec![
        ActivityBody::Cafe(cafe()),
        ActivityBody::Placemat(placemat()),
    ]);
    let blocks = workshop_report(&workshop, &[], Language::Nl);
    assert_eq!(
        blocks[..6],
        [
            heading(1, "Regio-avond"),
            Block::Line("Datum: 2026-12-01".into()),
            Block::Line("Plaats: Wijkcentrum De Brug".into()),
            Block::Line("Begeleider: Fatima".into()),
            Block::Line("Doel: Horen wat bewoners nodig hebben".into()),
            // Tables and groups add up; participants are the most of one form
            // (9 in the café, 3 groups of 4 at the placemat).
            Block::Line("Tafels: 5 · Groepen: 3 · Deelnemers: 12".into()),
        ]
    );
    let in_short = position(&blocks, &heading(2, "In het kort"));
    let cafe = position(&blocks, &heading(2, "Wereldcafé"));
    let placemat = position(&blocks, &heading(2, "Placemat"));
    assert!(in_short < cafe && cafe < placemat);
    assert_eq!(
        blocks[in_short..in_short + 3],
        [
            heading(2, "In het kort"),
            heading(3, "Belangrijkste inzichten"),
            Block::Item("Een buurtbus".into()),
        ]
    );
    assert_no_empty_heading(&blocks);
}

#[test]
fn themes_show_their_notes_grouped_under_them_with_their_form_when_two_forms_have_themes() {
    let workshop = with_forms(vec![
        ActivityBody::Cafe(cafe()),
        ActivityBody::Placemat(placemat()),
    ]);
    let blocks = workshop_report(&workshop, &[], Language::Nl);
    let themes = position(&blocks, &heading(3, "Thema's"));
    let actions = position(&blocks, &heading(3, "Acties"));
    assert_eq!(
        blocks[themes..actions],
        [
            heading(3, "Thema's"),
            // A theme without notes is a line of the list, before the others.
            Block::Item("Eenzaamheid (Wereldcafé)".into()),
            heading(4, "Vervoer (Wereldcafé)"),
            Block::Item("★ Een buurtbus".into()),
            Block::Item("Wie rijdt?".into()),
            heading(4, "Veiligheid (Placemat)"),
            Block::Line("genoemd door 2 groepen".into()),
            Block::Item("Groep 1: Licht op straat".into()),
            Block::Item("Groep 2: Licht op straat".into()),
        ]
    );
    assert_eq!(
        blocks[actions + 1],
        Block::Table {
            columns: vec!["Wat".into(), "Wie".into(), "Wanneer".into()],
            rows: vec![vec![
                "Vrijwilligers | chauffeurs zoeken".into(),
                "Wijkteam".into(),
                "2027-01-15".into(),
            ]],
        }
    );
    // The placemat's detail no longer repeats the linked themes.
    assert!(!blocks.contains(&heading(3, "Gedeelde thema's")));
}

#[test]
fn rounds_groups_and_forms_without_notes_are_left_out() {
    let workshop = with_forms(vec![
        ActivityBody::Cafe(cafe()),
        ActivityBody::Placemat(placemat()),
        ActivityBody::OpenQuestion(OpenQuestion {
            question: "Wat mist u?".into(),
            replies: vec![],
        }),
    ]);
    let blocks = workshop_report(&workshop, &[], Language::Nl);
    assert!(blocks.contains(&heading(3, "Ronde 1")));
    for absent in [
        heading(3, "Ronde 2"),
        heading(3, "Ronde 3"),
        heading(4, "Tafel 1"),
        heading(3, "Groep 3"),
        heading(2, "Open vraag"),
    ] {
        assert!(!blocks.contains(&absent), "{absent:?} in {blocks:#?}");
    }
    assert!(blocks.contains(&heading(4, "Tafel 2")));
    assert_no_empty_heading(&blocks);
}

#[test]
fn a_workshop_with_nothing_written_has_its_head_only() {
    let workshop = with_forms(vec![
        ActivityBody::Cafe(Cafe::new(vec![], |i| format!("T{i}"), ids("c"))),
        ActivityBody::Placemat(Placemat::new(|i| format!("G{i}"), ids("p"))),
    ]);
    let blocks = workshop_report(&workshop, &[], Language::En);
    assert_eq!(blocks[0], heading(1, "Regio-avond"));
    assert!(
        blocks[1..].iter().all(|b| matches!(b, Block::Line(_))),
        "{blocks:#?}"
    );
    assert_eq!(
        blocks.last(),
        Some(&Block::Line(
            "Tables: 4 · Groups: 3 · Participants: 12".into()
        ))
    );
}

#[test]
fn the_markdown_table_keeps_each_cell_in_its_column() {
    let workshop = with_forms(vec![ActivityBody::Cafe(cafe())]);
    let text = markdown(&workshop_report(&workshop, &[], Language::Nl));
    assert!(
        text.contains(
            "### Acties\n\n| Wat | Wie | Wanneer |\n|---|---|---|\n\
             | Vrijwilligers \\| chauffeurs zoeken | Wijkteam | 2027-01-15 |\n"
        ),
        "{text}"
    );
}

/// Every text of a residents' version, to search for names.
fn all_text(blocks: &[Block]) -> String {
    blocks
        .iter()
        .map(|block| match block {
            Block::Heading(_, text) | Block::Line(text) | Block::Item(text) => text.clone(),
            Block::Table { columns, rows } => {
                [columns.join(" "), rows.concat().join(" ")].join(" ")
            }
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// A café whose host, participants and action owner have names, with five
/// notes under one theme.
fn cafe_with_names() -> Cafe {
    let mut cafe = cafe();
    cafe.rounds[0].question = "Hoe komt u in het centrum?".into();
    cafe.tables[1].host = "Ans de Vries".into();
    let (table, round) = (cafe.tables[1].id, cafe.rounds[0].id);
    for n in 3..=5 {
        let id = id_of(&format!("n{n}"));
        cafe.add_note(table, round, id, NoteKind::Idea, &format!("Idee {n}"))
            .unwrap();
        cafe.group_note(id, Some(id_of("th1"))).unwrap();
    }
    cafe
}

#[test]
fn the_residents_version_asks_tells_and_looks_ahead_with_no_name_in_it() {
    let mut workshop = with_forms(vec![
        ActivityBody::Cafe(cafe_with_names()),
        ActivityBody::Placemat(placemat()),
    ]);
    workshop.programme.set_start("13:00").unwrap();
    let blocks = resident_report(&workshop, Language::Nl, false);
    assert_eq!(blocks[0], heading(1, "Terugkoppeling: Regio-avond"));
    let asked = position(&blocks, &heading(2, "Wat we u vroegen"));
    assert_eq!(
        blocks[asked + 1..asked + 3],
        [
            Block::Item("Hoe komt u in het centrum?".into()),
            Block::Item("Wat maakt de wijk fijn?".into()),
        ]
    );
    // Five notes in "Vervoer": three show, the other two are counted.
    let theme = position(&blocks, &heading(3, "Vervoer"));
    assert_eq!(
        blocks[theme + 1..theme + 5],
        [
            Block::Item("★ Een buurtbus".into()),
            Block::Item("Wie rijdt?".into()),
            Block::Item("Idee 3".into()),
            Block::Line("En nog 2 andere reacties.".into()),
        ]
    );
    assert!(blocks.contains(&heading(3, "Veiligheid")));
    assert!(
        !blocks.contains(&heading(3, "Eenzaamheid")),
        "a theme with no notes says nothing"
    );
    let next = position(&blocks, &heading(2, "Wat er nu gebeurt"));
    assert_eq!(
        blocks[next + 1],
        Block::Item("Vrijwilligers | chauffeurs zoeken (klaar op 15-01-2027)".into())
    );
    let text = all_text(&blocks);
    for name in ["Fatima", "Ans de Vries", "Deelnemer 1", "Wijkteam"] {
        assert!(!text.contains(name), "{name} in {text}");
    }
    assert_no_empty_heading(&blocks);
}

#[test]
fn the_residents_version_names_who_picks_up_an_action_only_when_asked() {
    let workshop = with_forms(vec![ActivityBody::Cafe(cafe_with_names())]);
    let blocks = resident_report(&workshop, Language::En, true);
    assert!(blocks.contains(&Block::Item(
        "Vrijwilligers | chauffeurs zoeken — Wijkteam (done by 15-01-2027)".into()
    )));
    assert!(!all_text(&blocks).contains("Ans de Vries"));
}

#[test]
fn a_residents_version_with_nothing_gathered_is_its_title_intro_and_thanks() {
    let blocks = resident_report(&workshop(), Language::Nl, false);
    assert_eq!(blocks.len(), 3, "{blocks:#?}");
    assert_eq!(
        blocks[2],
        Block::Line("Heeft u nog vragen of ideeën? Laat het ons weten.".into())
    );
}
