//! The texts of a participant's phone page (`meedoen/`), Dutch first, then
//! English: a part of their own, so the phone's small program holds only these
//! and not the facilitator's whole catalogue.

use super::catalogue;

catalogue! {
    /// A text of the phone page without placeholders.
    plain ParticipantKey {
        Title => "Meedoen", "Take part";
        BadCode => "Deze code kan de app niet lezen. Vraag de begeleider om de code nog eens te laten zien.", "The app cannot read this code. Ask the facilitator to show the code again.";
        NewerCode => "Deze vraag komt uit een nieuwere versie van Werktafel. Laad de pagina opnieuw met internet.", "This question comes from a newer version of Werktafel. Reload the page with internet.";
        PickTable => "Aan welke tafel zit je?", "Which table are you at?";
        PickGroup => "In welke groep zit je?", "Which group are you in?";
        PickPerson => "Welk nummer heb jij op de placemat?", "Which number are you on the placemat?";
        PickPersona => "Over welke persona gaat je antwoord?", "Which persona is your answer about?";
        PickMunicipality => "In welke gemeente?", "In which municipality?";
        PickScore => "Hoe tevreden zou deze persona zijn? (mag je overslaan)", "How satisfied would this persona be? (you may skip this)";
        ScoreHint => "1 is helemaal niet tevreden, 5 is heel tevreden.", "1 is not satisfied at all, 5 is very satisfied.";
        Name => "Je naam of bijnaam (mag leeg blijven; je groep ziet hem)", "Your name or a nickname (may stay empty; your group sees it)";
        MoreAnswer => "Nog een antwoord", "Another answer";
        Done => "Klaar", "Done";
        NeedPlace => "Kies eerst waar je zit.", "First choose where you sit.";
        NeedCell => "Kies eerst een persona en een gemeente.", "First choose a persona and a municipality.";
        NeedScoreOrAnswer => "Kies een score of schrijf een antwoord.", "Choose a score or write an answer.";
        NeedAnswer => "Schrijf eerst een antwoord.", "First write an answer.";
        KeptHere => "Wat je schrijft, blijft op deze telefoon tot je het wist. De begeleider krijgt het pas als je je code laat scannen.", "What you write stays on this phone until you wipe it. The facilitator only gets it when you let your code be scanned.";
        EditingNote => "Is je code al gescand? Dan heeft de begeleider je eerste antwoord al en ziet die dat je het veranderd hebt; vraag het daar aan te passen.", "Was your code scanned already? Then the facilitator has your first answer and sees that you changed it; ask to change it there.";
        ShowCode => "Laat deze code zien aan de begeleider. Die scant hem met de tablet.", "Show this code to the facilitator, who scans it with the tablet.";
        CodeLabel => "Code met je antwoord", "Code with your answer";
        ShareFile => "Deel als bestand (voor een tablet zonder camera)", "Share as a file (for a tablet without a camera)";
        Edit => "Antwoord aanpassen", "Change the answer";
        Wipe => "Wissen van deze telefoon", "Wipe from this phone";
        Wiped => "Je antwoord is van deze telefoon gewist. Dank je wel!", "Your answer was wiped from this phone. Thank you!";
    }

    /// A text of the phone page with placeholders, holding their values.
    templates ParticipantMsg {
        PersonN { n } => "Persoon {n}", "Person {n}";
        AnswerN { n } => "Antwoord {n}", "Answer {n}";
        TooLong { max } => "Een antwoord mag hoogstens {max} tekens lang zijn.", "An answer may be at most {max} characters long.";
        CodeOf { i, n } => "Code {i} van {n}: de codes wisselen vanzelf.", "Code {i} of {n}: the codes change by themselves.";
    }
}
