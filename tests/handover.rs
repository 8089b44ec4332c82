//! Handing a café table or a placemat group over from another tablet: the
//! file round trip, the preview (new, same, different), merging with choices,
//! merging twice, and every refusal with nothing changed.

mod common;

use common::{id_of, ids};
use std::collections::HashMap;
use werktafel::forms::cafe::Cafe;
use werktafel::forms::placemat::{Phase, Placemat};
use werktafel::forms::ActivityBody;
use werktafel::i18n::{import_message, Language};
use werktafel::model::{Arrival, Choice, MergePlace, MergeWhat, NoteKind, Workshop, WorkshopDraft};
use werktafel::store::Entity;
use werktafel::transfer::{
    apply_handover, plan_handover, read_backup, read_import, Handover, HandoverPlan, ImportError,
    ImportFile, Problem, Step,
};

const CAFE: &str = "cafe";
const MAT: &str = "mat";

/// A workshop with a café of three rounds at four tables and a placemat
/// session of three groups of four, as the facilitator prepared it.
fn prepared() -> Workshop {
    let draft = WorkshopDraft {
        title: "Wijkavond Oosterpark".into(),
        ..WorkshopDraft::default()
    };
    let mut workshop = Workshop::create(&draft, id_of("w1"), 1).unwrap();
    let mut cafe = Cafe::new(Vec::new(), |i| format!("Tafel {}", i + 1), ids("c"));
    for round in cafe.rounds.clone() {
        cafe.set_question(round.id, "Wat werkt?").unwrap();
    }
    let mut placemat = Placemat::new(|i| format!("Groep {}", i + 1), ids("p"));
    placemat.set_question("Wat heeft de wijk nodig?").unwrap();
    placemat.start_phase(Phase::Individual, 2).unwrap();
    workshop
        .add_activity(ActivityBody::Cafe(cafe), id_of(CAFE), 1)
        .unwrap();
    workshop
        .add_activity(ActivityBody::Placemat(placemat), id_of(MAT), 1)
        .unwrap();
    workshop
}

fn cafe(workshop: &Workshop) -> &Cafe {
    workshop
        .activity(id_of(CAFE))
        .unwrap()
        .form::<Cafe>()
        .unwrap()
}

fn placemat(workshop: &Workshop) -> &Placemat {
    workshop
        .activity(id_of(MAT))
        .unwrap()
        .form::<Placemat>()
        .unwrap()
}

/// Writes a note at a table in a round (both from 0).
fn write(workshop: &mut Workshop, table: usize, round: usize, id: &str, text: &str) {
    let (t, r) = (
        cafe(workshop).tables[table].id,
        cafe(workshop).rounds[round].id,
    );
    workshop
        .change_activity::<Cafe, _>(id_of(CAFE), 5, |c| {
            c.add_note(t, r, id_of(id), NoteKind::Idea, text)
        })
        .unwrap();
}

fn summarise(workshop: &mut Workshop, table: usize, round: usize, text: &str) {
    let (t, r) = (
        cafe(workshop).tables[table].id,
        cafe(workshop).rounds[round].id,
    );
    workshop
        .change_activity::<Cafe, _>(id_of(CAFE), 5, |c| c.set_summary(t, r, text))
        .unwrap();
}

/// The file of table `table` as the host's tablet writes it, read back.
fn table_file(workshop: &Workshop, table: usize) -> Handover {
    let id = cafe(workshop).tables[table].id;
    read_file(Handover::cafe_table(workshop, id_of(CAFE), id, 9).unwrap())
}

fn group_file(workshop: &Workshop, group: usize) -> Handover {
    let id = placemat(workshop).groups[group].id;
    read_file(Handover::placemat_group(workshop, id_of(MAT), id, 9).unwrap())
}

fn read_file(handover: Handover) -> Handover {
    match read_import(handover.to_json().as_bytes()).unwrap() {
        ImportFile::Handover(read) => *read,
        ImportFile::Backup(_) => panic!("a handover reads as a handover"),
    }
}

fn plan(handover: Handover, here: &Workshop) -> HandoverPlan {
    plan_handover(handover, std::slice::from_ref(here), ids("new")).unwrap()
}

fn apply(plan: &HandoverPlan, here: &Workshop, choices: &[(&str, Choice)]) -> Workshop {
    let choices: HashMap<String, Choice> =
        choices.iter().map(|(k, c)| (k.to_string(), *c)).collect();
    apply_handover(plan, std::slice::from_ref(here), &choices, ids("new"), 20).unwrap()
}

fn texts(workshop: &Workshop, table: usize, round: usize) -> Vec<String> {
    let cafe = cafe(workshop);
    cafe.cloth(cafe.tables[table].id, cafe.rounds[round].id)
        .map(|c| c.notes.iter().map(|n| n.text.clone()).collect())
        .unwrap_or_default()
}

fn arrivals(plan: &HandoverPlan) -> Vec<(String, Arrival)> {
    plan.items
        .iter()
        .map(|i| (i.key.clone(), i.arrival))
        .collect()
}

// ---------------------------------------------------------------- café tables

#[test]
fn a_hosts_table_joins_the_same_table_and_rounds_here() {
    let here = prepared();
    let mut host = here.clone();
    write(&mut host, 1, 0, "n1", "Buurthuis langer open");
    write(&mut host, 1, 1, "n2", "Vaste contactpersoon");
    summarise(&mut host, 1, 0, "Vooral meer ontmoeting");
    let table = cafe(&here).tables[1].id;
    host.change_activity::<Cafe, _>(id_of(CAFE), 6, |c| c.set_table(table, "Tafel 2", "Ans"))
        .unwrap();

    let file = table_file(&host, 1);
    assert_eq!(
        Some(&file),
        Handover::cafe_table(&host, id_of(CAFE), table, 9).as_ref()
    );
    let plan = plan(file, &here);
    assert_eq!(plan.workshop_title, "Wijkavond Oosterpark");
    assert_eq!(plan.handover.part_name(), "Tafel 2");
    assert!(plan.items.iter().all(|i| i.arrival == Arrival::New));
    let round1 = cafe(&here).rounds[0].id;
    assert_eq!(
        plan.items
            .iter()
            .map(|i| (i.key.as_str(), i.place, i.what))
            .collect::<Vec<_>>(),
        vec![
            ("host", MergePlace::Whole, MergeWhat::Host),
            (
                format!("summary:{round1}").as_str(),
                MergePlace::Round(0),
                MergeWhat::Summary
            ),
            ("note:n1", MergePlace::Round(0), MergeWhat::Note),
            ("note:n2", MergePlace::Round(1), MergeWhat::Note),
        ]
    );

    let merged = apply(&plan, &here, &[]);
    assert_eq!(texts(&merged, 1, 0), ["Buurthuis langer open"]);
    assert_eq!(texts(&merged, 1, 1), ["Vaste contactpersoon"]);
    assert!(
        texts(&merged, 0, 0).is_empty(),
        "other tables are untouched"
    );
    let merged_cafe = cafe(&merged);
    assert_eq!(merged_cafe.tables[1].host, "Ans");
    assert_eq!(
        merged_cafe.previous_summary(table, 1),
        Some("Vooral meer ontmoeting")
    );
    assert_eq!(merged.updated_at, 20);
}

#[test]
fn merging_the_same_file_twice_adds_nothing_the_second_time() {
    let here = prepared();
    let mut host = here.clone();
    write(&mut host, 2, 0, "n1", "Meer bankjes");
    summarise(&mut host, 2, 0, "Ontmoeten buiten");
    let file = table_file(&host, 2);
    let once = apply(&plan(file.clone(), &here), &here, &[]);

    let again = plan(file, &once);
    assert!(again.items.iter().all(|i| i.arrival == Arrival::Same));
    let twice = apply(&again, &once, &[]);
    assert_eq!(cafe(&twice), cafe(&once));
}

#[test]
fn notes_written_on_both_tablets_are_all_kept() {
    let mut here = prepared();
    write(&mut here, 0, 0, "mine", "Hier geschreven");
    let mut host = prepared();
    write(&mut host, 0, 0, "theirs", "Daar geschreven");
    let merged = apply(&plan(table_file(&host, 0), &here), &here, &[]);
    assert_eq!(texts(&merged, 0, 0), ["Hier geschreven", "Daar geschreven"]);
}

#[test]
fn a_note_changed_on_both_sides_is_kept_twice_replaced_or_skipped_as_chosen() {
    let mut here = prepared();
    write(&mut here, 0, 0, "n1", "Versie hier");
    let mut host = here.clone();
    host.change_activity::<Cafe, _>(id_of(CAFE), 6, |c| {
        c.edit_note(id_of("n1"), NoteKind::Question, "Versie daar")
    })
    .unwrap();
    let plan = plan(table_file(&host, 0), &here);
    assert_eq!(arrivals(&plan), vec![("note:n1".into(), Arrival::Conflict)]);
    assert_eq!(plan.items[0].here, "Versie hier");
    assert_eq!(plan.items[0].incoming, "Versie daar");

    let kept_both = apply(&plan, &here, &[]);
    assert_eq!(texts(&kept_both, 0, 0), ["Versie hier", "Versie daar"]);
    let copy = &cafe(&kept_both).tables[0].cloths[0].notes[1];
    assert_eq!((copy.id.as_str(), copy.kind), ("new1", NoteKind::Question));

    let replaced = apply(&plan, &here, &[("note:n1", Choice::Replace)]);
    assert_eq!(texts(&replaced, 0, 0), ["Versie daar"]);
    let skipped = apply(&plan, &here, &[("note:n1", Choice::Skip)]);
    assert_eq!(cafe(&skipped), cafe(&here));
}

#[test]
fn a_different_summary_stays_unless_the_incoming_one_is_chosen() {
    let mut here = prepared();
    summarise(&mut here, 0, 0, "Samenvatting hier");
    let mut host = here.clone();
    summarise(&mut host, 0, 0, "Samenvatting van de gastvrouw");
    let plan = plan(table_file(&host, 0), &here);
    let item = &plan.items[0];
    assert_eq!(
        (item.what, item.arrival),
        (MergeWhat::Summary, Arrival::Conflict)
    );
    assert_eq!(item.choices(), [Choice::Replace, Choice::Skip]);

    let kept = apply(&plan, &here, &[]);
    assert_eq!(cafe(&kept), cafe(&here));
    // Keeping both makes no sense for one summary: a copy is read as keeping this one.
    let key = item.key.clone();
    let copy = apply(&plan, &here, &[(&key, Choice::Copy)]);
    assert_eq!(cafe(&copy), cafe(&here));
    let taken = apply(&plan, &here, &[(&key, Choice::Replace)]);
    assert_eq!(
        cafe(&taken).tables[0].cloths[0].summary,
        "Samenvatting van de gastvrouw"
    );
}

#[test]
fn themes_and_stars_of_the_other_tablet_do_not_travel() {
    let here = prepared();
    let mut host = here.clone();
    write(&mut host, 0, 0, "n1", "Idee");
    host.change_board(id_of(CAFE), 6, |b| {
        b.harvest_mut().add_theme(id_of("t1"), "Ontmoeting")?;
        b.group_note(id_of("n1"), Some(id_of("t1")))?;
        b.mark_key(id_of("n1"), true)
    })
    .unwrap();
    let merged = apply(&plan(table_file(&host, 0), &here), &here, &[]);
    let note = &cafe(&merged).tables[0].cloths[0].notes[0];
    assert_eq!((note.theme, note.key), (None, false));
    assert!(cafe(&merged).harvest.themes.is_empty());
}

// ---------------------------------------------------------------- placemat groups

/// Writes in a person's field of a group (both from 0) on the host's tablet.
fn field_note(workshop: &mut Workshop, group: usize, seat: usize, id: &str, text: &str) {
    let g = placemat(workshop).groups[group].id;
    let s = placemat(workshop).groups[group].seats[seat].id;
    workshop
        .change_activity::<Placemat, _>(id_of(MAT), 5, |p| p.add_note(g, s, id_of(id), text))
        .unwrap();
}

fn move_to(workshop: &mut Workshop, phase: Phase) {
    workshop
        .change_activity::<Placemat, _>(id_of(MAT), 5, |p| p.start_phase(phase, 5))
        .unwrap();
}

#[test]
fn a_groups_placemat_joins_fields_middle_and_marks_here_whatever_the_phase() {
    let here = prepared();
    let mut group = here.clone();
    field_note(&mut group, 0, 0, "a", "Speeltuin opknappen");
    field_note(&mut group, 0, 1, "b", "Meer groen");
    move_to(&mut group, Phase::Sharing);
    let (g, s1) = {
        let p = placemat(&group);
        (p.groups[0].id, p.groups[0].seats[1].id)
    };
    group
        .change_activity::<Placemat, _>(id_of(MAT), 6, |p| p.toggle_mark(id_of("a"), s1))
        .unwrap();
    move_to(&mut group, Phase::Consensus);
    group
        .change_activity::<Placemat, _>(id_of(MAT), 6, |p| p.add_to_middle(g, id_of("m"), "Groen"))
        .unwrap();
    group
        .change_activity::<Placemat, _>(id_of(MAT), 6, |p| p.set_seat_name(g, s1, "Sam"))
        .unwrap();

    // Here the session is still in phase 1: merging is not a phase's writing.
    let plan = plan(group_file(&group, 0), &here);
    let [new, same, conflicts] = [Arrival::New, Arrival::Same, Arrival::Conflict]
        .map(|a| plan.items.iter().filter(|i| i.arrival == a).count());
    assert_eq!((new, same, conflicts), (4, 0, 0));
    let merged = apply(&plan, &here, &[]);
    let merged_group = &placemat(&merged).groups[0];
    assert_eq!(
        merged_group.seats[0].notes[0].marks,
        std::slice::from_ref(&s1)
    );
    assert_eq!(merged_group.seats[1].name, "Sam");
    assert_eq!(merged_group.middle[0].text, "Groen");
    assert_eq!(placemat(&merged).phase, Some(Phase::Individual));
}

#[test]
fn a_theme_already_in_the_middle_is_not_added_twice() {
    let mut here = prepared();
    move_to(&mut here, Phase::Consensus);
    let g = placemat(&here).groups[0].id;
    here.change_activity::<Placemat, _>(id_of(MAT), 6, |p| p.add_to_middle(g, id_of("x"), "Groen"))
        .unwrap();
    let mut group = prepared();
    move_to(&mut group, Phase::Consensus);
    group
        .change_activity::<Placemat, _>(id_of(MAT), 6, |p| p.add_to_middle(g, id_of("y"), "GROEN"))
        .unwrap();
    let plan = plan(group_file(&group, 0), &here);
    assert_eq!(arrivals(&plan), vec![("note:y".into(), Arrival::Same)]);
    let merged = apply(&plan, &here, &[]);
    assert_eq!(placemat(&merged).groups[0].middle.len(), 1);
}

#[test]
fn a_field_that_would_hold_over_200_notes_refuses_the_whole_file() {
    let mut here = prepared();
    let mut group = prepared();
    for i in 0..150 {
        field_note(&mut here, 0, 0, &format!("h{i}"), &format!("Hier {i}"));
        field_note(&mut group, 0, 0, &format!("g{i}"), &format!("Daar {i}"));
    }
    let error = plan_handover(group_file(&group, 0), &[here.clone()], ids("n")).unwrap_err();
    assert_eq!(error, ImportError::TooManyNotes { max: 200 });
    assert_eq!(
        import_message(&error, Language::Nl),
        "Dit bestand is niet ingelezen. Dan zou een vak of het midden meer dan 200 notities \
         hebben. Er is niets veranderd."
    );
}

// ---------------------------------------------------------------- refusals

#[test]
fn a_table_of_a_workshop_not_on_this_device_is_refused_by_its_title() {
    let host = prepared();
    let mut elsewhere = prepared();
    elsewhere.id = id_of("w2");
    let error = plan_handover(table_file(&host, 0), &[elsewhere], ids("n")).unwrap_err();
    assert_eq!(
        import_message(&error, Language::Nl),
        "Dit bestand is niet ingelezen. Dit bestand hoort bij de bijeenkomst ‘Wijkavond \
         Oosterpark’, en die staat niet op dit apparaat. Zet eerst de back-up van die \
         bijeenkomst terug. Er is niets veranderd."
    );
}

#[test]
fn a_table_or_round_or_person_no_longer_here_is_refused() {
    let host = prepared();
    let mut here = prepared();
    here.change_activity::<Cafe, _>(id_of(CAFE), 6, |c| {
        c.set_table_count(1, ids("x"), |i| format!("Tafel {}", i + 1))
    })
    .unwrap();
    let error = plan_handover(table_file(&host, 3), &[here.clone()], ids("n")).unwrap_err();
    assert_eq!(
        error,
        ImportError::PartMissing {
            name: "Tafel 4".into()
        }
    );

    let mut host = prepared();
    write(&mut host, 0, 2, "late", "In ronde 3");
    here.change_activity::<Cafe, _>(id_of(CAFE), 6, |c| c.set_round_count(2, ids("r"), 6))
        .unwrap();
    let error = plan_handover(table_file(&host, 0), &[here.clone()], ids("n")).unwrap_err();
    assert_eq!(error, ImportError::LayoutDiffers);

    let g = placemat(&here).groups[0].id;
    here.change_activity::<Placemat, _>(id_of(MAT), 6, |p| p.set_person_count(3, ids("s")))
        .unwrap();
    let mut group = prepared();
    field_note(&mut group, 0, 3, "d", "Vierde persoon");
    let error = plan_handover(group_file(&group, 0), &[here.clone()], ids("n")).unwrap_err();
    assert_eq!(error, ImportError::LayoutDiffers);
    assert!(placemat(&here).group(g).is_some());

    here.activities.retain(|a| a.id != id_of(MAT));
    let error = plan_handover(group_file(&group, 0), &[here], ids("n")).unwrap_err();
    assert_eq!(error, ImportError::ActivityMissing);
}

#[test]
fn a_handover_file_with_bad_ids_or_newer_versions_is_refused() {
    let mut host = prepared();
    write(&mut host, 0, 0, "n1", "Een");
    write(&mut host, 0, 1, "n2", "Twee");
    let json = table_file(&host, 0).to_json();

    let twice = json.replace("\"n2\"", "\"n1\"");
    let error = read_import(twice.as_bytes()).unwrap_err();
    assert!(matches!(
        error,
        ImportError::Bad {
            problem: Problem::IdTwice,
            ..
        }
    ));
    let slash = json.replace("\"n2\"", "\"n/2\"");
    assert!(matches!(
        read_import(slash.as_bytes()).unwrap_err(),
        ImportError::Bad {
            problem: Problem::UnknownValue,
            ..
        }
    ));
    let newer = json.replace("\"schema\":1", "\"schema\":2");
    assert_eq!(
        read_import(newer.as_bytes()).unwrap_err(),
        ImportError::NewerBackup { schema: 2 }
    );
    let (now, next) = (Workshop::SCHEMA, Workshop::SCHEMA + 1);
    let newer_data = json.replace(
        &format!("\"workshop_schema\":{now}"),
        &format!("\"workshop_schema\":{next}"),
    );
    assert_eq!(
        read_import(newer_data.as_bytes()).unwrap_err(),
        ImportError::NewerData { schema: next }
    );
    let not_text = json.replace("\"text\":\"Een\"", "\"text\":12");
    let error = read_import(not_text.as_bytes()).unwrap_err();
    assert!(
        import_message(&error, Language::Nl).contains("is geen tekst"),
        "{error:?}"
    );
    assert_eq!(
        read_backup(json.as_bytes()).unwrap_err(),
        ImportError::NotBackup
    );
}

#[test]
fn a_wrong_kind_of_value_in_a_handed_table_says_where_in_app_terms() {
    let mut host = prepared();
    write(&mut host, 0, 1, "n1", "Een");
    let json = table_file(&host, 0)
        .to_json()
        .replace("\"text\":\"Een\"", "\"text\":12");
    let error = read_import(json.as_bytes()).unwrap_err();
    assert_eq!(
        error,
        ImportError::Bad {
            path: vec![
                Step::Field("part".into()),
                Step::Field("table".into()),
                Step::Field("cloths".into()),
                Step::Index(0),
                Step::Field("notes".into()),
                Step::Index(0),
                Step::Field("text".into()),
            ],
            problem: Problem::NotText,
        }
    );
    assert_eq!(
        import_message(&error, Language::Nl),
        "Dit bestand is niet ingelezen. tafelkleed 1, notitie 1: ‘text’ is geen tekst. Er is niets veranderd."
    );
}

#[test]
fn an_incoming_note_id_used_elsewhere_here_gets_a_new_id() {
    let mut here = prepared();
    write(&mut here, 1, 0, "n1", "Aan tafel 2");
    let mut host = prepared();
    write(&mut host, 0, 0, "n1", "Aan tafel 1");
    let merged = apply(&plan(table_file(&host, 0), &here), &here, &[]);
    let ids: Vec<&str> = cafe(&merged)
        .notes()
        .map(|placed| placed.note.id.as_str())
        .collect();
    assert_eq!(ids, ["new1", "n1"]);
}

#[test]
fn a_handed_note_that_breaks_a_rule_says_where_in_app_terms() {
    let mut host = prepared();
    write(&mut host, 0, 1, "n1", "Een");
    let json = table_file(&host, 0).to_json();
    let empty = json.replace("\"text\":\"Een\"", "\"text\":\"  \"");
    let error = read_import(empty.as_bytes()).unwrap_err();
    assert_eq!(
        import_message(&error, Language::Nl),
        "Dit bestand is niet ingelezen. tafelkleed 1, notitie 1: ‘text’ is leeg. Er is niets \
         veranderd."
    );
    let mut group = prepared();
    let s = placemat(&group).groups[0].seats[0].id;
    field_note(&mut group, 0, 1, "m1", "Mijn eigen");
    group
        .change_activity::<Placemat, _>(id_of(MAT), 6, |p| {
            p.start_phase(Phase::Sharing, 6)?;
            p.toggle_mark(id_of("m1"), s)
        })
        .unwrap();
    let json = group_file(&group, 0).to_json();
    let own_mark = json.replace(
        &format!("\"marks\":[\"{s}\"]"),
        &format!("\"marks\":[\"{}\"]", placemat(&group).groups[0].seats[1].id),
    );
    let error = read_import(own_mark.as_bytes()).unwrap_err();
    assert!(
        matches!(
            error,
            ImportError::Bad {
                problem: Problem::OwnMark,
                ..
            }
        ),
        "{error:?}"
    );
}

// ---------------------------------------------------------------- after review

#[test]
fn new_marks_on_a_note_that_is_here_already_are_a_change_of_their_own() {
    let mut here = prepared();
    field_note(&mut here, 0, 0, "a", "Speeltuin");
    let mut group = here.clone();
    move_to(&mut group, Phase::Sharing);
    let other = placemat(&group).groups[0].seats[2].id;
    group
        .change_activity::<Placemat, _>(id_of(MAT), 6, |p| p.toggle_mark(id_of("a"), other))
        .unwrap();
    let plan = plan(group_file(&group, 0), &here);
    let marks: Vec<_> = plan
        .items
        .iter()
        .map(|i| (i.what, i.arrival))
        .filter(|(what, _)| *what == MergeWhat::Marks)
        .collect();
    assert_eq!(marks, [(MergeWhat::Marks, Arrival::New)]);
    let merged = apply(&plan, &here, &[]);
    assert_eq!(placemat(&merged).groups[0].seats[0].notes[0].marks, [other]);
}

#[test]
fn a_kept_copy_is_not_copied_again_when_the_same_table_comes_a_second_time() {
    let mut here = prepared();
    write(&mut here, 0, 0, "n1", "Versie hier");
    let mut host = here.clone();
    host.change_activity::<Cafe, _>(id_of(CAFE), 6, |c| {
        c.edit_note(id_of("n1"), NoteKind::Idea, "Versie daar")
    })
    .unwrap();
    let file = table_file(&host, 0);
    let once = apply(&plan(file.clone(), &here), &here, &[]);
    let again = plan(file, &once);
    assert_eq!(arrivals(&again), vec![("note:n1".into(), Arrival::Same)]);
    let twice = apply(&again, &once, &[]);
    assert_eq!(texts(&twice, 0, 0), ["Versie hier", "Versie daar"]);
}

#[test]
fn a_full_field_previews_with_this_sides_notes_and_refuses_only_a_copy_that_does_not_fit() {
    let mut here = prepared();
    for i in 0..200 {
        field_note(&mut here, 0, 0, &format!("h{i}"), &format!("Notitie {i}"));
    }
    let mut group = here.clone();
    let (g, s) = {
        let p = placemat(&group);
        (p.groups[0].id, p.groups[0].seats[0].id)
    };
    group
        .change_activity::<Placemat, _>(id_of(MAT), 6, |p| {
            p.edit_note(id_of("h0"), "Anders gezegd")
        })
        .unwrap();
    let plan = plan(group_file(&group, 0), &here);
    let conflicts: Vec<_> = plan
        .items
        .iter()
        .filter(|i| i.arrival == Arrival::Conflict)
        .map(|i| i.key.as_str())
        .collect();
    assert_eq!(conflicts, ["note:h0"]);
    let no_room = apply_handover(&plan, &[here.clone()], &HashMap::new(), ids("x"), 20);
    assert_eq!(no_room, Err(ImportError::TooManyNotes { max: 200 }));
    let replaced = apply(&plan, &here, &[("note:h0", Choice::Replace)]);
    let field = &placemat(&replaced).group(g).unwrap().seat(s).unwrap().notes;
    assert_eq!(
        (field.len(), field[0].text.as_str()),
        (200, "Anders gezegd")
    );
}

#[test]
fn a_handed_middle_with_one_theme_twice_is_refused() {
    let mut group = prepared();
    move_to(&mut group, Phase::Consensus);
    let g = placemat(&group).groups[0].id;
    group
        .change_activity::<Placemat, _>(id_of(MAT), 6, |p| {
            p.add_to_middle(g, id_of("x"), "Groen")?;
            p.add_to_middle(g, id_of("y"), "Blauw")
        })
        .unwrap();
    let json = group_file(&group, 0).to_json().replace("Blauw", "GROEN");
    let error = read_import(json.as_bytes()).unwrap_err();
    assert!(
        matches!(
            error,
            ImportError::Bad {
                problem: Problem::IdTwice,
                ..
            }
        ),
        "{error:?}"
    );
}

#[test]
fn a_note_with_the_id_host_is_decided_on_apart_from_the_tables_host() {
    let mut here = prepared();
    let table = cafe(&here).tables[0].id;
    here.change_activity::<Cafe, _>(id_of(CAFE), 5, |c| c.set_table(table, "Tafel 1", "Ans"))
        .unwrap();
    write(&mut here, 0, 0, "host", "Hier");
    let mut host = here.clone();
    host.change_activity::<Cafe, _>(id_of(CAFE), 6, |c| {
        c.set_table(table, "Tafel 1", "Bram")?;
        c.edit_note(id_of("host"), NoteKind::Idea, "Daar")
    })
    .unwrap();
    let plan = plan(table_file(&host, 0), &here);
    let merged = apply(&plan, &here, &[("note:host", Choice::Replace)]);
    assert_eq!(cafe(&merged).tables[0].host, "Ans");
    assert_eq!(texts(&merged, 0, 0), ["Daar"]);
}
