//! The programme (draaiboek): clock times, limits, moving, duplicating,
//! removing with undo, the packing list and a live run under a fake clock.

mod common;

use common::id_of;
use werktafel::model::programme::{BlockDraft, ClockTime, PlainKind, Programme};
use werktafel::model::{BlockId, Field, Timer, TimerState, ValidationError};

const MINUTE: i64 = 60_000;

fn block(title: &str, minutes: u16) -> BlockDraft {
    BlockDraft::plain(PlainKind::Free, title, minutes)
}

fn bid(text: &str) -> BlockId {
    id_of(text)
}

/// A two-hour programme of six blocks from 13:00.
fn two_hours() -> Programme {
    let mut programme = Programme::default();
    programme.set_start("13:00").unwrap();
    for (n, (title, minutes)) in [
        ("Welkom", 10),
        ("Speeddaten", 20),
        ("Wereldcafé", 45),
        ("Pauze", 15),
        ("Placemat", 20),
        ("Afsluiting", 10),
    ]
    .into_iter()
    .enumerate()
    {
        programme
            .add(&block(title, minutes), bid(&format!("b{n}")), None)
            .unwrap();
    }
    programme
}

fn titles(programme: &Programme) -> Vec<&str> {
    programme.blocks.iter().map(|b| b.title.as_str()).collect()
}

#[test]
fn each_block_gets_its_clock_time_from_the_start_and_the_durations_before_it() {
    let programme = two_hours();
    let times: Vec<String> = programme
        .slots()
        .iter()
        .map(|s| format!("{}-{}", s.begins.unwrap(), s.ends.unwrap()))
        .collect();
    assert_eq!(
        times,
        [
            "13:00-13:10",
            "13:10-13:30",
            "13:30-14:15",
            "14:15-14:30",
            "14:30-14:50",
            "14:50-15:00"
        ]
    );
    assert_eq!(programme.total_minutes(), 120);
    assert_eq!(programme.end().unwrap().to_string(), "15:00");
}

#[test]
fn without_a_start_time_blocks_have_offsets_but_no_clock_time() {
    let mut programme = two_hours();
    programme.set_start("").unwrap();
    let slots = programme.slots();
    assert_eq!(slots[2].offset, 30);
    assert_eq!(slots[2].begins, None);
    assert_eq!(programme.end(), None);
}

#[test]
fn a_start_time_is_read_as_people_write_it_and_a_time_that_does_not_exist_is_refused() {
    for (typed, read) in [
        ("9:30", "09:30"),
        ("09.30", "09:30"),
        ("1305", "13:05"),
        (" 23:59 ", "23:59"),
    ] {
        assert_eq!(
            ClockTime::parse(typed).unwrap().to_string(),
            read,
            "{typed}"
        );
    }
    let mut programme = two_hours();
    for typed in ["25:00", "12:60", "12:5", "noon", "12:30:00", "-1:00"] {
        assert_eq!(
            programme.set_start(typed),
            Err(ValidationError::StartTimeInvalid),
            "{typed}"
        );
    }
    assert_eq!(
        programme.start.unwrap().to_string(),
        "13:00",
        "a refused time changes nothing"
    );
}

#[test]
fn the_clock_goes_round_past_midnight() {
    let mut programme = Programme::default();
    programme.set_start("23:30").unwrap();
    programme
        .add(&block("Nachtsessie", 60), bid("n"), None)
        .unwrap();
    assert_eq!(programme.end().unwrap().to_string(), "00:30");
}

#[test]
fn a_block_of_zero_or_more_than_480_minutes_is_refused_and_changes_nothing() {
    let mut programme = two_hours();
    let before = programme.clone();
    for minutes in ["0", "481", "500", "", "twintig", "1.5", "-5"] {
        let mut draft = block("Te lang", 10);
        draft.minutes = minutes.to_string();
        assert_eq!(
            programme.add(&draft, bid("x"), None),
            Err(ValidationError::BlockMinutesOutOfRange),
            "{minutes:?}"
        );
        assert_eq!(
            programme.change(bid("b0"), &draft),
            Err(ValidationError::BlockMinutesOutOfRange)
        );
    }
    assert_eq!(programme, before);
    assert_eq!(
        ValidationError::BlockMinutesOutOfRange.field(),
        Some(Field::Minutes)
    );
}

#[test]
fn a_block_without_title_or_with_too_long_texts_is_refused() {
    let mut programme = Programme::default();
    assert_eq!(
        programme.add(&block("  ", 10), bid("a"), None),
        Err(ValidationError::TitleEmpty)
    );
    let mut draft = block("Uitleg", 10);
    draft.steps = "x".repeat(4001);
    assert_eq!(
        programme.add(&draft, bid("a"), None),
        Err(ValidationError::TooLong {
            field: Field::Steps,
            max: 4000
        })
    );
    assert!(programme.is_empty());
}

#[test]
fn at_most_sixty_blocks_and_sixteen_hours() {
    let mut programme = Programme::default();
    for n in 0..60 {
        programme
            .add(&block("Kort", 1), bid(&format!("k{n}")), None)
            .unwrap();
    }
    assert_eq!(
        programme.add(&block("Eén te veel", 1), bid("over"), None),
        Err(ValidationError::TooMany {
            field: Field::Blocks,
            max: 60
        })
    );
    assert_eq!(
        programme.duplicate(bid("k0"), bid("copy")),
        Err(ValidationError::TooMany {
            field: Field::Blocks,
            max: 60
        })
    );
    assert_eq!(programme.blocks.len(), 60);

    let mut long = Programme::default();
    long.add(&block("Ochtend", 480), bid("a"), None).unwrap();
    long.add(&block("Middag", 480), bid("b"), None).unwrap();
    assert_eq!(long.total_minutes(), 960);
    assert_eq!(
        long.add(&block("Avond", 1), bid("c"), None),
        Err(ValidationError::ProgrammeTooLong { max_hours: 16 })
    );
    let mut longer = block("Middag", 481);
    longer.minutes = "480".into();
    longer.title = "Middag langer".into();
    assert!(
        long.change(bid("b"), &longer).is_ok(),
        "the same length still fits"
    );
}

#[test]
fn moving_a_block_up_and_down_stops_at_either_end() {
    let mut programme = two_hours();
    programme.shift(bid("b2"), -1).unwrap();
    assert_eq!(titles(&programme)[1..3], ["Wereldcafé", "Speeddaten"]);
    programme.shift(bid("b0"), -1).unwrap();
    assert_eq!(titles(&programme)[0], "Welkom");
    programme.shift(bid("b0"), 10).unwrap();
    assert_eq!(*titles(&programme).last().unwrap(), "Welkom");
    assert_eq!(
        programme.shift(bid("nope"), 1),
        Err(ValidationError::NotFound)
    );
}

#[test]
fn a_block_dropped_in_a_gap_moves_there_and_in_its_own_place_stays() {
    let mut programme = two_hours();
    let by = Programme::shift_into_gap(3, 1).unwrap();
    assert_eq!(by, -2);
    programme.shift(bid("b3"), by).unwrap();
    assert_eq!(
        titles(&programme),
        [
            "Welkom",
            "Pauze",
            "Speeddaten",
            "Wereldcafé",
            "Placemat",
            "Afsluiting"
        ]
    );
    let by = Programme::shift_into_gap(1, 6).unwrap();
    programme.shift(bid("b3"), by).unwrap();
    assert_eq!(*titles(&programme).last().unwrap(), "Pauze");
    assert_eq!(Programme::shift_into_gap(0, 2), Some(1));
    for gap in [2, 3] {
        assert_eq!(Programme::shift_into_gap(2, gap), None, "gap {gap}");
    }
}

#[test]
fn a_duplicate_comes_right_after_its_block_with_the_same_content() {
    let mut programme = two_hours();
    programme.duplicate(bid("b1"), bid("copy")).unwrap();
    assert_eq!(titles(&programme)[1..3], ["Speeddaten", "Speeddaten"]);
    assert_eq!(programme.blocks[2].id, bid("copy"));
    assert_eq!(programme.total_minutes(), 140);
    assert_eq!(
        programme.duplicate(bid("b1"), bid("copy")),
        Err(ValidationError::DuplicateId)
    );
}

#[test]
fn a_removed_block_comes_back_in_its_place() {
    let mut programme = two_hours();
    let before = programme.clone();
    let (index, removed) = programme.remove(bid("b3")).unwrap();
    assert_eq!(programme.blocks.len(), 5);
    programme.restore(index, removed).unwrap();
    assert_eq!(programme, before);
}

#[test]
fn the_packing_list_holds_each_thing_once_in_the_order_first_needed() {
    let mut programme = two_hours();
    let mut cafe = BlockDraft::from_block(programme.block(bid("b2")).unwrap());
    cafe.materials = "- Tafelkleden\n- Stiften\n\n  Bel ".into();
    programme.change(bid("b2"), &cafe).unwrap();
    let mut mat = BlockDraft::from_block(programme.block(bid("b4")).unwrap());
    mat.materials = "A3-vellen\nstiften".into();
    programme.change(bid("b4"), &mat).unwrap();

    let list = programme.packing_list();
    let names: Vec<&str> = list.iter().map(|i| i.name.as_str()).collect();
    assert_eq!(names, ["Tafelkleden", "Stiften", "Bel", "A3-vellen"]);
    assert_eq!(list[1].for_blocks, ["Wereldcafé", "Placemat"]);

    programme.toggle_packed(&list[1].key);
    assert!(programme.packing_list()[1].packed);
    assert!(!programme.packing_list()[0].packed);
    programme.toggle_packed(&list[1].key);
    assert!(!programme.packing_list()[1].packed);
}

#[test]
fn a_programme_round_trips_as_json_and_an_empty_one_is_left_out() {
    let programme = two_hours();
    let json = serde_json::to_string(&programme).unwrap();
    assert!(json.contains(r#""start":"13:00""#), "{json}");
    assert!(json.contains(r#""minutes":10,"kind":"free""#), "{json}");
    let back: Programme = serde_json::from_str(&json).unwrap();
    assert_eq!(back, programme);
    assert_eq!(serde_json::to_string(&Programme::default()).unwrap(), "{}");
    assert!(serde_json::from_str::<Programme>(r#"{"start":"25:00"}"#).is_err());
}

/// Starts `two_hours` at 13:00 sharp (fake clock in ms).
fn running() -> (Programme, i64) {
    let mut programme = two_hours();
    let start = 1_000 * MINUTE;
    programme.start_run(start, start).unwrap();
    (programme, start)
}

#[test]
fn on_time_the_run_is_on_schedule() {
    let (programme, start) = running();
    let status = programme.live_status(start + 5 * MINUTE).unwrap();
    assert_eq!(status.index, 0);
    assert_eq!(
        status.timer,
        TimerState::Running {
            left_ms: 5 * MINUTE
        }
    );
    assert_eq!(status.minutes_behind(), 0);
    assert_eq!(status.planned_end, start + 120 * MINUTE);
}

#[test]
fn a_block_running_over_puts_the_meeting_behind_schedule() {
    let (mut programme, start) = running();
    // The welcome takes 13 minutes instead of 10, speed dating 25 instead of 20.
    programme.next_block(start + 13 * MINUTE).unwrap();
    let status = programme.live_status(start + 38 * MINUTE).unwrap();
    assert_eq!(status.index, 1);
    assert_eq!(
        status.timer,
        TimerState::TimeUp {
            over_ms: 5 * MINUTE
        }
    );
    assert_eq!(status.minutes_behind(), 8, "8 min achter op schema");
    assert_eq!(status.expected_end, start + 128 * MINUTE);
}

#[test]
fn moving_on_early_puts_the_meeting_ahead() {
    let (mut programme, start) = running();
    programme.next_block(start + 6 * MINUTE).unwrap();
    let status = programme.live_status(start + 6 * MINUTE).unwrap();
    assert_eq!(status.minutes_behind(), -4);
}

#[test]
fn a_late_start_counts_as_behind() {
    let mut programme = two_hours();
    let planned = 1_000 * MINUTE;
    programme.start_run(planned, planned + 12 * MINUTE).unwrap();
    let status = programme.live_status(planned + 12 * MINUTE).unwrap();
    assert_eq!(status.minutes_behind(), 12);
}

#[test]
fn a_pause_and_five_more_minutes_push_the_expected_end() {
    let (mut programme, start) = running();
    programme
        .change_block_timer(|t: &mut Timer| t.pause(start + 2 * MINUTE))
        .unwrap();
    let status = programme.live_status(start + 5 * MINUTE).unwrap();
    assert_eq!(
        status.timer,
        TimerState::Paused {
            left_ms: 8 * MINUTE
        }
    );
    assert_eq!(status.minutes_behind(), 3);
    programme
        .change_block_timer(|t: &mut Timer| t.resume(start + 5 * MINUTE))
        .unwrap();
    programme
        .change_block_timer(|t: &mut Timer| t.extend(start + 5 * MINUTE))
        .unwrap();
    assert_eq!(
        programme
            .live_status(start + 5 * MINUTE)
            .unwrap()
            .minutes_behind(),
        8
    );
}

#[test]
fn going_back_undoes_a_block_moved_on_to_by_mistake() {
    let (mut programme, start) = running();
    programme.next_block(start + 4 * MINUTE).unwrap();
    programme.previous_block().unwrap();
    let status = programme.live_status(start + 5 * MINUTE).unwrap();
    assert_eq!(status.index, 0);
    assert_eq!(
        status.timer,
        TimerState::Running {
            left_ms: 5 * MINUTE
        },
        "its own time kept"
    );
    assert_eq!(programme.previous_block(), Err(ValidationError::NotRunning));
}

#[test]
fn after_the_last_block_the_run_is_finished_and_can_reopen() {
    let (mut programme, start) = running();
    let mut now = start;
    for minutes in [10, 20, 45, 15, 20, 12] {
        now += minutes * MINUTE;
        programme.next_block(now).unwrap();
    }
    let status = programme.live_status(now + 30 * MINUTE).unwrap();
    assert!(status.finished);
    assert_eq!(status.minutes_behind(), 2);
    assert_eq!(programme.next_block(now), Err(ValidationError::NotRunning));
    programme.previous_block().unwrap();
    assert!(!programme.live_status(now).unwrap().finished);
}

#[test]
fn a_block_taken_out_while_it_runs_gives_way_to_the_one_before() {
    let (mut programme, start) = running();
    programme.next_block(start + 10 * MINUTE).unwrap();
    programme.remove(bid("b1")).unwrap();
    let status = programme.live_status(start + 12 * MINUTE).unwrap();
    assert_eq!(status.index, 0);
}

#[test]
fn an_empty_programme_cannot_run() {
    let mut programme = Programme::default();
    assert_eq!(
        programme.start_run(0, 0),
        Err(ValidationError::ProgrammeEmpty)
    );
    assert!(programme.live_status(0).is_none());
}

#[test]
fn the_run_survives_a_reload_as_stored_moments() {
    let (mut programme, start) = running();
    programme.next_block(start + 13 * MINUTE).unwrap();
    let stored = serde_json::to_string(&programme).unwrap();
    let reloaded: Programme = serde_json::from_str(&stored).unwrap();
    assert_eq!(
        reloaded.live_status(start + 38 * MINUTE),
        programme.live_status(start + 38 * MINUTE)
    );
}

#[test]
fn stored_checks_name_the_broken_rule_and_its_place() {
    let mut programme = two_hours();
    assert!(programme.check_stored().is_ok());
    programme.blocks[3].minutes = 500;
    let violation = programme.check_stored().unwrap_err();
    assert_eq!(
        format!("{:?}", violation.path),
        r#"[Field("blocks"), Index(3), Field("minutes")]"#
    );
    programme.blocks[3].minutes = 15;
    programme.blocks[4].id = bid("b0");
    assert!(programme.check_stored().is_err(), "an id twice");
}

#[test]
fn every_ready_programme_is_valid_and_as_long_as_its_name_says() {
    use werktafel::i18n::Language;
    use werktafel::library::TEMPLATES;
    let mut totals = Vec::new();
    for template in TEMPLATES {
        for language in [Language::Nl, Language::En] {
            let planned = template
                .drafts(language)
                .expect("every method a template names is in the library");
            let mut programme = Programme::default();
            for (n, (draft, _)) in planned.iter().enumerate() {
                programme
                    .add(draft, bid(&format!("t{n}")), None)
                    .unwrap_or_else(|e| panic!("{:?} block {n}: {e}", template.name));
            }
            assert!(programme.check_stored().is_ok());
            if language == Language::Nl {
                totals.push(programme.total_minutes());
            }
        }
    }
    assert_eq!(
        totals,
        [120, 240, 160],
        "two hours, four hours, the kick-off"
    );
}

#[test]
fn a_method_the_app_runs_brings_its_work_form_and_a_plain_one_its_kind() {
    use werktafel::forms::FormKind;
    use werktafel::i18n::Language;
    use werktafel::library::method;
    let (cafe, form) = method("wereldcafe").unwrap().draft(Language::Nl);
    assert_eq!(form, Some(FormKind::Cafe));
    assert_eq!(cafe.title, "Wereldcafé");
    assert!(cafe.steps.starts_with("1. "), "{}", cafe.steps);
    assert_eq!(cafe.method.as_deref(), Some("wereldcafe"));
    let (pause, form) = method("pauze").unwrap().draft(Language::En);
    assert_eq!(form, None);
    assert_eq!(
        pause.kind,
        werktafel::model::BlockKind::Plain(PlainKind::Break)
    );
    assert_eq!(pause.title, "Break");
}

#[test]
fn a_block_stores_its_kind_among_its_fields_and_an_unknown_kind_is_refused() {
    use werktafel::model::programme::Block;
    let mut draft = block("Café", 60);
    draft.kind = werktafel::model::BlockKind::Form(id_of("cafe"));
    let stored = serde_json::to_value(draft.check(bid("b")).unwrap()).unwrap();
    assert_eq!(stored["kind"], "form");
    assert_eq!(stored["activity"], "cafe");
    let unknown = serde_json::json!({"id": "b", "title": "X", "minutes": 5, "kind": "dans"});
    assert!(serde_json::from_value::<Block>(unknown).is_err());
    let no_activity = serde_json::json!({"id": "b", "title": "X", "minutes": 5, "kind": "form"});
    assert!(serde_json::from_value::<Block>(no_activity).is_err());
    let plain_with_activity = serde_json::json!({"id": "b", "title": "X", "minutes": 5, "kind": "break", "activity": "a"});
    assert!(serde_json::from_value::<Block>(plain_with_activity).is_err());
    let plain = serde_json::json!({"id": "b", "title": "X", "minutes": 5, "kind": "break"});
    assert_eq!(
        serde_json::from_value::<Block>(plain).unwrap().kind,
        werktafel::model::BlockKind::Plain(PlainKind::Break)
    );
}

/// A workshop with the two-hour programme, and a work form of its own.
fn workshop_with_programme() -> werktafel::model::Workshop {
    use werktafel::model::{Workshop, WorkshopDraft};
    let draft = WorkshopDraft {
        title: "Regio-overleg".into(),
        ..WorkshopDraft::default()
    };
    let mut workshop = Workshop::create(&draft, id_of("w"), 1).unwrap();
    workshop.programme = two_hours();
    workshop
}

/// A new block that runs a new persona test under `activity`.
fn with_form(id: &str, activity: &str) -> werktafel::model::NewBlock {
    use werktafel::forms::{persona_test::PersonaTest, ActivityBody};
    werktafel::model::NewBlock {
        id: bid(id),
        draft: block("Persona-toets", 30),
        form: Some((
            id_of(activity),
            ActivityBody::PersonaTest(PersonaTest::new("Wat vindt {naam}?", &[])),
        )),
    }
}

#[test]
fn planned_blocks_come_with_their_work_forms_in_one_change() {
    use werktafel::model::{BlockKind, NewBlock};
    let mut workshop = workshop_with_programme();
    let pause = NewBlock {
        id: bid("pause"),
        draft: BlockDraft::plain(PlainKind::Break, "Pauze", 10),
        form: None,
    };
    workshop
        .add_blocks(vec![with_form("test", "persona"), pause], 7)
        .unwrap();
    assert_eq!(titles(&workshop.programme)[6..], ["Persona-toets", "Pauze"]);
    assert_eq!(workshop.activities.len(), 1);
    assert_eq!(workshop.activities[0].id, id_of("persona"));
    assert_eq!(workshop.activities[0].created_at, 7);
    assert_eq!(
        workshop.programme.blocks[6].kind,
        BlockKind::Form(id_of("persona"))
    );
    assert_eq!(
        workshop.programme.blocks[7].kind,
        BlockKind::Plain(PlainKind::Break)
    );
    assert_eq!(workshop.updated_at, 7);
}

#[test]
fn planned_blocks_over_a_limit_are_refused_with_nothing_changed() {
    use werktafel::model::NewBlock;
    let mut workshop = workshop_with_programme();
    let before = workshop.clone();
    let too_long = NewBlock {
        id: bid("long"),
        draft: block("Hele dag", 480),
        form: None,
    };
    let more = || NewBlock {
        id: bid("more"),
        draft: block("Nog een dag", 480),
        form: None,
    };
    assert_eq!(
        workshop.add_blocks(vec![with_form("test", "persona"), too_long, more()], 7),
        Err(ValidationError::ProgrammeTooLong { max_hours: 16 })
    );
    assert_eq!(workshop, before, "the form and the blocks before stay out");

    let mut full = workshop_with_programme();
    for n in 6..60 {
        full.programme
            .add(&block("Kort", 1), bid(&format!("k{n}")), None)
            .unwrap();
    }
    let before = full.clone();
    assert_eq!(
        full.add_blocks(vec![with_form("test", "persona")], 7),
        Err(ValidationError::TooMany {
            field: Field::Blocks,
            max: 60
        })
    );
    assert_eq!(full, before);

    let mut twice = workshop_with_programme();
    assert_eq!(
        twice.add_blocks(
            vec![with_form("a", "persona"), with_form("b", "persona")],
            7
        ),
        Err(ValidationError::DuplicateId)
    );
    assert_eq!(
        twice.add_blocks(vec![with_form("b0", "persona")], 7),
        Err(ValidationError::DuplicateId),
        "a block id that is taken"
    );
    assert_eq!(twice, workshop_with_programme());
}
