//! The built-in method library: every method is complete in both languages,
//! its numbers are plausible, its slug is stable and unique, and each guide
//! it is taken from is there in full.

use std::collections::HashSet;
use werktafel::forms::FormKind;
use werktafel::library::{Method, MethodKind, MethodText, Seed, METHODS};
use werktafel::model::{Language, PlainKind};

/// The longest name a method may have, in characters.
const MAX_NAME_CHARS: usize = 40;

fn texts(method: &Method) -> [&MethodText; 2] {
    [method.text(Language::Nl), method.text(Language::En)]
}

/// Every piece of text of a method in one language, one string each.
fn strings(text: &MethodText) -> Vec<&'static str> {
    let mut all = vec![text.name, text.summary, text.preparation];
    all.extend(text.steps);
    all.extend(text.materials);
    all
}

fn by_slug(slug: &str) -> &'static Method {
    METHODS
        .iter()
        .find(|method| method.slug == slug)
        .unwrap_or_else(|| panic!("no method {slug}"))
}

#[test]
fn slugs_are_unique_lowercase_words_joined_by_dashes() {
    let mut seen = HashSet::new();
    for method in METHODS {
        let slug = method.slug;
        assert!(seen.insert(slug), "{slug} twice");
        assert!(!slug.is_empty());
        assert!(
            slug.chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-'),
            "{slug}"
        );
        assert!(!slug.starts_with('-') && !slug.ends_with('-'), "{slug}");
        assert!(!slug.contains("--"), "{slug}");
    }
}

#[test]
fn every_method_is_complete_in_both_languages() {
    for method in METHODS {
        let [nl, en] = texts(method);
        for text in [nl, en] {
            assert!(!text.name.is_empty(), "{}", method.slug);
            assert!(!text.summary.is_empty(), "{}", method.slug);
            assert!(!text.preparation.is_empty(), "{}", method.slug);
            assert!(
                text.name.chars().count() <= MAX_NAME_CHARS,
                "{}: {}",
                method.slug,
                text.name
            );
        }
        assert_eq!(nl.steps.len(), en.steps.len(), "{}", method.slug);
        assert_eq!(nl.materials.len(), en.materials.len(), "{}", method.slug);
    }
}

#[test]
fn every_method_but_a_break_has_three_to_seven_steps() {
    for method in METHODS {
        if method.kind == MethodKind::Plain(PlainKind::Break) {
            continue;
        }
        for text in texts(method) {
            let steps = text.steps.len();
            assert!((3..=7).contains(&steps), "{}: {steps}", method.slug);
        }
    }
}

#[test]
fn no_text_is_empty_or_has_stray_spaces() {
    for method in METHODS {
        for text in texts(method) {
            for string in strings(text) {
                assert!(!string.is_empty(), "{}", method.slug);
                assert_eq!(string, string.trim(), "{}", method.slug);
                assert!(!string.contains("  "), "{}: {string}", method.slug);
            }
        }
    }
}

#[test]
fn durations_fit_a_block_and_group_sizes_are_ranges() {
    for method in METHODS {
        let (shortest, longest) = method.minutes;
        assert!(
            1 <= shortest && shortest <= longest && longest <= 480,
            "{}: {shortest}–{longest} minutes",
            method.slug
        );
        let (fewest, most) = method.people;
        assert!(
            1 <= fewest && fewest <= most,
            "{}: {fewest}–{most} people",
            method.slug
        );
    }
}

#[test]
fn names_are_unique_in_each_language() {
    for language in [Language::Nl, Language::En] {
        let mut seen = HashSet::new();
        for method in METHODS {
            let name = method.text(language).name;
            assert!(seen.insert(name), "{name} twice in {language:?}");
        }
    }
}

#[test]
fn each_guide_is_there_with_at_least_its_methods() {
    let expected = [
        (Seed::Exercises, 2),
        (Seed::Training, 20),
        (Seed::Toolbox, 12),
        (Seed::Regional, 11),
    ];
    for (seed, at_least) in expected {
        let count = METHODS.iter().filter(|m| m.seed == seed).count();
        assert!(count >= at_least, "{seed:?}: {count} < {at_least}");
    }
}

#[test]
fn methods_are_grouped_by_guide_in_the_guides_order() {
    let order = [
        Seed::Exercises,
        Seed::Training,
        Seed::Toolbox,
        Seed::Regional,
    ];
    let rank = |seed: Seed| {
        order
            .iter()
            .position(|s| *s == seed)
            .expect("a listed guide")
    };
    let ranks: Vec<usize> = METHODS.iter().map(|m| rank(m.seed)).collect();
    assert!(ranks.windows(2).all(|pair| pair[0] <= pair[1]), "{ranks:?}");
}

#[test]
fn the_work_forms_the_app_runs_are_their_methods() {
    let runs = [
        ("wereldcafe", FormKind::Cafe, Seed::Regional),
        ("placemat", FormKind::Placemat, Seed::Training),
        ("persona-toets", FormKind::PersonaTest, Seed::Regional),
    ];
    for (slug, form, seed) in runs {
        let method = by_slug(slug);
        assert_eq!(method.kind, MethodKind::Runs(form), "{slug}");
        assert_eq!(method.seed, seed, "{slug}");
    }
}

#[test]
fn the_two_exercises_and_a_break_are_there() {
    let we_go = by_slug("we-gaan-op-reis");
    assert_eq!(we_go.kind, MethodKind::Plain(PlainKind::Introductions));
    assert_eq!(we_go.seed, Seed::Exercises);
    let on_the_map = by_slug("op-de-kaart");
    assert_eq!(on_the_map.kind, MethodKind::Plain(PlainKind::Energizer));
    assert_eq!(on_the_map.seed, Seed::Exercises);
    assert_eq!(by_slug("pauze").kind, MethodKind::Plain(PlainKind::Break));
}
