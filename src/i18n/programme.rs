//! The texts of the programme (draaiboek) and the method library, Dutch
//! first, then English: a part of its own, next to the work forms' parts.

use super::catalogue;

catalogue! {
    /// A text of the programme or the library without placeholders.
    plain ProgrammeKey {
        FieldBlockTitle => "Titel van het blok", "Title of the block";
        FieldMinutes => "Minuten", "Minutes";
        FieldSteps => "Wat er gebeurt", "What happens";
        FieldMaterials => "Materialen (één per regel)", "Materials (one per line)";
        FieldTips => "Tips", "Tips";
        FieldLeader => "Wie leidt het", "Who leads it";
        FieldNotes => "Aantekeningen voor de begeleider", "Notes for the facilitator";
        FieldStartTime => "Begintijd", "Start time";
        FieldBlocks => "Blokken", "Blocks";
        ErrMinutes => "Een blok duurt 1 tot 480 minuten. Vul een heel getal in.", "A block lasts 1 to 480 minutes. Fill in a whole number.";
        ErrStartTime => "Deze begintijd bestaat niet. Schrijf hem als 13:30.", "This start time does not exist. Write it as 13:30.";
        ErrEmpty => "Het programma heeft nog geen blokken.", "The programme has no blocks yet.";
        Programme => "Programma", "Programme";
        KindWelcome => "Welkom", "Welcome";
        KindIntroductions => "Kennismaking", "Getting to know each other";
        KindExplanation => "Uitleg", "Explanation";
        KindBreak => "Pauze", "Break";
        KindEnergizer => "Energizer", "Energiser";
        KindEvaluation => "Evaluatie", "Evaluation";
        KindClosing => "Afsluiting", "Closing";
        KindFree => "Vrij blok", "Free block";
        ColumnBegins => "Begin", "Start";
        ColumnEnds => "Einde", "End";
        ColumnMinutes => "Minuten", "Minutes";
        ColumnBlock => "Blok", "Block";
        ColumnKind => "Soort", "Kind";
        ColumnGoal => "Doel", "Goal";
        ColumnSteps => "Wat er gebeurt", "What happens";
        ColumnMaterials => "Materialen", "Materials";
        ColumnTips => "Tips", "Tips";
        ColumnLeader => "Wie", "Who";
        OpenProgramme => "Programma (draaiboek)", "Programme (run sheet)";
        ProgrammeIntro => "Zet de onderdelen van de bijeenkomst op volgorde. Met een begintijd rekent de app voor elk blok uit hoe laat het begint.", "Put the parts of the meeting in order. With a start time the app works out when each block begins.";
        StartTimeHint => "Bijvoorbeeld 13:30. Leeg laten mag.", "For example 13:30. May stay empty.";
        FieldKind => "Soort blok", "Kind of block";
        NewBlock => "Nieuw blok", "New block";
        EditBlock => "Blok bewerken", "Edit block";
        AddBlock => "Blok toevoegen", "Add block";
        MoveUp => "Omhoog", "Up";
        MoveDown => "Omlaag", "Down";
        DragHandle => "Sleep om het blok te verplaatsen", "Drag to move the block";
        NoBlocks => "Nog geen blokken. Voeg er een toe, of kies een methode uit de bibliotheek.", "No blocks yet. Add one, or choose a method from the library.";
        FromLibrary => "Kies uit de methodenbibliotheek", "Choose from the method library";
        RunProgramme => "Draaiboek draaien", "Run the programme";
        FormGone => "Deze werkvorm staat niet meer in de bijeenkomst.", "This work form is no longer in the workshop.";
        PackingList => "Paklijst", "Packing list";
        PackingEmpty => "Vul bij de blokken materialen in. Ze komen hier samen op één lijst.", "Fill in materials at the blocks. They come together here on one list.";
        BackToProgramme => "← Terug naar het programma", "← Back to the programme";
        BackToRun => "← Terug naar het draaiboek", "← Back to the run sheet";
        NowOn => "Nu bezig", "Now";
        NextUp => "Hierna", "Next";
        NextBlock => "Volgende blok", "Next block";
        PreviousBlock => "Vorig blok", "Previous block";
        StartRun => "Begin met het eerste blok", "Start with the first block";
        StopRun => "Stoppen met draaien", "Stop running";
        Finished => "Het programma is klaar.", "The programme is done.";
        OnSchedule => "Op schema", "On schedule";
        OpenForm => "Werkvorm openen", "Open the work form";
        LastBlock => "Dit is het laatste blok.", "This is the last block.";
        BlockTimer => "Tijd van dit blok", "Time of this block";
        NotRunning => "Het programma draait nog niet.", "The programme is not running yet.";
        LibraryTitle => "Methodenbibliotheek", "Method library";
        LibraryNav => "Methoden", "Methods";
        LibraryIntro => "Werkvormen en oefeningen uit de handleidingen, om in een programma te zetten.", "Work forms and exercises from the guides, to put into a programme.";
        Search => "Zoeken", "Search";
        AnyKind => "Alle soorten", "All kinds";
        FitsMinutes => "Past in (minuten)", "Fits in (minutes)";
        GroupSize => "Aantal mensen", "Number of people";
        Steps => "Zo gaat het", "How it goes";
        Preparation => "Voorbereiden", "Preparation";
        RunsInApp => "De app heeft deze werkvorm", "The app runs this work form";
        AddToProgramme => "Aan programma toevoegen", "Add to programme";
        ChooseWorkshop => "Aan welke bijeenkomst?", "To which workshop?";
        NoWorkshops => "Maak eerst een bijeenkomst; dan kun je methoden in het programma zetten.", "First make a workshop; then you can put methods into its programme.";
        NoMatch => "Geen methode past bij deze keuze.", "No method fits this choice.";
        SeedExercises => "Twee oefeningen voor bijeenkomsten", "Two exercises for meetings";
        SeedTraining => "Training over het ondersteuningsgesprek", "Training on the support conversation";
        SeedMunicipalities => "Handreiking voor gemeenten", "Guide for municipalities";
        SeedToolbox => "Gereedschapskist om inwoners te betrekken", "Toolbox to involve residents";
        TemplateRegional => "Regio-overleg van twee uur", "Two-hour regional meeting";
        TemplateRegionalAbout => "Persona-toets en wereldcafé met collega's uit de regio en ervaringsdeskundigen.", "Persona test and World Café with colleagues from the region and people with lived experience.";
        TemplateTraining => "Trainingsmodule van vier uur", "Four-hour training module";
        TemplateTrainingAbout => "Kennis, een casus, rollenspel en een placemat, met pauze en evaluatie.", "Knowledge, a case, role play and a placemat, with a break and an evaluation.";
        TemplateKickoff => "Aftrap: ambities en acties", "Kick-off: ambitions and actions";
        TemplateKickoffAbout => "Kennismaken, standpunten op de kaart, wat ieder bijdraagt en wie wat gaat doen.", "Getting to know each other, positions on the map, what each brings and who does what.";
        Templates => "Begin met een kant-en-klaar programma", "Start from a ready programme";
        UseTemplate => "Dit programma gebruiken", "Use this programme";
        CopyFrom => "Programma kopiëren uit een andere bijeenkomst", "Copy the programme of another workshop";
        CopyButton => "Kopiëren", "Copy";
        ExportCsv => "Programma (spreadsheet)", "Programme (spreadsheet)";
        FileSuffix => "programma", "programme";
        Projector => "Projectiescherm", "Projector screen";
        Print => "Afdrukken of als pdf bewaren", "Print or save as PDF";
        SeedRegional => "Inspiratiegids voor regionale samenwerking", "Inspiration guide for regional cooperation";
    }

    /// A text of the programme or the library with placeholders.
    templates ProgrammeMsg {
        Minutes { n } => "{n} min", "{n} min";
        Total { time } => "Samen {time}", "Together {time}";
        TotalFromTo { time, begins, ends } => "Samen {time}, van {begins} tot {ends}", "Together {time}, from {begins} to {ends}";
        HoursMinutes { hours, minutes } => "{hours} uur {minutes} min", "{hours} h {minutes} min";
        MoveUpNamed { title } => "{title} omhoog", "Move {title} up";
        MoveDownNamed { title } => "{title} omlaag", "Move {title} down";
        Moved { title } => "“{title}” staat op een andere plek.", "“{title}” was moved.";
        DuplicateNamed { title } => "{title} dupliceren", "Duplicate {title}";
        Behind { n } => "{n} min achter op schema", "{n} min behind schedule";
        Ahead { n } => "{n} min voor op schema", "{n} min ahead of schedule";
        Ends { planned, expected } => "Gepland einde {planned}, verwacht einde {expected}", "Planned end {planned}, expected end {expected}";
        BlockOf { n, all } => "Blok {n} van {all}", "Block {n} of {all}";
        PackedCount { done, all } => "{done} van {all} ingepakt", "{done} of {all} packed";
        ForBlocks { blocks } => "voor {blocks}", "for {blocks}";
        MinutesRange { low, high } => "{low}–{high} min", "{low}–{high} min";
        PeopleRange { low, high } => "{low}–{high} personen", "{low}–{high} people";
        FromSeed { seed } => "Bron: {seed}", "Source: {seed}";
        Added { title, workshop } => "{title} staat nu in het programma van {workshop}.", "{title} is now in the programme of {workshop}.";
        ErrTooLong { hours } => "Een programma duurt hoogstens {hours} uur. Maak een blok korter of haal er een weg.", "A programme lasts at most {hours} hours. Make a block shorter or take one out.";
    }
}
