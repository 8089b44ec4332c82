//! Questions put out to phones and the answers scanned back: asking (again),
//! closing, placing answers in the right field or at the right table, a
//! second scan adding nothing, and every refusal changing nothing.

mod common;

use common::{id_of, ids};
use werktafel::forms::cafe::Cafe;
use werktafel::forms::persona_test::{Answer, PersonaCells, PersonaTest};
use werktafel::forms::placemat::{Placemat, PlacematFields};
use werktafel::forms::{ActivityBody, PromptTarget};
use werktafel::model::{
    AnswerRefusal, IncomingAnswer, PersonaId, Received, ValidationError, Workshop, WorkshopDraft,
};

const MAT: &str = "mat";
const CAFE: &str = "cafe";
const TEST: &str = "toets";

fn workshop() -> Workshop {
    let draft = WorkshopDraft {
        title: "Wijkavond".into(),
        ..WorkshopDraft::default()
    };
    let mut workshop = Workshop::create(&draft, id_of("w"), 1).unwrap();
    let mut placemat = Placemat::new(|i| format!("Groep {}", i + 1), ids("p"));
    placemat.set_question("Wat heeft de wijk nodig?").unwrap();
    let mut cafe = Cafe::new(Vec::new(), |i| format!("Tafel {}", i + 1), ids("c"));
    let round = cafe.rounds[0].id;
    cafe.set_question(round, "Waar ontmoet je je buren?")
        .unwrap();
    workshop
        .add_activity(ActivityBody::Placemat(placemat), id_of(MAT), 1)
        .unwrap();
    workshop
        .add_activity(ActivityBody::Cafe(cafe), id_of(CAFE), 1)
        .unwrap();
    workshop
}

fn answer<'a>(
    prompt: &'a str,
    id: &'a str,
    place: usize,
    person: usize,
    texts: &'a [String],
) -> IncomingAnswer<'a> {
    IncomingAnswer {
        prompt_id: id_of(prompt),
        answer_id: id_of(id),
        name: "Sam",
        place,
        person,
        score: None,
        texts,
    }
}

/// The workshop with a persona test of Ans and Kees (and Piet, gone from the
/// library) in Utrecht and Zeist.
fn with_persona_test() -> Workshop {
    let mut w = workshop();
    let mut test = PersonaTest::new("Hoe tevreden is {naam} in {gemeente}?", &[]);
    for persona in ["ans", "piet", "kees"] {
        test.toggle_persona(id_of(persona));
    }
    test.add_municipality("Utrecht", id_of("ut")).unwrap();
    test.add_municipality("Zeist", id_of("ze")).unwrap();
    w.add_activity(ActivityBody::PersonaTest(test), id_of(TEST), 1)
        .unwrap();
    w
}

/// A phone's answer for a persona test cell.
fn scored<'a>(
    id: &'a str,
    cell: (usize, usize),
    score: Option<u8>,
    texts: &'a [String],
) -> IncomingAnswer<'a> {
    IncomingAnswer {
        score,
        ..answer("pt", id, cell.0, cell.1, texts)
    }
}

fn cell(w: &Workshop, persona: &str, municipality: &str) -> Option<Answer> {
    let test = w
        .activity(id_of(TEST))
        .unwrap()
        .form::<PersonaTest>()
        .unwrap();
    test.answer(id_of(persona), id_of(municipality)).cloned()
}

fn in_library(id: PersonaId) -> bool {
    id != id_of("piet")
}

fn field(workshop: &Workshop, group: usize, seat: usize) -> Vec<String> {
    let placemat = workshop
        .activity(id_of(MAT))
        .unwrap()
        .form::<Placemat>()
        .unwrap();
    placemat.groups[group].seats[seat]
        .notes
        .iter()
        .map(|n| n.text.clone())
        .collect()
}

#[test]
fn asking_again_gives_the_same_open_question_until_the_question_changes() {
    let mut w = workshop();
    let first = w.ask_placemat(id_of(MAT), id_of("q1"), 5).unwrap().clone();
    assert!(
        matches!(&first.target, PromptTarget::Placemat(PlacematFields { groups }) if groups.len() == 3 && groups[0].seats.len() == 4)
    );
    assert_eq!(
        w.ask_placemat(id_of(MAT), id_of("q2"), 6).unwrap().id,
        id_of("q1")
    );
    w.change_activity::<Placemat, _>(id_of(MAT), 7, |p| p.set_question("Wat mis je?"))
        .unwrap();
    let second = w.ask_placemat(id_of(MAT), id_of("q3"), 8).unwrap().clone();
    assert_eq!(
        (second.id.as_str(), second.question.as_str()),
        ("q3", "Wat mis je?")
    );
    assert!(w.prompts[0].closed);
    assert_eq!(w.open_prompt(id_of(MAT)).unwrap().id, id_of("q3"));
    assert_eq!(w.check_stored(), Ok(()));
}

#[test]
fn a_question_needs_its_text() {
    let mut w = workshop();
    w.change_activity::<Placemat, _>(id_of(MAT), 2, |p| p.set_question(""))
        .unwrap();
    assert_eq!(
        w.ask_placemat(id_of(MAT), id_of("q"), 3).map(|p| p.id),
        Err(ValidationError::CentralQuestionEmpty)
    );
    assert!(w.prompts.is_empty());
}

#[test]
fn an_answer_lands_in_the_chosen_field_once_whatever_the_phase() {
    let mut w = workshop();
    w.ask_placemat(id_of(MAT), id_of("q"), 5).unwrap();
    let texts = vec!["Een moestuin".to_string(), "Meer bankjes".to_string()];
    let received = w.receive_answer(answer("q", "a1", 1, 2, &texts), 9);
    assert_eq!(
        received,
        Ok(Received::Added {
            place: 1,
            person: 2,
            notes: 2
        })
    );
    assert_eq!(field(&w, 1, 2), ["Een moestuin", "Meer bankjes"]);
    let placemat = w.activity(id_of(MAT)).unwrap().form::<Placemat>().unwrap();
    assert_eq!(placemat.groups[1].seats[2].name, "Sam");
    assert_eq!(w.updated_at, 9);
    let before = w.clone();
    assert_eq!(
        w.receive_answer(answer("q", "a1", 1, 2, &texts), 10),
        Ok(Received::AlreadyIn)
    );
    assert_eq!(w, before);
    assert_eq!(w.prompts[0].answers.len(), 1);
    assert_eq!(w.check_stored(), Ok(()));

    // Changed on the phone after it came in: said so, nothing added.
    let changed = vec!["Een moestuin".to_string(), "Meer bomen".to_string()];
    assert_eq!(
        w.receive_answer(answer("q", "a1", 1, 2, &changed), 11),
        Ok(Received::ChangedSince)
    );
    assert_eq!(
        w.receive_answer(answer("q", "a1", 0, 2, &texts), 11),
        Ok(Received::ChangedSince)
    );
    assert_eq!(w, before);
    let mut odd = w.clone();
    odd.prompts[0].answers[0].digest = "<script>".into();
    assert!(odd.check_stored().is_err());
}

#[test]
fn answers_to_unknown_or_closed_questions_or_places_that_are_not_there_change_nothing() {
    let mut w = workshop();
    w.ask_placemat(id_of(MAT), id_of("q"), 5).unwrap();
    let texts = vec!["Iets".to_string()];
    let before = w.clone();
    assert_eq!(
        w.receive_answer(answer("x", "a1", 0, 0, &texts), 9),
        Err(AnswerRefusal::UnknownQuestion)
    );
    assert_eq!(
        w.receive_answer(answer("q", "a1", 3, 0, &texts), 9),
        Err(AnswerRefusal::NoSuchPlace)
    );
    assert_eq!(
        w.receive_answer(answer("q", "a1", 0, 4, &texts), 9),
        Err(AnswerRefusal::NoSuchPlace)
    );
    let long = vec!["x".repeat(1_001)];
    assert!(matches!(
        w.receive_answer(answer("q", "a1", 0, 0, &long), 9),
        Err(AnswerRefusal::Refused(ValidationError::TooLong { .. }))
    ));
    assert_eq!(w, before);
    w.close_prompt(id_of("q"), 10).unwrap();
    let closed = w.clone();
    assert_eq!(
        w.receive_answer(answer("q", "a1", 0, 0, &texts), 11),
        Err(AnswerRefusal::Closed)
    );
    assert_eq!(w, closed);
}

#[test]
fn a_group_taken_off_after_asking_refuses_its_answers() {
    let mut w = workshop();
    w.ask_placemat(id_of(MAT), id_of("q"), 5).unwrap();
    w.change_activity::<Placemat, _>(id_of(MAT), 6, |p| {
        p.set_group_count(2, ids("x"), |i| format!("Groep {}", i + 1))
    })
    .unwrap();
    let texts = vec!["Iets".to_string()];
    assert_eq!(
        w.receive_answer(answer("q", "a1", 2, 0, &texts), 9),
        Err(AnswerRefusal::NoSuchPlace)
    );
}

#[test]
fn a_cafe_rounds_answer_lands_on_the_chosen_tables_cloth() {
    let mut w = workshop();
    let prompt = w.ask_cafe_round(id_of(CAFE), 0, id_of("r"), 5).unwrap().id;
    let texts = vec!["Bij de bakker".to_string()];
    assert_eq!(
        w.receive_answer(answer(prompt.as_str(), "a9", 2, 0, &texts), 9),
        Ok(Received::Added {
            place: 2,
            person: 0,
            notes: 1
        })
    );
    let cafe = w.activity(id_of(CAFE)).unwrap().form::<Cafe>().unwrap();
    let cloth = cafe.cloth(cafe.tables[2].id, cafe.rounds[0].id).unwrap();
    assert_eq!(cloth.notes[0].text, "Bij de bakker");
    assert_eq!(cloth.notes[0].id, id_of("a9-1"));
    assert_eq!(
        w.ask_cafe_round(id_of(CAFE), 1, id_of("r2"), 6)
            .map(|p| p.id),
        Err(ValidationError::QuestionEmpty { round: 2 })
    );
}

#[test]
fn a_long_cafe_question_and_a_deleted_work_form_still_make_a_workshop_that_backs_up() {
    let mut w = workshop();
    let round = w
        .activity(id_of(CAFE))
        .unwrap()
        .form::<Cafe>()
        .unwrap()
        .rounds[0]
        .id;
    w.change_activity::<Cafe, _>(id_of(CAFE), 2, |c| {
        c.set_question(round, &"lang ".repeat(399))
    })
    .unwrap();
    w.ask_cafe_round(id_of(CAFE), 0, id_of("r"), 3).unwrap();
    w.ask_placemat(id_of(MAT), id_of("q"), 3).unwrap();
    w.remove_activity(id_of(MAT), 4).unwrap();
    assert_eq!(w.check_stored(), Ok(()));
    let texts = vec!["Iets".to_string()];
    assert_eq!(
        w.receive_answer(answer("q", "a1", 0, 0, &texts), 9),
        Err(AnswerRefusal::NoSuchPlace)
    );
}

#[test]
fn a_persona_test_question_offers_the_persona_s_in_the_library_and_every_municipality() {
    let mut w = with_persona_test();
    let prompt = w
        .ask_persona_test(id_of(TEST), in_library, id_of("pt"), 5)
        .unwrap();
    assert_eq!(
        prompt.target,
        PromptTarget::PersonaTest(PersonaCells {
            personas: vec![id_of("ans"), id_of("kees")],
            municipalities: vec![id_of("ut"), id_of("ze")],
        })
    );
    assert_eq!(prompt.question, "Hoe tevreden is {naam} in {gemeente}?");

    let mut empty = with_persona_test();
    empty
        .change_activity::<PersonaTest, _>(id_of(TEST), 2, |t| {
            t.remove_municipality(id_of("ut")).map(drop)
        })
        .unwrap();
    empty
        .change_activity::<PersonaTest, _>(id_of(TEST), 2, |t| {
            t.remove_municipality(id_of("ze")).map(drop)
        })
        .unwrap();
    assert_eq!(
        empty
            .ask_persona_test(id_of(TEST), in_library, id_of("x"), 3)
            .map(|p| p.id),
        Err(ValidationError::GridEmpty)
    );
    let mut no_question = with_persona_test();
    no_question
        .change_activity::<PersonaTest, _>(id_of(TEST), 2, |t| t.set_questions("", &[]))
        .unwrap();
    assert_eq!(
        no_question
            .ask_persona_test(id_of(TEST), in_library, id_of("x"), 3)
            .map(|p| p.id),
        Err(ValidationError::CentralQuestionEmpty)
    );
    assert!(empty.prompts.is_empty() && no_question.prompts.is_empty());
}

#[test]
fn phone_scores_set_a_cells_mean_until_the_facilitator_sets_one_and_lines_add_up() {
    let mut w = with_persona_test();
    w.ask_persona_test(id_of(TEST), in_library, id_of("pt"), 5)
        .unwrap();
    let texts = vec!["Het loket is ver weg".to_string()];
    assert_eq!(
        w.receive_answer(scored("a1", (1, 0), Some(4), &texts), 9),
        Ok(Received::Added {
            place: 1,
            person: 0,
            notes: 1
        })
    );
    let kees = cell(&w, "kees", "ut").unwrap();
    assert_eq!(kees.score, Some(4));
    assert_eq!(kees.text, "– 4/5 · Het loket is ver weg (Sam)");

    // A score alone; the mean of 4 and 1 rounds up to 3.
    w.receive_answer(scored("a2", (1, 0), Some(1), &[]), 10)
        .unwrap();
    let kees = cell(&w, "kees", "ut").unwrap();
    assert_eq!(kees.score, Some(3));
    assert_eq!(kees.text.lines().nth(1), Some("– 1/5 (Sam)"));
    let before = w.clone();
    assert_eq!(
        w.receive_answer(scored("a2", (1, 0), Some(1), &[]), 11),
        Ok(Received::AlreadyIn)
    );
    assert_eq!(w, before);

    // The facilitator's own score stays; the line is still added.
    w.change_activity::<PersonaTest, _>(id_of(TEST), 12, |t| {
        t.set_answer(id_of("kees"), id_of("ut"), Some(5), &kees.text)
    })
    .unwrap();
    w.receive_answer(scored("a3", (1, 0), Some(1), &texts), 13)
        .unwrap();
    let kees = cell(&w, "kees", "ut").unwrap();
    assert_eq!(kees.score, Some(5));
    assert_eq!(kees.text.lines().count(), 3);
    // Another cell is untouched; an answer without a score leaves it empty.
    assert_eq!(cell(&w, "ans", "ut"), None);
    w.receive_answer(scored("a4", (0, 1), None, &texts), 14)
        .unwrap();
    assert_eq!(cell(&w, "ans", "ze").unwrap().score, None);
    assert_eq!(w.prompts[0].answers[0].score, Some(4));
    assert_eq!(w.check_stored(), Ok(()));
}

#[test]
fn persona_test_answers_for_cells_not_there_or_too_long_change_nothing() {
    let mut w = with_persona_test();
    w.ask_persona_test(id_of(TEST), in_library, id_of("pt"), 5)
        .unwrap();
    let texts = vec!["Iets".to_string()];
    w.change_activity::<PersonaTest, _>(id_of(TEST), 6, |t| {
        t.toggle_persona(id_of("ans"));
        t.remove_municipality(id_of("ze")).map(drop)
    })
    .unwrap();
    let before = w.clone();
    for place in [(0, 0), (1, 1), (2, 0), (1, 2)] {
        assert_eq!(
            w.receive_answer(scored("a1", place, Some(3), &texts), 9),
            Err(AnswerRefusal::NoSuchPlace),
            "{place:?}"
        );
    }
    let full = "x".repeat(1_990);
    w.change_activity::<PersonaTest, _>(id_of(TEST), 7, |t| {
        t.set_answer(id_of("kees"), id_of("ut"), None, &full)
    })
    .unwrap();
    let before_long = w.clone();
    assert!(matches!(
        w.receive_answer(scored("a2", (1, 0), Some(3), &texts), 9),
        Err(AnswerRefusal::Refused(ValidationError::TooLong { .. }))
    ));
    assert_eq!(w, before_long);
    assert_ne!(w, before);
}
