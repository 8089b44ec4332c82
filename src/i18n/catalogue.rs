//! The catalogue: one line per key, Dutch first, then English.

use super::Language;

/// Builds the `Key` enum and its texts; a key without both texts does not compile.
macro_rules! catalogue {
    ($($key:ident => $nl:literal, $en:literal;)*) => {
        /// A user-visible string.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        pub enum Key { $($key,)* }

        impl Key {
            /// Every key, for tests over the whole catalogue.
            pub const ALL: &'static [Key] = &[$(Key::$key,)*];

            /// The text in the given language.
            pub fn text(self, language: Language) -> &'static str {
                match language {
                    Language::Nl => match self { $(Key::$key => $nl,)* },
                    Language::En => match self { $(Key::$key => $en,)* },
                }
            }
        }
    };
}

catalogue! {
    AppName => "Werktafel", "Werktafel";
    AppTagline => "Werkvormen voor bijeenkomsten, ook zonder internet", "Work forms for workshops, also without internet";
    NavMain => "Hoofdmenu", "Main menu";
    NavWorkshops => "Bijeenkomsten", "Workshops";
    NavSettings => "Instellingen", "Settings";
    SwitchLanguage => "English", "Nederlands";
    SwitchLanguageLabel => "Switch to English", "Schakel naar Nederlands";

    SaveSaved => "Opgeslagen", "Saved";
    SaveFailed => "Niet opgeslagen: {reason}", "Not saved: {reason}";
    ReasonQuota => "de opslag is vol", "storage is full";
    ReasonUnavailable => "deze browser laat niets opslaan", "this browser does not allow storage";
    ReasonReadBack => "controle na opslaan mislukt", "check after saving failed";
    ReasonNewer => "een nieuwere versie van Werktafel heeft dit gewijzigd; herlaad de pagina", "a newer version of Werktafel changed this; reload the page";

    QuotaBanner => "Je laatste wijzigingen zijn niet opgeslagen, want de opslag van deze browser is vol. Ze staan nog in het geheugen: download nu alles als bestand, en maak daarna ruimte vrij.", "Your latest changes were not saved because this browser's storage is full. They are still in memory: download everything as a file now, then free up space.";
    UnavailableBanner => "Deze browser laat Werktafel niets opslaan (bijvoorbeeld in een privévenster). Wat je nu doet, is weg als je de pagina sluit. Download alles als bestand voor je stopt.", "This browser does not let Werktafel store anything (for example in a private window). What you do now is lost when you close the page. Download everything as a file before you stop.";
    DownloadEverything => "Alles downloaden (JSON)", "Download everything (JSON)";
    RetrySave => "Opnieuw opslaan", "Save again";

    QuarantineNotice => "Een deel van de opgeslagen gegevens kon niet gelezen worden. Het is apart gezet en niet weggegooid; je kunt het downloaden bij Instellingen.", "Some stored data could not be read. It was set aside, not thrown away; you can download it in Settings.";
    TooNewNotice => "Een deel van de gegevens is gemaakt met een nieuwere versie van Werktafel. Herlaad de pagina om het te zien.", "Some data was made with a newer version of Werktafel. Reload the page to see it.";
    ConflictNotice => "“{title}” is tegelijk in een ander tabblad gewijzigd. Beide versies zijn bewaard; de andere heet nu “{copy}”.", "“{title}” was changed in another tab at the same time. Both versions were kept; the other one is now called “{copy}”.";
    DeleteKeptNotice => "“{title}” is niet verwijderd: een ander tabblad heeft het net gewijzigd.", "“{title}” was not deleted: another tab has just changed it.";
    OpenSettings => "Naar instellingen", "Go to settings";
    Dismiss => "Sluiten", "Close";
    ConflictSuffix => " (uit ander tabblad)", " (from another tab)";
    CopySuffix => " (kopie)", " (copy)";

    HomeTitle => "Bijeenkomsten", "Workshops";
    HomeIntro => "Alles wat je hier maakt, blijft op dit apparaat en werkt ook zonder internet.", "Everything you make here stays on this device and works without internet too.";
    NewWorkshop => "Nieuwe bijeenkomst", "New workshop";
    EmptyList => "Nog geen bijeenkomsten. Maak de eerste aan met de knop hierboven.", "No workshops yet. Create the first one with the button above.";
    WorkshopList => "Lijst van bijeenkomsten", "List of workshops";
    Duplicate => "Dupliceren", "Duplicate";
    Delete => "Verwijderen", "Delete";
    DuplicateNamed => "{title} dupliceren", "Duplicate {title}";
    DeleteNamed => "{title} verwijderen", "Delete {title}";
    NoDate => "Geen datum", "No date";

    FormNewHeading => "Nieuwe bijeenkomst", "New workshop";
    FormEditHeading => "Bijeenkomst bewerken", "Edit workshop";
    FieldTitle => "Titel", "Title";
    FieldDate => "Datum", "Date";
    FieldPlace => "Plaats", "Place";
    FieldGoal => "Doel", "Goal";
    FieldFacilitator => "Begeleider", "Facilitator";
    Required => "(verplicht)", "(required)";
    Create => "Aanmaken", "Create";
    Save => "Opslaan", "Save";
    Cancel => "Annuleren", "Cancel";
    Edit => "Bewerken", "Edit";

    ErrTitleEmpty => "Geef de bijeenkomst een titel.", "Give the workshop a title.";
    ErrTooLong => "{field} mag hoogstens {max} tekens lang zijn.", "{field} may be at most {max} characters long.";
    ErrDate => "Dit is geen bestaande datum. Schrijf hem bijvoorbeeld als 22-11-2026.", "This is not a real date. Write it like 2026-11-22, for example.";
    ErrNotFound => "Deze bijeenkomst bestaat niet meer.", "This workshop no longer exists.";
    ErrDuplicateId => "Er ging iets mis bij het nummeren. Probeer het nog eens.", "Something went wrong with numbering. Please try again.";

    ToastDeleted => "“{title}” is verwijderd.", "“{title}” was deleted.";
    ToastDuplicated => "Kopie gemaakt: “{title}”.", "Copy made: “{title}”.";
    ToastSaved => "Wijzigingen opgeslagen.", "Changes saved.";
    Undo => "Ongedaan maken", "Undo";
    Notifications => "Meldingen", "Notifications";
    CloseSymbol => "×", "×";

    BackToList => "Terug naar bijeenkomsten", "Back to workshops";
    WorkshopNotFound => "Deze bijeenkomst staat niet (meer) op dit apparaat.", "This workshop is not (or no longer) on this device.";
    Details => "Gegevens", "Details";
    Empty => "—", "—";
    PageNotFound => "Deze pagina bestaat niet.", "This page does not exist.";

    SettingsTitle => "Instellingen", "Settings";
    LanguageHeading => "Taal", "Language";
    LangNl => "Nederlands", "Nederlands (Dutch)";
    LangEn => "English (Engels)", "English";
    StorageHeading => "Opslag op dit apparaat", "Storage on this device";
    StorageAppUsage => "Werktafel gebruikt {kb} kB van de lokale opslag van deze browser. Daar is meestal ongeveer 5 MB ruimte.", "Werktafel uses {kb} kB of this browser's local storage, which usually holds about 5 MB.";
    StorageEstimate => "Deze site gebruikt in totaal {used} van de {quota} die de browser toestaat.", "This site uses {used} in total of the {quota} the browser allows.";
    StorageEstimateUnknown => "Deze browser zegt niet hoeveel ruimte er is.", "This browser does not say how much space there is.";
    PersistGranted => "De browser bewaart deze gegevens blijvend.", "The browser keeps this data permanently.";
    PersistNotGranted => "De browser mag deze gegevens opruimen als er ruimte nodig is. Download dus regelmatig een back-up.", "The browser may clear this data when it needs space, so download a backup regularly.";
    BackupHeading => "Back-up", "Backup";
    BackupText => "Een back-up is één bestand met alles op dit apparaat. Bewaar het ergens anders, bijvoorbeeld op een usb-stick of in je mail.", "A backup is one file with everything on this device. Keep it somewhere else, for example on a USB stick or in your mail.";
    LastExported => "Laatst geëxporteerd: {when}", "Last exported: {when}";
    NeverExported => "Nog nooit geëxporteerd.", "Never exported yet.";
    BackupReminder => "Je bijeenkomsten staan alleen op dit apparaat. Download af en toe alles als back-up.", "Your workshops are only on this device. Download everything as a backup now and then.";
    QuarantineHeading => "Apart gezette gegevens", "Data set aside";
    QuarantineText => "Deze gegevens konden niet gelezen worden. Download ze om ze te bewaren of te laten bekijken, en gooi ze daarna weg.", "This data could not be read. Download it to keep it or have it looked at, then throw it away.";
    QuarantineNone => "Er is niets apart gezet.", "Nothing has been set aside.";
    QuarantineItem => "Oorspronkelijke sleutel: {key}", "Original key: {key}";
    Download => "Downloaden", "Download";
    Discard => "Weggooien", "Throw away";
    EraseHeading => "Alle gegevens op dit apparaat wissen", "Erase all data on this device";
    EraseText => "Dit verwijdert alle bijeenkomsten, persona's en instellingen van Werktafel op dit apparaat, en dat kan niet ongedaan worden. Download eerst een back-up.", "This removes all Werktafel workshops, personas and settings on this device, and cannot be undone. Download a backup first.";
    EraseConfirmLabel => "Typ WISSEN om te bevestigen", "Type ERASE to confirm";
    EraseWord => "WISSEN", "ERASE";
    EraseButton => "Alles wissen", "Erase everything";
    EraseMismatch => "Typ precies het woord WISSEN om alles te wissen.", "Type exactly the word ERASE to erase everything.";
    Erased => "Alle gegevens van Werktafel op dit apparaat zijn gewist.", "All Werktafel data on this device has been erased.";

    NetworkOnline => "Online", "Online";
    NetworkOffline => "Offline", "Offline";
    NetworkLabel => "Netwerk: ", "Network: ";
    OfflineReady => "Klaar: Werktafel werkt nu op dit apparaat ook zonder internet.", "Ready: Werktafel now works on this device without internet too.";
    UpdateReady => "Nieuwe versie beschikbaar", "New version available";
    Reload => "Herladen", "Reload";

    NavInvite => "Uitnodigen", "Invite";
    InviteTitle => "Deelnemers uitnodigen", "Invite participants";
    InviteIntro => "Laat deelnemers deze code scannen met de camera van hun telefoon. Dan opent Werktafel op hun eigen toestel.", "Let participants scan this code with their phone's camera. Werktafel then opens on their own device.";
    QrLabel => "QR-code met het adres {address}", "QR code with the address {address}";
    CopyAddress => "Adres kopiëren", "Copy address";
    Copied => "Adres gekopieerd.", "Address copied.";
    CopyFailed => "Kopiëren lukte niet. Schrijf het adres over.", "Copying did not work. Write the address down.";
    Project => "Projecteren", "Project";
    ChangeAddress => "Ander adres instellen", "Set another address";
    WarnLocal => "Dit adres werkt alleen op dit apparaat: telefoons van deelnemers kunnen het niet openen. Stel bij Instellingen het openbare adres van de app in.", "This address only works on this device: participants' phones cannot open it. Set the app's public address in Settings.";
    WarnInsecure => "Dit adres begint met http:// zonder s. Deelnemers kunnen de app dan wel openen, maar niet zonder internet gebruiken. Gebruik een https-adres.", "This address starts with http:// without s. Participants can open the app, but not use it without internet. Use an https address.";
    QrTooLong => "Dit adres is te lang voor een QR-code.", "This address is too long for a QR code.";
    AddressHeading => "Adres voor deelnemers", "Address for participants";
    AddressText => "De QR-code bij Uitnodigen wijst standaard naar het adres waarop je Werktafel nu gebruikt. Staat de app voor deelnemers op een ander adres, vul dat hier in.", "By default the QR code under Invite points to the address you are using Werktafel at now. If the app is published for participants at another address, enter it here.";
    AddressLabel => "Openbaar adres van Werktafel", "Public address of Werktafel";
    AddressInUse => "Nu gebruikt: {address}", "In use now: {address}";
    SaveAddress => "Adres opslaan", "Save address";
    ResetAddress => "Huidig adres gebruiken", "Use the current address";
    AddressSaved => "Adres opgeslagen.", "Address saved.";
    ErrAddressEmpty => "Vul een webadres in.", "Enter a web address.";
    ErrAddressScheme => "Een webadres begint met https:// (of http://).", "A web address starts with https:// (or http://).";
    ErrAddressHost => "Na https:// komt de naam van de website, bijvoorbeeld https://werktafel.gemeente.nl/.", "After https:// comes the name of the website, for example https://werktafel.example.org/.";
    ErrAddressChars => "Een webadres mag geen spaties bevatten.", "A web address may not contain spaces.";
    ErrAddressLong => "Dit adres is te lang: hoogstens 500 tekens.", "This address is too long: at most 500 characters.";

    CrashMessage => "Er ging iets mis in Werktafel. Wat al opgeslagen was, is veilig. Herlaad de pagina om verder te gaan.", "Something went wrong in Werktafel. What was already saved is safe. Reload the page to continue.";

    // Persona's
    NavPersonas => "Persona's", "Personas";
    PersonasTitle => "Persona's", "Personas";
    PersonasIntro => "Persona's zijn verzonnen inwoners, gebouwd op echte feiten over een groep. Ze groeien mee met wat jullie leren en zijn te gebruiken in elke bijeenkomst.", "Personas are made-up residents built on real facts about a group. They grow with what you learn and can be used in any workshop.";
    PersonasEmpty => "Er zijn nog geen persona's. Maak er zelf een, of begin met de voorbeelden uit de praktijk van cliëntondersteuning.", "There are no personas yet. Make one yourself, or start with the examples from client support practice.";
    AddExamples => "Voorbeelden toevoegen", "Add examples";
    NewPersona => "Nieuwe persona", "New persona";
    EditPersona => "Persona bewerken", "Edit persona";
    PersonaList => "Persona's", "Personas";
    PersonaNotFound => "Deze persona bestaat niet (meer) op dit apparaat.", "This persona does not exist (any more) on this device.";
    BackToPersonas => "← Terug naar persona's", "← Back to personas";
    Search => "Zoeken", "Search";
    SearchPersonasHint => "Naam, label of tekst", "Name, tag or text";
    PersonasFound => "{count} gevonden", "{count} found";
    PrintPersonas => "Afdrukken (een per pagina)", "Print (one per page)";
    Print => "Afdrukken", "Print";
    PersonaExampleBadge => "Voorbeeld", "Example";
    PersonaAgeYears => "{age} jaar", "{age} years old";
    PersonaAboutSection => "Wie is het?", "Who is it?";
    PersonaSituation => "Situatie", "Situation";
    PersonaQuestionSection => "De vraag", "The question";
    PersonaWishesSection => "Wensen en drempels", "Wishes and barriers";
    PersonaRoleplaySection => "Voor rollenspel", "For role-play";
    PersonaCoCreated => "Samen met de doelgroep gemaakt.", "Made together with the target group.";
    PersonaNotCoCreated => "Niet samen met de doelgroep gemaakt.", "Not made together with the target group.";
    FieldName => "Naam", "Name";
    FieldAge => "Leeftijd", "Age";
    FieldPersonaPlace => "Woonplaats of gemeente", "Town or municipality";
    FieldHousehold => "Huishouden en woonsituatie", "Household and living situation";
    FieldDaytime => "Werk, school of dagbesteding", "Work, school or day activities";
    FieldHealth => "Gezondheid en beperking", "Health and disability";
    FieldTags => "Doelgroepen", "Target groups";
    TagSuggestions => "LVB, ggz, ouderen, jeugd, mantelzorger, dak- en thuisloos", "mild intellectual disability, mental health, older people, youth, carer, homeless";
    OwnTag => "Eigen label", "Own tag";
    AddTag => "Label toevoegen", "Add tag";
    RemoveTagNamed => "Label {tag} weghalen", "Remove tag {tag}";
    FieldOccasion => "Aanleiding", "What brings the question";
    FieldQuestion => "Hulpvraag", "Question for help";
    FieldQuestionBehind => "Vraag achter de vraag", "The question behind the question";
    FieldLifeAreas => "Levensgebieden", "Areas of life";
    AreaHousing => "Wonen", "Housing";
    AreaWorkIncome => "Werk en inkomen", "Work and income";
    AreaEducation => "Onderwijs", "Education";
    AreaCare => "Zorg en ondersteuning", "Care and support";
    AreaWellbeing => "Welzijn en vrije tijd", "Wellbeing and free time";
    AreaSocialContacts => "Sociale contacten", "Social contacts";
    AreaParticipation => "Participatie", "Taking part";
    RatingQuestion => "Hoe gaat het met {area}?", "How is it going with {area}?";
    RatingGood => "Goed", "Good";
    RatingFair => "Gaat wel", "So-so";
    RatingProblem => "Knelpunt", "Problem";
    RatingNone => "Niet ingevuld", "Not filled in";
    FieldNetwork => "Netwerk", "Network";
    NetworkName => "Naam", "Name";
    NetworkRelation => "Relatie", "Relation";
    NetworkNameN => "Naam van persoon {n}", "Name of person {n}";
    NetworkRelationN => "Relatie van persoon {n}", "Relation of person {n}";
    NetworkSupportN => "Steun van persoon {n}", "Support from person {n}";
    NetworkRemoveN => "Persoon {n} weghalen", "Remove person {n}";
    NetworkAdd => "Persoon toevoegen", "Add person";
    SupportStrong => "Sterke steun", "Strong support";
    SupportWeak => "Zwakke steun", "Weak support";
    SupportNone => "Geen steun", "No support";
    FieldWishes => "Wensen en doelen", "Wishes and goals";
    FieldBarriers => "Drempels en knelpunten", "Barriers and problems";
    FieldQuote => "Citaat (in eigen woorden)", "Quote (in their own words)";
    FieldRoleplayBehaviour => "Gedrag in een gesprek", "Behaviour in a conversation";
    FieldRoleplayBackground => "Achtergrond voor wie de rol speelt", "Background for the person playing the role";
    FieldSources => "Bronnen", "Sources";
    FieldSourcesFacts => "Op welke feiten is de persona gebaseerd?", "Which facts is the persona based on?";
    FieldCoCreated => "Samen met de doelgroep gemaakt", "Made together with the target group";
    FieldAvatar => "Afbeelding", "Picture";
    AvatarInitials => "Initialen", "Initials";
    AvatarEmoji => "Emoji", "Emoji";
    AvatarPhoto => "Foto", "Photo";
    AvatarColour => "Kleur", "Colour";
    AvatarEmojiField => "Emoji", "Emoji";
    AvatarPhotoField => "Foto kiezen", "Choose a photo";
    ColourBlue => "Blauw", "Blue";
    ColourGreen => "Groen", "Green";
    ColourOrange => "Oranje", "Orange";
    ColourPurple => "Paars", "Purple";
    ColourRed => "Rood", "Red";
    ColourTeal => "Blauwgroen", "Teal";
    PhotoBusy => "Foto wordt verkleind…", "Making the photo smaller…";
    PhotoPreview => "Gekozen foto", "Chosen photo";
    PhotoRemove => "Foto weghalen", "Remove photo";
    FieldRevisionNote => "Wat is er veranderd? (mag leeg blijven)", "What has changed? (may stay empty)";
    HistoryTitle => "Geschiedenis", "History";
    HistoryIntro => "Elke opgeslagen wijziging is een versie. Een oudere versie terugzetten maakt een nieuwe versie; er gaat niets verloren.", "Every saved change is a version. Putting back an older version makes a new version; nothing is lost.";
    RevisionCurrent => "huidige versie", "current version";
    RevisionCreated => "Gemaakt.", "Created.";
    RevisionChanged => "Gewijzigd: {fields}.", "Changed: {fields}.";
    RevisionRestored => "Versie van {when} teruggezet.", "Version of {when} put back.";
    ShowRevision => "Deze versie bekijken", "View this version";
    RestoreRevision => "Deze versie terugzetten", "Put this version back";
    RestoreRevisionNamed => "Versie van {when} terugzetten", "Put back the version of {when}";
    ErrNameEmpty => "Geef de persona een naam.", "Give the persona a name.";
    ErrAge => "De leeftijd is een heel getal van 0 tot en met 120.", "The age is a whole number from 0 to 120.";
    ErrEmoji => "Typ of plak één emoji (geen letters of cijfers).", "Type or paste one emoji (no letters or digits).";
    ErrPhotoInvalid => "Deze foto kan niet worden bewaard. Kies een andere foto.", "This photo cannot be kept. Choose another photo.";
    ErrPhotoNotImage => "Dit bestand is geen afbeelding. Kies een foto (bijvoorbeeld JPG of PNG).", "This file is not an image. Choose a photo (for example JPG or PNG).";
    ErrPhotoTooLarge => "Deze foto is groter dan 10 MB. Kies een kleinere foto.", "This photo is larger than 10 MB. Choose a smaller photo.";
    ErrPhotoUnreadable => "Deze foto kon niet worden gelezen. Probeer een andere foto.", "This photo could not be read. Try another photo.";
    ErrTooMany => "{field}: hoogstens {max}.", "{field}: at most {max}.";

    // Activities and the persona test
    ActivitiesTitle => "Werkvormen", "Work forms";
    ActivitiesEmpty => "Nog geen werkvormen in deze bijeenkomst.", "No work forms in this workshop yet.";
    ActivityNotFound => "Deze werkvorm bestaat niet (meer) op dit apparaat.", "This work form does not exist (any more) on this device.";
    AddPersonaTest => "Persona-toets toevoegen", "Add persona test";
    BackToWorkshop => "← Terug naar de bijeenkomst", "← Back to the workshop";
    PersonaTestTitle => "Persona-toets", "Persona test";
    PtSummary => "persona's: {personas}, gemeenten: {municipalities}", "personas: {personas}, municipalities: {municipalities}";
    PtSteps => "Stappen", "Steps";
    PtStepPrepare => "1. Voorbereiden", "1. Prepare";
    PtStepFill => "2. Invullen", "2. Fill in";
    PtStepCompare => "3. Vergelijken", "3. Compare";
    PtPersonas => "Welke persona's?", "Which personas?";
    PtNoPersonas => "Er zijn nog geen persona's.", "There are no personas yet.";
    PtToLibrary => "Naar de persona's", "Go to the personas";
    PtMunicipalities => "Gemeenten", "Municipalities";
    PtAddMunicipalityLabel => "Gemeente", "Municipality";
    PtAddMunicipality => "Gemeente toevoegen", "Add municipality";
    PtQuestions => "Vragen", "Questions";
    PtQuestionsHint => "{naam} en {gemeente} worden ingevuld met de persona en de gemeente. Eén deelvraag per regel.", "{name} and {municipality} are filled in with the persona and the municipality. One sub-question per line.";
    PtCentralQuestion => "Centrale vraag", "Central question";
    PtSubQuestions => "Deelvragen", "Sub-questions";
    PtDefaultCentral => "Als {naam} in {gemeente} woont, hoe tevreden zou {naam} zijn over de cliëntondersteuning?", "If {name} lives in {municipality}, how satisfied would {name} be with the client support?";
    PtDefaultSub1 => "Hoe en wanneer hoort {naam} over cliëntondersteuning, en van wie?", "How and when does {name} hear about client support, and from whom?";
    PtDefaultSub2 => "Kan {naam} erop rekenen een ondersteuner te vinden die de situatie kent?", "Can {name} count on finding a supporter who knows the situation?";
    PtDefaultSub3 => "Heeft {naam} iets te kiezen?", "Does {name} have a choice?";
    PtNamePlaceholder => "[naam]", "[name]";
    PtPlacePlaceholder => "[gemeente]", "[municipality]";
    PtNotReady => "Kies eerst bij Voorbereiden minstens één persona en één gemeente.", "First choose at least one persona and one municipality under Prepare.";
    PtPersonaColumn => "Persona", "Persona";
    PtAnswer => "Antwoord", "Answer";
    PtScoreLabel => "Score voor {name} in {municipality}", "Score for {name} in {municipality}";
    PtTextLabel => "Toelichting voor {name} in {municipality}", "Explanation for {name} in {municipality}";
    PtNoScore => "–", "–";
    PtScoreOf => "{score} van 5", "{score} out of 5";
    PtAverage => "Gemiddeld", "Average";
    PtCompareCaption => "Scores van 1 (niet tevreden) tot 5 (heel tevreden), naast elkaar", "Scores from 1 (not satisfied) to 5 (very satisfied), side by side";
    ErrScore => "Een score is een heel getal van 1 tot en met 5.", "A score is a whole number from 1 to 5.";
    ErrMunicipalityEmpty => "Vul de naam van de gemeente in.", "Enter the name of the municipality.";
    ErrMunicipalityTwice => "Deze gemeente staat er al in.", "This municipality is in the list already.";
}
