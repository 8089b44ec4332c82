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
    }

    /// A text of the programme or the library with placeholders.
    templates ProgrammeMsg {
        Minutes { n } => "{n} min", "{n} min";
        Total { time } => "Samen {time}", "Together {time}";
        TotalFromTo { time, begins, ends } => "Samen {time}, van {begins} tot {ends}", "Together {time}, from {begins} to {ends}";
        HoursMinutes { hours, minutes } => "{hours} uur {minutes} min", "{hours} h {minutes} min";
        ErrTooLong { hours } => "Een programma duurt hoogstens {hours} uur. Maak een blok korter of haal er een weg.", "A programme lasts at most {hours} hours. Make a block shorter or take one out.";
    }
}
