//! The wereldcafé model: the round timer on a fake clock, the café's rules for
//! rounds and tables, notes and summaries, the harvest of themes and actions, and
//! the café stored inside its workshop.

mod common;

use common::{id_of, ids};
use werktafel::forms::cafe::{Cafe, CafeText, RemovedNote, MAX_ROUNDS, MAX_TABLES};
use werktafel::forms::persona_test::PersonaTest;
use werktafel::forms::ActivityBody;
use werktafel::model::{
    minutes_seconds, Action, ActionDraft, Field, IsoDate, Note, NoteBoard, NoteKind, RemovedTheme,
    RoundId, TableId, Timer, TimerState, ValidationError, Workshop, WorkshopDraft, EXTEND_MS,
    MAX_NOTE_CHARS,
};

/// One minute in milliseconds.
const MIN: i64 = 60_000;
/// The fake clock's moment a round starts.
const T0: i64 = 1_000_000;

fn table_name(index: usize) -> String {
    format!("Tafel {}", index + 1)
}

fn rules() -> Vec<String> {
    vec!["Luister om te begrijpen".into(), "Teken en schrijf".into()]
}

/// A new café: no questions yet.
fn new_cafe() -> Cafe {
    Cafe::new(rules(), table_name, ids("c"))
}

/// A café whose three rounds have a question each.
fn cafe() -> Cafe {
    let mut cafe = new_cafe();
    for (i, question) in [
        "Wat werkt al goed?",
        "Wat mist er nog?",
        "Wat gaan we doen?",
    ]
    .iter()
    .enumerate()
    {
        let id = round_id(&cafe, i);
        cafe.set_question(id, question).unwrap();
    }
    cafe
}

fn round_id(cafe: &Cafe, index: usize) -> RoundId {
    cafe.rounds[index].id
}

fn table_id(cafe: &Cafe, index: usize) -> TableId {
    cafe.tables[index].id
}

/// Adds an idea note to table `table` in round `round` (both from 0).
fn note(cafe: &mut Cafe, table: usize, round: usize, id: &str, text: &str) {
    let (t, r) = (table_id(cafe, table), round_id(cafe, round));
    cafe.add_note(t, r, id_of(id), NoteKind::Idea, text)
        .unwrap();
}

/// The note with this id.
fn find<'a>(cafe: &'a Cafe, id: &str) -> &'a Note {
    cafe.notes()
        .find(|p| p.note.id == id_of(id))
        .map(|p| p.note)
        .expect("note exists")
}

fn draft(text: &str, owner: &str, due: &str) -> ActionDraft {
    ActionDraft {
        text: text.into(),
        owner: owner.into(),
        due: due.into(),
    }
}

/// A timer started at `T0` for a round of twenty minutes.
fn running() -> Timer {
    let mut timer = Timer::default();
    timer.start(20 * MIN, T0);
    timer
}

fn workshop() -> Workshop {
    let draft = WorkshopDraft {
        title: "Regio-overleg cliëntondersteuning".into(),
        ..WorkshopDraft::default()
    };
    Workshop::create(&draft, id_of("w"), 1).unwrap()
}

// ---------------------------------------------------------------- timer

#[test]
fn a_timer_is_ready_until_it_starts() {
    let timer = Timer::default();
    assert!(timer.is_unused());
    assert_eq!(timer.state(0), TimerState::Ready);
    assert_eq!(timer.state(T0 + 60 * MIN), TimerState::Ready);
    assert!(!timer.state(T0).is_under_way());
    assert!(!running().is_unused());
}

#[test]
fn a_running_timer_counts_down_from_the_moment_it_started() {
    let timer = running();
    assert_eq!(timer.state(T0), TimerState::Running { left_ms: 20 * MIN });
    assert_eq!(
        timer.state(T0 + 90_500),
        TimerState::Running {
            left_ms: 20 * MIN - 90_500
        }
    );
    assert_eq!(
        timer.state(T0 + 20 * MIN - 1),
        TimerState::Running { left_ms: 1 }
    );
    assert!(timer.state(T0 + MIN).is_under_way());
}

#[test]
fn a_pause_freezes_the_time_left() {
    let mut timer = running();
    timer.pause(T0 + MIN).unwrap();
    let frozen = TimerState::Paused { left_ms: 19 * MIN };
    assert_eq!(timer.state(T0 + MIN), frozen);
    assert_eq!(timer.state(T0 + 10 * MIN), frozen);
    assert_eq!(timer.state(T0 + 120 * MIN), frozen);
    assert!(frozen.is_under_way());
}

#[test]
fn resuming_goes_on_from_where_the_pause_began() {
    let mut timer = running();
    timer.pause(T0 + MIN).unwrap();
    timer.resume(T0 + 5 * MIN).unwrap();
    assert_eq!(timer.paused_ms, 4 * MIN);
    assert_eq!(timer.paused_at, None);
    assert_eq!(
        timer.state(T0 + 5 * MIN),
        TimerState::Running { left_ms: 19 * MIN }
    );
    assert_eq!(
        timer.state(T0 + 6 * MIN),
        TimerState::Running { left_ms: 18 * MIN }
    );
}

#[test]
fn several_pauses_add_up() {
    let mut timer = running();
    timer.pause(T0 + MIN).unwrap();
    timer.resume(T0 + 3 * MIN).unwrap();
    timer.pause(T0 + 5 * MIN).unwrap();
    assert_eq!(
        timer.state(T0 + 9 * MIN),
        TimerState::Paused { left_ms: 17 * MIN }
    );
    timer.resume(T0 + 10 * MIN).unwrap();
    assert_eq!(timer.paused_ms, 7 * MIN);
    // Ran 12 - 7 = 5 minutes.
    assert_eq!(
        timer.state(T0 + 12 * MIN),
        TimerState::Running { left_ms: 15 * MIN }
    );
}

#[test]
fn five_more_minutes_while_running_add_300000_ms() {
    assert_eq!(EXTEND_MS, 300_000);
    let mut timer = running();
    timer.extend(T0 + 2 * MIN).unwrap();
    assert_eq!(
        timer.state(T0 + 2 * MIN),
        TimerState::Running {
            left_ms: 18 * MIN + 300_000
        }
    );
    timer.extend(T0 + 3 * MIN).unwrap();
    assert_eq!(timer.extra_ms, 600_000);
    assert_eq!(
        timer.state(T0 + 3 * MIN),
        TimerState::Running {
            left_ms: 17 * MIN + 600_000
        }
    );
}

#[test]
fn five_more_minutes_while_paused_add_300000_ms_and_stay_paused() {
    let mut timer = running();
    timer.pause(T0 + 4 * MIN).unwrap();
    timer.extend(T0 + 6 * MIN).unwrap();
    assert_eq!(
        timer.state(T0 + 8 * MIN),
        TimerState::Paused {
            left_ms: 16 * MIN + 300_000
        }
    );
    timer.resume(T0 + 10 * MIN).unwrap();
    assert_eq!(
        timer.state(T0 + 11 * MIN),
        TimerState::Running {
            left_ms: 15 * MIN + 300_000
        }
    );
}

#[test]
fn once_the_time_is_up_the_timer_counts_the_time_over() {
    let timer = running();
    assert_eq!(
        timer.state(T0 + 20 * MIN),
        TimerState::TimeUp { over_ms: 0 }
    );
    assert_eq!(
        timer.state(T0 + 21 * MIN + 30_000),
        TimerState::TimeUp { over_ms: 90_000 }
    );
    assert!(timer.state(T0 + 25 * MIN).is_under_way());
}

#[test]
fn five_more_minutes_after_the_time_ran_out_count_from_now() {
    let mut timer = running();
    timer.extend(T0 + 23 * MIN).unwrap();
    assert_eq!(
        timer.state(T0 + 23 * MIN),
        TimerState::Running { left_ms: 300_000 }
    );
    assert_eq!(
        timer.state(T0 + 25 * MIN),
        TimerState::Running { left_ms: 180_000 }
    );
    assert_eq!(
        timer.state(T0 + 28 * MIN),
        TimerState::TimeUp { over_ms: 0 }
    );
}

#[test]
fn closing_a_round_shows_closed_from_then_on() {
    let mut timer = running();
    timer.close(T0 + 5 * MIN).unwrap();
    assert_eq!(timer.closed_at, Some(T0 + 5 * MIN));
    for now in [T0, T0 + 5 * MIN, T0 + 30 * MIN] {
        assert_eq!(timer.state(now), TimerState::Closed);
    }
    assert!(!TimerState::Closed.is_under_way());

    let mut over_time = running();
    over_time.close(T0 + 26 * MIN).unwrap();
    assert_eq!(over_time.state(T0 + 27 * MIN), TimerState::Closed);
}

#[test]
fn closing_a_paused_round_closes_it_and_ends_the_pause() {
    let mut timer = running();
    timer.pause(T0 + 2 * MIN).unwrap();
    timer.close(T0 + 7 * MIN).unwrap();
    assert_eq!(timer.state(T0 + 8 * MIN), TimerState::Closed);
    assert_eq!(timer.paused_at, None);
    assert_eq!(timer.paused_ms, 5 * MIN);
    assert_eq!(timer.resume(T0 + 9 * MIN), Err(ValidationError::NotPaused));
}

#[test]
fn pause_resume_extend_and_close_are_refused_in_the_wrong_state() {
    let refuse = |timer: &Timer, now: i64| {
        let before = timer.clone();
        let mut t = timer.clone();
        let results = [
            ("pause", t.pause(now)),
            ("resume", t.resume(now)),
            ("extend", t.extend(now)),
            ("close", t.close(now)),
        ];
        (before, t, results)
    };

    // Ready: nothing but start.
    let (before, after, results) = refuse(&Timer::default(), T0);
    assert_eq!(results[0].1, Err(ValidationError::NotRunning));
    assert_eq!(results[1].1, Err(ValidationError::NotPaused));
    assert_eq!(results[2].1, Err(ValidationError::NotRunning));
    assert_eq!(results[3].1, Err(ValidationError::NotRunning));
    assert_eq!(after, before);

    // Running: no resume.
    let mut timer = running();
    assert_eq!(timer.resume(T0 + MIN), Err(ValidationError::NotPaused));
    assert_eq!(timer, running());

    // Paused: no second pause.
    timer.pause(T0 + MIN).unwrap();
    let paused = timer.clone();
    assert_eq!(timer.pause(T0 + 2 * MIN), Err(ValidationError::NotRunning));
    assert_eq!(timer, paused);

    // Time up: no pause, no resume.
    let mut late = running();
    assert_eq!(late.pause(T0 + 21 * MIN), Err(ValidationError::NotRunning));
    assert_eq!(late.resume(T0 + 21 * MIN), Err(ValidationError::NotPaused));
    assert_eq!(late, running());

    // Closed: nothing but start or reset.
    let mut closed = running();
    closed.close(T0 + 3 * MIN).unwrap();
    let (before, after, results) = refuse(&closed, T0 + 4 * MIN);
    assert_eq!(results[0].1, Err(ValidationError::NotRunning), "pause");
    assert_eq!(results[1].1, Err(ValidationError::NotPaused), "resume");
    assert_eq!(results[2].1, Err(ValidationError::NotRunning), "extend");
    assert_eq!(results[3].1, Err(ValidationError::NotRunning), "close");
    assert_eq!(after, before);
}

#[test]
fn reset_brings_the_timer_back_to_ready() {
    let mut timer = running();
    timer.extend(T0 + MIN).unwrap();
    timer.pause(T0 + 2 * MIN).unwrap();
    timer.reset();
    assert_eq!(timer, Timer::default());
    assert!(timer.is_unused());
    assert_eq!(timer.state(T0 + 3 * MIN), TimerState::Ready);

    let mut closed = running();
    closed.close(T0 + MIN).unwrap();
    closed.reset();
    assert_eq!(closed.state(T0 + 2 * MIN), TimerState::Ready);
}

#[test]
fn starting_a_closed_timer_again_starts_afresh() {
    let mut timer = running();
    timer.extend(T0 + MIN).unwrap();
    timer.pause(T0 + 2 * MIN).unwrap();
    timer.close(T0 + 3 * MIN).unwrap();
    timer.start(10 * MIN, T0 + 30 * MIN);
    assert_eq!((timer.extra_ms, timer.paused_ms), (0, 0));
    assert_eq!((timer.paused_at, timer.closed_at), (None, None));
    assert_eq!(
        timer.state(T0 + 31 * MIN),
        TimerState::Running { left_ms: 9 * MIN }
    );
}

#[test]
fn minutes_and_seconds_round_up_to_the_next_whole_second() {
    assert_eq!(minutes_seconds(0), "00:00");
    assert_eq!(minutes_seconds(1), "00:01");
    assert_eq!(minutes_seconds(999), "00:01");
    assert_eq!(minutes_seconds(1000), "00:01");
    assert_eq!(minutes_seconds(1001), "00:02");
    assert_eq!(minutes_seconds(59_001), "01:00");
    assert_eq!(minutes_seconds(61_000), "01:01");
    assert_eq!(minutes_seconds(20 * MIN), "20:00");
    assert_eq!(minutes_seconds(20 * MIN - 1), "20:00");
    assert_eq!(minutes_seconds(45 * MIN + 300_000), "50:00");
    assert_eq!(minutes_seconds(-5_000), "00:00");
}

// ---------------------------------------------------------------- café rules

#[test]
fn a_new_cafe_has_three_rounds_of_twenty_minutes_at_four_tables() {
    let cafe = new_cafe();
    assert_eq!(cafe.round_minutes, 20);
    assert_eq!(cafe.rounds.len(), 3);
    assert_eq!(cafe.tables.len(), 4);
    let names: Vec<&str> = cafe.tables.iter().map(|t| t.name.as_str()).collect();
    assert_eq!(names, ["Tafel 1", "Tafel 2", "Tafel 3", "Tafel 4"]);
    let mut all_ids: Vec<&str> = cafe
        .rounds
        .iter()
        .map(|r| r.id.as_str())
        .chain(cafe.tables.iter().map(|t| t.id.as_str()))
        .collect();
    all_ids.sort();
    all_ids.dedup();
    assert_eq!(all_ids.len(), 7, "every round and table has its own id");
    assert_eq!(cafe.rules, rules());
    assert_eq!(cafe.current_round, None);
    assert!(cafe.sound);
    assert!(cafe.harvest.themes.is_empty() && cafe.harvest.actions.is_empty());
    assert!(cafe.rounds.iter().all(|r| r.question.is_empty()));
    assert_eq!(cafe.round_under_way(T0), None);
    assert_eq!(cafe.notes().count(), 0);
}

#[test]
fn a_round_without_a_question_does_not_start() {
    let mut cafe = new_cafe();
    let before = cafe.clone();
    assert_eq!(
        cafe.start_round(0, T0),
        Err(ValidationError::QuestionEmpty { round: 1 })
    );
    assert_eq!(
        cafe.start_round(2, T0),
        Err(ValidationError::QuestionEmpty { round: 3 })
    );
    assert_eq!(cafe, before);

    let id = round_id(&cafe, 0);
    cafe.set_question(id, "   ").unwrap();
    assert_eq!(cafe.rounds[0].question, "");
    assert_eq!(
        cafe.start_round(0, T0),
        Err(ValidationError::QuestionEmpty { round: 1 })
    );
    assert_eq!(cafe.round_state(0, T0), TimerState::Ready);
}

#[test]
fn a_round_that_does_not_exist_does_not_start() {
    let mut cafe = cafe();
    let before = cafe.clone();
    assert_eq!(cafe.start_round(3, T0), Err(ValidationError::NotFound));
    assert_eq!(cafe, before);
}

#[test]
fn starting_a_round_makes_it_the_current_round_and_runs_its_timer() {
    let mut cafe = cafe();
    cafe.start_round(1, T0).unwrap();
    assert_eq!(cafe.current_round, Some(1));
    assert_eq!(cafe.round_under_way(T0 + MIN), Some(1));
    assert_eq!(
        cafe.round_state(1, T0 + MIN),
        TimerState::Running { left_ms: 19 * MIN }
    );
    assert_eq!(cafe.round_state(0, T0 + MIN), TimerState::Ready);
    assert_eq!(cafe.round_state(2, T0 + MIN), TimerState::Ready);
}

#[test]
fn no_round_starts_while_another_is_under_way() {
    let mut cafe = cafe();
    cafe.start_round(0, T0).unwrap();
    let under_way = Err(ValidationError::RoundUnderWay { round: 1 });

    let before = cafe.clone();
    assert_eq!(cafe.start_round(1, T0 + MIN), under_way);
    assert_eq!(cafe, before, "running: nothing changed");
    // Starting the running round again is refused too: it would reset its timer.
    assert_eq!(cafe.start_round(0, T0 + MIN), under_way);
    assert_eq!(cafe, before);

    cafe.change_timer(0, |t| t.pause(T0 + 2 * MIN)).unwrap();
    let before = cafe.clone();
    assert_eq!(cafe.start_round(2, T0 + 3 * MIN), under_way);
    assert_eq!(cafe, before, "paused: nothing changed");

    cafe.change_timer(0, |t| t.resume(T0 + 3 * MIN)).unwrap();
    let before = cafe.clone();
    assert_eq!(cafe.start_round(1, T0 + 40 * MIN), under_way);
    assert_eq!(cafe, before, "time up but not closed: nothing changed");
    assert_eq!(cafe.current_round, Some(0));
}

#[test]
fn a_closed_round_lets_the_next_one_start() {
    let mut cafe = cafe();
    cafe.start_round(0, T0).unwrap();
    cafe.change_timer(0, |t| t.close(T0 + 21 * MIN)).unwrap();
    assert_eq!(cafe.round_under_way(T0 + 21 * MIN), None);
    cafe.start_round(1, T0 + 22 * MIN).unwrap();
    assert_eq!(cafe.current_round, Some(1));
    assert_eq!(cafe.round_state(0, T0 + 22 * MIN), TimerState::Closed);
    assert_eq!(
        cafe.round_state(1, T0 + 22 * MIN),
        TimerState::Running { left_ms: 20 * MIN }
    );
}

#[test]
fn going_back_to_a_closed_round_starts_it_afresh() {
    let mut cafe = cafe();
    cafe.start_round(0, T0).unwrap();
    cafe.change_timer(0, |t| t.close(T0 + 5 * MIN)).unwrap();
    cafe.start_round(1, T0 + 6 * MIN).unwrap();
    cafe.change_timer(1, |t| t.close(T0 + 7 * MIN)).unwrap();
    cafe.start_round(0, T0 + 8 * MIN).unwrap();
    assert_eq!(cafe.current_round, Some(0));
    assert_eq!(
        cafe.round_state(0, T0 + 8 * MIN),
        TimerState::Running { left_ms: 20 * MIN }
    );
}

#[test]
fn a_timer_change_on_a_round_that_does_not_exist_is_refused() {
    let mut cafe = cafe();
    assert_eq!(
        cafe.change_timer(7, |t| t.pause(T0)),
        Err(ValidationError::NotFound)
    );
}

#[test]
fn the_timer_length_follows_the_round_minutes_when_the_round_starts() {
    let mut cafe = cafe();
    cafe.set_round_minutes(10).unwrap();
    cafe.start_round(0, T0).unwrap();
    cafe.set_round_minutes(30).unwrap();
    assert_eq!(cafe.rounds[0].timer.length_ms, 10 * MIN);
    assert_eq!(
        cafe.round_state(0, T0 + MIN),
        TimerState::Running { left_ms: 9 * MIN }
    );
    cafe.change_timer(0, |t| t.close(T0 + 10 * MIN)).unwrap();
    cafe.start_round(1, T0 + 11 * MIN).unwrap();
    assert_eq!(cafe.rounds[1].timer.length_ms, 30 * MIN);
    assert_eq!(
        cafe.round_state(1, T0 + 11 * MIN),
        TimerState::Running { left_ms: 30 * MIN }
    );
}

#[test]
fn a_round_lasts_5_to_45_minutes() {
    let mut cafe = cafe();
    for bad in [0, 4, 46, 90] {
        assert_eq!(
            cafe.set_round_minutes(bad),
            Err(ValidationError::RoundLengthOutOfRange),
            "{bad}"
        );
        assert_eq!(cafe.round_minutes, 20);
    }
    cafe.set_round_minutes(5).unwrap();
    assert_eq!(cafe.round_minutes, 5);
    cafe.set_round_minutes(45).unwrap();
    assert_eq!(cafe.round_minutes, 45);
}

#[test]
fn a_cafe_has_1_to_30_tables() {
    let mut cafe = cafe();
    let before = cafe.clone();
    for bad in [0, MAX_TABLES + 1] {
        assert_eq!(
            cafe.set_table_count(bad, ids("t"), table_name),
            Err(ValidationError::TableCountOutOfRange),
            "{bad}"
        );
        assert_eq!(cafe, before);
    }
    cafe.set_table_count(MAX_TABLES, ids("t"), table_name)
        .unwrap();
    assert_eq!(cafe.tables.len(), 30);
    assert_eq!(cafe.tables[29].name, "Tafel 30");
    assert_eq!(cafe.tables[..4], before.tables[..], "the first four stay");
    let mut table_ids: Vec<&str> = cafe.tables.iter().map(|t| t.id.as_str()).collect();
    table_ids.sort();
    table_ids.dedup();
    assert_eq!(table_ids.len(), 30);
    cafe.set_table_count(1, ids("u"), table_name).unwrap();
    assert_eq!(cafe.tables, before.tables[..1]);
}

#[test]
fn fewer_tables_are_refused_while_a_table_at_the_end_holds_notes_or_a_summary() {
    let mut cafe = cafe();
    note(&mut cafe, 3, 1, "n1", "Meer tijd voor de keukentafel");
    let before = cafe.clone();
    assert_eq!(
        cafe.set_table_count(3, ids("t"), table_name),
        Err(ValidationError::TableInUse {
            table: "Tafel 4".into()
        })
    );
    assert_eq!(cafe, before);

    let mut cafe = self::cafe();
    let (t, r) = (table_id(&cafe, 2), round_id(&cafe, 0));
    cafe.set_summary(t, r, "Wachtlijsten zijn te lang").unwrap();
    let before = cafe.clone();
    assert_eq!(
        cafe.set_table_count(2, ids("t"), table_name),
        Err(ValidationError::TableInUse {
            table: "Tafel 3".into()
        })
    );
    assert_eq!(cafe, before);
}

#[test]
fn fewer_tables_take_off_empty_tables_at_the_end() {
    let mut cafe = cafe();
    note(&mut cafe, 0, 0, "n1", "Eén loket");
    // An empty summary leaves nothing on the cloth.
    let (t, r) = (table_id(&cafe, 3), round_id(&cafe, 0));
    cafe.set_summary(t, r, "  ").unwrap();
    let kept = cafe.tables[..2].to_vec();
    cafe.set_table_count(2, ids("t"), table_name).unwrap();
    assert_eq!(cafe.tables, kept);
    assert_eq!(cafe.notes().count(), 1);
}

#[test]
fn a_cafe_has_1_to_5_rounds() {
    let mut cafe = cafe();
    let before = cafe.clone();
    for bad in [0, MAX_ROUNDS + 1] {
        assert_eq!(
            cafe.set_round_count(bad, ids("r"), T0),
            Err(ValidationError::RoundCountOutOfRange),
            "{bad}"
        );
        assert_eq!(cafe, before);
    }
    cafe.set_round_count(5, ids("r"), T0).unwrap();
    assert_eq!(cafe.rounds.len(), 5);
    assert_eq!(cafe.rounds[..3], before.rounds[..], "the first three stay");
    assert_eq!(cafe.rounds[4].question, "");
    assert_eq!(cafe.rounds[4].timer, Timer::default());
    cafe.set_round_count(1, ids("s"), T0).unwrap();
    assert_eq!(cafe.rounds, before.rounds[..1]);
}

#[test]
fn fewer_rounds_are_refused_while_a_round_at_the_end_is_in_use() {
    // Notes in round 3.
    let mut cafe = cafe();
    note(&mut cafe, 1, 2, "n1", "Vrijwilligers beter betrekken");
    let before = cafe.clone();
    assert_eq!(
        cafe.set_round_count(2, ids("r"), T0),
        Err(ValidationError::RoundInUse { round: 3 })
    );
    assert_eq!(cafe, before);

    // A summary in round 2.
    let mut cafe = self::cafe();
    let (t, r) = (table_id(&cafe, 0), round_id(&cafe, 1));
    cafe.set_summary(t, r, "Samen optrekken").unwrap();
    let before = cafe.clone();
    assert_eq!(
        cafe.set_round_count(1, ids("r"), T0),
        Err(ValidationError::RoundInUse { round: 2 })
    );
    assert_eq!(cafe, before);

    // Round 3 runs, without notes.
    let mut cafe = self::cafe();
    cafe.start_round(2, T0).unwrap();
    let before = cafe.clone();
    assert_eq!(
        cafe.set_round_count(2, ids("r"), T0 + MIN),
        Err(ValidationError::RoundInUse { round: 3 })
    );
    assert_eq!(cafe, before);
}

#[test]
fn fewer_rounds_take_off_unused_rounds_and_their_empty_cloths() {
    let mut cafe = cafe();
    note(&mut cafe, 0, 0, "n1", "Eén loket");
    cafe.start_round(2, T0).unwrap();
    cafe.change_timer(2, |t| t.close(T0 + MIN)).unwrap();
    let (t, r) = (table_id(&cafe, 1), round_id(&cafe, 2));
    cafe.set_summary(t, r, "").unwrap();
    cafe.set_round_count(2, ids("r"), T0 + 2 * MIN).unwrap();
    assert_eq!(cafe.rounds.len(), 2);
    assert_eq!(cafe.current_round, None, "the current round was taken off");
    assert!(cafe.tables[1].cloths.iter().all(|c| c.round != r));
    assert_eq!(cafe.notes().count(), 1);
}

// ---------------------------------------------------------------- notes

#[test]
fn a_note_is_added_to_a_table_in_a_round() {
    let mut cafe = cafe();
    let (t, r) = (table_id(&cafe, 1), round_id(&cafe, 0));
    cafe.add_note(t, r, id_of("n1"), NoteKind::Question, "  Wie betaalt?  ")
        .unwrap();
    let cloth = cafe.cloth(t, r).expect("a cloth now");
    assert_eq!(
        cloth.notes,
        vec![Note {
            id: id_of("n1"),
            kind: NoteKind::Question,
            text: "Wie betaalt?".into(),
            key: false,
            theme: None,
            marks: Vec::new(),
        }]
    );
    let placed = cafe.notes().next().unwrap();
    assert_eq!((placed.table.id.as_str(), placed.round), (t.as_str(), 0));
}

#[test]
fn an_empty_note_is_refused() {
    let mut cafe = cafe();
    let (t, r) = (table_id(&cafe, 0), round_id(&cafe, 0));
    let before = cafe.clone();
    for empty in ["", "   ", "\n\t "] {
        assert_eq!(
            cafe.add_note(t, r, id_of("n1"), NoteKind::Idea, empty),
            Err(ValidationError::NoteEmpty),
            "{empty:?}"
        );
    }
    assert_eq!(cafe, before);
    assert!(cafe.cloth(t, r).is_none());
}

#[test]
fn a_note_over_500_characters_is_refused() {
    let mut cafe = cafe();
    let (t, r) = (table_id(&cafe, 0), round_id(&cafe, 0));
    let before = cafe.clone();
    assert_eq!(
        cafe.add_note(t, r, id_of("n1"), NoteKind::Idea, &"a".repeat(501)),
        Err(ValidationError::TooLong {
            field: Field::NoteText,
            max: MAX_NOTE_CHARS
        })
    );
    assert_eq!(cafe, before);
    assert_eq!(MAX_NOTE_CHARS, 500);
    // Characters count, not bytes; spaces around are trimmed first.
    cafe.add_note(t, r, id_of("n2"), NoteKind::Idea, &"é".repeat(500))
        .unwrap();
    let padded = format!("  {}  ", "b".repeat(500));
    cafe.add_note(t, r, id_of("n3"), NoteKind::Idea, &padded)
        .unwrap();
    assert_eq!(find(&cafe, "n3").text.chars().count(), 500);
}

#[test]
fn a_note_on_a_table_or_round_that_does_not_exist_is_refused() {
    let mut cafe = cafe();
    let (t, r) = (table_id(&cafe, 0), round_id(&cafe, 0));
    let before = cafe.clone();
    assert_eq!(
        cafe.add_note(id_of("geen"), r, id_of("n1"), NoteKind::Idea, "Tekst"),
        Err(ValidationError::NotFound)
    );
    assert_eq!(
        cafe.add_note(t, id_of("geen"), id_of("n1"), NoteKind::Idea, "Tekst"),
        Err(ValidationError::NotFound)
    );
    assert_eq!(cafe, before);
}

#[test]
fn editing_a_note_changes_its_kind_and_text() {
    let mut cafe = cafe();
    note(&mut cafe, 2, 1, "n1", "Meer tijd");
    cafe.edit_note(id_of("n1"), NoteKind::Insight, " Meer tijd voor elkaar ")
        .unwrap();
    let edited = find(&cafe, "n1").clone();
    assert_eq!(edited.kind, NoteKind::Insight);
    assert_eq!(edited.text, "Meer tijd voor elkaar");

    let before = cafe.clone();
    assert_eq!(
        cafe.edit_note(id_of("n1"), NoteKind::Action, "  "),
        Err(ValidationError::NoteEmpty)
    );
    assert_eq!(
        cafe.edit_note(id_of("n1"), NoteKind::Action, &"x".repeat(501)),
        Err(ValidationError::TooLong {
            field: Field::NoteText,
            max: 500
        })
    );
    assert_eq!(
        cafe.edit_note(id_of("geen"), NoteKind::Idea, "Tekst"),
        Err(ValidationError::NotFound)
    );
    assert_eq!(cafe, before);
}

#[test]
fn a_removed_note_comes_back_at_the_same_place() {
    let mut cafe = cafe();
    for (id, text) in [("n1", "Eerste"), ("n2", "Tweede"), ("n3", "Derde")] {
        note(&mut cafe, 1, 2, id, text);
    }
    note(&mut cafe, 0, 2, "n4", "Andere tafel");
    cafe.mark_key(id_of("n2"), true).unwrap();
    let before = cafe.clone();

    let removed = cafe.remove_note(id_of("n2")).unwrap();
    assert_eq!(
        removed,
        RemovedNote {
            table_id: table_id(&cafe, 1),
            round_id: round_id(&cafe, 2),
            index: 1,
            note: before
                .cloth(table_id(&cafe, 1), round_id(&cafe, 2))
                .unwrap()
                .notes[1]
                .clone(),
        }
    );
    assert_eq!(cafe.notes().count(), 3);
    assert_eq!(
        cafe.remove_note(id_of("n2")),
        Err(ValidationError::NotFound)
    );

    cafe.restore_note(removed.clone()).unwrap();
    assert_eq!(cafe, before);
    // A second undo changes nothing.
    cafe.restore_note(removed).unwrap();
    assert_eq!(cafe, before);
}

#[test]
fn notes_are_listed_table_by_table_and_round_by_round() {
    let mut cafe = cafe();
    note(&mut cafe, 1, 0, "a", "tafel 2 ronde 1");
    note(&mut cafe, 0, 2, "b", "tafel 1 ronde 3");
    note(&mut cafe, 0, 0, "c", "tafel 1 ronde 1");
    note(&mut cafe, 0, 2, "d", "tafel 1 ronde 3, tweede");
    note(&mut cafe, 3, 1, "e", "tafel 4 ronde 2");
    let listed: Vec<(&str, usize, &str)> = cafe
        .notes()
        .map(|p| (p.table.name.as_str(), p.round, p.note.id.as_str()))
        .collect();
    assert_eq!(
        listed,
        [
            ("Tafel 1", 0, "c"),
            ("Tafel 1", 2, "b"),
            ("Tafel 1", 2, "d"),
            ("Tafel 2", 0, "a"),
            ("Tafel 4", 1, "e"),
        ]
    );
}

// ---------------------------------------------------------------- summaries

#[test]
fn the_next_group_reads_the_summary_of_the_round_before() {
    let mut cafe = cafe();
    let (t, r0) = (table_id(&cafe, 2), round_id(&cafe, 0));
    cafe.set_summary(t, r0, "  Te weinig tijd voor gesprekken  ")
        .unwrap();
    assert_eq!(
        cafe.previous_summary(t, 1),
        Some("Te weinig tijd voor gesprekken")
    );
    assert_eq!(cafe.previous_summary(t, 0), None, "the first round");
    assert_eq!(cafe.previous_summary(t, 2), None, "round 2 has none");
    assert_eq!(cafe.previous_summary(table_id(&cafe, 1), 1), None);
    assert_eq!(cafe.previous_summary(id_of("geen"), 1), None);

    cafe.set_summary(t, r0, "").unwrap();
    assert_eq!(cafe.previous_summary(t, 1), None, "emptied");
}

#[test]
fn a_summary_over_1000_characters_or_for_a_missing_table_is_refused() {
    let mut cafe = cafe();
    let (t, r) = (table_id(&cafe, 0), round_id(&cafe, 0));
    let before = cafe.clone();
    assert_eq!(
        cafe.set_summary(t, r, &"s".repeat(1001)),
        Err(ValidationError::TooLong {
            field: Field::Summary,
            max: 1000
        })
    );
    assert_eq!(
        cafe.set_summary(id_of("geen"), r, "Tekst"),
        Err(ValidationError::NotFound)
    );
    assert_eq!(
        cafe.set_summary(t, id_of("geen"), "Tekst"),
        Err(ValidationError::NotFound)
    );
    assert_eq!(cafe, before);
}

// ---------------------------------------------------------------- harvest

#[test]
fn a_theme_needs_a_name_not_used_before() {
    let mut cafe = cafe();
    assert_eq!(
        cafe.harvest_mut().add_theme(id_of("th1"), "  "),
        Err(ValidationError::ThemeEmpty)
    );
    cafe.harvest_mut()
        .add_theme(id_of("th1"), " Wonen en zorg ")
        .unwrap();
    assert_eq!(cafe.harvest().themes[0].name, "Wonen en zorg");
    let before = cafe.clone();
    for twice in ["wonen en zorg", "WONEN EN ZORG", " Wonen en Zorg "] {
        assert_eq!(
            cafe.harvest_mut().add_theme(id_of("th2"), twice),
            Err(ValidationError::ThemeTwice),
            "{twice}"
        );
    }
    assert_eq!(cafe, before);
    assert_eq!(
        ValidationError::ThemeTwice.field(),
        Some(Field::Theme),
        "shown next to the theme field"
    );
}

#[test]
fn a_note_is_grouped_into_a_theme_that_exists() {
    let mut cafe = cafe();
    note(&mut cafe, 0, 0, "n1", "Huisarts als spil");
    cafe.harvest_mut().add_theme(id_of("zorg"), "Zorg").unwrap();
    cafe.group_note(id_of("n1"), Some(id_of("zorg"))).unwrap();
    assert_eq!(find(&cafe, "n1").theme, Some(id_of("zorg")));

    let before = cafe.clone();
    assert_eq!(
        cafe.group_note(id_of("n1"), Some(id_of("geen"))),
        Err(ValidationError::NotFound)
    );
    assert_eq!(
        cafe.group_note(id_of("geen"), Some(id_of("zorg"))),
        Err(ValidationError::NotFound)
    );
    assert_eq!(cafe, before);

    cafe.group_note(id_of("n1"), None).unwrap();
    assert_eq!(find(&cafe, "n1").theme, None);
}

#[test]
fn a_note_is_marked_as_a_key_insight_and_unmarked() {
    let mut cafe = cafe();
    note(&mut cafe, 1, 1, "n1", "Vertrouwen komt te voet");
    cafe.mark_key(id_of("n1"), true).unwrap();
    assert!(find(&cafe, "n1").key);
    cafe.mark_key(id_of("n1"), false).unwrap();
    assert!(!find(&cafe, "n1").key);
    assert_eq!(
        cafe.mark_key(id_of("geen"), true),
        Err(ValidationError::NotFound)
    );
}

#[test]
fn a_note_becomes_an_action_with_an_owner_and_a_due_date() {
    let mut cafe = cafe();
    note(&mut cafe, 0, 2, "n1", "Spreekuur in de bibliotheek");
    cafe.note_to_action(
        id_of("n1"),
        id_of("a1"),
        &draft(" Spreekuur regelen ", " Fatima ", "2026-12-01"),
    )
    .unwrap();
    assert_eq!(
        cafe.harvest().actions,
        vec![Action {
            id: id_of("a1"),
            text: "Spreekuur regelen".into(),
            owner: "Fatima".into(),
            due: IsoDate::new(2026, 12, 1),
            note: Some(id_of("n1")),
        }]
    );
    assert_eq!(find(&cafe, "n1").text, "Spreekuur in de bibliotheek");

    // The Dutch way of writing the date is read too.
    cafe.note_to_action(
        id_of("n1"),
        id_of("a2"),
        &draft("Folder", "Jan", "01-12-2026"),
    )
    .unwrap();
    assert_eq!(cafe.harvest().actions[1].due, IsoDate::new(2026, 12, 1));

    let before = cafe.clone();
    for bad in ["2026-02-30", "1-12", "morgen"] {
        assert_eq!(
            cafe.note_to_action(id_of("n1"), id_of("a3"), &draft("Folder", "Jan", bad)),
            Err(ValidationError::DateInvalid),
            "{bad}"
        );
    }
    assert_eq!(
        cafe.note_to_action(id_of("n1"), id_of("a3"), &draft(" ", "Jan", "")),
        Err(ValidationError::ActionEmpty)
    );
    assert_eq!(
        cafe.note_to_action(id_of("geen"), id_of("a3"), &draft("Folder", "Jan", "")),
        Err(ValidationError::NotFound)
    );
    assert_eq!(cafe, before);
}

#[test]
fn removing_a_theme_ungroups_its_notes_and_restoring_groups_them_back() {
    let mut cafe = cafe();
    note(&mut cafe, 0, 0, "n1", "Eén");
    note(&mut cafe, 1, 1, "n2", "Twee");
    note(&mut cafe, 2, 2, "n3", "Drie");
    cafe.harvest_mut().add_theme(id_of("a"), "Armoede").unwrap();
    cafe.harvest_mut().add_theme(id_of("b"), "Bereik").unwrap();
    cafe.group_note(id_of("n1"), Some(id_of("a"))).unwrap();
    cafe.group_note(id_of("n2"), Some(id_of("a"))).unwrap();
    cafe.group_note(id_of("n3"), Some(id_of("b"))).unwrap();
    let before = cafe.clone();

    let removed = cafe.remove_theme(id_of("a")).unwrap();
    assert_eq!(
        removed,
        RemovedTheme {
            index: 0,
            theme: before.harvest.themes[0].clone(),
            note_ids: vec![id_of("n1"), id_of("n2")],
        }
    );
    assert_eq!(find(&cafe, "n1").theme, None);
    assert_eq!(find(&cafe, "n2").theme, None);
    assert_eq!(find(&cafe, "n3").theme, Some(id_of("b")));
    assert_eq!(cafe.harvest().themes.len(), 1);
    assert_eq!(
        cafe.remove_theme(id_of("a")),
        Err(ValidationError::NotFound)
    );

    cafe.restore_theme(removed.clone());
    assert_eq!(cafe, before);
    cafe.restore_theme(removed);
    assert_eq!(cafe, before, "a second undo changes nothing");
}

#[test]
fn restoring_a_theme_leaves_a_note_regrouped_meanwhile_where_it_is() {
    let mut cafe = cafe();
    note(&mut cafe, 0, 0, "n1", "Eén");
    note(&mut cafe, 0, 0, "n2", "Twee");
    cafe.harvest_mut().add_theme(id_of("a"), "Armoede").unwrap();
    cafe.harvest_mut().add_theme(id_of("b"), "Bereik").unwrap();
    cafe.group_note(id_of("n1"), Some(id_of("a"))).unwrap();
    cafe.group_note(id_of("n2"), Some(id_of("a"))).unwrap();
    let removed = cafe.remove_theme(id_of("a")).unwrap();
    cafe.group_note(id_of("n2"), Some(id_of("b"))).unwrap();
    cafe.restore_theme(removed);
    assert_eq!(cafe.harvest().themes[0].id, id_of("a"));
    assert_eq!(find(&cafe, "n1").theme, Some(id_of("a")));
    assert_eq!(find(&cafe, "n2").theme, Some(id_of("b")));
}

#[test]
fn actions_are_edited_removed_and_restored() {
    let mut cafe = cafe();
    let harvest = cafe.harvest_mut();
    harvest
        .add_action(id_of("a1"), &draft("Eerste", "Anna", ""), None)
        .unwrap();
    harvest
        .add_action(id_of("a2"), &draft("Tweede", "Bram", "2026-12-01"), None)
        .unwrap();
    harvest
        .add_action(id_of("a3"), &draft("Derde", "", ""), None)
        .unwrap();
    assert_eq!(harvest.actions[0].due, None);

    harvest
        .edit_action(
            id_of("a2"),
            &draft(" Tweede, nu echt ", "Chris", "15-01-2027"),
        )
        .unwrap();
    assert_eq!(harvest.actions[1].text, "Tweede, nu echt");
    assert_eq!(harvest.actions[1].owner, "Chris");
    assert_eq!(harvest.actions[1].due, IsoDate::new(2027, 1, 15));

    let before = harvest.clone();
    assert_eq!(
        harvest.edit_action(id_of("a2"), &draft("Tweede", "Chris", "31-02-2027")),
        Err(ValidationError::DateInvalid)
    );
    assert_eq!(
        harvest.edit_action(id_of("a2"), &draft("", "Chris", "")),
        Err(ValidationError::ActionEmpty)
    );
    assert_eq!(
        harvest.edit_action(id_of("geen"), &draft("Tekst", "", "")),
        Err(ValidationError::NotFound)
    );
    assert_eq!(*harvest, before);

    let (index, action) = harvest.remove_action(id_of("a2")).unwrap();
    assert_eq!(index, 1);
    assert_eq!(action, before.actions[1]);
    assert_eq!(harvest.actions.len(), 2);
    assert_eq!(
        harvest.remove_action(id_of("a2")),
        Err(ValidationError::NotFound)
    );
    harvest.restore_action(index, action.clone());
    assert_eq!(*harvest, before);
    harvest.restore_action(index, action);
    assert_eq!(*harvest, before, "a second undo changes nothing");
}

// ---------------------------------------------------------------- storage

/// A café with something in every part: texts, a paused round, notes of every
/// kind, a summary, themes, key notes and actions.
fn full_cafe() -> Cafe {
    let mut cafe = cafe();
    cafe.set_text(CafeText::Name, "Wereldcafé Houten").unwrap();
    cafe.set_text(CafeText::Goal, "Horen wat inwoners nodig hebben")
        .unwrap();
    cafe.set_participants("Anna\nBram\n\nChris").unwrap();
    cafe.start_round(0, T0).unwrap();
    cafe.change_timer(0, |t| t.close(T0 + 20 * MIN)).unwrap();
    cafe.start_round(1, T0 + 21 * MIN).unwrap();
    cafe.change_timer(1, |t| t.extend(T0 + 22 * MIN)).unwrap();
    cafe.change_timer(1, |t| t.pause(T0 + 23 * MIN)).unwrap();
    for (i, kind) in NoteKind::ALL.iter().enumerate() {
        let (t, r) = (table_id(&cafe, i), round_id(&cafe, i % 2));
        cafe.add_note(
            t,
            r,
            id_of(&format!("n{i}")),
            *kind,
            "Buurtkamer als ingang",
        )
        .unwrap();
    }
    let (t, r) = (table_id(&cafe, 0), round_id(&cafe, 0));
    cafe.set_summary(t, r, "Iedereen kent de buurtkamer")
        .unwrap();
    cafe.harvest_mut().add_theme(id_of("th"), "Ingang").unwrap();
    cafe.group_note(id_of("n0"), Some(id_of("th"))).unwrap();
    cafe.mark_key(id_of("n1"), true).unwrap();
    cafe.note_to_action(
        id_of("n2"),
        id_of("a1"),
        &draft("Open dag", "Fatima", "2026-12-01"),
    )
    .unwrap();
    cafe
}

#[test]
fn a_cafe_in_a_workshop_round_trips_through_json_unchanged() {
    let mut workshop = workshop();
    workshop
        .add_activity(ActivityBody::Cafe(full_cafe()), id_of("act"), 2)
        .unwrap();
    let text = serde_json::to_string(&workshop).unwrap();
    let read: Workshop = serde_json::from_str(&text).unwrap();
    assert_eq!(read, workshop);
    let cafe = read.activity(id_of("act")).unwrap().form::<Cafe>().unwrap();
    assert_eq!(
        cafe.round_state(1, T0 + 60 * MIN),
        TimerState::Paused {
            left_ms: 18 * MIN + 300_000
        }
    );
    assert_eq!(cafe.notes().count(), 4);
    assert!(text.contains(r#""kind":"cafe""#));
}

#[test]
fn a_note_at_default_values_is_stored_without_kind_key_and_theme() {
    let plain = Note::new(id_of("n1"), NoteKind::Idea, "Tekst").unwrap();
    let value = serde_json::to_value(&plain).unwrap();
    let mut fields: Vec<&String> = value.as_object().unwrap().keys().collect();
    fields.sort();
    assert_eq!(fields, ["id", "text"]);
    let read: Note = serde_json::from_value(value).unwrap();
    assert_eq!(read, plain);
    let question = Note::new(id_of("n2"), NoteKind::Question, "Waarom?").unwrap();
    assert_eq!(serde_json::to_value(&question).unwrap()["kind"], "question");

    let cafe = full_cafe();
    let stored = serde_json::to_value(find(&cafe, "n0")).unwrap();
    assert_eq!(stored["theme"], "th");
    assert!(stored.get("key").is_none());
    let stored = serde_json::to_value(find(&cafe, "n1")).unwrap();
    assert_eq!(stored["key"], true);
    assert!(stored.get("theme").is_none());

    let read: Note = serde_json::from_str(r#"{"id":"x","text":"Kort"}"#).unwrap();
    assert_eq!(
        (read.kind, read.key, read.theme),
        (NoteKind::Idea, false, None)
    );
}

#[test]
fn a_round_that_never_started_is_stored_without_a_timer() {
    let mut cafe = cafe();
    cafe.start_round(0, T0).unwrap();
    let value = serde_json::to_value(&cafe).unwrap();
    assert!(value["rounds"][0].get("timer").is_some());
    assert!(value["rounds"][1].get("timer").is_none());
}

#[test]
fn changing_a_persona_test_as_a_cafe_is_refused_and_changes_nothing() {
    let mut workshop = workshop();
    workshop
        .add_activity(
            ActivityBody::PersonaTest(PersonaTest::new("Hoe tevreden is {naam}?", &[])),
            id_of("toets"),
            2,
        )
        .unwrap();
    workshop
        .add_activity(ActivityBody::Cafe(cafe()), id_of("cafe"), 3)
        .unwrap();
    let before = workshop.clone();
    assert_eq!(
        workshop.change_activity::<Cafe, _>(id_of("toets"), 9, |c| c.set_round_minutes(30)),
        Err(ValidationError::NotFound)
    );
    assert_eq!(
        workshop.change_activity::<Cafe, _>(id_of("geen"), 9, |c| c.set_round_minutes(30)),
        Err(ValidationError::NotFound)
    );
    assert_eq!(workshop, before);
}

#[test]
fn a_refused_change_inside_a_workshop_leaves_it_unchanged() {
    let mut workshop = workshop();
    workshop
        .add_activity(ActivityBody::Cafe(cafe()), id_of("cafe"), 2)
        .unwrap();
    let before = workshop.clone();
    let result = workshop.change_activity::<Cafe, _>(id_of("cafe"), 9, |c| {
        c.set_text(CafeText::Name, "Half veranderd")?;
        c.start_round(0, 9)?;
        let (t, r) = (table_id(c, 0), round_id(c, 0));
        c.add_note(t, r, id_of("n1"), NoteKind::Idea, "   ")
    });
    assert_eq!(result, Err(ValidationError::NoteEmpty));
    assert_eq!(workshop, before);

    // The same change without the refusal goes through and stamps the time.
    workshop
        .change_activity::<Cafe, _>(id_of("cafe"), 10, |c| c.set_text(CafeText::Name, "Heel"))
        .unwrap();
    let activity = workshop.activity(id_of("cafe")).unwrap();
    assert_eq!(activity.form::<Cafe>().unwrap().name, "Heel");
    assert_eq!((workshop.updated_at, activity.updated_at), (10, 10));
}

#[test]
fn undoing_a_theme_whose_name_was_taken_meanwhile_groups_its_notes_into_that_theme() {
    let mut cafe = full_cafe();
    let removed = cafe.remove_theme(id_of("th")).unwrap();
    assert!(!removed.note_ids.is_empty());
    cafe.harvest
        .add_theme(id_of("th2"), &removed.theme.name.to_uppercase())
        .unwrap();
    cafe.restore_theme(removed.clone());
    assert_eq!(cafe.harvest.themes.len(), 1);
    for id in &removed.note_ids {
        assert_eq!(find(&cafe, id.as_str()).theme, Some(id_of("th2")));
    }
}

#[test]
fn a_note_brought_back_after_its_theme_was_deleted_comes_back_ungrouped() {
    let mut cafe = full_cafe();
    let removed = cafe.remove_note(id_of("n0")).unwrap();
    assert_eq!(removed.note.theme, Some(id_of("th")));
    cafe.remove_theme(id_of("th")).unwrap();
    cafe.restore_note(removed).unwrap();
    assert_eq!(find(&cafe, "n0").theme, None);
}

#[test]
fn the_round_under_way_is_the_cafe_s_running_timer_with_its_number() {
    use werktafel::forms::FormData;
    use werktafel::i18n::Language;
    let mut cafe = cafe();
    assert_eq!(cafe.running_timer(T0), None);
    cafe.start_round(1, T0).unwrap();
    let running = cafe.running_timer(T0 + MIN).unwrap();
    assert_eq!(running.label.text(Language::Nl), "Ronde 2 van 3");
    let length = i64::from(cafe.round_minutes) * MIN;
    assert_eq!(
        running.state,
        TimerState::Running {
            left_ms: length - MIN
        }
    );
    cafe.change_timer(1, |t| t.close(T0 + 2 * MIN)).unwrap();
    assert_eq!(cafe.running_timer(T0 + 3 * MIN), None);
}
