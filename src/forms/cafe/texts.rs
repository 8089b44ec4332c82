//! The wereldcafé's own texts, Dutch first, then English (shared texts are in
//! `i18n`).

use crate::forms::FormTexts;
use crate::i18n::catalogue;

catalogue! {
    /// A text of the café without placeholders.
    plain CafeKey {
        Title => "Wereldcafé", "World Café";
        AddCafe => "Wereldcafé toevoegen", "Add World Café";
        Steps => "Onderdelen van het café", "Parts of the café";
        StepPrepare => "1. Voorbereiden", "1. Prepare";
        StepRounds => "2. Rondes", "2. Rounds";
        StepHarvest => "3. Oogst", "3. Harvest";
        About => "Over het café", "About the café";
        NameField => "Naam van het café", "Name of the café";
        StoryField => "Openingsverhaal (aantekeningen)", "Opening story (notes)";
        ThemeField => "Thema", "Theme";
        RoundsTitle => "Rondes en vragen", "Rounds and questions";
        RoundCountField => "Aantal rondes (1 tot en met 5)", "Number of rounds (1 to 5)";
        RoundMinutesField => "Minuten per ronde (5 tot en met 45)", "Minutes per round (5 to 45)";
        QuestionField => "Vraag", "Question";
        TablesTitle => "Tafels en gastvrouwen of gastheren", "Tables and hosts";
        TableCountField => "Aantal tafels (1 tot en met 30)", "Number of tables (1 to 30)";
        TableNameField => "Naam van de tafel", "Name of the table";
        HostField => "Gastvrouw of gastheer", "Host";
        ParticipantsField => "Deelnemers (één naam per regel, mag leeg blijven)", "Participants (one name per line, may stay empty)";
        Rules => "Caféregels", "Café rules";
        RulesField => "Regels (één per regel)", "Rules (one per line)";
        RulesReset => "Standaardregels terugzetten", "Restore the standard rules";
        // The standard rules: data, stored with each new café (`CAFE_RULES`).
        Rule1 => "Richt je op wat er echt toe doet.", "Focus on what really matters.";
        Rule2 => "Doe mee: vertel wat jij denkt.", "Join in: say what you think.";
        Rule3 => "Praat vanuit je gevoel én je hoofd.", "Speak from your feelings and your head.";
        Rule4 => "Luister om de ander echt te snappen.", "Listen to really understand the other person.";
        Rule5 => "Zoek verbanden tussen de ideeën.", "Look for links between the ideas.";
        Rule6 => "Luister naar wat nieuw is en naar betere vragen.", "Listen for what is new and for better questions.";
        Rule7 => "Schrijf, krabbel en teken op het tafelkleed.", "Write, doodle and draw on the tablecloth.";
        Rule8 => "Heb plezier samen.", "Enjoy it together.";
        RoundPicker => "Kies een ronde", "Choose a round";
        NoQuestion => "(nog geen vraag)", "(no question yet)";
        CloseRound => "Ronde afronden", "Finish the round";
        Sound => "Geluid bij het einde van de ronde", "Sound at the end of the round";
        TimerControls => "Tijd van de ronde", "Time of the round";
        Tables => "Tafels", "Tables";
        PreviousGroup => "Wat de vorige groep besprak", "What the previous group discussed";
        NoPreviousSummary => "De vorige groep schreef geen samenvatting.", "The previous group wrote no summary.";
        NotesEmpty => "Nog geen notities op dit tafelkleed.", "No notes on this tablecloth yet.";
        SummaryField => "Samenvatting door de gastvrouw of gastheer: belangrijkste ideeën en vragen", "Summary by the host: main ideas and questions";
        SummaryHint => "Aan het eind van de ronde: twee of drie regels voor de volgende groep.", "At the end of the round: two or three lines for the next group.";
        NotesOfCloth => "Notities", "Notes";
        ProjectorRound => "Ronde en tijd", "Round and time";
        ProjectorNoRound => "Nog geen ronde gestart.", "No round started yet.";
        ErrTableNameEmpty => "Geef de tafel een naam.", "Give the table a name.";
        ErrRoundLength => "Een ronde duurt 5 tot en met 45 minuten.", "A round lasts 5 to 45 minutes.";
        ErrRoundCount => "Een wereldcafé heeft 1 tot en met 5 rondes.", "A World Café has 1 to 5 rounds.";
        ErrTableCount => "Een wereldcafé heeft 1 tot en met 30 tafels.", "A World Café has 1 to 30 tables.";
        ReportSummary => "Samenvatting", "Summary";
        HandOverTable => "Deze tafel afgeven als bestand", "Hand over this table as a file";
        BackToCafe => "← Terug naar het wereldcafé", "← Back to the World Café";
    }

    /// A text of the café with placeholders, holding their values.
    templates CafeMsg {
        Summary { tables, rounds, notes } => "tafels: {tables}, rondes: {rounds}, notities: {notes}", "tables: {tables}, rounds: {rounds}, notes: {notes}";
        QuestionLabel { n } => "Vraag voor ronde {n}", "Question for round {n}";
        TableNameLabel { n } => "Naam van tafel {n}", "Name of table {n}";
        HostLabel { n } => "Gastvrouw of gastheer van tafel {n}", "Host of table {n}";
        DefaultTable { n } => "Tafel {n}", "Table {n}";
        RoundN { n } => "Ronde {n}", "Round {n}";
        RoundOfTotal { n, total } => "Ronde {n} van {total}", "Round {n} of {total}";
        StartRound { n } => "Start ronde {n}", "Start round {n}";
        RestartRound { n } => "Ronde {n} opnieuw starten", "Start round {n} again";
        HostLine { host } => "Gastvrouw of gastheer: {host}", "Host: {host}";
        Tablecloth { table, n } => "Tafelkleed: {table}, ronde {n}", "Tablecloth: {table}, round {n}";
        ErrQuestionEmpty { round } => "Ronde {round} heeft nog geen vraag. Vul de vraag in bij Voorbereiden.", "Round {round} has no question yet. Fill it in under Prepare.";
        ErrRoundUnderWay { round } => "Ronde {round} loopt nog. Rond die eerst af met ‘Ronde afronden’.", "Round {round} is still under way. First finish it with ‘Finish the round’.";
        ErrRoundInUse { round } => "Ronde {round} heeft al notities of loopt; die ronde blijft staan.", "Round {round} already has notes or is running; that round stays.";
        ErrTableInUse { table } => "{table} heeft al notities of een samenvatting; die tafel blijft staan.", "{table} already has notes or a summary; that table stays.";
    }
}

impl FormTexts for super::Cafe {
    type Key = CafeKey;
    type Msg = CafeMsg;
    const NAME: crate::i18n::Text = crate::i18n::Text::Cafe(CafeKey::Title);
}

/// The standard café rules, stored with each new café in the interface's language.
pub const CAFE_RULES: &[CafeKey] = &[
    CafeKey::Rule1,
    CafeKey::Rule2,
    CafeKey::Rule3,
    CafeKey::Rule4,
    CafeKey::Rule5,
    CafeKey::Rule6,
    CafeKey::Rule7,
    CafeKey::Rule8,
];
