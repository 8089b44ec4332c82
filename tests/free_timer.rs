//! The free timer: its rounds and changes on a fake clock, and its own small
//! key read tolerantly (good, absent, unreadable: set aside, never lost).

use werktafel::model::{FreeTimer, FreeTimerState, TimerState, ValidationError};
use werktafel::store::{
    Backend, FreeTimerRead, LoadProblem, MemoryBackend, Repository, SetAside, FREE_TIMER_KEY,
};

/// One minute in milliseconds.
const MIN: i64 = 60_000;
/// The fake clock's moment the timer starts.
const T0: i64 = 1_000_000;

fn at(round: u8, timer: TimerState) -> FreeTimerState {
    FreeTimerState { round, timer }
}

#[test]
fn an_energizer_of_three_minutes_runs_out_after_three_minutes() {
    let timer = FreeTimer::start(3, 1, T0).unwrap();
    assert_eq!(
        timer.state(T0 + MIN),
        at(0, TimerState::Running { left_ms: 2 * MIN })
    );
    assert_eq!(
        timer.state(T0 + 3 * MIN),
        at(0, TimerState::TimeUp { over_ms: 0 })
    );
    assert_eq!(
        timer.state(T0 + 4 * MIN),
        at(0, TimerState::TimeUp { over_ms: MIN })
    );
}

#[test]
fn a_pair_interview_of_two_rounds_goes_on_into_the_second_round() {
    let timer = FreeTimer::start(5, 2, T0).unwrap();
    assert_eq!(
        timer.state(T0 + 4 * MIN),
        at(0, TimerState::Running { left_ms: MIN })
    );
    assert_eq!(
        timer.state(T0 + 6 * MIN),
        at(1, TimerState::Running { left_ms: 4 * MIN })
    );
    assert_eq!(
        timer.state(T0 + 11 * MIN),
        at(1, TimerState::TimeUp { over_ms: MIN })
    );
}

#[test]
fn a_pause_in_the_second_round_holds_that_round() {
    let mut timer = FreeTimer::start(5, 2, T0).unwrap();
    timer
        .change(T0 + 7 * MIN, |t| t.pause(T0 + 7 * MIN))
        .unwrap();
    assert_eq!(timer.round, 1);
    assert_eq!(
        timer.state(T0 + 20 * MIN),
        at(1, TimerState::Paused { left_ms: 3 * MIN })
    );
    timer
        .change(T0 + 20 * MIN, |t| t.resume(T0 + 20 * MIN))
        .unwrap();
    assert_eq!(
        timer.state(T0 + 21 * MIN),
        at(1, TimerState::Running { left_ms: 2 * MIN })
    );
}

#[test]
fn one_more_minute_lengthens_the_round_on_now() {
    let mut timer = FreeTimer::start(3, 1, T0).unwrap();
    timer
        .change(T0 + MIN, |t| t.extend_by(MIN, T0 + MIN))
        .unwrap();
    assert_eq!(
        timer.state(T0 + MIN),
        at(0, TimerState::Running { left_ms: 3 * MIN })
    );
    // After the end, the minute counts from now.
    timer
        .change(T0 + 10 * MIN, |t| t.extend_by(MIN, T0 + 10 * MIN))
        .unwrap();
    assert_eq!(
        timer.state(T0 + 10 * MIN),
        at(0, TimerState::Running { left_ms: MIN })
    );
}

#[test]
fn a_refused_change_leaves_the_timer_as_it_was() {
    let mut timer = FreeTimer::start(5, 2, T0).unwrap();
    let before = timer.clone();
    let refused = timer.change(T0 + 6 * MIN, |t| t.resume(T0 + 6 * MIN));
    assert_eq!(refused, Err(ValidationError::NotPaused));
    assert_eq!(timer, before);
}

#[test]
fn minutes_and_rounds_out_of_range_are_refused() {
    for (minutes, rounds) in [(0, 1), (121, 1), (3, 0), (3, 11)] {
        assert_eq!(
            FreeTimer::start(minutes, rounds, T0),
            Err(ValidationError::FreeTimerOutOfRange)
        );
    }
    assert!(FreeTimer::start(120, 10, T0).is_ok());
}

fn repository_with(text: Option<&str>) -> (Repository<MemoryBackend>, MemoryBackend) {
    let mut backend = MemoryBackend::default();
    if let Some(text) = text {
        backend.set(FREE_TIMER_KEY, text).unwrap();
    }
    (Repository::new(backend.clone()), backend)
}

#[test]
fn a_kept_free_timer_reads_back_as_it_was_written() {
    let (mut repository, _) = repository_with(None);
    let timer = FreeTimer::start(5, 2, T0).unwrap();
    repository.write_free_timer(Some(&timer)).unwrap();
    assert_eq!(
        repository.read_free_timer(T0).unwrap(),
        FreeTimerRead::Found(timer)
    );
}

#[test]
fn no_free_timer_kept_reads_as_absent_and_a_stopped_one_is_gone() {
    let (mut repository, backend) = repository_with(None);
    assert_eq!(
        repository.read_free_timer(T0).unwrap(),
        FreeTimerRead::Absent
    );
    let timer = FreeTimer::start(3, 1, T0).unwrap();
    repository.write_free_timer(Some(&timer)).unwrap();
    repository.write_free_timer(None).unwrap();
    assert_eq!(backend.get(FREE_TIMER_KEY).unwrap(), None);
    assert_eq!(
        repository.read_free_timer(T0).unwrap(),
        FreeTimerRead::Absent
    );
}

#[test]
fn an_unreadable_free_timer_is_set_aside_not_lost() {
    let texts = [
        "not json",
        r#"{"minutes":3}"#,
        // Good JSON, but 500 minutes a round: no timer the app makes.
        r#"{"minutes":500,"rounds":1,"round":0,"timer":{"started_at":1,"length_ms":30000000,"extra_ms":0,"paused_ms":0}}"#,
        // A round that does not exist.
        r#"{"minutes":3,"rounds":1,"round":1,"timer":{"started_at":1,"length_ms":180000,"extra_ms":0,"paused_ms":0}}"#,
    ];
    for text in texts {
        let (mut repository, backend) = repository_with(Some(text));
        let read = repository.read_free_timer(T0).unwrap();
        let FreeTimerRead::SetAside(LoadProblem::Quarantined { key, moved_to, .. }) = read else {
            panic!("{text} was not set aside: {read:?}");
        };
        assert_eq!(key, FREE_TIMER_KEY);
        let moved_to = moved_to.expect("moved aside");
        assert_eq!(backend.get(&moved_to).unwrap().as_deref(), Some(text));
        assert_eq!(backend.get(FREE_TIMER_KEY).unwrap(), None);
        let listed = repository.quarantined().unwrap();
        assert_eq!(listed.len(), 1);
        assert_eq!(listed[0].why, SetAside::Unreadable);
        assert_eq!(listed[0].text, text);
        // Nothing is left to read: the app goes on without a timer.
        assert_eq!(
            repository.read_free_timer(T0).unwrap(),
            FreeTimerRead::Absent
        );
    }
}
