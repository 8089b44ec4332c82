//! The catalogue: both languages complete, and the same placeholders in each.
//! (A text missing a language does not compile, and neither does a template
//! whose fields are not its placeholders; these tests catch empty texts,
//! placeholders in plain texts and mismatched placeholders all the same.)

use werktafel::forms::cafe::CafeMsg;
use werktafel::forms::persona_test::{fill_question, QUESTION_TEMPLATES};
use werktafel::i18n::{fill, placeholders, CommonMsg, Key, Language, Msg, Text};

const LANGUAGES: [Language; 2] = [Language::Nl, Language::En];

/// The placeholders of a text, sorted, each once.
fn names(text: &str) -> Vec<&str> {
    let mut names = placeholders(text);
    names.sort_unstable();
    names.dedup();
    names
}

#[test]
fn every_text_has_both_languages() {
    for text in Text::all() {
        for language in LANGUAGES {
            assert!(
                !text.text(language).trim().is_empty(),
                "{text:?} in {language:?}"
            );
        }
    }
    for shape in Msg::shapes() {
        assert!(
            !shape.nl.trim().is_empty() && !shape.en.trim().is_empty(),
            "{}",
            shape.name
        );
    }
}

#[test]
fn plain_texts_have_no_placeholders() {
    let data: Vec<Text> = QUESTION_TEMPLATES.iter().map(|&k| k.into()).collect();
    for text in Text::all().into_iter().filter(|t| !data.contains(t)) {
        for language in LANGUAGES {
            assert!(
                placeholders(text.text(language)).is_empty(),
                "{text:?} in {language:?}"
            );
        }
    }
}

#[test]
fn templates_declare_exactly_their_placeholders_in_both_languages() {
    for shape in Msg::shapes() {
        let mut declared = shape.args.to_vec();
        declared.sort_unstable();
        assert!(!declared.is_empty(), "{}", shape.name);
        assert_eq!(names(shape.nl), declared, "{} in Dutch", shape.name);
        assert_eq!(names(shape.en), declared, "{} in English", shape.name);
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
fn a_template_fills_every_placeholder() {
    let text = CommonMsg::ConflictNotice {
        title: "A".into(),
        copy: "A (uit ander tabblad)".into(),
    }
    .text(Language::Nl);
    assert!(text.contains("“A”") && text.contains("“A (uit ander tabblad)”"));
    assert!(placeholders(&text).is_empty());
}

#[test]
fn a_message_is_translated_when_shown() {
    let round = Msg::from(CafeMsg::RoundN { n: "2".into() });
    assert_eq!(round.text(Language::Nl), "Ronde 2");
    assert_eq!(round.text(Language::En), "Round 2");
    let saved = Msg::from(Key::SaveSaved);
    assert_eq!(saved.text(Language::En), "Saved");
}

#[test]
fn dutch_is_the_default_language() {
    assert_eq!(Language::default(), Language::Nl);
    assert_eq!(Key::SaveSaved.text(Language::default()), "Opgeslagen");
}

#[test]
fn filling_is_one_pass_and_keeps_unknown_braces() {
    let text = fill("{a} en {b}, {c}", &[("a", "{b}"), ("b", "B")]);
    assert_eq!(text, "{b} en B, {c}");
}
