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
        ExportWord => "Verslag als Word-bestand (.docx)", "Report as a Word file (.docx)";
    }

    /// A text of the report with placeholders.
    templates ReportMsg {
        ThemeOfForm { theme, form } => "{theme} ({form})", "{theme} ({form})";
        PageOf { page, pages } => "Pagina {page} van {pages}", "Page {page} of {pages}";
    }
}
