//! The persona model: checks and limits, revisions and restoring them, the library
//! commands and search, and the persona test grid.

mod common;

use common::id_of;

use werktafel::forms::persona_test::{fill_question, PersonaTest};
use werktafel::model::{
    parse_age, Avatar, AvatarColour, Field, LifeArea, LifeAreaNote, NetworkMember, Persona,
    PersonaFields, Personas, Rating, Support, ValidationError, MAX_NAME_CHARS,
};

fn named(name: &str) -> PersonaFields {
    PersonaFields {
        name: name.to_string(),
        ..PersonaFields::default()
    }
}

fn persona(name: &str) -> Persona {
    Persona::create(&named(name), Avatar::default(), id_of("p"), 100).unwrap()
}

#[test]
fn a_persona_without_a_name_is_refused() {
    assert_eq!(named("   ").checked(), Err(ValidationError::NameEmpty));
}

#[test]
fn an_age_is_a_whole_number_from_0_to_120() {
    assert_eq!(parse_age(""), Ok(None));
    assert_eq!(parse_age(" 0 "), Ok(Some(0)));
    assert_eq!(parse_age("120"), Ok(Some(120)));
    for bad in ["121", "-1", "+5", "16,5", "zestien", "1e2", "300"] {
        assert_eq!(parse_age(bad), Err(ValidationError::AgeInvalid), "{bad}");
    }
    let too_old = PersonaFields {
        age: Some(121),
        ..named("Klaas")
    };
    assert_eq!(too_old.checked(), Err(ValidationError::AgeInvalid));
}

#[test]
fn a_text_over_its_limit_is_refused_and_names_the_field() {
    let long_name = named(&"a".repeat(MAX_NAME_CHARS + 1));
    assert_eq!(
        long_name.checked(),
        Err(ValidationError::TooLong {
            field: Field::Name,
            max: MAX_NAME_CHARS
        })
    );
    let long_quote = PersonaFields {
        quote: "b".repeat(2001),
        ..named("Emma")
    };
    assert_eq!(
        long_quote.checked().unwrap_err().field(),
        Some(Field::Quote)
    );
}

#[test]
fn checking_trims_drops_empty_rows_and_double_tags() {
    let fields = PersonaFields {
        name: "  Ryan ".into(),
        tags: vec![
            "jeugd".into(),
            " Jeugd ".into(),
            "".into(),
            "autisme".into(),
        ],
        network: vec![
            NetworkMember::default(),
            NetworkMember {
                name: "Moeder".into(),
                relation: "".into(),
                support: Support::Strong,
            },
        ],
        life_areas: vec![
            LifeAreaNote {
                area: LifeArea::Education,
                situation: "Gaat niet meer naar school".into(),
                rating: Some(Rating::Problem),
            },
            LifeAreaNote {
                area: LifeArea::Housing,
                situation: " ".into(),
                rating: None,
            },
        ],
        ..PersonaFields::default()
    };
    let checked = fields.checked().unwrap();
    assert_eq!(checked.name, "Ryan");
    assert_eq!(checked.tags, vec!["jeugd", "autisme"]);
    assert_eq!(checked.network.len(), 1);
    assert_eq!(checked.life_areas.len(), 1);
    assert_eq!(checked.life_areas[0].area, LifeArea::Education);
}

#[test]
fn too_many_tags_or_people_are_refused() {
    let tags = PersonaFields {
        tags: (0..21).map(|i| format!("label {i}")).collect(),
        ..named("Hermien")
    };
    assert!(matches!(
        tags.checked(),
        Err(ValidationError::TooMany {
            field: Field::Tags,
            ..
        })
    ));
    let network = PersonaFields {
        network: (0..31)
            .map(|i| NetworkMember {
                name: format!("persoon {i}"),
                ..NetworkMember::default()
            })
            .collect(),
        ..named("Hermien")
    };
    assert!(matches!(
        network.checked(),
        Err(ValidationError::TooMany {
            field: Field::Network,
            ..
        })
    ));
}

#[test]
fn a_photo_must_be_a_small_base64_image() {
    let photo = |url: &str| {
        Avatar::Photo {
            data_url: url.to_string(),
        }
        .checked()
    };
    assert!(photo("data:image/jpeg;base64,QUJD").is_ok());
    assert_eq!(
        photo("data:text/html;base64,QUJD"),
        Err(ValidationError::PhotoInvalid)
    );
    assert_eq!(
        photo("javascript:alert(1)"),
        Err(ValidationError::PhotoInvalid)
    );
    assert_eq!(
        photo("data:image/png;base64,QU\"JD"),
        Err(ValidationError::PhotoInvalid)
    );
    let huge = format!("data:image/jpeg;base64,{}", "QUJD".repeat(40_000));
    assert_eq!(photo(&huge), Err(ValidationError::PhotoInvalid));
}

#[test]
fn an_emoji_avatar_holds_an_emoji_not_letters() {
    let emoji = |text: &str| {
        Avatar::Emoji {
            emoji: text.to_string(),
            colour: AvatarColour::Green,
        }
        .checked()
    };
    assert!(emoji("🧑‍🦽").is_ok());
    assert_eq!(emoji(""), Err(ValidationError::EmojiInvalid));
    assert_eq!(emoji("abc"), Err(ValidationError::EmojiInvalid));
}

#[test]
fn a_new_persona_has_one_revision_equal_to_its_fields() {
    let p = persona("Ryan");
    assert_eq!(p.revisions.len(), 1);
    assert_eq!(p.revisions[0].fields, p.fields);
    assert_eq!(p.revisions[0].at, 100);
}

#[test]
fn a_save_that_changes_fields_adds_a_dated_revision_with_its_note() {
    let mut p = persona("Ryan");
    let mut fields = p.fields.clone();
    fields.question = "Weer naar school".into();
    let added = p
        .apply(&fields, Avatar::default(), "  na panel  ", 200)
        .unwrap();
    assert!(added);
    assert_eq!(p.revisions.len(), 2);
    let last = p.revisions.last().unwrap();
    assert_eq!((last.at, last.note.as_str()), (200, "na panel"));
    assert_eq!(p.fields.question, "Weer naar school");
    assert_eq!(p.updated_at, 200);
    assert_eq!(
        last.fields.changed_fields(&p.revisions[0].fields),
        vec![Field::Question]
    );
}

#[test]
fn a_save_without_changed_fields_adds_no_revision() {
    let mut p = persona("Ryan");
    let same = p.fields.clone();
    assert!(!p.apply(&same, Avatar::default(), "niets", 200).unwrap());
    assert_eq!(p.revisions.len(), 1);
    assert_eq!(p.updated_at, 100);
    // A new avatar alone is saved, but is no revision of the facts.
    let emoji = Avatar::Emoji {
        emoji: "🙂".into(),
        colour: AvatarColour::Red,
    };
    assert!(!p.apply(&same, emoji.clone(), "", 300).unwrap());
    assert_eq!(
        (p.revisions.len(), p.avatar.clone(), p.updated_at),
        (1, emoji, 300)
    );
}

#[test]
fn a_refused_save_changes_nothing() {
    let mut p = persona("Ryan");
    let before = p.clone();
    let bad = PersonaFields {
        age: Some(200),
        ..p.fields.clone()
    };
    assert!(p.apply(&bad, Avatar::default(), "", 200).is_err());
    let long_note = "x".repeat(501);
    assert!(p
        .apply(&named("Ryan B"), Avatar::default(), &long_note, 200)
        .is_err());
    assert_eq!(p, before);
}

#[test]
fn restoring_a_revision_puts_its_fields_back_as_a_new_revision() {
    let mut p = persona("Ryan");
    p.apply(&named("Ryan de Vries"), Avatar::default(), "", 200)
        .unwrap();
    p.restore_revision(100, 300).unwrap();
    assert_eq!(p.fields.name, "Ryan");
    assert_eq!(p.revisions.len(), 3);
    let last = p.revisions.last().unwrap();
    assert_eq!((last.at, last.restored_from), (300, Some(100)));
    // Nothing was lost: the version that was replaced is still in the history.
    assert_eq!(p.revisions[1].fields.name, "Ryan de Vries");
    assert_eq!(p.restore_revision(42, 400), Err(ValidationError::NotFound));
}

#[test]
fn saves_in_the_same_millisecond_keep_ordered_revision_times() {
    let mut p = persona("Ryan");
    p.apply(&named("Ryan 2"), Avatar::default(), "", 100)
        .unwrap();
    p.apply(&named("Ryan 3"), Avatar::default(), "", 100)
        .unwrap();
    let times: Vec<i64> = p.revisions.iter().map(|r| r.at).collect();
    assert_eq!(times, vec![100, 101, 102]);
}

#[test]
fn the_library_creates_duplicates_removes_and_restores() {
    let mut library = Personas::default();
    let id = library
        .create(&named("Emma"), Avatar::default(), id_of("e"), 1)
        .unwrap();
    library
        .edit(id, &named("Emma J"), Avatar::default(), "", 2)
        .unwrap();
    let copy = library.duplicate(id, id_of("c"), " (kopie)", 3).unwrap();
    let copied = library.get(copy).unwrap();
    assert_eq!(copied.fields.name, "Emma J (kopie)");
    assert_eq!(copied.revisions.len(), 1);
    assert!(!copied.example);
    let removed = library.remove(id).unwrap();
    assert!(library.get(id).is_none());
    library.restore(removed).unwrap();
    assert_eq!(library.get(id).unwrap().revisions.len(), 2);
}

#[test]
fn examples_are_added_marked_and_editable() {
    let mut library = Personas::default();
    let mut n = 0;
    let ids = library
        .add_examples(
            werktafel::model::example_personas(),
            || {
                n += 1;
                format!("x{n}")
            },
            5,
        )
        .unwrap();
    assert!(ids.len() >= 7);
    assert!(library.all().iter().all(|p| p.example));
    let first = ids[0];
    let mut fields = library.get(first).unwrap().fields.clone();
    fields.wishes = "Eigen woorden".into();
    assert!(library
        .edit(first, &fields, Avatar::default(), "", 6)
        .unwrap());
}

#[test]
fn search_finds_by_name_tag_and_text_ignoring_case() {
    let mut library = Personas::default();
    let ryan = PersonaFields {
        tags: vec!["Jeugd".into()],
        question: "Hij wil weer naar school".into(),
        ..named("Ryan")
    };
    let klaas = PersonaFields {
        network: vec![NetworkMember {
            name: "Dochter Ineke".into(),
            ..NetworkMember::default()
        }],
        ..named("Klaas")
    };
    library
        .create(&ryan, Avatar::default(), id_of("r"), 1)
        .unwrap();
    library
        .create(&klaas, Avatar::default(), id_of("k"), 2)
        .unwrap();
    let names = |query: &str| -> Vec<String> {
        library
            .search(query)
            .iter()
            .map(|p| p.fields.name.clone())
            .collect()
    };
    assert_eq!(names(""), vec!["Klaas", "Ryan"]);
    assert_eq!(names("jeugd"), vec!["Ryan"]);
    assert_eq!(names("SCHOOL ryan"), vec!["Ryan"]);
    assert_eq!(names("ineke"), vec!["Klaas"]);
    assert!(names("ryan klaas").is_empty());
}

fn test_with_grid() -> PersonaTest {
    let mut test = PersonaTest::new("Als {naam} in {gemeente} woont?", &["Wie helpt {naam}?"]);
    test.toggle_persona(id_of("ryan"));
    test.toggle_persona(id_of("klaas"));
    for (id, name) in [("u", "Utrecht"), ("z", "Zeist"), ("h", "Houten")] {
        test.add_municipality(name, id_of(id)).unwrap();
    }
    test
}

#[test]
fn the_persona_test_keeps_a_score_and_text_per_cell_and_averages_them() {
    let mut test = test_with_grid();
    test.set_answer(
        id_of("ryan"),
        id_of("u"),
        Some(2),
        "Weet niet waar hij moet zijn",
    )
    .unwrap();
    test.set_answer(id_of("klaas"), id_of("u"), Some(5), "")
        .unwrap();
    assert_eq!(
        test.answer(id_of("ryan"), id_of("u")).unwrap().text,
        "Weet niet waar hij moet zijn"
    );
    assert_eq!(test.average(id_of("u"), |_| true), Some(3.5));
    assert_eq!(test.average(id_of("z"), |_| true), None);
    // A persona deleted from the library no longer counts.
    assert_eq!(test.average(id_of("u"), |p| p != id_of("klaas")), Some(2.0));
    // Emptying a cell removes it.
    test.set_answer(id_of("klaas"), id_of("u"), None, " ")
        .unwrap();
    assert!(test.answer(id_of("klaas"), id_of("u")).is_none());
    assert_eq!(test.average(id_of("u"), |_| true), Some(2.0));
}

#[test]
fn the_persona_test_refuses_bad_scores_names_and_doubles() {
    let mut test = test_with_grid();
    let before = test.clone();
    assert_eq!(
        test.set_answer(id_of("ryan"), id_of("u"), Some(6), ""),
        Err(ValidationError::ScoreInvalid)
    );
    assert_eq!(
        test.set_answer(id_of("ryan"), id_of("u"), Some(0), ""),
        Err(ValidationError::ScoreInvalid)
    );
    assert_eq!(
        test.set_answer(id_of("ryan"), id_of("nergens"), Some(3), ""),
        Err(ValidationError::NotFound)
    );
    assert_eq!(
        test.add_municipality(" ", id_of("x")),
        Err(ValidationError::MunicipalityEmpty)
    );
    assert_eq!(
        test.add_municipality("zeist", id_of("x")),
        Err(ValidationError::MunicipalityTwice)
    );
    assert_eq!(test, before);
}

#[test]
fn answers_stay_when_a_persona_is_unticked_and_return_with_it() {
    let mut test = test_with_grid();
    test.set_answer(id_of("ryan"), id_of("z"), Some(4), "Goed geholpen")
        .unwrap();
    test.toggle_persona(id_of("ryan"));
    assert_eq!(test.average(id_of("z"), |_| true), None);
    test.toggle_persona(id_of("ryan"));
    assert_eq!(test.average(id_of("z"), |_| true), Some(4.0));
}

#[test]
fn removing_a_municipality_takes_its_answers_and_undo_brings_them_back() {
    let mut test = test_with_grid();
    test.set_answer(id_of("ryan"), id_of("z"), Some(4), "Goed")
        .unwrap();
    let removed = test.remove_municipality(id_of("z")).unwrap();
    assert_eq!(test.municipalities.len(), 2);
    assert!(test.answer(id_of("ryan"), id_of("z")).is_none());
    test.restore_municipality(removed);
    assert_eq!(test.municipalities[1].name, "Zeist");
    assert_eq!(
        test.answer(id_of("ryan"), id_of("z")).unwrap().score,
        Some(4)
    );
}

#[test]
fn questions_are_filled_with_name_and_municipality_in_both_languages() {
    assert_eq!(
        fill_question(
            "Als {naam} in {gemeente} woont, is {naam} tevreden?",
            "Ryan",
            "Zeist"
        ),
        "Als Ryan in Zeist woont, is Ryan tevreden?"
    );
    assert_eq!(
        fill_question("{name} in {municipality}", "Emma", "Houten"),
        "Emma in Houten"
    );
    let mut test = test_with_grid();
    test.set_questions(" Nieuwe vraag ", &["".into(), "Deelvraag".into()])
        .unwrap();
    assert_eq!(test.central_question, "Nieuwe vraag");
    assert_eq!(test.sub_questions, vec!["Deelvraag"]);
}

#[test]
fn a_workshop_keeps_its_activities_through_edit_duplicate_and_removal() {
    use werktafel::forms::ActivityBody;
    use werktafel::model::{WorkshopDraft, Workshops};
    let mut list = Workshops::default();
    let draft = WorkshopDraft {
        title: "Regio-overleg".into(),
        ..WorkshopDraft::default()
    };
    let id = list.create(&draft, id_of("w"), 1).unwrap();
    let workshop = list.get_mut(id).unwrap();
    workshop
        .add_activity(ActivityBody::PersonaTest(test_with_grid()), id_of("a"), 2)
        .unwrap();
    workshop
        .change_activity::<PersonaTest, _>(id_of("a"), 3, |t| {
            t.set_answer(id_of("ryan"), id_of("u"), Some(3), "")
        })
        .unwrap();
    // A refused change leaves the test as it was.
    assert!(workshop
        .change_activity::<PersonaTest, _>(id_of("a"), 4, |t| t.set_answer(
            id_of("ryan"),
            id_of("u"),
            Some(9),
            ""
        ))
        .is_err());
    list.edit(id, &draft, 5).unwrap();
    let copy = list.duplicate(id, id_of("w2"), " (kopie)", 6).unwrap();
    let copied = list.get(copy).unwrap();
    let test = copied
        .activity(id_of("a"))
        .unwrap()
        .form::<PersonaTest>()
        .unwrap();
    assert_eq!(
        test.answer(id_of("ryan"), id_of("u")).unwrap().score,
        Some(3)
    );

    let workshop = list.get_mut(id).unwrap();
    let (index, activity) = workshop.remove_activity(id_of("a"), 7).unwrap();
    assert!(workshop.activities.is_empty());
    workshop.restore_activity(index, activity, 8);
    assert_eq!(workshop.activities.len(), 1);
}

#[test]
fn initials_take_the_first_and_last_word_that_start_with_a_letter() {
    assert_eq!(named("Emma de Vries").initials(), "EV");
    assert_eq!(named("emma (kopie)").initials(), "E");
    assert_eq!(named("Klaas").initials(), "K");
}
