//! Model commands: creating, editing, duplicating and deleting workshops, and the
//! checks that refuse bad input without changing anything.

mod common;

use common::id_of;

use werktafel::model::{
    copy_title, Field, IsoDate, ValidationError, WorkshopDraft, Workshops, MAX_TITLE_CHARS,
};

fn draft(title: &str) -> WorkshopDraft {
    WorkshopDraft {
        title: title.to_string(),
        ..WorkshopDraft::default()
    }
}

fn full_draft() -> WorkshopDraft {
    WorkshopDraft {
        title: "  Regio-overleg cliëntondersteuning ".into(),
        date: "2026-11-23".into(),
        place: "Gemeentehuis".into(),
        goal: "Ervaringen delen".into(),
        facilitator: "Anna".into(),
    }
}

#[test]
fn create_trims_fields_and_sets_times() {
    let mut list = Workshops::default();
    let id = list.create(&full_draft(), id_of("a"), 1000).unwrap();
    let w = list.get(id).unwrap();
    assert_eq!(w.title, "Regio-overleg cliëntondersteuning");
    assert_eq!(w.date, IsoDate::new(2026, 11, 23));
    assert_eq!(w.place, "Gemeentehuis");
    assert_eq!(w.facilitator, "Anna");
    assert_eq!((w.created_at, w.updated_at), (1000, 1000));
}

#[test]
fn new_workshops_go_on_top() {
    let mut list = Workshops::default();
    list.create(&draft("eerste"), id_of("a"), 1).unwrap();
    list.create(&draft("tweede"), id_of("b"), 2).unwrap();
    let titles: Vec<&str> = list.all().iter().map(|w| w.title.as_str()).collect();
    assert_eq!(titles, ["tweede", "eerste"]);
}

#[test]
fn empty_title_is_refused_and_nothing_changes() {
    let mut list = Workshops::default();
    assert_eq!(
        list.create(&draft("   "), id_of("a"), 1),
        Err(ValidationError::TitleEmpty)
    );
    assert!(list.all().is_empty());
}

#[test]
fn title_of_201_characters_is_refused_200_accepted() {
    let mut list = Workshops::default();
    let long = "é".repeat(MAX_TITLE_CHARS + 1);
    assert_eq!(
        list.create(&draft(&long), id_of("a"), 1),
        Err(ValidationError::TooLong {
            field: Field::Title,
            max: MAX_TITLE_CHARS
        })
    );
    assert!(list.all().is_empty());
    let exact = "é".repeat(MAX_TITLE_CHARS);
    assert!(list.create(&draft(&exact), id_of("a"), 1).is_ok());
}

#[test]
fn a_date_that_is_not_a_date_is_refused() {
    let mut list = Workshops::default();
    for bad in [
        "2026-02-30",
        "31-04-2026",
        "morgen",
        "2026-13-01",
        "2026-1-1-1",
        "0001-01-01",
    ] {
        let mut d = draft("titel");
        d.date = bad.into();
        assert_eq!(
            list.create(&d, id_of("a"), 1),
            Err(ValidationError::DateInvalid),
            "{bad}"
        );
    }
    assert!(list.all().is_empty());
}

#[test]
fn dates_parse_in_iso_and_dutch_order_and_know_leap_years() {
    assert_eq!(IsoDate::parse("2024-02-29"), IsoDate::new(2024, 2, 29));
    assert_eq!(IsoDate::parse("29-02-2024"), IsoDate::new(2024, 2, 29));
    assert_eq!(IsoDate::parse("2023-02-29"), None);
    assert_eq!(IsoDate::parse("1900-02-29"), None);
    assert_eq!(IsoDate::parse("2000-02-29"), IsoDate::new(2000, 2, 29));
    let date = IsoDate::parse("7-3-2026").unwrap();
    assert_eq!(date.to_string(), "2026-03-07");
    assert_eq!(date.dutch(), "07-03-2026");
}

#[test]
fn edit_replaces_fields_or_changes_nothing() {
    let mut list = Workshops::default();
    let id = list.create(&full_draft(), id_of("a"), 1).unwrap();
    let before = list.clone();
    let mut bad = full_draft();
    bad.date = "2026-02-31".into();
    assert_eq!(list.edit(id, &bad, 2), Err(ValidationError::DateInvalid));
    assert_eq!(list, before);

    let mut good = full_draft();
    good.title = "Nieuwe titel".into();
    good.date = String::new();
    list.edit(id, &good, 5).unwrap();
    let w = list.get(id).unwrap();
    assert_eq!(
        (w.title.as_str(), w.date, w.updated_at),
        ("Nieuwe titel", None, 5)
    );
}

#[test]
fn rename_checks_the_title() {
    let mut list = Workshops::default();
    let id = list.create(&draft("oud"), id_of("a"), 1).unwrap();
    assert_eq!(list.rename(id, "", 2), Err(ValidationError::TitleEmpty));
    assert_eq!(list.get(id).unwrap().title, "oud");
    list.rename(id, "nieuw", 3).unwrap();
    assert_eq!(list.get(id).unwrap().title, "nieuw");
    assert_eq!(
        list.rename(id_of("onbekend"), "x", 4),
        Err(ValidationError::NotFound)
    );
}

#[test]
fn duplicate_copies_above_the_original_with_a_suffix() {
    let mut list = Workshops::default();
    let id = list.create(&full_draft(), id_of("a"), 1).unwrap();
    let copy = list.duplicate(id, id_of("b"), " (kopie)", 9).unwrap();
    assert_eq!(list.all()[0].id, copy);
    let (orig, dup) = (list.get(id).unwrap(), list.get(copy).unwrap());
    assert_eq!(dup.title, format!("{} (kopie)", orig.title));
    assert_eq!(
        (dup.place.as_str(), dup.goal.as_str()),
        (orig.place.as_str(), orig.goal.as_str())
    );
    assert_eq!(dup.created_at, 9);
    assert_eq!(
        list.duplicate(id, id_of("b"), " (kopie)", 9),
        Err(ValidationError::DuplicateId)
    );
}

#[test]
fn a_copy_of_a_maximal_title_stays_within_the_limit() {
    let long = "x".repeat(MAX_TITLE_CHARS);
    let title = copy_title(&long, " (kopie)");
    assert_eq!(title.chars().count(), MAX_TITLE_CHARS);
    assert!(title.ends_with(" (kopie)"));
}

#[test]
fn remove_and_restore_puts_it_back_in_place() {
    let mut list = Workshops::default();
    for (i, t) in ["a", "b", "c"].iter().enumerate() {
        list.create(&draft(t), id_of(t), i as i64).unwrap();
    }
    let before = list.clone();
    let removed = list.remove(id_of("b")).unwrap();
    assert!(list.get(id_of("b")).is_none());
    assert_eq!(removed.index, 1);
    list.restore(removed.clone()).unwrap();
    assert_eq!(list, before);
    assert_eq!(list.restore(removed), Err(ValidationError::DuplicateId));
    assert_eq!(list.remove(id_of("x")), Err(ValidationError::NotFound));
}

#[test]
fn upsert_and_forget_follow_another_tab() {
    let mut list = Workshops::default();
    list.create(&draft("a"), id_of("a"), 1).unwrap();
    let mut changed = list.get(id_of("a")).unwrap().clone();
    changed.title = "A!".into();
    list.upsert(changed);
    assert_eq!(list.all().len(), 1);
    assert_eq!(list.get(id_of("a")).unwrap().title, "A!");
    assert!(list.forget(id_of("a")));
    assert!(!list.forget(id_of("a")));
}

#[test]
fn workshops_changed_after_the_last_export_are_counted() {
    let mut settings = werktafel::model::Settings::default();
    assert_eq!(settings.changed_since_export([5, 9].into_iter()), 0);
    settings.last_exported_at = Some(7);
    assert_eq!(settings.changed_since_export([5, 7, 9].into_iter()), 1);
    assert_eq!(settings.changed_since_export(std::iter::empty()), 0);
}

#[test]
fn a_backup_is_due_when_never_made_or_a_week_old() {
    use werktafel::model::{Settings, BACKUP_REMINDER_MS};
    let mut settings = Settings::default();
    assert!(settings.backup_is_due(0));
    settings.last_exported_at = Some(1_000);
    assert!(!settings.backup_is_due(1_000 + BACKUP_REMINDER_MS - 1));
    assert!(settings.backup_is_due(1_000 + BACKUP_REMINDER_MS));
}

#[test]
fn a_workshop_names_the_library_personas_its_persona_tests_use_each_once() {
    use werktafel::forms::persona_test::PersonaTest;
    use werktafel::forms::ActivityBody;
    use werktafel::model::Workshop;
    let mut workshop = Workshop::create(
        &WorkshopDraft {
            title: "Toetsdag".into(),
            ..WorkshopDraft::default()
        },
        id_of("w"),
        1,
    )
    .unwrap();
    assert!(workshop.persona_ids().is_empty());
    for (id, personas) in [("t1", ["p1", "p2"]), ("t2", ["p2", "p3"])] {
        let mut test = PersonaTest::new("Hoe gaat het met {naam}?", &[]);
        personas.iter().for_each(|p| test.toggle_persona(id_of(p)));
        workshop
            .add_activity(ActivityBody::PersonaTest(test), id_of(id), 2)
            .unwrap();
    }
    assert_eq!(
        workshop.persona_ids(),
        [id_of("p1"), id_of("p2"), id_of("p3")]
    );
}
