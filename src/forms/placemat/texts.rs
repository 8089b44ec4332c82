//! The placemat's own texts, Dutch first, then English (shared texts are in
//! `i18n`).

use super::Phase;
use crate::forms::FormTexts;
use crate::i18n::catalogue;

catalogue! {
    /// A text of the placemat without placeholders.
    plain PlacematKey {
        Title => "Placemat", "Placemat";
        AddPlacemat => "Placemat toevoegen", "Add placemat";
        Steps => "Onderdelen van de placemat", "Parts of the placemat";
        StepPrepare => "Voorbereiden", "Prepare";
        StepMats => "Placemats", "Placemats";
        StepPlenary => "Plenair", "Plenary";
        Phases => "Fasen", "Phases";
        PhaseIndividual => "1. Zelf schrijven", "1. Write on your own";
        PhaseSharing => "2. Delen", "2. Share";
        PhaseConsensus => "3. Samen het midden vullen", "3. Fill the middle together";
        PhasePlenary => "4. Plenair", "4. Plenary";
        HintIndividual => "Ieder schrijft in het eigen veld de eigen antwoorden op de vraag. Nog niet overleggen: de velden gaan open in fase 2.", "Everyone writes their own answers to the question in their own field. No talking yet: the fields open in phase 2.";
        HintSharing => "Lees elkaars velden en vraag door. Tik bij een notitie op ♥ met je eigen naam als die jou aanspreekt.", "Read each other's fields and ask questions. On a note that speaks to you, tap ♥ with your own name.";
        HintConsensus => "Wat delen jullie? Zet dat in het midden: kopieer een notitie of schrijf een nieuw thema.", "What do you share? Put it in the middle: copy a note or write a new theme.";
        HintPlenary => "De groepen laten hun midden zien. Koppel thema's die bij meer groepen terugkomen.", "The groups present their middle. Link themes that come back in several groups.";
        TimerControls => "Tijd van de fase", "Time of the phase";
        ClosePhase => "Tijd stoppen", "Stop the time";
        StartTime => "Tijd starten", "Start the time";
        RestartTime => "Tijd opnieuw starten", "Start the time again";
        Sound => "Geluid bij het einde van de fase", "Sound at the end of the phase";
        Start => "Start fase 1: zelf schrijven", "Start phase 1: write on your own";
        StartHint => "Alles klaar? Start de eerste fase; de tijd gaat dan lopen.", "All set? Start the first phase; the time starts running.";
        StartedAlready => "De placemat is gestart. Kies een fase bij ‘Placemats’.", "The placemat has started. Choose a phase under ‘Placemats’.";
        QuestionTitle => "De centrale vraag", "The central question";
        QuestionField => "Vraag voor alle groepen", "Question for all groups";
        Examples => "Voorbeelden om mee te beginnen", "Examples to start from";
        Example1 => "Wat kun jij zelf doen om inwoners in de wijk beter te steunen, en wie heb je daarbij nodig?", "What can you do yourself to support residents in the neighbourhood better, and who do you need for it?";
        Example2 => "Welke hulp en voorzieningen ontbreken nu in onze sociale kaart?", "Which help and services are missing from our social map now?";
        Example3 => "Wanneer voelt een inwoner zich echt gehoord door ons?", "When does a resident truly feel heard by us?";
        Example4 => "Wat moet er anders in hoe wij samenwerken met andere organisaties?", "What should change in how we work with other organisations?";
        UseExample => "Gebruik deze vraag", "Use this question";
        SizeTitle => "Groepen en tijd", "Groups and time";
        GroupCountField => "Aantal groepen (1 tot en met 20)", "Number of groups (1 to 20)";
        PersonCountField => "Personen per groep (3 tot en met 6)", "People per group (3 to 6)";
        MinutesTitle => "Minuten per fase", "Minutes per phase";
        MinutesIndividual => "Zelf schrijven (minuten)", "Writing on your own (minutes)";
        MinutesSharing => "Delen (minuten)", "Sharing (minutes)";
        MinutesConsensus => "Samen het midden (minuten)", "The middle together (minutes)";
        NamesTitle => "Namen", "Names";
        NamesHint => "Namen van personen mogen leeg blijven, of een schuilnaam zijn.", "Names of persons may stay empty, or be a pseudonym.";
        GroupNameField => "Naam van de groep", "Name of the group";
        Groups => "Groepen", "Groups";
        ToMiddle => "Naar het midden", "To the middle";
        InMiddle => "Staat in het midden", "In the middle";
        Middle => "Midden: wat we delen", "Middle: what we share";
        MiddleEmpty => "Nog niets in het midden.", "Nothing in the middle yet.";
        MiddleLater => "Het midden gaat open in fase 3.", "The middle opens in phase 3.";
        NewTheme => "Nieuw gedeeld thema", "New shared theme";
        AddTheme => "Toevoegen aan het midden", "Add to the middle";
        Add => "Toevoegen", "Add";
        NotePlaceholder => "Schrijf hier…", "Write here…";
        MiddleEmptyPlenary => "Deze groep heeft niets in het midden gezet.", "This group put nothing in the middle.";
        SharedThemes => "Thema's van meer groepen", "Themes of several groups";
        LinksLater => "Koppelen kan in fase 4, plenair.", "Linking is possible in phase 4, plenary.";
        NoSharedThemes => "Nog geen thema's. Voeg een thema toe en kies het bij de notities van elke groep.", "No themes yet. Add a theme and choose it for the notes of each group.";
        SharedThemeField => "Nieuw thema voor meer groepen", "New theme for several groups";
        AddSharedTheme => "Thema toevoegen", "Add theme";
        NoSharedTheme => "Geen thema", "No theme";
        NamedByOne => "genoemd door 1 groep", "named by 1 group";
        ProjectorPhase => "Fase en tijd", "Phase and time";
        ProjectorMiddles => "Alle middens", "All middles";
        ProjectorNotStarted => "De placemat is nog niet gestart.", "The placemat has not started yet.";
        ErrPhaseLength => "Een fase duurt 1 tot en met 60 minuten.", "A phase lasts 1 to 60 minutes.";
        ErrGroupCount => "Een placemat-sessie heeft 1 tot en met 20 groepen.", "A placemat session has 1 to 20 groups.";
        ErrPersonCount => "Een placemat heeft 3 tot en met 6 personen.", "A placemat has 3 to 6 persons.";
        ErrGroupNameEmpty => "Geef de groep een naam.", "Give the group a name.";
        ErrNotStarted => "De placemat is nog niet gestart. Start eerst fase 1.", "The placemat has not started yet. First start phase 1.";
        ErrFieldsClosed => "In fase 4 liggen de velden vast. Ga terug naar een eerdere fase om ze te wijzigen.", "In phase 4 the fields are fixed. Go back to an earlier phase to change them.";
        ErrMarksClosed => "Aantikken wat je aanspreekt kan in fase 2, delen.", "Marking what speaks to you is possible in phase 2, share.";
        ErrMiddleClosed => "Het midden gaat open in fase 3.", "The middle opens in phase 3.";
        ErrLinksClosed => "Thema's koppelen kan in fase 4, plenair.", "Linking themes is possible in phase 4, plenary.";
        ErrOwnNote => "Je eigen notitie aantikken hoeft niet.", "No need to mark your own note.";
        ErrMiddleTwice => "Dit staat al in het midden.", "This is in the middle already.";
        CsvSharedTheme => "Gedeeld thema", "Shared theme";
        HandOverGroup => "Deze groep afgeven als bestand", "Hand over this group as a file";
        BackToPlacemat => "← Terug naar de placemat", "← Back to the placemat";
    }

    /// A text of the placemat with placeholders, holding their values.
    templates PlacematMsg {
        Summary { groups, persons, notes } => "groepen: {groups}, personen per groep: {persons}, notities: {notes}", "groups: {groups}, persons per group: {persons}, notes: {notes}";
        DefaultGroup { n } => "Groep {n}", "Group {n}";
        NextPhase { phase } => "Volgende fase: {phase}", "Next phase: {phase}";
        UseExampleNamed { question } => "Gebruik deze vraag: {question}", "Use this question: {question}";
        GroupNameLabel { n } => "Naam van groep {n}", "Name of group {n}";
        SeatNameLabel { n, group } => "Naam van persoon {n} (groep {group})", "Name of person {n} (group {group})";
        MatOf { group } => "Placemat van {group}", "Placemat of {group}";
        PersonN { n } => "Persoon {n}", "Person {n}";
        FieldOf { name } => "Veld van {name}", "Field of {name}";
        NewNoteOf { name } => "Nieuwe notitie van {name}", "New note by {name}";
        ResonatesWith { name, title } => "♥ {name} – spreekt mij aan: {title}", "♥ {name} – speaks to me: {title}";
        ToMiddleNamed { title } => "Naar het midden: {title}", "To the middle: {title}";
        MiddleOf { group } => "Midden van {group}", "Middle of {group}";
        ShowOwn { n } => "Mijn notities tonen ({n})", "Show my notes ({n})";
        HideOwn { n } => "Verbergen ({n})", "Hide ({n})";
        ThemeFor { title, group } => "Thema voor ‘{title}’ ({group})", "Theme for ‘{title}’ ({group})";
        NamedBy { n } => "genoemd door {n} groepen", "named by {n} groups";
        ErrGroupInUse { group } => "{group} heeft al notities; die groep blijft staan.", "{group} already has notes; that group stays.";
        ErrSeatInUse { seat, group } => "Persoon {seat} van {group} heeft al notities; dat veld blijft staan.", "Person {seat} of {group} already has notes; that field stays.";
    }
}

impl FormTexts for super::Placemat {
    type Key = PlacematKey;
    type Msg = PlacematMsg;
    const NAME: crate::i18n::Text = crate::i18n::Text::Placemat(PlacematKey::Title);
}

/// The label of a phase ("1. Zelf schrijven").
pub(crate) fn phase_label(phase: Phase) -> PlacematKey {
    match phase {
        Phase::Individual => PlacematKey::PhaseIndividual,
        Phase::Sharing => PlacematKey::PhaseSharing,
        Phase::Consensus => PlacematKey::PhaseConsensus,
        Phase::Plenary => PlacematKey::PhasePlenary,
    }
}
