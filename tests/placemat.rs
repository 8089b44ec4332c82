//! The placemat model: a new session, the input it refuses, what each phase
//! opens, the phase timer on a fake clock, marks, the middle, themes linked
//! across groups, undo of notes and themes, the number of groups and persons,
//! storage, and the placemat inside its workshop.

mod common;

use common::{id_of, ids};
use werktafel::forms::persona_test::PersonaTest;
use werktafel::forms::placemat::{
    Phase, PhaseMinutes, Place, Placemat, PlacematPart, RemovedPlacematNote, MAX_GROUPS,
    MAX_PERSONS, MAX_PLACEMAT_NOTE_CHARS, MIN_PERSONS, PHASE_MINUTES,
};
use werktafel::forms::ActivityBody;
use werktafel::model::{
    Field, GroupId, Note, NoteBoard, SeatId, TimerState, ValidationError, Workshop, WorkshopDraft,
};

/// One minute in milliseconds.
const MIN: i64 = 60_000;
/// The fake clock's moment a phase starts.
const T0: i64 = 1_000_000;

const QUESTION: &str = "Wat heeft onze wijk nodig om prettig samen te leven?";

fn group_name(index: usize) -> String {
    format!("Groep {}", index + 1)
}

/// A new session: no question, not started.
fn new_placemat() -> Placemat {
    Placemat::new(group_name, ids("p"))
}

/// A session with its question, with `phase` on the floor (started at `T0`).
fn placemat_in(phase: Phase) -> Placemat {
    let mut placemat = new_placemat();
    placemat.set_question(QUESTION).unwrap();
    placemat.start_phase(phase, T0).unwrap();
    placemat
}

fn group_id(placemat: &Placemat, group: usize) -> GroupId {
    placemat.groups[group].id
}

fn seat_id(placemat: &Placemat, group: usize, seat: usize) -> SeatId {
    placemat.groups[group].seats[seat].id
}

/// Adds a note to the field of person `seat` of group `group` (both from 0).
fn note(placemat: &mut Placemat, group: usize, seat: usize, id: &str, text: &str) {
    let (g, s) = (group_id(placemat, group), seat_id(placemat, group, seat));
    placemat.add_note(g, s, id_of(id), text).unwrap();
}

/// Writes a note in the middle of group `group` (from 0).
fn middle(placemat: &mut Placemat, group: usize, id: &str, text: &str) {
    let g = group_id(placemat, group);
    placemat.add_to_middle(g, id_of(id), text).unwrap();
}

/// The note with this id, in a field or in a middle.
fn find<'a>(placemat: &'a Placemat, id: &str) -> &'a Note {
    placemat
        .groups
        .iter()
        .flat_map(|g| g.middle.iter())
        .chain(placemat.field_notes())
        .find(|n| n.id == id_of(id))
        .expect("note exists")
}

/// A session that went through every phase and stands in the plenary:
/// field notes f1…f6, marks on f1 and f4, middles m1 "Samen werken" (Groep 1),
/// m2 "Samen werken" (Groep 2), m3 "Veiligheid" (Groep 3), m4 "Groen" (Groep 1),
/// and the cross-group theme th1 "Samen werken" with nothing linked yet.
fn session() -> Placemat {
    let mut p = placemat_in(Phase::Individual);
    note(&mut p, 0, 0, "f1", "Samen werken aan een schone straat");
    note(&mut p, 0, 1, "f2", "Meer groen op het plein");
    note(&mut p, 0, 2, "f3", "Een bankje bij de bushalte");
    note(&mut p, 1, 0, "f4", "Buren kennen elkaar nauwelijks");
    note(&mut p, 1, 3, "f5", "Samen werken met de woningcorporatie");
    note(&mut p, 2, 1, "f6", "Te hard rijden in de Dorpsstraat");
    p.start_phase(Phase::Sharing, T0 + 5 * MIN).unwrap();
    let (by_1, by_2) = (seat_id(&p, 0, 1), seat_id(&p, 1, 2));
    assert!(p.toggle_mark(id_of("f1"), by_1).unwrap());
    assert!(p.toggle_mark(id_of("f4"), by_2).unwrap());
    p.start_phase(Phase::Consensus, T0 + 15 * MIN).unwrap();
    middle(&mut p, 0, "m1", "Samen werken");
    middle(&mut p, 1, "m2", "Samen werken");
    middle(&mut p, 2, "m3", "Veiligheid");
    middle(&mut p, 0, "m4", "Groen");
    p.start_phase(Phase::Plenary, T0 + 25 * MIN).unwrap();
    p.add_linked_theme(id_of("th1"), "Samen werken").unwrap();
    p
}

/// The session of [`session`] with `phase` on the floor (`None`: not started,
/// as a session read back before anyone pressed start).
fn session_in(phase: Option<Phase>) -> Placemat {
    let mut p = session();
    match phase {
        Some(phase) => p.start_phase(phase, T0 + 40 * MIN).unwrap(),
        None => {
            p.phase = None;
            p.timer.reset();
        }
    }
    p
}

fn workshop() -> Workshop {
    let draft = WorkshopDraft {
        title: "Wijkavond Oosterpark".into(),
        ..WorkshopDraft::default()
    };
    Workshop::create(&draft, id_of("w"), 1).unwrap()
}

// ---------------------------------------------------------------- a new session

#[test]
fn a_new_session_has_three_groups_of_four_and_has_not_started() {
    let p = new_placemat();
    assert_eq!(p.groups.len(), 3);
    assert!(p.groups.iter().all(|g| g.seats.len() == 4));
    assert_eq!(p.persons(), 4);
    let names: Vec<&str> = p.groups.iter().map(|g| g.name.as_str()).collect();
    assert_eq!(names, ["Groep 1", "Groep 2", "Groep 3"]);
    assert_eq!(
        p.minutes,
        PhaseMinutes {
            individual: 5,
            sharing: 10,
            consensus: 10
        }
    );
    assert_eq!(p.minutes, PhaseMinutes::default());
    assert_eq!(p.phase, None);
    assert!(p.timer.is_unused());
    assert_eq!(p.timer.state(T0), TimerState::Ready);
    assert!(p.question.is_empty());
    assert!(p.sound);
    assert!(p.harvest.themes.is_empty() && p.harvest.actions.is_empty());
    assert!(p
        .groups
        .iter()
        .all(|g| g.middle.is_empty() && g.seats.iter().all(|s| s.notes.is_empty())));
    assert!(p.linked_themes().is_empty());

    let mut all_ids: Vec<&str> = p
        .groups
        .iter()
        .flat_map(|g| std::iter::once(g.id.as_str()).chain(g.seats.iter().map(|s| s.id.as_str())))
        .collect();
    all_ids.sort();
    all_ids.dedup();
    assert_eq!(
        all_ids.len(),
        3 + 3 * 4,
        "every group and seat has its own id"
    );
}

#[test]
fn the_plenary_is_the_only_phase_without_minutes() {
    let minutes = PhaseMinutes::default();
    assert_eq!(minutes.of(Phase::Individual), Some(5));
    assert_eq!(minutes.of(Phase::Sharing), Some(10));
    assert_eq!(minutes.of(Phase::Consensus), Some(10));
    assert_eq!(minutes.of(Phase::Plenary), None);
    let numbers: Vec<usize> = Phase::ALL.iter().map(|p| p.number()).collect();
    assert_eq!(numbers, [1, 2, 3, 4]);
    assert_eq!(Phase::Individual.next(), Some(Phase::Sharing));
    assert_eq!(Phase::Consensus.next(), Some(Phase::Plenary));
    assert_eq!(Phase::Plenary.next(), None);
}

// ---------------------------------------------------------------- bad input

#[test]
fn a_placemat_has_3_to_6_persons() {
    let mut p = session();
    let before = p.clone();
    for bad in [0, 2, 7, 12] {
        assert_eq!(
            p.set_person_count(bad, ids("s")),
            Err(ValidationError::PersonCountOutOfRange),
            "{bad}"
        );
        assert_eq!(p, before, "{bad}: nothing changed");
    }
    assert_eq!((MIN_PERSONS, MAX_PERSONS), (3, 6));
    p.set_person_count(6, ids("s")).unwrap();
    assert!(p.groups.iter().all(|g| g.seats.len() == 6));
    p.set_person_count(4, ids("t")).unwrap();
    assert_eq!(p, before, "back to four: the seats added went again");

    let mut empty = new_placemat();
    empty.set_person_count(3, ids("s")).unwrap();
    assert_eq!(empty.persons(), 3);
    assert!(empty.groups.iter().all(|g| g.seats.len() == 3));
}

#[test]
fn a_session_has_1_to_20_groups() {
    let mut p = new_placemat();
    let before = p.clone();
    for bad in [0, MAX_GROUPS + 1] {
        assert_eq!(
            p.set_group_count(bad, ids("g"), group_name),
            Err(ValidationError::GroupCountOutOfRange),
            "{bad}"
        );
        assert_eq!(p, before, "{bad}: nothing changed");
    }
    assert_eq!(MAX_GROUPS, 20);
    p.set_group_count(20, ids("g"), group_name).unwrap();
    assert_eq!(p.groups.len(), 20);
    assert_eq!(p.groups[19].name, "Groep 20");
    assert_eq!(p.groups[..3], before.groups[..], "the first three stay");
    let mut all_ids: Vec<&str> = p
        .groups
        .iter()
        .flat_map(|g| std::iter::once(g.id.as_str()).chain(g.seats.iter().map(|s| s.id.as_str())))
        .collect();
    all_ids.sort();
    all_ids.dedup();
    assert_eq!(
        all_ids.len(),
        20 + 20 * 4,
        "every group and seat has its own id"
    );

    p.set_group_count(1, ids("h"), group_name).unwrap();
    assert_eq!(p.groups, before.groups[..1]);
}

#[test]
fn a_note_of_1000_characters_is_taken_and_one_of_1001_refused() {
    assert_eq!(MAX_PLACEMAT_NOTE_CHARS, 1000);
    let too_long = Err(ValidationError::TooLong {
        field: Field::NoteText,
        max: 1000,
    });
    let mut p = placemat_in(Phase::Individual);
    let (g, s) = (group_id(&p, 0), seat_id(&p, 0, 0));
    let before = p.clone();
    assert_eq!(p.add_note(g, s, id_of("n1"), &"a".repeat(1001)), too_long);
    // Characters are counted, not bytes: é is two bytes in UTF-8.
    assert_eq!(p.add_note(g, s, id_of("n1"), &"é".repeat(1001)), too_long);
    assert_eq!(p, before, "nothing changed");

    p.add_note(g, s, id_of("n1"), &"é".repeat(1000)).unwrap();
    assert_eq!(find(&p, "n1").text.chars().count(), 1000);
    // Spaces around the text do not count.
    let padded = format!("  {}  ", "b".repeat(1000));
    p.add_note(g, s, id_of("n2"), &padded).unwrap();
    assert_eq!(find(&p, "n2").text, "b".repeat(1000));

    // Editing and the middle follow the same limit.
    let before = p.clone();
    assert_eq!(p.edit_note(id_of("n1"), &"c".repeat(1001)), too_long);
    assert_eq!(p, before);
    p.start_phase(Phase::Consensus, T0).unwrap();
    let before = p.clone();
    assert_eq!(p.add_to_middle(g, id_of("m1"), &"d".repeat(1001)), too_long);
    assert_eq!(p, before);
    p.add_to_middle(g, id_of("m1"), &"d".repeat(1000)).unwrap();
    assert_eq!(p.groups[0].middle[0].text.chars().count(), 1000);
}

#[test]
fn an_empty_or_blank_note_is_refused() {
    let mut p = placemat_in(Phase::Individual);
    let (g, s) = (group_id(&p, 1), seat_id(&p, 1, 2));
    note(&mut p, 1, 2, "n1", "Meer bankjes");
    let before = p.clone();
    for blank in ["", " ", "   \t\n  "] {
        assert_eq!(
            p.add_note(g, s, id_of("n2"), blank),
            Err(ValidationError::NoteEmpty),
            "{blank:?}"
        );
        assert_eq!(
            p.edit_note(id_of("n1"), blank),
            Err(ValidationError::NoteEmpty),
            "{blank:?}"
        );
    }
    assert_eq!(p, before, "nothing changed");
    assert_eq!(ValidationError::NoteEmpty.field(), Some(Field::NoteText));

    p.start_phase(Phase::Consensus, T0).unwrap();
    let before = p.clone();
    for blank in ["", "  "] {
        assert_eq!(
            p.add_to_middle(g, id_of("m1"), blank),
            Err(ValidationError::NoteEmpty),
            "{blank:?}"
        );
    }
    assert_eq!(p, before);
}

#[test]
fn no_phase_starts_without_a_central_question() {
    let mut p = new_placemat();
    let before = p.clone();
    for phase in Phase::ALL {
        assert_eq!(
            p.start_phase(phase, T0),
            Err(ValidationError::CentralQuestionEmpty),
            "{phase:?}"
        );
    }
    assert_eq!(p, before, "nothing changed");

    p.set_question("   ").unwrap();
    assert_eq!(p.question, "", "a blank question is stored empty");
    assert_eq!(
        p.start_phase(Phase::Individual, T0),
        Err(ValidationError::CentralQuestionEmpty)
    );
    // Even a blank question that got in some other way (an older copy).
    p.question = " \t\n ".into();
    let before = p.clone();
    assert_eq!(
        p.start_phase(Phase::Individual, T0),
        Err(ValidationError::CentralQuestionEmpty)
    );
    assert_eq!(p, before);
    assert_eq!(p.phase, None);
    assert!(p.timer.is_unused());
    assert_eq!(
        ValidationError::CentralQuestionEmpty.field(),
        Some(Field::CentralQuestion)
    );

    p.set_question(&format!("  {QUESTION}  ")).unwrap();
    assert_eq!(p.question, QUESTION);
    p.start_phase(Phase::Individual, T0).unwrap();
    assert_eq!(p.phase, Some(Phase::Individual));
}

#[test]
fn a_central_question_over_1000_characters_is_refused() {
    let mut p = new_placemat();
    p.set_question("Wat werkt?").unwrap();
    let before = p.clone();
    assert_eq!(
        p.set_question(&"v".repeat(1001)),
        Err(ValidationError::TooLong {
            field: Field::CentralQuestion,
            max: 1000
        })
    );
    assert_eq!(p, before);
    p.set_question(&"v".repeat(1000)).unwrap();
    assert_eq!(p.question.len(), 1000);
}

#[test]
fn a_phase_lasts_1_to_60_minutes() {
    assert_eq!(PHASE_MINUTES, (1, 60));
    let mut p = new_placemat();
    let before = p.clone();
    for phase in [Phase::Individual, Phase::Sharing, Phase::Consensus] {
        for bad in [0, 61, 600] {
            assert_eq!(
                p.set_minutes(phase, bad),
                Err(ValidationError::PhaseLengthOutOfRange),
                "{phase:?} {bad}"
            );
            assert_eq!(p, before, "{phase:?} {bad}: nothing changed");
        }
    }
    assert_eq!(
        p.set_minutes(Phase::Plenary, 10),
        Err(ValidationError::NotFound),
        "the plenary has no timer"
    );
    assert_eq!(p, before);

    p.set_minutes(Phase::Individual, 1).unwrap();
    p.set_minutes(Phase::Sharing, 60).unwrap();
    p.set_minutes(Phase::Consensus, 7).unwrap();
    assert_eq!(
        p.minutes,
        PhaseMinutes {
            individual: 1,
            sharing: 60,
            consensus: 7
        }
    );
}

#[test]
fn group_and_person_names_are_checked() {
    let mut p = new_placemat();
    let (g, s) = (group_id(&p, 1), seat_id(&p, 1, 0));
    let before = p.clone();
    for blank in ["", "   "] {
        assert_eq!(
            p.set_group_name(g, blank),
            Err(ValidationError::GroupNameEmpty),
            "{blank:?}"
        );
    }
    assert_eq!(
        p.set_group_name(g, &"x".repeat(61)),
        Err(ValidationError::TooLong {
            field: Field::GroupName,
            max: 60
        })
    );
    assert_eq!(
        p.set_seat_name(g, s, &"y".repeat(61)),
        Err(ValidationError::TooLong {
            field: Field::PersonName,
            max: 60
        })
    );
    assert_eq!(
        p.set_group_name(id_of("geen"), "De Vliegers"),
        Err(ValidationError::NotFound)
    );
    assert_eq!(
        p.set_seat_name(group_id(&p, 0), s, "Anna"),
        Err(ValidationError::NotFound),
        "a seat of another group"
    );
    assert_eq!(p, before, "nothing changed");

    p.set_group_name(g, "  De Vliegers ").unwrap();
    assert_eq!(p.groups[1].name, "De Vliegers");
    p.set_seat_name(g, s, " Anna ").unwrap();
    assert_eq!(p.groups[1].seats[0].name, "Anna");
    p.set_seat_name(g, s, "").unwrap();
    assert_eq!(p.groups[1].seats[0].name, "", "a person may stay nameless");
}

#[test]
fn a_note_needs_a_new_id_and_a_seat_that_exists() {
    let mut p = placemat_in(Phase::Individual);
    note(&mut p, 0, 0, "n1", "Meer bankjes");
    let (g0, g1) = (group_id(&p, 0), group_id(&p, 1));
    let s0 = seat_id(&p, 0, 0);
    let before = p.clone();
    assert_eq!(
        p.add_note(g1, seat_id(&p, 1, 0), id_of("n1"), "Andere tekst"),
        Err(ValidationError::DuplicateId)
    );
    assert_eq!(
        p.add_note(g1, s0, id_of("n2"), "Tekst"),
        Err(ValidationError::NotFound),
        "a seat of another group"
    );
    assert_eq!(
        p.add_note(id_of("geen"), s0, id_of("n2"), "Tekst"),
        Err(ValidationError::NotFound)
    );
    assert_eq!(
        p.add_note(g0, id_of("geen"), id_of("n2"), "Tekst"),
        Err(ValidationError::NotFound)
    );
    assert_eq!(
        p.edit_note(id_of("geen"), "Tekst"),
        Err(ValidationError::NotFound)
    );
    assert_eq!(p.remove_note(id_of("geen")), Err(ValidationError::NotFound));
    assert_eq!(p, before, "nothing changed");
}

#[test]
fn a_field_and_a_middle_hold_at_most_200_notes() {
    let mut p = placemat_in(Phase::Consensus);
    let (g, s) = (group_id(&p, 0), seat_id(&p, 0, 0));
    for i in 0..200 {
        p.add_note(g, s, id_of(&format!("f{i}")), &format!("Idee {i}"))
            .unwrap();
        p.add_to_middle(g, id_of(&format!("m{i}")), &format!("Thema {i}"))
            .unwrap();
    }
    let before = p.clone();
    assert_eq!(
        p.add_note(g, s, id_of("f200"), "Nog een"),
        Err(ValidationError::TooMany {
            field: Field::NoteText,
            max: 200
        })
    );
    assert_eq!(
        p.add_to_middle(g, id_of("m200"), "Nog een"),
        Err(ValidationError::TooMany {
            field: Field::Middle,
            max: 200
        })
    );
    assert_eq!(p, before);
    // The next person's field and the next group's middle still take notes.
    p.add_note(g, seat_id(&p, 0, 1), id_of("f200"), "Nog een")
        .unwrap();
    p.add_to_middle(group_id(&p, 1), id_of("m200"), "Nog een")
        .unwrap();
}

// ---------------------------------------------------------------- phase rules

#[test]
fn each_phase_opens_only_its_own_parts() {
    use Phase::*;
    use PlacematPart::*;
    let table: [(PlacematPart, &[Phase]); 4] = [
        (Fields, &[Individual, Sharing, Consensus]),
        (Marks, &[Sharing]),
        (Middle, &[Consensus, Plenary]),
        (Links, &[Plenary]),
    ];
    for (part, open) in table {
        for phase in Phase::ALL {
            assert_eq!(
                part.open_in(phase),
                open.contains(&phase),
                "{part:?} in {phase:?}"
            );
            assert_eq!(
                session_in(Some(phase)).is_open(part),
                open.contains(&phase),
                "{part:?} in {phase:?}"
            );
        }
        assert!(!session_in(None).is_open(part), "{part:?} before the start");
    }
}

/// One change a facilitator or participant can make, and the part it needs open.
type Change = fn(&mut Placemat) -> Result<(), ValidationError>;

#[test]
fn every_change_is_taken_only_in_a_phase_that_opens_its_part() {
    use Phase::*;
    use PlacematPart::*;
    let changes: [(&str, PlacematPart, Change); 10] = [
        ("add a note to a field", Fields, |p| {
            let (g, s) = (group_id(p, 2), seat_id(p, 2, 3));
            p.add_note(g, s, id_of("new"), "Een buurtbarbecue in juni")
        }),
        ("edit a field note", Fields, |p| {
            p.edit_note(id_of("f2"), "Meer bomen op het plein")
        }),
        ("remove a field note", Fields, |p| {
            p.remove_note(id_of("f3")).map(drop)
        }),
        ("toggle a mark", Marks, |p| {
            let by = seat_id(p, 0, 2);
            p.toggle_mark(id_of("f1"), by).map(drop)
        }),
        ("add to the middle", Middle, |p| {
            let g = group_id(p, 2);
            p.add_to_middle(g, id_of("new"), "Verkeer")
        }),
        ("copy to the middle", Middle, |p| {
            p.copy_to_middle(id_of("f6"), id_of("new"))
        }),
        ("edit a middle note", Middle, |p| {
            p.edit_note(id_of("m3"), "Veiligheid op straat")
        }),
        ("remove a middle note", Middle, |p| {
            p.remove_note(id_of("m4")).map(drop)
        }),
        ("add a linked theme", Links, |p| {
            p.add_linked_theme(id_of("th2"), "Groen en ruimte")
        }),
        ("link a middle note", Links, |p| {
            p.link(id_of("m1"), Some(id_of("th1")))
        }),
    ];
    let opens: [(PlacematPart, &[Phase]); 4] = [
        (Fields, &[Individual, Sharing, Consensus]),
        (Marks, &[Sharing]),
        (Middle, &[Consensus, Plenary]),
        (Links, &[Plenary]),
    ];
    let phases = [
        None,
        Some(Individual),
        Some(Sharing),
        Some(Consensus),
        Some(Plenary),
    ];
    for phase in phases {
        let before = session_in(phase);
        for (what, part, change) in changes {
            let open = opens.iter().find(|(p, _)| *p == part).unwrap().1;
            let expected = match phase {
                None => Err(ValidationError::PlacematNotStarted),
                Some(phase) if open.contains(&phase) => Ok(()),
                Some(_) => Err(ValidationError::PhaseClosed(part)),
            };
            let mut p = before.clone();
            let result = change(&mut p);
            assert_eq!(result, expected, "{what} in {phase:?}");
            if result.is_ok() {
                assert_ne!(p, before, "{what} in {phase:?} changed the session");
            } else {
                assert_eq!(p, before, "{what} in {phase:?} changed nothing");
            }
        }
    }
}

#[test]
fn a_note_in_a_field_before_the_start_or_in_the_plenary_is_refused() {
    let mut p = new_placemat();
    p.set_question(QUESTION).unwrap();
    let (g, s) = (group_id(&p, 0), seat_id(&p, 0, 0));
    let before = p.clone();
    assert_eq!(
        p.add_note(g, s, id_of("n1"), "Meer bankjes"),
        Err(ValidationError::PlacematNotStarted)
    );
    assert_eq!(p, before);

    p.start_phase(Phase::Plenary, T0).unwrap();
    let before = p.clone();
    assert_eq!(
        p.add_note(g, s, id_of("n1"), "Meer bankjes"),
        Err(ValidationError::PhaseClosed(PlacematPart::Fields))
    );
    assert_eq!(p, before);

    p.start_phase(Phase::Individual, T0 + MIN).unwrap();
    p.add_note(g, s, id_of("n1"), "Meer bankjes").unwrap();
    assert_eq!(p.groups[0].seats[0].notes[0].text, "Meer bankjes");
}

#[test]
fn going_back_from_the_plenary_to_sharing_opens_the_marks_again() {
    let mut p = session();
    assert_eq!(p.phase, Some(Phase::Plenary));
    let by = seat_id(&p, 0, 2);
    let before = p.clone();
    assert_eq!(
        p.toggle_mark(id_of("f1"), by),
        Err(ValidationError::PhaseClosed(PlacematPart::Marks))
    );
    assert_eq!(p, before);

    p.start_phase(Phase::Sharing, T0 + 50 * MIN).unwrap();
    assert_eq!(p.phase, Some(Phase::Sharing));
    assert!(p.is_open(PlacematPart::Marks));
    assert!(p.is_open(PlacematPart::Fields));
    assert!(!p.is_open(PlacematPart::Middle));
    assert!(!p.is_open(PlacematPart::Links));
    assert_eq!(p.toggle_mark(id_of("f1"), by), Ok(true));
    assert!(find(&p, "f1").marks.contains(&by));
    // Going back takes nothing away.
    assert_eq!(p.groups[0].middle, before.groups[0].middle);
    assert_eq!(p.harvest, before.harvest);
}

// ---------------------------------------------------------------- the phase timer

#[test]
fn starting_a_phase_starts_its_timer_afresh_with_its_minutes() {
    let mut p = new_placemat();
    p.set_question(QUESTION).unwrap();
    p.set_minutes(Phase::Individual, 7).unwrap();
    p.set_minutes(Phase::Consensus, 12).unwrap();

    p.start_phase(Phase::Individual, T0).unwrap();
    assert_eq!(p.timer.state(T0), TimerState::Running { left_ms: 7 * MIN });
    assert_eq!(
        p.timer.state(T0 + 2 * MIN),
        TimerState::Running { left_ms: 5 * MIN }
    );

    let t1 = T0 + 8 * MIN;
    p.start_phase(Phase::Sharing, t1).unwrap();
    assert_eq!(p.timer.state(t1), TimerState::Running { left_ms: 10 * MIN });

    let t2 = t1 + 11 * MIN;
    p.start_phase(Phase::Consensus, t2).unwrap();
    assert_eq!(p.timer.state(t2), TimerState::Running { left_ms: 12 * MIN });

    // Back to the first phase, after a pause and five minutes more: afresh.
    p.change_timer(|t| t.extend(t2 + MIN)).unwrap();
    p.change_timer(|t| t.pause(t2 + 2 * MIN)).unwrap();
    let t3 = t2 + 5 * MIN;
    p.start_phase(Phase::Individual, t3).unwrap();
    assert_eq!(p.timer.state(t3), TimerState::Running { left_ms: 7 * MIN });
    assert_eq!((p.timer.extra_ms, p.timer.paused_ms), (0, 0));
    assert_eq!(p.timer.paused_at, None);

    // Starting the phase on the floor again restarts its timer too.
    p.start_phase(Phase::Individual, t3 + 3 * MIN).unwrap();
    assert_eq!(
        p.timer.state(t3 + 3 * MIN),
        TimerState::Running { left_ms: 7 * MIN }
    );
}

#[test]
fn the_plenary_has_no_timer() {
    let mut p = placemat_in(Phase::Consensus);
    assert!(!p.timer.is_unused());
    p.start_phase(Phase::Plenary, T0 + 10 * MIN).unwrap();
    assert!(p.timer.is_unused());
    assert_eq!(p.timer.state(T0 + 11 * MIN), TimerState::Ready);
    assert_eq!(
        p.change_timer(|t| t.pause(T0 + 12 * MIN)),
        Err(ValidationError::NotRunning)
    );
    assert!(p.timer.is_unused());
}

#[test]
fn the_timer_is_paused_resumed_and_closed_through_the_placemat() {
    let mut p = placemat_in(Phase::Sharing);
    p.change_timer(|t| t.pause(T0 + MIN)).unwrap();
    assert_eq!(
        p.timer.state(T0 + 5 * MIN),
        TimerState::Paused { left_ms: 9 * MIN }
    );
    p.change_timer(|t| t.resume(T0 + 5 * MIN)).unwrap();
    assert_eq!(
        p.timer.state(T0 + 6 * MIN),
        TimerState::Running { left_ms: 8 * MIN }
    );
    p.change_timer(|t| t.close(T0 + 7 * MIN)).unwrap();
    assert_eq!(p.timer.state(T0 + 8 * MIN), TimerState::Closed);
    assert_eq!(
        p.phase,
        Some(Phase::Sharing),
        "closing the timer keeps the phase"
    );
}

// ---------------------------------------------------------------- marks

#[test]
fn marking_someone_elses_note_toggles_the_mark_on_and_off() {
    let mut p = placemat_in(Phase::Individual);
    note(&mut p, 1, 0, "n1", "Buren kennen elkaar nauwelijks");
    p.start_phase(Phase::Sharing, T0 + 5 * MIN).unwrap();
    let (by_2, by_4) = (seat_id(&p, 1, 1), seat_id(&p, 1, 3));

    assert_eq!(p.toggle_mark(id_of("n1"), by_2), Ok(true));
    assert_eq!(find(&p, "n1").marks, [by_2]);
    assert_eq!(p.toggle_mark(id_of("n1"), by_4), Ok(true));
    assert_eq!(find(&p, "n1").marks, [by_2, by_4]);
    assert_eq!(p.toggle_mark(id_of("n1"), by_2), Ok(false));
    assert_eq!(find(&p, "n1").marks, [by_4]);
    assert_eq!(p.toggle_mark(id_of("n1"), by_4), Ok(false));
    assert!(find(&p, "n1").marks.is_empty());
}

#[test]
fn nobody_marks_their_own_note() {
    let mut p = placemat_in(Phase::Individual);
    note(&mut p, 0, 2, "n1", "Een bankje bij de bushalte");
    p.start_phase(Phase::Sharing, T0).unwrap();
    let before = p.clone();
    assert_eq!(
        p.toggle_mark(id_of("n1"), seat_id(&p, 0, 2)),
        Err(ValidationError::OwnNote)
    );
    assert_eq!(p, before);
}

#[test]
fn only_a_person_of_the_same_group_marks_a_note() {
    let mut p = placemat_in(Phase::Individual);
    note(&mut p, 0, 0, "n1", "Een bankje bij de bushalte");
    p.start_phase(Phase::Sharing, T0).unwrap();
    let before = p.clone();
    assert_eq!(
        p.toggle_mark(id_of("n1"), seat_id(&p, 1, 1)),
        Err(ValidationError::NotFound),
        "a seat of another group"
    );
    assert_eq!(
        p.toggle_mark(id_of("n1"), id_of("geen")),
        Err(ValidationError::NotFound)
    );
    assert_eq!(
        p.toggle_mark(id_of("geen"), seat_id(&p, 0, 1)),
        Err(ValidationError::NotFound)
    );
    assert_eq!(p, before);
}

#[test]
fn fewer_persons_take_the_marks_of_those_who_left_with_them() {
    let mut p = placemat_in(Phase::Individual);
    p.set_person_count(6, ids("s")).unwrap();
    note(&mut p, 0, 0, "n1", "Samen werken aan een schone straat");
    note(&mut p, 1, 1, "n2", "Meer groen op het plein");
    p.start_phase(Phase::Sharing, T0).unwrap();
    let (by_2, by_5, by_6) = (seat_id(&p, 0, 1), seat_id(&p, 0, 4), seat_id(&p, 0, 5));
    let other_5 = seat_id(&p, 1, 4);
    for by in [by_2, by_5, by_6] {
        assert_eq!(p.toggle_mark(id_of("n1"), by), Ok(true));
    }
    assert_eq!(p.toggle_mark(id_of("n2"), other_5), Ok(true));

    p.set_person_count(4, ids("t")).unwrap();
    assert_eq!(
        find(&p, "n1").marks,
        [by_2],
        "marks by persons 5 and 6 went"
    );
    assert!(find(&p, "n2").marks.is_empty());
    assert!(p.groups.iter().all(|g| g.seats.len() == 4));
    assert_eq!(find(&p, "n1").text, "Samen werken aan een schone straat");
}

#[test]
fn fewer_persons_are_refused_while_a_person_who_would_leave_has_notes() {
    let mut p = placemat_in(Phase::Individual);
    p.set_person_count(6, ids("s")).unwrap();
    note(&mut p, 1, 5, "n1", "Te hard rijden in de Dorpsstraat");
    let before = p.clone();
    assert_eq!(
        p.set_person_count(3, ids("t")),
        Err(ValidationError::SeatInUse {
            group: "Groep 2".into(),
            seat: 6
        })
    );
    assert_eq!(p, before);

    note(&mut p, 2, 4, "n2", "Een speeltuin voor de kleintjes");
    let before = p.clone();
    assert_eq!(
        p.set_person_count(4, ids("t")),
        Err(ValidationError::SeatInUse {
            group: "Groep 2".into(),
            seat: 6
        }),
        "the first group that holds notes is named"
    );
    assert_eq!(p, before);
    p.remove_note(id_of("n1")).unwrap();
    let before = p.clone();
    assert_eq!(
        p.set_person_count(3, ids("t")),
        Err(ValidationError::SeatInUse {
            group: "Groep 3".into(),
            seat: 5
        })
    );
    assert_eq!(p, before);
    // Person 6 of every group is empty now: five persons fits.
    p.set_person_count(5, ids("t")).unwrap();
    assert!(p.groups.iter().all(|g| g.seats.len() == 5));
    assert_eq!(find(&p, "n2").text, "Een speeltuin voor de kleintjes");
}

#[test]
fn more_persons_add_empty_seats_to_every_group() {
    let mut p = session();
    let before = p.clone();
    p.set_person_count(6, ids("s")).unwrap();
    assert_eq!(p.persons(), 6);
    for (group, old) in p.groups.iter().zip(&before.groups) {
        assert_eq!(group.seats.len(), 6);
        assert_eq!(group.seats[..4], old.seats[..], "the first four stay");
        assert!(group.seats[4..]
            .iter()
            .all(|s| s.notes.is_empty() && s.name.is_empty()));
        assert_eq!(group.middle, old.middle);
    }
    let mut new_ids: Vec<&str> = p
        .groups
        .iter()
        .flat_map(|g| g.seats[4..].iter().map(|s| s.id.as_str()))
        .collect();
    new_ids.sort();
    new_ids.dedup();
    assert_eq!(new_ids.len(), 3 * 2, "every new seat has its own id");
}

// ---------------------------------------------------------------- consensus

#[test]
fn copying_a_note_to_the_middle_puts_its_text_in_its_own_groups_middle() {
    let mut p = placemat_in(Phase::Individual);
    note(&mut p, 1, 2, "n1", "Buren kennen elkaar nauwelijks");
    note(&mut p, 1, 3, "n2", "Meer groen op het plein");
    p.start_phase(Phase::Consensus, T0).unwrap();
    p.copy_to_middle(id_of("n1"), id_of("m1")).unwrap();

    let group = &p.groups[1];
    assert_eq!(group.middle.len(), 1);
    assert_eq!(group.middle[0].id, id_of("m1"));
    assert_eq!(group.middle[0].text, "Buren kennen elkaar nauwelijks");
    assert!(group.middle[0].marks.is_empty() && group.middle[0].theme.is_none());
    assert!(p.groups[0].middle.is_empty() && p.groups[2].middle.is_empty());
    assert_eq!(find(&p, "n1").text, "Buren kennen elkaar nauwelijks");
    assert_eq!(group.seats[2].notes.len(), 1, "the note stays in its field");

    assert!(p.in_middle(group, find(&p, "n1")));
    assert!(!p.in_middle(group, find(&p, "n2")));
    assert!(!p.in_middle(&p.groups[0], find(&p, "n1")));
}

#[test]
fn the_same_theme_twice_in_one_middle_is_refused() {
    let mut p = placemat_in(Phase::Individual);
    note(&mut p, 0, 0, "n1", "Samen werken");
    note(&mut p, 0, 1, "n2", "SAMEN WERKEN");
    note(&mut p, 1, 0, "n3", "samen werken");
    p.start_phase(Phase::Consensus, T0).unwrap();
    p.copy_to_middle(id_of("n1"), id_of("m1")).unwrap();
    let before = p.clone();
    assert_eq!(
        p.copy_to_middle(id_of("n1"), id_of("m2")),
        Err(ValidationError::MiddleTwice)
    );
    assert_eq!(
        p.copy_to_middle(id_of("n2"), id_of("m2")),
        Err(ValidationError::MiddleTwice),
        "case does not count"
    );
    let g = group_id(&p, 0);
    assert_eq!(
        p.add_to_middle(g, id_of("m2"), "  samen Werken "),
        Err(ValidationError::MiddleTwice)
    );
    assert_eq!(p, before);
    assert!(p.in_middle(&p.groups[0], find(&p, "n2")));
    assert_eq!(
        ValidationError::MiddleTwice.field(),
        Some(Field::Middle),
        "shown next to the middle"
    );

    // Another group may name the same theme.
    p.copy_to_middle(id_of("n3"), id_of("m3")).unwrap();
    assert_eq!(p.groups[1].middle[0].text, "samen werken");
}

#[test]
fn copying_a_note_that_is_not_in_a_field_is_refused() {
    let mut p = session_in(Some(Phase::Consensus));
    let before = p.clone();
    assert_eq!(
        p.copy_to_middle(id_of("geen"), id_of("new")),
        Err(ValidationError::NotFound)
    );
    assert_eq!(
        p.copy_to_middle(id_of("m1"), id_of("new")),
        Err(ValidationError::NotFound),
        "a middle note is not copied again"
    );
    assert_eq!(
        p.copy_to_middle(id_of("f2"), id_of("m1")),
        Err(ValidationError::DuplicateId)
    );
    assert_eq!(p, before);
}

// ---------------------------------------------------------------- linked themes

/// Three groups in the plenary: "Samen werken" in the middles of groups 1 and
/// 2, "Veiligheid" in group 3, and the theme th1 "Samen werken".
fn plenary() -> Placemat {
    let p = session();
    assert_eq!(p.groups.len(), 3);
    assert_eq!(p.groups[0].middle[0].text, "Samen werken");
    assert_eq!(p.groups[1].middle[0].text, "Samen werken");
    assert_eq!(p.groups[2].middle[0].text, "Veiligheid");
    p
}

#[test]
fn a_theme_named_by_two_groups_counts_two_groups() {
    let mut p = plenary();
    assert_eq!(p.linked_themes()[0].groups, 0);
    p.link(id_of("m1"), Some(id_of("th1"))).unwrap();
    p.link(id_of("m2"), Some(id_of("th1"))).unwrap();

    let themes = p.linked_themes();
    assert_eq!(themes.len(), 1);
    let theme = &themes[0];
    assert_eq!((theme.id, theme.name), (id_of("th1"), "Samen werken"));
    assert_eq!(theme.groups, 2);
    let notes: Vec<(&str, &str)> = theme
        .notes
        .iter()
        .map(|(g, n)| (*g, n.id.as_str()))
        .collect();
    assert_eq!(notes, [("Groep 1", "m1"), ("Groep 2", "m2")]);
    assert_eq!(find(&p, "m1").theme, Some(id_of("th1")));
    assert_eq!(find(&p, "m3").theme, None);
}

#[test]
fn two_notes_of_one_group_in_a_theme_count_that_group_once() {
    let mut p = plenary();
    p.link(id_of("m1"), Some(id_of("th1"))).unwrap();
    p.link(id_of("m4"), Some(id_of("th1"))).unwrap();
    let themes = p.linked_themes();
    assert_eq!(themes[0].groups, 1);
    let notes: Vec<(&str, &str)> = themes[0]
        .notes
        .iter()
        .map(|(g, n)| (*g, n.id.as_str()))
        .collect();
    assert_eq!(notes, [("Groep 1", "m1"), ("Groep 1", "m4")]);

    p.link(id_of("m2"), Some(id_of("th1"))).unwrap();
    assert_eq!(p.linked_themes()[0].groups, 2);
    assert_eq!(p.linked_themes()[0].notes.len(), 3);
}

#[test]
fn unlinking_a_note_lowers_the_count() {
    let mut p = plenary();
    p.link(id_of("m1"), Some(id_of("th1"))).unwrap();
    p.link(id_of("m2"), Some(id_of("th1"))).unwrap();
    p.link(id_of("m2"), None).unwrap();
    let themes = p.linked_themes();
    assert_eq!(themes[0].groups, 1);
    assert_eq!(themes[0].notes.len(), 1);
    assert_eq!(find(&p, "m2").theme, None);

    // Linking to another theme moves the note.
    p.add_linked_theme(id_of("th2"), "Elkaar kennen").unwrap();
    p.link(id_of("m1"), Some(id_of("th2"))).unwrap();
    let themes = p.linked_themes();
    assert_eq!((themes[0].groups, themes[1].groups), (0, 1));
    assert_eq!(themes[1].notes[0].1.id, id_of("m1"));
}

#[test]
fn only_middle_notes_are_linked_and_only_to_a_theme_that_exists() {
    let mut p = plenary();
    let before = p.clone();
    assert_eq!(
        p.link(id_of("m1"), Some(id_of("geen"))),
        Err(ValidationError::NotFound)
    );
    assert_eq!(
        p.link(id_of("f1"), Some(id_of("th1"))),
        Err(ValidationError::NotFound),
        "a field note is not linked"
    );
    assert_eq!(
        p.link(id_of("geen"), Some(id_of("th1"))),
        Err(ValidationError::NotFound)
    );
    assert_eq!(
        p.add_linked_theme(id_of("th2"), " samen WERKEN "),
        Err(ValidationError::ThemeTwice)
    );
    assert_eq!(
        p.add_linked_theme(id_of("th2"), "  "),
        Err(ValidationError::ThemeEmpty)
    );
    assert_eq!(
        p.add_linked_theme(id_of("th1"), "Iets anders"),
        Err(ValidationError::DuplicateId)
    );
    assert_eq!(p, before);
}

#[test]
fn removing_a_linked_theme_unlinks_its_notes_and_restoring_links_them_back() {
    let mut p = plenary();
    p.add_linked_theme(id_of("th2"), "Veiligheid").unwrap();
    p.link(id_of("m1"), Some(id_of("th1"))).unwrap();
    p.link(id_of("m2"), Some(id_of("th1"))).unwrap();
    p.link(id_of("m3"), Some(id_of("th2"))).unwrap();
    let before = p.clone();

    let removed = p.remove_theme(id_of("th1")).unwrap();
    assert_eq!(removed.index, 0);
    assert_eq!(removed.theme.name, "Samen werken");
    assert_eq!(removed.note_ids, [id_of("m1"), id_of("m2")]);
    assert_eq!(find(&p, "m1").theme, None);
    assert_eq!(find(&p, "m2").theme, None);
    assert_eq!(find(&p, "m3").theme, Some(id_of("th2")));
    let themes = p.linked_themes();
    assert_eq!(themes.len(), 1);
    assert_eq!((themes[0].id, themes[0].groups), (id_of("th2"), 1));

    p.restore_theme(removed.clone());
    assert_eq!(p, before);
    assert_eq!(p.linked_themes()[0].groups, 2);
    p.restore_theme(removed);
    assert_eq!(p, before, "a second undo changes nothing");
}

// ---------------------------------------------------------------- undo of notes

#[test]
fn a_removed_field_note_comes_back_where_it_was() {
    let mut p = session_in(Some(Phase::Individual));
    note(&mut p, 0, 0, "f7", "Een buurtapp voor de straat");
    let before = p.clone();
    let seat = seat_id(&p, 0, 0);

    let removed = p.remove_note(id_of("f1")).unwrap();
    assert_eq!(
        removed,
        RemovedPlacematNote {
            group_id: group_id(&p, 0),
            place: Place::Seat(seat),
            index: 0,
            note: before.groups[0].seats[0].notes[0].clone(),
        }
    );
    assert_eq!(
        removed.note.marks,
        [seat_id(&p, 0, 1)],
        "its mark goes along"
    );
    let texts: Vec<&str> = p.groups[0].seats[0]
        .notes
        .iter()
        .map(|n| n.text.as_str())
        .collect();
    assert_eq!(texts, ["Een buurtapp voor de straat"]);

    // Undo works whatever phase is on the floor.
    p.start_phase(Phase::Plenary, T0 + 60 * MIN).unwrap();
    p.restore_note(removed.clone()).unwrap();
    assert_eq!(p.groups, before.groups);
    assert_eq!(p.groups[0].seats[0].notes[0].id, id_of("f1"));
    p.restore_note(removed).unwrap();
    assert_eq!(p.groups, before.groups, "a second undo changes nothing");
}

#[test]
fn a_removed_middle_note_comes_back_where_it_was() {
    let mut p = plenary();
    p.link(id_of("m1"), Some(id_of("th1"))).unwrap();
    let before = p.clone();

    let removed = p.remove_note(id_of("m1")).unwrap();
    assert_eq!(removed.group_id, group_id(&p, 0));
    assert_eq!(removed.place, Place::Middle);
    assert_eq!(removed.index, 0);
    assert_eq!(removed.note, before.groups[0].middle[0]);
    assert_eq!(p.groups[0].middle.len(), 1);
    assert_eq!(p.linked_themes()[0].groups, 0);

    p.restore_note(removed).unwrap();
    assert_eq!(p, before);
    assert_eq!(p.groups[0].middle[0].id, id_of("m1"));
    assert_eq!(p.linked_themes()[0].groups, 1);
}

#[test]
fn a_middle_note_brought_back_after_its_theme_was_removed_comes_back_unlinked() {
    let mut p = plenary();
    p.link(id_of("m2"), Some(id_of("th1"))).unwrap();
    let removed = p.remove_note(id_of("m2")).unwrap();
    assert_eq!(removed.note.theme, Some(id_of("th1")));
    let removed_theme = p.remove_theme(id_of("th1")).unwrap();
    assert!(removed_theme.note_ids.is_empty());
    p.restore_note(removed).unwrap();
    let m2 = find(&p, "m2");
    assert_eq!(m2.theme, None);
    assert_eq!(m2.text, "Samen werken");
    assert_eq!(p.groups[1].middle[0].id, id_of("m2"));
}

#[test]
fn a_field_note_brought_back_after_persons_left_keeps_only_the_marks_of_those_still_there() {
    let mut p = placemat_in(Phase::Individual);
    p.set_person_count(5, ids("s")).unwrap();
    note(&mut p, 0, 0, "n1", "Meer groen op het plein");
    p.start_phase(Phase::Sharing, T0).unwrap();
    let (by_2, by_5) = (seat_id(&p, 0, 1), seat_id(&p, 0, 4));
    p.toggle_mark(id_of("n1"), by_2).unwrap();
    p.toggle_mark(id_of("n1"), by_5).unwrap();
    let removed = p.remove_note(id_of("n1")).unwrap();
    p.set_person_count(4, ids("t")).unwrap();
    p.restore_note(removed).unwrap();
    assert_eq!(find(&p, "n1").marks, [by_2]);
}

// ---------------------------------------------------------------- number of groups

#[test]
fn fewer_groups_are_refused_while_a_group_that_would_go_has_notes() {
    let mut p = session();
    let before = p.clone();
    assert_eq!(
        p.set_group_count(2, ids("g"), group_name),
        Err(ValidationError::GroupInUse {
            group: "Groep 3".into()
        })
    );
    assert_eq!(p, before);

    // A note in the middle alone keeps a group too.
    let mut p = placemat_in(Phase::Consensus);
    p.set_group_count(5, ids("g"), group_name).unwrap();
    middle(&mut p, 3, "m1", "Veiligheid");
    let before = p.clone();
    assert_eq!(
        p.set_group_count(3, ids("h"), group_name),
        Err(ValidationError::GroupInUse {
            group: "Groep 4".into()
        })
    );
    assert_eq!(p, before);
    p.set_group_count(4, ids("h"), group_name).unwrap();
    assert_eq!(p.groups.len(), 4);
}

#[test]
fn empty_groups_at_the_end_are_dropped() {
    let mut p = session();
    p.set_group_count(6, ids("g"), group_name).unwrap();
    let before = p.clone();
    p.set_group_count(3, ids("h"), group_name).unwrap();
    assert_eq!(p.groups, before.groups[..3]);
    assert_eq!(p.harvest, before.harvest);
}

#[test]
fn new_groups_get_the_current_number_of_persons() {
    let mut p = new_placemat();
    p.set_person_count(5, ids("s")).unwrap();
    p.set_group_count(5, ids("g"), group_name).unwrap();
    assert_eq!(p.groups.len(), 5);
    assert!(p.groups.iter().all(|g| g.seats.len() == 5));
    assert_eq!(p.groups[3].name, "Groep 4");
    assert_eq!(p.groups[4].name, "Groep 5");
    assert!(p.groups[3..]
        .iter()
        .all(|g| g.middle.is_empty() && g.seats.iter().all(|s| s.notes.is_empty())));
}

// ---------------------------------------------------------------- storage

/// A session with something in every part: names, notes, marks, middles,
/// themes with linked notes, an action, a paused timer, sound off.
fn full_session() -> Placemat {
    let mut p = session();
    let (g, s) = (group_id(&p, 0), seat_id(&p, 0, 0));
    p.set_group_name(g, "De Vliegers").unwrap();
    p.set_seat_name(g, s, "Anna").unwrap();
    p.set_minutes(Phase::Sharing, 8).unwrap();
    p.sound = false;
    p.add_linked_theme(id_of("th2"), "Veiligheid").unwrap();
    p.link(id_of("m1"), Some(id_of("th1"))).unwrap();
    p.link(id_of("m2"), Some(id_of("th1"))).unwrap();
    p.link(id_of("m3"), Some(id_of("th2"))).unwrap();
    p.mark_key(id_of("m1"), true).unwrap();
    p.start_phase(Phase::Consensus, T0 + 60 * MIN).unwrap();
    p.change_timer(|t| t.pause(T0 + 61 * MIN)).unwrap();
    p
}

#[test]
fn a_full_session_round_trips_through_json_unchanged() {
    let p = full_session();
    let text = serde_json::to_string(&p).unwrap();
    let read: Placemat = serde_json::from_str(&text).unwrap();
    assert_eq!(read, p);
    assert_eq!(read.phase, Some(Phase::Consensus));
    assert_eq!(
        read.timer.state(T0 + 90 * MIN),
        TimerState::Paused { left_ms: 9 * MIN }
    );
    assert!(!find(&read, "f1").marks.is_empty());
    assert_eq!(read.linked_themes()[0].groups, 2);
    assert!(text.contains(r#""phase":"consensus""#));
}

#[test]
fn an_unused_timer_and_empty_marks_are_left_out_of_the_stored_text() {
    let mut p = placemat_in(Phase::Individual);
    note(&mut p, 0, 0, "n1", "Meer groen op het plein");
    p.start_phase(Phase::Plenary, T0).unwrap();
    let text = serde_json::to_string(&p).unwrap();
    assert!(!text.contains("\"timer\""), "{text}");
    assert!(!text.contains("\"marks\""), "{text}");
    assert!(!text.contains("\"name\":\"\""), "a nameless seat: {text}");
    let read: Placemat = serde_json::from_str(&text).unwrap();
    assert_eq!(read, p);
    assert!(read.timer.is_unused());

    // With a mark and a running timer, both are stored.
    let text = serde_json::to_string(&full_session()).unwrap();
    assert!(text.contains("\"timer\""));
    assert!(text.contains("\"marks\""));

    // Before the start there is no phase either.
    let text = serde_json::to_string(&new_placemat()).unwrap();
    assert!(!text.contains("\"phase\"") && !text.contains("\"timer\""));
    assert_eq!(
        serde_json::from_str::<Placemat>(&text).unwrap(),
        new_placemat()
    );
}

#[test]
fn a_placemat_stored_without_its_optional_parts_reads_with_defaults() {
    let text = r#"{"groups":[{"id":"g1","name":"Groep 1","seats":[{"id":"s1"},{"id":"s2"},{"id":"s3"}]}]}"#;
    let p: Placemat = serde_json::from_str(text).unwrap();
    assert_eq!(p.question, "");
    assert_eq!(p.minutes, PhaseMinutes::default());
    assert_eq!(p.phase, None);
    assert!(p.timer.is_unused());
    assert!(p.sound, "the tone is on unless it was turned off");
    assert_eq!(p.persons(), 3);
    assert!(p.groups[0].middle.is_empty());
}

// ---------------------------------------------------------------- in a workshop

#[test]
fn a_placemat_in_a_workshop_round_trips_through_json_unchanged() {
    let mut workshop = workshop();
    workshop
        .add_activity(ActivityBody::Placemat(full_session()), id_of("pm"), 2)
        .unwrap();
    let text = serde_json::to_string(&workshop).unwrap();
    assert!(text.contains(r#""kind":"placemat""#));
    let read: Workshop = serde_json::from_str(&text).unwrap();
    assert_eq!(read, workshop);
    let p = read
        .activity(id_of("pm"))
        .unwrap()
        .form::<Placemat>()
        .unwrap();
    assert_eq!(p, &full_session());
}

#[test]
fn a_refused_change_to_a_placemat_inside_a_workshop_leaves_it_unchanged() {
    let mut workshop = workshop();
    workshop
        .add_activity(ActivityBody::Placemat(new_placemat()), id_of("pm"), 2)
        .unwrap();
    let before = workshop.clone();
    let result = workshop.change_activity::<Placemat, _>(id_of("pm"), 9, |p| {
        p.set_question(QUESTION)?;
        p.start_phase(Phase::Individual, 9)?;
        let (g, s) = (group_id(p, 0), seat_id(p, 0, 0));
        p.add_note(g, s, id_of("n1"), "Eerste idee")?;
        p.add_note(g, s, id_of("n2"), "   ")
    });
    assert_eq!(result, Err(ValidationError::NoteEmpty));
    assert_eq!(workshop, before);

    let result = workshop.change_activity::<Placemat, _>(id_of("pm"), 9, |p| {
        p.set_question(QUESTION)?;
        p.set_person_count(7, ids("s"))
    });
    assert_eq!(result, Err(ValidationError::PersonCountOutOfRange));
    assert_eq!(workshop, before);

    // The same change without the refusal goes through and stamps the time.
    workshop
        .change_activity::<Placemat, _>(id_of("pm"), 10, |p| {
            p.set_question(QUESTION)?;
            p.start_phase(Phase::Individual, 10)
        })
        .unwrap();
    let activity = workshop.activity(id_of("pm")).unwrap();
    let p = activity.form::<Placemat>().unwrap();
    assert_eq!(p.question, QUESTION);
    assert_eq!(p.phase, Some(Phase::Individual));
    assert_eq!((workshop.updated_at, activity.updated_at), (10, 10));
}

#[test]
fn changing_a_persona_test_as_a_placemat_is_refused_and_changes_nothing() {
    let mut workshop = workshop();
    workshop
        .add_activity(
            ActivityBody::PersonaTest(PersonaTest::new("Hoe tevreden is {naam}?", &[])),
            id_of("toets"),
            2,
        )
        .unwrap();
    workshop
        .add_activity(ActivityBody::Placemat(new_placemat()), id_of("pm"), 3)
        .unwrap();
    let before = workshop.clone();
    assert_eq!(
        workshop.change_activity::<Placemat, _>(id_of("toets"), 9, |p| p.set_question(QUESTION)),
        Err(ValidationError::NotFound)
    );
    assert_eq!(
        workshop.change_activity::<Placemat, _>(id_of("geen"), 9, |p| p.set_question(QUESTION)),
        Err(ValidationError::NotFound)
    );
    assert_eq!(workshop, before);
}

/// The placemat "pm" of `workshop`.
fn placemat_pm(workshop: &Workshop) -> &Placemat {
    workshop
        .activity(id_of("pm"))
        .and_then(|a| a.form::<Placemat>())
        .expect("the placemat is there")
}

#[test]
fn the_board_of_a_placemat_in_a_workshop_links_and_unlinks_its_middle_notes() {
    let mut workshop = workshop();
    workshop
        .add_activity(ActivityBody::Placemat(plenary()), id_of("pm"), 2)
        .unwrap();
    workshop
        .change_board(id_of("pm"), 10, |board| {
            board.group_note(id_of("m1"), Some(id_of("th1")))
        })
        .unwrap();
    let p = placemat_pm(&workshop);
    assert_eq!(find(p, "m1").theme, Some(id_of("th1")));
    assert_eq!(p.linked_themes()[0].groups, 1);
    assert_eq!(workshop.updated_at, 10);
    assert_eq!(workshop.activity(id_of("pm")).unwrap().updated_at, 10);

    let removed = workshop
        .change_board(id_of("pm"), 11, |board| board.remove_theme(id_of("th1")))
        .unwrap();
    let p = placemat_pm(&workshop);
    assert!(p.linked_themes().is_empty());
    assert_eq!(find(p, "m1").theme, None);
    workshop
        .change_board(id_of("pm"), 12, |board| {
            board.restore_theme(removed);
            Ok(())
        })
        .unwrap();
    let p = placemat_pm(&workshop);
    assert_eq!(find(p, "m1").theme, Some(id_of("th1")));

    // A refused board change leaves the workshop as it was.
    let before = workshop.clone();
    assert_eq!(
        workshop.change_board(id_of("pm"), 13, |board| {
            board.group_note(id_of("m2"), Some(id_of("th1")))?;
            board.group_note(id_of("f1"), Some(id_of("th1")))
        }),
        Err(ValidationError::NotFound),
        "a field note is not on the board"
    );
    assert_eq!(workshop, before);
}

#[test]
fn a_persona_test_has_no_board() {
    let mut workshop = workshop();
    workshop
        .add_activity(
            ActivityBody::PersonaTest(PersonaTest::new("Hoe tevreden is {naam}?", &[])),
            id_of("toets"),
            2,
        )
        .unwrap();
    let before = workshop.clone();
    assert_eq!(
        workshop.change_board(id_of("toets"), 9, |board| board
            .harvest_mut()
            .add_theme(id_of("th1"), "Samen werken")),
        Err(ValidationError::NotFound)
    );
    assert_eq!(
        workshop.change_board(id_of("geen"), 9, |board| board
            .remove_theme(id_of("th1"))
            .map(drop)),
        Err(ValidationError::NotFound)
    );
    assert_eq!(workshop, before);
}

// ---------------------------------------------------------------- no theme twice

#[test]
fn editing_a_middle_note_into_a_theme_already_in_that_middle_is_refused() {
    let mut p = session_in(Some(Phase::Consensus));
    assert_eq!(p.groups[0].middle[0].text, "Samen werken");
    assert_eq!(p.groups[0].middle[1].id, id_of("m4"));
    let before = p.clone();
    assert_eq!(
        p.edit_note(id_of("m4"), "samen werken"),
        Err(ValidationError::MiddleTwice)
    );
    assert_eq!(p, before);
    // Its own text in other letters is fine.
    p.edit_note(id_of("m4"), &before.groups[0].middle[1].text.to_uppercase())
        .unwrap();
}

#[test]
fn undoing_a_middle_note_whose_theme_was_written_again_keeps_one_with_the_link() {
    let mut p = session_in(Some(Phase::Plenary));
    p.add_linked_theme(id_of("th-x"), "Samen").unwrap();
    let id = p.groups[0].middle[0].id;
    p.link(id, Some(id_of("th-x"))).unwrap();
    let removed = p.remove_note(id).unwrap();
    p.add_to_middle(p.groups[0].id, id_of("again"), "SAMEN WERKEN")
        .unwrap();
    p.restore_note(removed).unwrap();
    let same: Vec<_> = p.groups[0]
        .middle
        .iter()
        .filter(|n| n.text.to_lowercase() == "samen werken")
        .collect();
    assert_eq!(same.len(), 1);
    assert_eq!(same[0].id, id_of("again"));
    assert_eq!(same[0].theme, Some(id_of("th-x")));
}

#[test]
fn a_timed_phase_under_way_is_the_placemat_s_running_timer() {
    use werktafel::forms::FormData;
    use werktafel::i18n::Language;
    assert_eq!(new_placemat().running_timer(T0), None);
    let placemat = placemat_in(Phase::Sharing);
    let running = placemat.running_timer(T0 + MIN).unwrap();
    assert_eq!(running.label.text(Language::En), "2. Share");
    let length = i64::from(placemat.minutes.of(Phase::Sharing).unwrap()) * MIN;
    assert_eq!(
        running.state,
        TimerState::Running {
            left_ms: length - MIN
        }
    );
    assert_eq!(placemat_in(Phase::Plenary).running_timer(T0 + MIN), None);
}
