//! The catalogue: both languages complete, and the same placeholders in each.
//! (A key missing a language does not compile; these tests catch empty texts and
//! mismatched placeholders.)

use werktafel::forms::persona_test::fill_question;
use werktafel::i18n::{fill, placeholders, Key, Language, QUESTION_TEMPLATES};

#[test]
fn every_key_has_text_in_both_languages() {
    for key in Key::ALL {
        for language in [Language::Nl, Language::En] {
            assert!(
                !key.text(language).trim().is_empty(),
                "{key:?} in {language:?}"
            );
        }
    }
}

#[test]
fn both_languages_use_the_same_placeholders() {
    for key in Key::ALL.iter().filter(|k| !QUESTION_TEMPLATES.contains(k)) {
        let mut nl = placeholders(key.text(Language::Nl));
        let mut en = placeholders(key.text(Language::En));
        nl.sort();
        en.sort();
        assert_eq!(nl, en, "{key:?}");
    }
}

#[test]
fn question_templates_hold_only_the_names_of_their_language() {
    for key in QUESTION_TEMPLATES {
        for (language, allowed) in [
            (Language::Nl, ["naam", "gemeente"]),
            (Language::En, ["name", "municipality"]),
        ] {
            let text = key.text(language);
            assert!(
                placeholders(text).iter().all(|p| allowed.contains(p)),
                "{key:?} in {language:?}"
            );
            assert!(placeholders(&fill_question(text, "R", "Z")).is_empty());
        }
    }
}

#[test]
fn fill_replaces_every_placeholder() {
    let text = fill(
        Key::ConflictNotice.text(Language::Nl),
        &[("title", "A"), ("copy", "A (uit ander tabblad)")],
    );
    assert!(text.contains("“A”") && text.contains("“A (uit ander tabblad)”"));
    assert!(placeholders(&text).is_empty());
}

#[test]
fn dutch_is_the_default_language() {
    assert_eq!(Language::default(), Language::Nl);
    assert_eq!(Key::SaveSaved.text(Language::default()), "Opgeslagen");
}
