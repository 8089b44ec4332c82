//! The example persona's offered from an empty library: who they are, and that each
//! one is stored exactly as written (no check changes or refuses it).

use std::collections::HashSet;
use werktafel::model::{example_personas, Avatar, AvatarColour, LifeArea, PersonaFields, MAX_AGE};

fn fields() -> Vec<PersonaFields> {
    example_personas()
        .into_iter()
        .map(|(fields, _)| fields)
        .collect()
}

#[test]
fn there_are_at_least_seven_examples_with_distinct_names() {
    let names: Vec<String> = fields().into_iter().map(|f| f.name).collect();
    assert!(names.len() >= 7, "{names:?}");
    let distinct: HashSet<&String> = names.iter().collect();
    assert_eq!(distinct.len(), names.len(), "{names:?}");
}

#[test]
fn the_examples_include_the_seven_people_from_the_guides_at_their_ages() {
    let examples = fields();
    let expected = [
        ("Ryan", Some(16)),
        ("Hermien", Some(40)),
        ("Klaas", None),
        ("Marijke", None),
        ("Johan", Some(35)),
        ("Emma", Some(22)),
        ("Richard", Some(37)),
    ];
    for (name, age) in expected {
        let found = examples
            .iter()
            .find(|f| f.name == name)
            .unwrap_or_else(|| panic!("no example named {name}"));
        if age.is_some() {
            assert_eq!(found.age, age, "{name}");
        }
    }
}

#[test]
fn every_example_passes_the_checks_unchanged() {
    for fields in fields() {
        assert_eq!(fields.checked(), Ok(fields.clone()), "{}", fields.name);
    }
}

#[test]
fn every_avatar_passes_the_checks_unchanged() {
    for (fields, avatar) in example_personas() {
        assert_eq!(avatar.clone().checked(), Ok(avatar), "{}", fields.name);
    }
}

#[test]
fn no_example_has_a_photo_and_the_avatars_use_every_colour() {
    let mut colours = HashSet::new();
    for (fields, avatar) in example_personas() {
        match avatar {
            Avatar::Initials { colour } | Avatar::Emoji { colour, .. } => {
                colours.insert(colour.name());
            }
            Avatar::Photo { .. } => panic!("{} has a photo", fields.name),
        }
    }
    assert_eq!(colours.len(), AvatarColour::ALL.len(), "{colours:?}");
}

#[test]
fn every_example_has_an_occasion_a_question_and_the_question_behind_it() {
    for f in fields() {
        assert!(!f.occasion.is_empty(), "{}", f.name);
        assert!(!f.question.is_empty(), "{}", f.name);
        assert!(!f.question_behind.is_empty(), "{}", f.name);
    }
}

#[test]
fn every_example_describes_at_least_two_areas_of_life_each_with_a_rating() {
    for f in fields() {
        assert!(f.life_areas.len() >= 2, "{}", f.name);
        for note in &f.life_areas {
            assert!(LifeArea::ALL.contains(&note.area));
            assert!(!note.situation.is_empty(), "{} {:?}", f.name, note.area);
            assert!(note.rating.is_some(), "{} {:?}", f.name, note.area);
        }
    }
}

#[test]
fn every_example_has_a_network_of_two_to_four_named_people() {
    for f in fields() {
        assert!((2..=4).contains(&f.network.len()), "{}", f.name);
        for member in &f.network {
            assert!(!member.name.is_empty(), "{}", f.name);
            assert!(!member.relation.is_empty(), "{}", f.name);
        }
    }
}

#[test]
fn every_example_is_filled_in_for_role_play_and_names_its_sources() {
    for f in fields() {
        let texts = [
            &f.household,
            &f.daytime,
            &f.health,
            &f.wishes,
            &f.barriers,
            &f.quote,
            &f.roleplay_behaviour,
            &f.roleplay_background,
            &f.sources,
        ];
        assert!(texts.iter().all(|t| !t.is_empty()), "{}", f.name);
        assert!(!f.tags.is_empty(), "{}", f.name);
        assert!(f.age.is_some_and(|age| age <= MAX_AGE), "{}", f.name);
        assert!(!f.co_created, "{}", f.name);
    }
}

#[test]
fn the_example_texts_have_no_doubled_spaces_or_line_breaks() {
    for f in fields() {
        let notes = f.life_areas.iter().map(|n| &n.situation);
        let texts = [
            &f.household,
            &f.daytime,
            &f.health,
            &f.occasion,
            &f.question,
            &f.question_behind,
            &f.wishes,
            &f.barriers,
            &f.quote,
            &f.roleplay_behaviour,
            &f.roleplay_background,
            &f.sources,
        ];
        for text in texts.into_iter().chain(notes) {
            assert!(!text.contains("  ") && !text.contains('\n'), "{text}");
        }
    }
}

#[test]
fn searching_the_examples_finds_them_by_tag() {
    let found: Vec<String> = fields()
        .into_iter()
        .filter(|f| f.matches("lvb"))
        .map(|f| f.name)
        .collect();
    assert!(found.contains(&"Johan".to_string()), "{found:?}");
    assert!(found.contains(&"Emma".to_string()), "{found:?}");
}
