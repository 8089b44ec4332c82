//! The texts of the report that is handed in (its head, *In het kort* and its
//! tables), Dutch first, then English: a part of its own, next to the
//! programme's.

use super::catalogue;

catalogue! {
    /// A text of the report without placeholders.
    plain ReportKey {
        InShort => "In het kort", "In short";
        KeyInsights => "Belangrijkste inzichten", "Key insights";
        Themes => "Thema's", "Themes";
        Actions => "Acties", "Actions";
        ColumnWhat => "Wat", "What";
        ColumnWho => "Wie", "Who";
        ColumnWhen => "Wanneer", "By when";
        ColumnTime => "Tijd", "Time";
        CountTables => "Tafels", "Tables";
        CountGroups => "Groepen", "Groups";
        CountParticipants => "Deelnemers", "Participants";
        ResidentTitle => "Terugkoppeling voor deelnemers", "Feedback for participants";
        ResidentIntro => "Bedankt dat u meedeed. Hier leest u wat we samen hebben opgehaald en wat we ermee gaan doen.", "Thank you for taking part. Here you can read what we gathered together and what we will do with it.";
        WhatWeAsked => "Wat we u vroegen", "What we asked you";
        WhatYouSaid => "Wat u zei", "What you said";
        WhatHappensNext => "Wat er nu gebeurt", "What happens next";
        ResidentThanks => "Heeft u nog vragen of ideeën? Laat het ons weten.", "Do you have questions or ideas? Let us know.";
        ResidentWithOwners => "Noem wie een actie oppakt", "Name who picks up each action";
        ShowOnScreen => "Op het scherm tonen", "Show on the screen";
        ExportWord => "Verslag als Word-bestand (.docx)", "Report as a Word file (.docx)";
    }

    /// A text of the report with placeholders.
    templates ReportMsg {
        ThemeOfForm { theme, form } => "{theme} ({form})", "{theme} ({form})";
        ResidentHeading { title } => "Terugkoppeling: {title}", "Feedback: {title}";
        MoreNotes { n } => "En nog {n} andere reacties.", "And {n} more responses.";
        ActionWho { action, who } => "{action} — {who}", "{action} — {who}";
        ActionWhen { action, when } => "{action} (klaar op {when})", "{action} (done by {when})";
        PageOf { page, pages } => "Pagina {page} van {pages}", "Page {page} of {pages}";
    }
}
