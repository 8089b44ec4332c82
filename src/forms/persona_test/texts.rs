//! The persona test's own texts, Dutch first, then English (shared texts are in
//! `i18n`).

use crate::forms::FormTexts;
use crate::i18n::catalogue;

catalogue! {
    /// A text of the persona test without placeholders.
    plain PersonaTestKey {
        AddPersonaTest => "Persona-toets toevoegen", "Add persona test";
        Title => "Persona-toets", "Persona test";
        Steps => "Stappen", "Steps";
        StepPrepare => "1. Voorbereiden", "1. Prepare";
        StepFill => "2. Invullen", "2. Fill in";
        StepCompare => "3. Vergelijken", "3. Compare";
        Personas => "Welke persona's?", "Which personas?";
        NoPersonas => "Er zijn nog geen persona's.", "There are no personas yet.";
        ToLibrary => "Naar de persona's", "Go to the personas";
        Municipalities => "Gemeenten", "Municipalities";
        AddMunicipalityLabel => "Gemeente", "Municipality";
        AddMunicipality => "Gemeente toevoegen", "Add municipality";
        Questions => "Vragen", "Questions";
        SubQuestions => "Deelvragen", "Sub-questions";
        // With `{naam}` and `{gemeente}` that `fill_question` fills later
        // (`QUESTION_TEMPLATES`); the defaults are data, stored with each new test.
        QuestionsHint => "{naam} en {gemeente} worden ingevuld met de persona en de gemeente. Eén deelvraag per regel.", "{name} and {municipality} are filled in with the persona and the municipality. One sub-question per line.";
        DefaultCentral => "Als {naam} in {gemeente} woont, hoe tevreden zou {naam} zijn over de cliëntondersteuning?", "If {name} lives in {municipality}, how satisfied would {name} be with the client support?";
        DefaultSub1 => "Hoe en wanneer hoort {naam} over cliëntondersteuning, en van wie?", "How and when does {name} hear about client support, and from whom?";
        DefaultSub2 => "Kan {naam} erop rekenen een ondersteuner te vinden die de situatie kent?", "Can {name} count on finding a supporter who knows the situation?";
        DefaultSub3 => "Heeft {naam} iets te kiezen?", "Does {name} have a choice?";
        NamePlaceholder => "[naam]", "[name]";
        PlacePlaceholder => "[gemeente]", "[municipality]";
        NotReady => "Kies eerst bij Voorbereiden minstens één persona en één gemeente.", "First choose at least one persona and one municipality under Prepare.";
        PersonaColumn => "Persona", "Persona";
        NoScore => "–", "–";
        Average => "Gemiddeld", "Average";
        CompareCaption => "Scores van 1 (niet tevreden) tot 5 (heel tevreden), naast elkaar", "Scores from 1 (not satisfied) to 5 (very satisfied), side by side";
        ErrScore => "Een score is een heel getal van 1 tot en met 5.", "A score is a whole number from 1 to 5.";
        ErrMunicipalityEmpty => "Vul de naam van de gemeente in.", "Enter the name of the municipality.";
        ErrMunicipalityTwice => "Deze gemeente staat er al in.", "This municipality is in the list already.";
        ErrGridEmpty => "Kies eerst minstens één persona en één gemeente bij Voorbereiden.", "First choose at least one persona and one municipality under Prepare.";
        BackToTest => "← Terug naar de persona-toets", "← Back to the persona test";
    }

    /// A text of the persona test with placeholders, holding their values.
    templates PersonaTestMsg {
        Summary { personas, municipalities } => "persona's: {personas}, gemeenten: {municipalities}", "personas: {personas}, municipalities: {municipalities}";
        ScoreLabel { name, municipality } => "Score voor {name} in {municipality}", "Score for {name} in {municipality}";
        TextLabel { name, municipality } => "Toelichting voor {name} in {municipality}", "Explanation for {name} in {municipality}";
        ScoreOf { score } => "{score} van 5", "{score} out of 5";
        AverageOf { municipality, average } => "Gemiddelde voor {municipality}: {average}", "Average for {municipality}: {average}";
    }
}

impl FormTexts for super::PersonaTest {
    type Key = PersonaTestKey;
    type Msg = PersonaTestMsg;
    const NAME: crate::i18n::Text = crate::i18n::Text::PersonaTest(PersonaTestKey::Title);
}

/// Texts that become data: persona-test questions stored with the test and filled
/// later with a persona's name and a municipality, each language in its own words
/// (`{naam}`, `{gemeente}` / `{name}`, `{municipality}`; see [`super::fill_question`]).
/// Plain texts: not templates, as `fill_question` fills their placeholders.
pub const QUESTION_TEMPLATES: &[PersonaTestKey] = &[
    PersonaTestKey::QuestionsHint,
    PersonaTestKey::DefaultCentral,
    PersonaTestKey::DefaultSub1,
    PersonaTestKey::DefaultSub2,
    PersonaTestKey::DefaultSub3,
];
