//! The open question: answers typed in or sent by phones (once, whatever the
//! order), taken out and put back, the stored rules, and how it shows in the
//! report, the CSV and with names taken out.

mod common;

use common::id_of;

use werktafel::forms::open_question::{Anyone, OpenQuestion, MAX_REPLY_CHARS};
use werktafel::forms::{ActivityBody, PromptTarget, StoredForm};
use werktafel::i18n::Language;
use werktafel::model::{
    AnswerRefusal, IncomingAnswer, Received, ValidationError, Workshop, WorkshopDraft,
};
use werktafel::transfer::{anonymise, markdown, notes_csv, workshop_report};

const ASK: &str = "vraag";

fn workshop(question: &str) -> Workshop {
    let draft = WorkshopDraft {
        title: "Slotavond".into(),
        ..WorkshopDraft::default()
    };
    let mut w = Workshop::create(&draft, id_of("w"), 1).unwrap();
    let mut open = OpenQuestion::default();
    open.set_question(question).unwrap();
    w.add_activity(ActivityBody::OpenQuestion(open), id_of(ASK), 1)
        .unwrap();
    w
}

fn replies(w: &Workshop) -> Vec<(String, String)> {
    let open = w
        .activity(id_of(ASK))
        .unwrap()
        .form::<OpenQuestion>()
        .unwrap();
    open.replies
        .iter()
        .map(|r| (r.text.clone(), r.name.clone()))
        .collect()
}

fn from_phone<'a>(id: &'a str, name: &'a str, texts: &'a [String]) -> IncomingAnswer<'a> {
    IncomingAnswer {
        prompt_id: id_of("p"),
        answer_id: id_of(id),
        name,
        place: 0,
        person: 0,
        score: None,
        texts,
    }
}

#[test]
fn phone_answers_land_once_after_the_typed_ones_with_their_name() {
    let mut w = workshop("Wat neem je mee naar huis?");
    w.change_activity::<OpenQuestion, _>(id_of(ASK), 2, |q| {
        q.add_reply(id_of("t1"), " Energie ", "")
    })
    .unwrap();
    let prompt = w.ask_open_question(id_of(ASK), id_of("p"), 3).unwrap();
    assert_eq!(prompt.target, PromptTarget::OpenQuestion(Anyone {}));
    let texts = vec!["Nieuwe contacten".to_string(), "Een plan".to_string()];
    assert_eq!(
        w.receive_answer(from_phone("a1", "Sam", &texts), 4),
        Ok(Received::Added {
            place: 0,
            person: 0,
            notes: 2
        })
    );
    let before = w.clone();
    assert_eq!(
        w.receive_answer(from_phone("a1", "Sam", &texts), 5),
        Ok(Received::AlreadyIn)
    );
    assert_eq!(w, before);
    assert_eq!(
        replies(&w),
        [
            ("Energie".to_string(), String::new()),
            ("Nieuwe contacten".to_string(), "Sam".to_string()),
            ("Een plan".to_string(), "Sam".to_string()),
        ]
    );
    assert_eq!(w.check_stored(), Ok(()));
}

#[test]
fn an_empty_question_is_not_put_out_and_a_refused_answer_adds_none_of_its_texts() {
    let mut empty = workshop("");
    assert_eq!(
        empty
            .ask_open_question(id_of(ASK), id_of("p"), 2)
            .map(|p| p.id),
        Err(ValidationError::CentralQuestionEmpty)
    );
    let mut w = workshop("Hoe was het?");
    w.ask_open_question(id_of(ASK), id_of("p"), 2).unwrap();
    let texts = vec!["Goed".to_string(), "x".repeat(MAX_REPLY_CHARS + 1)];
    let before = w.clone();
    assert!(matches!(
        w.receive_answer(from_phone("a1", "", &texts), 3),
        Err(AnswerRefusal::Refused(ValidationError::TooLong { .. }))
    ));
    assert_eq!(w, before);
}

#[test]
fn an_answer_taken_out_comes_back_in_its_place_once() {
    let mut open = OpenQuestion::default();
    for (id, text) in [("a", "Een"), ("b", "Twee"), ("c", "Drie")] {
        open.add_reply(id_of(id), text, "").unwrap();
    }
    assert_eq!(
        open.add_reply(id_of("d"), "  ", ""),
        Err(ValidationError::AnswerEmpty)
    );
    let removed = open.remove_reply(id_of("b")).unwrap();
    assert_eq!(open.replies.len(), 2);
    open.restore_reply(removed.clone());
    open.restore_reply(removed);
    let texts: Vec<&str> = open.replies.iter().map(|r| r.text.as_str()).collect();
    assert_eq!(texts, ["Een", "Twee", "Drie"]);
    assert_eq!(
        open.remove_reply(id_of("x")),
        Err(ValidationError::NotFound)
    );
}

#[test]
fn an_answer_changed_in_place_keeps_its_place_and_name_and_a_bad_text_changes_nothing() {
    let mut open = OpenQuestion::default();
    open.add_reply(id_of("a"), "Een", "").unwrap();
    open.add_reply(id_of("b"), "Tewe", "Sam").unwrap();
    open.add_reply(id_of("c"), "Drie", "").unwrap();
    open.edit_reply(id_of("b"), "  Twee ").unwrap();
    let shown: Vec<(&str, &str)> = open
        .replies
        .iter()
        .map(|r| (r.text.as_str(), r.name.as_str()))
        .collect();
    assert_eq!(shown, [("Een", ""), ("Twee", "Sam"), ("Drie", "")]);

    let before = open.clone();
    assert_eq!(
        open.edit_reply(id_of("b"), " "),
        Err(ValidationError::AnswerEmpty)
    );
    assert!(matches!(
        open.edit_reply(id_of("b"), &"x".repeat(MAX_REPLY_CHARS + 1)),
        Err(ValidationError::TooLong { .. })
    ));
    assert_eq!(
        open.edit_reply(id_of("x"), "Vier"),
        Err(ValidationError::NotFound)
    );
    assert_eq!(open, before);
}

#[test]
fn a_stored_open_question_is_held_to_its_rules() {
    let mut open = OpenQuestion::default();
    open.add_reply(id_of("a"), "Een", "Sam").unwrap();
    assert_eq!(open.check_stored(), Ok(()));
    let mut twice = open.clone();
    twice.replies.push(twice.replies[0].clone());
    assert!(twice.check_stored().is_err());
    let mut empty = open.clone();
    empty.replies[0].text = " ".into();
    assert!(empty.check_stored().is_err());
    // An id the app could not have made is refused as the answer is read.
    let mut odd_id = serde_json::to_value(&open).unwrap();
    odd_id["replies"][0]["id"] = "<b>".into();
    assert!(serde_json::from_value::<OpenQuestion>(odd_id).is_err());
}

#[test]
fn the_report_csv_and_anonymised_copy_show_the_answers() {
    let mut w = workshop("Wat neem je mee?");
    w.change_activity::<OpenQuestion, _>(id_of(ASK), 2, |q| {
        q.add_reply(id_of("a"), "Energie", "Sam")?;
        q.add_reply(id_of("b"), "=SOM(A1)", "")
    })
    .unwrap();
    let report = markdown(&workshop_report(&w, &[], Language::Nl));
    assert!(report.contains("## Losse vraag"), "{report}");
    assert!(report.contains("Vraag: Wat neem je mee?"), "{report}");
    assert!(report.contains("- Energie (Sam)"), "{report}");
    let csv = notes_csv(&w, Language::Nl);
    assert!(
        csv.contains("Slotavond;Losse vraag;;;Sam;Antwoord;Energie;\r\n"),
        "{csv}"
    );
    assert!(csv.contains(";Antwoord;'=SOM(A1);"), "{csv}");
    let anonymous = anonymise(&w, |n| format!("Deelnemer {n}"));
    let open = anonymous.activities[0].form::<OpenQuestion>().unwrap();
    assert_eq!(open.replies[0].name, "Deelnemer 1");
    assert_eq!(open.replies[1].name, "");
}
