//! The texts shared by the app and every work form, Dutch first, then English.
//! Each form's own texts are in its folder (`forms/<form>/texts.rs`).

use super::catalogue;

catalogue! {
    /// A shared text without placeholders.
    plain Key {
        AppName => "Werktafel", "Werktafel";
        AppTagline => "Werkvormen voor bijeenkomsten, ook zonder internet", "Work forms for workshops, also without internet";
        NavMain => "Hoofdmenu", "Main menu";
        NavWorkshops => "Bijeenkomsten", "Workshops";
        NavSettings => "Instellingen", "Settings";
        SwitchLanguage => "English", "Nederlands";
        SwitchLanguageLabel => "Switch to English", "Schakel naar Nederlands";

        SaveSaved => "Opgeslagen", "Saved";
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
        NewerTabNotice => "Een ander tabblad gebruikt een nieuwere versie van Werktafel. Herlaad deze pagina om verder te werken met wat daar is opgeslagen.", "Another tab is using a newer version of Werktafel. Reload this page to carry on with what was saved there.";
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
        ErrDate => "Dit is geen bestaande datum. Schrijf hem bijvoorbeeld als 22-11-2026.", "This is not a real date. Write it like 2026-11-22, for example.";
        ErrNotFound => "Dit bestaat niet meer op dit apparaat; misschien is het in een ander tabblad verwijderd.", "This no longer exists on this device; it may have been deleted in another tab.";
        ErrDuplicateId => "Er ging iets mis bij het nummeren. Probeer het nog eens.", "Something went wrong with numbering. Please try again.";

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
        StorageEstimateUnknown => "Deze browser zegt niet hoeveel ruimte er is.", "This browser does not say how much space there is.";
        PersistGranted => "De browser bewaart deze gegevens blijvend.", "The browser keeps this data permanently.";
        PersistNotGranted => "De browser mag deze gegevens opruimen als er ruimte nodig is. Download dus regelmatig een back-up.", "The browser may clear this data when it needs space, so download a backup regularly.";
        BackupHeading => "Back-up", "Backup";
        BackupText => "Een back-up is één bestand met alles op dit apparaat. Bewaar het ergens anders, bijvoorbeeld op een usb-stick of in je mail.", "A backup is one file with everything on this device. Keep it somewhere else, for example on a USB stick or in your mail.";
        NeverExported => "Nog nooit geëxporteerd.", "Never exported yet.";
        TabStorageNotice => "Let op: Werktafel staat nu open in een tabblad van de browser. Safari kan dan alles op dit apparaat wissen als je de app 7 dagen niet gebruikt. Zet de app op het beginscherm (zie Instellingen) en maak geregeld een back-up.", "Note: Werktafel is open in a browser tab. Safari may then erase everything on this device when the app is not used for 7 days. Add the app to the home screen (see Settings) and make a backup now and then.";
        HomeScreenHeading => "Zet op beginscherm", "Add to home screen";
        HomeScreenWhy => "Op het beginscherm opent Werktafel als een eigen app, zonder adresbalk. Je gegevens blijven dan ook beter bewaard.", "On the home screen Werktafel opens as an app of its own, without the address bar. Your data is also kept more safely then.";
        HomeScreenInstall => "Zet Werktafel op het beginscherm", "Add Werktafel to the home screen";
        HomeScreenStep1 => "Tik in Safari op de knop Delen: het vierkantje met een pijl omhoog, bovenaan naast het adres.", "In Safari, tap the Share button: the square with an arrow pointing up, at the top next to the address.";
        HomeScreenStep2 => "Kies ‘Zet op beginscherm’ en tik op ‘Voeg toe’. Open Werktafel voortaan met het nieuwe icoon.", "Choose ‘Add to Home Screen’ and tap ‘Add’. From now on, open Werktafel with the new icon.";
        HomeScreenDone => "Werktafel staat op het beginscherm van dit apparaat.", "Werktafel is on the home screen of this device.";
        BackupReminder => "Je bijeenkomsten staan alleen op dit apparaat. Download af en toe alles als back-up.", "Your workshops are only on this device. Download everything as a backup now and then.";
        QuarantineHeading => "Apart gezette gegevens", "Data set aside";
        QuarantineText => "Deze gegevens konden niet gelezen worden. Download ze om ze te bewaren of te laten bekijken, en gooi ze daarna weg.", "This data could not be read. Download it to keep it or have it looked at, then throw it away.";
        QuarantineNone => "Er is niets apart gezet.", "Nothing has been set aside.";
        OrphanOfGone => "Een deel van een bijeenkomst die niet meer op dit apparaat staat.", "A part of a workshop that is no longer on this device.";
        OrphanWhy => "Dit deel is opgeslagen, maar de bijeenkomst heeft het niet opgenomen. Dat kan gebeuren als een tabblad dichtgaat terwijl Werktafel nog aan het opslaan is. Het is bewaard, zodat er niets verloren gaat. Download het om het te bewaren of te laten bekijken; daarna kun je het weggooien.", "This part was saved, but the workshop did not take it up. That can happen when a tab closes while Werktafel is still saving. It is kept so that nothing is lost. Download it to keep it or have it looked at; after that you can throw it away.";
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
        Later => "Later", "Later";
        OfflineCopyPreparing => "Werktafel wordt op dit apparaat klaargezet om zonder internet te werken…", "Getting Werktafel ready to work on this device without internet…";
        OfflineCopyReady => "Werkt zonder internet: Werktafel staat klaar op dit apparaat.", "Works without internet: Werktafel is ready on this device.";
        OfflineCopyUnavailable => "Deze browser bewaart Werktafel niet voor gebruik zonder internet (bijvoorbeeld in een privévenster of via http). Zonder wifi start de app hier dan niet.", "This browser keeps no copy of Werktafel for use without internet (for example in a private window or over http). Without wifi the app will not start here.";

        NavInvite => "Uitnodigen", "Invite";
        InviteTitle => "Deelnemers uitnodigen", "Invite participants";
        InviteIntro => "Laat deelnemers deze code scannen met de camera van hun telefoon. Dan opent Werktafel op hun eigen toestel.", "Let participants scan this code with their phone's camera. Werktafel then opens on their own device.";
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
        PrintPersonas => "Afdrukken (een per pagina)", "Print (one per page)";
        Print => "Afdrukken", "Print";
        PersonaExampleBadge => "Voorbeeld", "Example";
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
        RatingGood => "Goed", "Good";
        RatingFair => "Gaat wel", "So-so";
        RatingProblem => "Knelpunt", "Problem";
        RatingNone => "Niet ingevuld", "Not filled in";
        FieldNetwork => "Netwerk", "Network";
        NetworkName => "Naam", "Name";
        NetworkRelation => "Relatie", "Relation";
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
        ShowRevision => "Deze versie bekijken", "View this version";
        RestoreRevision => "Deze versie terugzetten", "Put this version back";
        ErrNameEmpty => "Geef de persona een naam.", "Give the persona a name.";
        ErrAge => "De leeftijd is een heel getal van 0 tot en met 120.", "The age is a whole number from 0 to 120.";
        ErrEmoji => "Typ of plak één emoji (geen letters of cijfers).", "Type or paste one emoji (no letters or digits).";
        ErrPhotoInvalid => "Deze foto kan niet worden bewaard. Kies een andere foto.", "This photo cannot be kept. Choose another photo.";
        ErrPhotoNotImage => "Dit bestand is geen afbeelding. Kies een foto (bijvoorbeeld JPG of PNG).", "This file is not an image. Choose a photo (for example JPG or PNG).";
        ErrPhotoTooLarge => "Deze foto is groter dan 10 MB. Kies een kleinere foto.", "This photo is larger than 10 MB. Choose a smaller photo.";
        ErrPhotoUnreadable => "Deze foto kon niet worden gelezen. Probeer een andere foto.", "This photo could not be read. Try another photo.";

        // What the work forms share: activities, timer, notes, harvest and actions
        ActivitiesTitle => "Werkvormen", "Work forms";
        ActivitiesEmpty => "Nog geen werkvormen in deze bijeenkomst.", "No work forms in this workshop yet.";
        ActivityNotFound => "Deze werkvorm bestaat niet (meer) op dit apparaat.", "This work form does not exist (any more) on this device.";
        BackToWorkshop => "← Terug naar de bijeenkomst", "← Back to the workshop";
        FieldCentralQuestion => "Centrale vraag", "Central question";
        FieldAnswer => "Antwoord", "Answer";
        ProjectorLink => "Projectiescherm", "Projector view";
        TimerTimeLeft => "Tijd over", "Time left";
        TimerReady => "Nog niet begonnen", "Not started yet";
        TimerRunning => "Loopt", "Running";
        TimerPaused => "Gepauzeerd", "Paused";
        TimerTimeUp => "De tijd is om", "Time is up";
        TimerClosed => "Afgerond", "Finished";
        TimerPause => "Pauze", "Pause";
        TimerResume => "Verder", "Resume";
        TimerExtend => "+5 min", "+5 min";
        TimerExtendLabel => "+5 min: vijf minuten erbij", "+5 min: five more minutes";
        TimerReset => "Tijd terugzetten", "Reset the time";
        NoteTextField => "Notitie", "Note";
        NoteKindField => "Soort notitie", "Kind of note";
        NoteKindIdea => "Idee", "Idea";
        NoteKindQuestion => "Vraag", "Question";
        NoteKindInsight => "Inzicht", "Insight";
        NoteKindAction => "Actie", "Action";
        AddNote => "Notitie toevoegen", "Add note";
        HarvestTitle => "Oogst", "Harvest";
        HarvestThemes => "Thema's", "Themes";
        HarvestThemeField => "Naam van het thema", "Name of the theme";
        AddTheme => "Thema toevoegen", "Add theme";
        HarvestUngrouped => "Nog niet ingedeeld", "Not grouped yet";
        HarvestNoTheme => "geen thema", "no theme";
        HarvestKey => "Kerninzicht", "Key insight";
        HarvestKeyInsights => "Kerninzichten", "Key insights";
        HarvestToAction => "Maak er een actie van", "Turn into an action";
        HarvestKeyMark => "★", "★";
        HarvestSummaries => "Wat de tafels vonden", "What the tables found";
        HarvestOneNote => "1 notitie", "1 note";
        HarvestEmpty => "Nog geen notities. Die komen tijdens de rondes op de tafelkleden.", "No notes yet. They are written on the tablecloths during the rounds.";
        HarvestActions => "Acties: wie pakt dit op?", "Actions: who picks this up?";
        ActionTextField => "Actie", "Action";
        ActionOwnerField => "Wie pakt dit op?", "Who picks this up?";
        ActionDueField => "Wanneer klaar? (datum, mag leeg blijven)", "When done? (date, may stay empty)";
        AddAction => "Actie toevoegen", "Add action";
        ActionsEmpty => "Nog geen acties.", "No actions yet.";
        ActionNoOwner => "nog niemand", "nobody yet";
        ActionNoDue => "geen datum", "no date";
        FullScreen => "Volledig scherm", "Full screen";
        ProjectorTitle => "Projectiescherm", "Projector view";
        ProjectorShows => "Wat het scherm toont", "What the screen shows";
        ProjectorBack => "← Terug naar het café", "← Back to the café";
        ErrNoteEmpty => "Schrijf eerst iets in de notitie.", "First write something in the note.";
        ErrThemeEmpty => "Geef het thema een naam.", "Give the theme a name.";
        ErrThemeTwice => "Dit thema bestaat al.", "This theme exists already.";
        ErrActionEmpty => "Beschrijf eerst de actie.", "First describe the action.";
        ErrNotRunning => "De tijd loopt nu niet.", "The timer is not running now.";
        ErrNotPaused => "De tijd staat niet op pauze.", "The time is not paused.";

        SoundBlocked => "Het geluid staat nog uit: tik één keer op het scherm. Als de tijd om is, knippert het scherm hoe dan ook.", "Sound is still off: tap the screen once. When time is up, the screen flashes either way.";
        FieldPersonName => "Naam of schuilnaam", "Name or pseudonym";
        ErrCentralQuestionEmpty => "Vul eerst de centrale vraag in bij Voorbereiden.", "First fill in the central question under Prepare.";

        ImpEmpty => "Het bestand is leeg.", "The file is empty.";
        ImpNotText => "Dit is geen tekstbestand. Kies een bestand dat eindigt op .werktafel.json.", "This is not a text file. Choose a file ending in .werktafel.json.";
        ImpNotBackup => "Dit is geen back-up van Werktafel.", "This is not a Werktafel backup.";
        ImpNewer => "Deze back-up komt uit een nieuwere versie van Werktafel. Laad de app opnieuw (met internet) en probeer het dan nog eens.", "This backup comes from a newer version of Werktafel. Reload the app (online) and then try again.";
        ImpThisValue => "deze waarde", "this value";

        ImportHeading => "Back-up terugzetten", "Restore a backup";
        ImportText => "Kies een .werktafel.json-bestand, of sleep het hierheen. Eerst zie je wat erin staat; er verandert pas iets als je op ‘Inlezen’ tikt.", "Choose a .werktafel.json file, or drop it here. First you see what it holds; nothing changes until you tap ‘Import’.";
        ImportPick => "Back-up kiezen", "Choose a backup";
        ImportDrop => "Of sleep het bestand hierheen.", "Or drop the file here.";
        ImportPreview => "Wat dit bestand bevat", "What this file holds";
        ImportNew => "nieuw", "new";
        ImportSame => "staat er al, gelijk", "already here, the same";
        ImportConflict => "staat er al, maar is anders", "already here, but different";
        ImportCopy => "Als kopie toevoegen", "Add as a copy";
        ImportReplace => "Vervangen", "Replace";
        ImportSkip => "Overslaan", "Skip";
        ImportApply => "Inlezen", "Import";
        ImportNothingNew => "Alles uit dit bestand staat al op dit apparaat.", "Everything in this file is already on this device.";
        ImportUnreadable => "Dit bestand kon niet worden gelezen. Er is niets veranderd.", "This file could not be read. Nothing was changed.";
        ImportChanged => "Op dit apparaat is intussen iets veranderd. Kijk de lijst hieronder nog eens na en tik dan opnieuw op ‘Inlezen’.", "Something changed on this device meanwhile. Check the list below again, then tap ‘Import’ again.";
        ImportCopySuffix => " (ingelezen)", " (imported)";

        ReportQuestion => "Vraag", "Question";
        CsvWorkshop => "Bijeenkomst", "Workshop";
        CsvActivity => "Werkvorm", "Work form";
        CsvTableOrGroup => "Tafel of groep", "Table or group";
        CsvRoundOrPhase => "Ronde of fase", "Round or phase";
        CsvFieldOrAuthor => "Veld of schrijver", "Field or author";
        CsvKind => "Soort", "Kind";
        CsvText => "Tekst", "Text";
        CsvTime => "Tijd", "Time";

        ExportHeading => "Resultaten meenemen", "Take the results along";
        ExportText => "Een verslag om te sturen of af te drukken, een spreadsheet met alle notities, of een back-up van alleen deze bijeenkomst.", "A report to send or print, a spreadsheet of every note, or a backup of just this workshop.";
        ExportAnonymous => "Namen vervangen door Deelnemer 1, Deelnemer 2, … (voor verslagen buiten de groep)", "Replace names with Participant 1, Participant 2, … (for reports outside the group)";
        ExportMarkdown => "Verslag (Markdown)", "Report (Markdown)";
        ExportCsv => "Spreadsheet (CSV)", "Spreadsheet (CSV)";
        ExportPrint => "Verslag afdrukken of als PDF", "Print the report or save as PDF";
        ExportPrintButton => "Afdrukken of opslaan als PDF", "Print or save as PDF";
        ExportBackup => "Back-up van deze bijeenkomst", "Backup of this workshop";
        ExportShare => "Delen", "Share";

        ImpActivityMissing => "De werkvorm van deze tafel of groep staat niet (meer) in de bijeenkomst.", "The work form of this table or group is no longer in the workshop.";
        ImpLayoutDiffers => "In het bestand staan rondes of personen die hier niet (meer) zijn. Zet het aantal rondes of personen gelijk en probeer het opnieuw.", "The file has rounds or persons that are not (or no longer) here. Make the number of rounds or persons the same and try again.";
        BackupChoose => "Of kies wat erin gaat", "Or choose what goes in";
        BackupChooseText => "Bijvoorbeeld om één bijeenkomst aan een collega te geven. Persona's die een gekozen bijeenkomst gebruikt, gaan vanzelf mee. Dit telt niet als back-up van alles.", "For example to give one workshop to a colleague. Persona's a chosen workshop uses go along by themselves. This does not count as a backup of everything.";
        BackupChooseWorkshops => "Bijeenkomsten", "Workshops";
        BackupChoosePersonas => "Persona's", "Persona's";
        BackupChooseDownload => "Gekozen onderdelen downloaden (JSON)", "Download the chosen items (JSON)";
        HoHeading => "Tafel of groep inlezen", "Import a table or group";
        HoText => "Heeft een tafel of groep op een eigen tablet gewerkt? Lees hier hun bestand in: hun notities komen bij die tafel of groep. Een back-up kan hier ook.", "Did a table or group work on a tablet of its own? Import their file here: their notes join that table or group. A backup works here too.";
        HoPick => "Bestand kiezen", "Choose a file";
        HoExportHint => "Werkt deze tablet los van die van de begeleider? Geef het bestand aan de begeleider; die leest het in bij de bijeenkomst.", "Is this tablet separate from the facilitator's? Give the file to the facilitator, who imports it on the workshop page.";
        HoHere => "Hier", "Here";
        HoIncoming => "In het bestand", "In the file";
        HoWhatNote => "Notitie", "Note";
        HoWhatMarks => "♥ bij notitie", "♥ on note";
        HoWhatSummary => "Samenvatting", "Summary";
        HoWhatHost => "Gastvrouw of gastheer", "Host";
        HoWhatName => "Naam", "Name";
        HoAtMiddle => "midden", "middle";
        HoTakeTheirs => "Die uit het bestand nemen", "Take the one in the file";
        HoKeepMine => "Deze houden", "Keep this one";

        AskLink => "Vraag uitzetten", "Put the question out";
        AskTitle => "Vraag voor telefoons", "Question for phones";
        AskIntro => "Deelnemers scannen deze code met hun telefoon, kiezen zo nodig waar hun antwoord hoort en schrijven het op. Daarna laten ze een code zien; scan die hieronder.", "Participants scan this code with their phone, choose where their answer belongs if asked, and write it. Then they show a code; scan it below.";
        AskCodeLabel => "Code met de vraag", "Code with the question";
        AskScan => "Antwoorden scannen", "Scan answers";
        AskStopScan => "Stoppen met scannen", "Stop scanning";
        AskScanning => "De camera kijkt mee. Houd de code van de telefoon voor de camera.", "The camera is on. Hold the phone's code in front of it.";
        AskFromPhoto => "Of maak een foto van de code op de telefoon", "Or take a photo of the code on the phone";
        AskNoCodeInPhoto => "Op deze foto vindt de app geen code. Maak de foto recht van voren, met de hele code erop.", "The app finds no code in this photo. Take it straight on, with the whole code in it.";
        AskFromFile => "Of lees een antwoordbestand van een telefoon", "Or read an answer file from a phone";
        AskAlreadyIn => "Dit antwoord was al binnen; er is niets dubbel toegevoegd.", "This answer was in already; nothing was added twice.";
        AskChangedSince => "Dit antwoord is op de telefoon veranderd nadat het al binnen was. De eerste versie staat er; pas die zo nodig hier aan.", "This answer was changed on the phone after it came in. The first version is here; change it here if needed.";
        AskUnknown => "Dit antwoord hoort bij een vraag die hier niet bestaat.", "This answer belongs to a question that is not here.";
        AskClosedRefused => "Deze vraag is gesloten; het antwoord is niet toegevoegd.", "This question is closed; the answer was not added.";
        AskNoPlace => "De tafel, groep of het vak van dit antwoord is er hier niet (meer).", "The table, group or field of this answer is not (or no longer) here.";
        AskNotOurs => "Deze code is geen antwoord van Werktafel, of hij is beschadigd.", "This code is not a Werktafel answer, or it is damaged.";
        AskNewer => "Dit antwoord komt uit een nieuwere versie van Werktafel.", "This answer comes from a newer version of Werktafel.";
        AskClose => "Vraag sluiten", "Close the question";
        AskClosed => "Deze vraag is gesloten: nieuwe antwoorden worden geweigerd.", "This question is closed: new answers are refused.";
        CamNoCamera => "Deze tablet heeft geen camera die de app kan gebruiken.", "This tablet has no camera the app can use.";
        CamRefused => "De camera mag niet gebruikt worden. Geef toestemming in de browser en probeer het opnieuw.", "The camera may not be used. Allow it in the browser and try again.";
        CamUnavailable => "De camera start niet. Probeer het opnieuw.", "The camera does not start. Try again.";
    }

    /// A shared text with placeholders, holding their values.
    templates CommonMsg {
        SaveFailed { reason } => "Niet opgeslagen: {reason}", "Not saved: {reason}";

        ConflictNotice { title, copy } => "“{title}” is tegelijk in een ander tabblad gewijzigd. Beide versies zijn bewaard; de andere heet nu “{copy}”.", "“{title}” was changed in another tab at the same time. Both versions were kept; the other one is now called “{copy}”.";
        DeleteKeptNotice { title } => "“{title}” is niet verwijderd: een ander tabblad heeft het net gewijzigd.", "“{title}” was not deleted: another tab has just changed it.";

        DuplicateNamed { title } => "{title} dupliceren", "Duplicate {title}";
        DeleteNamed { title } => "{title} verwijderen", "Delete {title}";

        ErrTooLong { field, max } => "{field} mag hoogstens {max} tekens lang zijn.", "{field} may be at most {max} characters long.";

        ToastDeleted { title } => "“{title}” is verwijderd.", "“{title}” was deleted.";
        ToastDuplicated { title } => "Kopie gemaakt: “{title}”.", "Copy made: “{title}”.";

        StorageAppUsage { kb } => "Werktafel gebruikt {kb} kB van de lokale opslag van deze browser. Daar is meestal ongeveer 5 MB ruimte.", "Werktafel uses {kb} kB of this browser's local storage, which usually holds about 5 MB.";
        StorageEstimate { used, quota } => "Deze site gebruikt in totaal {used} van de {quota} die de browser toestaat.", "This site uses {used} in total of the {quota} the browser allows.";
        LastExported { when } => "Laatst geëxporteerd: {when}", "Last exported: {when}";
        BackupUnexported { n } => "{n} bijeenkomst(en) veranderd sinds de laatste back-up: die wijzigingen staan alleen op dit apparaat.", "{n} workshop(s) changed since the last backup: those changes are only on this device.";
        QuarantineItem { key } => "Oorspronkelijke sleutel: {key}", "Original key: {key}";
        OrphanPartIn { workshop, part } => "Een deel van de bijeenkomst ‘{workshop}’: ‘{part}’.", "A part of the workshop ‘{workshop}’: ‘{part}’.";
        OrphanOf { workshop } => "Een deel van de bijeenkomst ‘{workshop}’.", "A part of the workshop ‘{workshop}’.";

        QrLabel { address } => "QR-code met het adres {address}", "QR code with the address {address}";
        AddressInUse { address } => "Nu gebruikt: {address}", "In use now: {address}";

        // Persona's
        PersonasFound { count } => "{count} gevonden", "{count} found";
        PersonaAgeYears { age } => "{age} jaar", "{age} years old";
        RemoveTagNamed { tag } => "Label {tag} weghalen", "Remove tag {tag}";
        RatingQuestion { area } => "Hoe gaat het met {area}?", "How is it going with {area}?";
        NetworkNameN { n } => "Naam van persoon {n}", "Name of person {n}";
        NetworkRelationN { n } => "Relatie van persoon {n}", "Relation of person {n}";
        NetworkSupportN { n } => "Steun van persoon {n}", "Support from person {n}";
        NetworkRemoveN { n } => "Persoon {n} weghalen", "Remove person {n}";
        RevisionChanged { fields } => "Gewijzigd: {fields}.", "Changed: {fields}.";
        RevisionRestored { when } => "Versie van {when} teruggezet.", "Version of {when} put back.";
        RestoreRevisionNamed { when } => "Deze versie terugzetten ({when})", "Put this version back ({when})";
        ErrTooMany { field, max } => "{field}: hoogstens {max}.", "{field}: at most {max}.";

        // What the work forms share: activities, timer, notes, harvest and actions
        TimerOverTime { time } => "{time} over tijd", "{time} over time";
        EditNamed { title } => "Bewerken: {title}", "Edit: {title}";
        HarvestNoteTheme { title } => "Thema van: {title}", "Theme of: {title}";
        HarvestKeyLabel { title } => "Kerninzicht: {title}", "Key insight: {title}";
        HarvestShowMore { count } => "Meer notities tonen (nog {count})", "Show more notes ({count} more)";
        HarvestToActionNamed { title } => "Maak er een actie van: {title}", "Turn into an action: {title}";
        HarvestNotesCount { count } => "{count} notities", "{count} notes";
        ActionOwnerDue { owner, due } => "{owner} · {due}", "{owner} · {due}";

        ImpRefused { detail } => "Dit bestand is niet ingelezen. {detail} Er is niets veranderd.", "This file was not imported. {detail} Nothing was changed.";
        ImpTooLarge { size, max } => "Het bestand is {size} MB; de grens is {max} MB.", "The file is {size} MB; the limit is {max} MB.";
        ImpNotJson { line, column } => "Het bestand is beschadigd of niet compleet (regel {line}, teken {column}).", "The file is damaged or incomplete (line {line}, character {column}).";
        ImpAtWorkshop { n } => "bijeenkomst {n}", "workshop {n}";
        ImpAtPersona { n } => "persona {n}", "persona {n}";
        ImpAtActivity { n } => "werkvorm {n}", "work form {n}";
        ImpAtTable { n } => "tafel {n}", "table {n}";
        ImpAtRound { n } => "ronde {n}", "round {n}";
        ImpAtCloth { n } => "tafelkleed {n}", "tablecloth {n}";
        ImpAtNote { n } => "notitie {n}", "note {n}";
        ImpAtMark { n } => "markering {n}", "mark {n}";
        ImpAtRule { n } => "caféregel {n}", "café rule {n}";
        ImpAtParticipant { n } => "deelnemer {n}", "participant {n}";
        ImpAtGroup { n } => "groep {n}", "group {n}";
        ImpAtPerson { n } => "persoon {n}", "person {n}";
        ImpAtMiddle { n } => "midden, notitie {n}", "middle, note {n}";
        ImpAtTheme { n } => "thema {n}", "theme {n}";
        ImpAtAction { n } => "actie {n}", "action {n}";
        ImpAtChosenPersona { n } => "gekozen persona {n}", "chosen persona {n}";
        ImpAtMunicipality { n } => "gemeente {n}", "municipality {n}";
        ImpAtSubQuestion { n } => "deelvraag {n}", "sub-question {n}";
        ImpAtAnswer { n } => "antwoord {n}", "answer {n}";
        ImpAtTag { n } => "doelgroep {n}", "target group {n}";
        ImpAtLifeArea { n } => "levensgebied {n}", "area of life {n}";
        ImpAtNetwork { n } => "netwerk, persoon {n}", "network, person {n}";
        ImpAtRevision { n } => "versie {n}", "version {n}";
        ImpAtBlock { n } => "blok {n} van het programma", "block {n} of the programme";
        ImpAtMethod { n } => "eigen methode {n}", "own method {n}";
        ImpAtStep { n } => "stap {n}", "step {n}";
        ImpAtMaterial { n } => "materiaal {n}", "material {n}";
        ImpNotAText { field } => "{field} is geen tekst", "{field} is not text";
        ImpNotANumber { field } => "{field} is geen getal", "{field} is not a number";
        ImpNotYesNo { field } => "{field} is geen ja of nee", "{field} is not yes or no";
        ImpNotAList { field } => "{field} is geen lijst", "{field} is not a list";
        ImpNotAGroup { field } => "{field} is geen groep van velden", "{field} is not a group of fields";
        ImpMissing { field } => "‘{field}’ ontbreekt", "‘{field}’ is missing";
        ImpUnknownValue { field } => "{field} heeft een waarde die de app niet kent", "{field} has a value the app does not know";
        ImpTooLong { field } => "{field} is te lang", "{field} is too long";
        ImpIdTwice { field } => "{field} komt twee keer voor in het bestand", "{field} occurs twice in the file";
        ImpFieldEmpty { field } => "{field} is leeg", "{field} is empty";
        ImpTooFew { field } => "{field} heeft te weinig onderdelen", "{field} has too few items";
        ImpTooMany { field } => "{field} heeft te veel onderdelen", "{field} has too many items";
        ImpOutOfRange { field } => "{field} valt buiten de grenzen", "{field} is out of bounds";
        ImpUnknownReference { field } => "{field} verwijst naar iets dat niet bestaat", "{field} refers to something that does not exist";
        ImpUneven { field } => "{field} heeft een ander aantal dan bij groep 1", "{field} has another number than in group 1";
        ImpOwnMark { field } => "{field} is een markering van de schrijver zelf", "{field} is a mark by the writer themselves";
        ImpOther { field } => "{field} klopt niet", "{field} is not right";

        ImportSummary { date, workshops, personas } => "Back-up van {date}: {workshops} bijeenkomst(en) en {personas} persona('s).", "Backup of {date}: {workshops} workshop(s) and {personas} persona(s).";
        ImportChoiceFor { title } => "Wat doen met ‘{title}’", "What to do with ‘{title}’";
        ImportDone { workshops, personas } => "Ingelezen: {workshops} bijeenkomst(en) en {personas} persona('s).", "Imported: {workshops} workshop(s) and {personas} persona(s).";
        ImportDoneWithMethods { workshops, personas, methods } => "Ingelezen: {workshops} bijeenkomst(en), {personas} persona('s) en {methods} eigen methode(n).", "Imported: {workshops} workshop(s), {personas} persona(s) and {methods} own method(s).";
        ImportMethods { methods } => "En {methods} eigen methode(n) voor de methodenbibliotheek.", "And {methods} own method(s) for the method library.";
        ImportSaveFailed { reason } => "Niet ingelezen: {reason}. Er is niets veranderd.", "Not imported: {reason}. Nothing was changed.";

        AnonymousParticipant { n } => "Deelnemer {n}", "Participant {n}";

        ImpWorkshopMissing { title } => "Dit bestand hoort bij de bijeenkomst ‘{title}’, en die staat niet op dit apparaat. Zet eerst de back-up van die bijeenkomst terug.", "This file belongs to the workshop ‘{title}’, which is not on this device. Restore that workshop's backup first.";
        ImpPartMissing { name } => "‘{name}’ staat niet (meer) in deze werkvorm.", "‘{name}’ is no longer in this work form.";
        ImpTooManyNotes { max } => "Dan zou een vak of het midden meer dan {max} notities hebben.", "A field or the middle would then hold more than {max} notes.";
        HoSummary { part, workshop, date, new, same, conflicts } => "‘{part}’ van ‘{workshop}’, bewaard op {date}: {new} nieuw, {same} staat er al, {conflicts} anders.", "‘{part}’ of ‘{workshop}’, saved on {date}: {new} new, {same} already here, {conflicts} different.";
        HoNewList { n } => "Nieuw ({n})", "New ({n})";
        HoDone { part, new, changed } => "‘{part}’ is samengevoegd: {new} nieuw, {changed} aangepast.", "‘{part}’ was merged: {new} new, {changed} changed.";

        AskCellOf { persona, municipality } => "{persona} in {municipality}", "{persona} in {municipality}";
        AskFieldOf { group, n } => "{group}, persoon {n}", "{group}, person {n}";
        AskAdded { what } => "Antwoord binnen: {what}.", "Answer in: {what}.";
        AskNotes { notes } => "{notes} antwoord(en)", "{notes} answer(s)";
        AskNotesAt { place, notes } => "{place} ({notes} notitie(s))", "{place} ({notes} note(s))";
        AskRefusedFit { reason } => "Dit antwoord past niet: {reason}", "This answer does not fit: {reason}";
        AskPartIn { have, of } => "Code {have} van {of} gelezen; laat de volgende zien.", "Code {have} of {of} read; show the next one.";
        AskReceived { n } => "Binnen via QR: {n}", "In by QR: {n}";
    }
}
