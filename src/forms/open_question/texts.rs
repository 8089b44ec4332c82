//! The open question's own texts, Dutch first, then English (shared texts are in
//! `i18n`).

use crate::forms::FormTexts;
use crate::i18n::catalogue;

catalogue! {
    /// A text of the open question without placeholders.
    plain OpenQuestionKey {
        Title => "Losse vraag", "Open question";
        AddOpenQuestion => "Losse vraag toevoegen", "Add open question";
        Intro => "Eén vraag aan iedereen in de zaal, bijvoorbeeld om te beginnen of om af te sluiten. Zet hem uit naar telefoons of schrijf gezegde antwoorden hier op.", "One question to everyone in the room, for instance to open or to close. Put it out to phones or write spoken answers down here.";
        QuestionField => "Vraag", "Question";
        NewReply => "Antwoord opschrijven", "Write an answer down";
        ReplyField => "Antwoord", "Answer";
        AddReply => "Antwoord toevoegen", "Add answer";
        AnswerKind => "Antwoord", "Answer";
        ErrAnswerEmpty => "Schrijf eerst iets in het antwoord.", "First write something in the answer.";
        BackToQuestion => "← Terug naar de losse vraag", "← Back to the open question";
    }

    /// A text of the open question with placeholders, holding their values.
    templates OpenQuestionMsg {
        Summary { answers } => "antwoorden: {answers}", "answers: {answers}";
        Replies { n } => "Antwoorden ({n})", "Answers ({n})";
    }
}

impl FormTexts for super::OpenQuestion {
    type Key = OpenQuestionKey;
    type Msg = OpenQuestionMsg;
    const NAME: crate::i18n::Text = crate::i18n::Text::OpenQuestion(OpenQuestionKey::Title);
}
