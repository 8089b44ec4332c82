//! The example persona's offered from an empty library: seven residents whose
//! situations come from the cases in the Dutch method guides on client support
//! (cliëntondersteuning), written out in plain Dutch so a group can start a persona
//! test or a role-play at once. The details the guides leave open are filled in and
//! say so in the sources; a group is meant to copy and change them.

use super::{
    Avatar, AvatarColour, LifeArea, LifeAreaNote, NetworkMember, PersonaFields, Rating, Support,
};

/// The example persona's, with their avatars.
pub fn example_personas() -> Vec<(PersonaFields, Avatar)> {
    vec![
        ryan(),
        hermien(),
        klaas(),
        marijke(),
        johan(),
        emma(),
        richard(),
    ]
}

fn area(area: LifeArea, situation: &str, rating: Rating) -> LifeAreaNote {
    LifeAreaNote {
        area,
        situation: situation.to_string(),
        rating: Some(rating),
    }
}

fn person(name: &str, relation: &str, support: Support) -> NetworkMember {
    NetworkMember {
        name: name.to_string(),
        relation: relation.to_string(),
        support,
    }
}

fn tags(tags: &[&str]) -> Vec<String> {
    tags.iter().map(|tag| tag.to_string()).collect()
}

fn emoji(emoji: &str, colour: AvatarColour) -> Avatar {
    Avatar::Emoji {
        emoji: emoji.to_string(),
        colour,
    }
}

fn ryan() -> (PersonaFields, Avatar) {
    let fields = PersonaFields {
        name: "Ryan".into(),
        age: Some(16),
        place: "Zwolle".into(),
        household: "Woont met zijn moeder en zijn zusje van twaalf in een rijtjeshuis. \
            Zijn ouders zijn gescheiden; zijn vader ziet hij om het weekend."
            .into(),
        daytime: "Staat ingeschreven in de vierde klas van het vmbo, maar gaat al \
            maanden niet meer. Is overdag vooral thuis op zijn kamer achter de computer."
            .into(),
        health: "Heeft autisme. Drukte, harde geluiden en onverwachte veranderingen \
            kosten hem veel energie. Slaapt onregelmatig en is vaak moe."
            .into(),
        tags: tags(&["jeugd", "autisme"]),
        occasion: "Ryan weigert naar school te gaan en zit sinds de herfstvakantie \
            thuis. De leerplichtambtenaar heeft een brief gestuurd en wil met de ouders \
            praten."
            .into(),
        question: "Zijn moeder wil weten welke hulp er is om Ryan weer te laten leren, \
            en wie haar helpt de weg te vinden. Ryan zelf zegt alleen dat hij niet terug \
            wil naar die school."
            .into(),
        question_behind: "Ryan zoekt een plek die rustig en voorspelbaar is, met mensen \
            die begrijpen hoe hij in elkaar zit. Hij is bang dat hulp betekent dat hij \
            terug moet naar dezelfde klas. Zijn moeder is op en wil niet alles alleen \
            hoeven dragen."
            .into(),
        life_areas: vec![
            area(
                LifeArea::Housing,
                "Thuis voelt veilig. Zijn kamer is de plek waar hij tot rust komt.",
                Rating::Good,
            ),
            area(
                LifeArea::Education,
                "Al maanden niet op school. De school is groot en druk, met elk uur een \
                ander lokaal en een andere docent. Een andere school is nog niet gevonden.",
                Rating::Problem,
            ),
            area(
                LifeArea::Care,
                "Had vroeger hulp van de jeugd-ggz, maar dat is gestopt. De huisarts heeft \
                opnieuw verwezen; er is een wachtlijst.",
                Rating::Fair,
            ),
            area(
                LifeArea::Wellbeing,
                "Gamet veel en kan goed computers in elkaar zetten. Komt weinig buiten en \
                zit 's nachts vaak nog op.",
                Rating::Fair,
            ),
            area(
                LifeArea::SocialContacts,
                "Heeft twee vrienden die hij alleen online kent. Spreekt bijna geen \
                leeftijdsgenoten in het echt.",
                Rating::Problem,
            ),
        ],
        network: vec![
            person("Sandra", "moeder", Support::Strong),
            person("Dewi", "zusje", Support::Weak),
            person("Marco", "vader, woont in een andere stad", Support::Weak),
            person("Meneer De Groot", "mentor op school", Support::Weak),
        ],
        wishes: "Iets leren met computers, in een kleine groep of deels vanuit huis. \
            Later zelf geld verdienen met het repareren van computers."
            .into(),
        barriers: "Wachtlijsten en steeds nieuwe hulpverleners. Gesprekken met veel \
            mensen tegelijk. Zijn moeder weet niet waar ze moet beginnen en raakt uitgeput."
            .into(),
        quote: "Op school is alles te hard en te veel, thuis snap ik tenminste wat er \
            gebeurt."
            .into(),
        roleplay_behaviour: "Geeft korte antwoorden en kijkt naar zijn telefoon of naar \
            de tafel. Neemt vragen letterlijk. Klapt dicht als er twee vragen tegelijk \
            komen en zegt dan 'weet ik niet'. Wordt spraakzaam als het over computers of \
            zijn game gaat."
            .into(),
        roleplay_background: "Ryan was op de basisschool een stille, goede leerling. In \
            de brugklas ging het mis: grote klassen, lawaai in de gangen en elk uur iets \
            anders. Hij kreeg hoofdpijn en buikpijn en bleef steeds vaker thuis. Nu gaat \
            hij helemaal niet meer. Hij schaamt zich, maar laat dat niet zien. Zijn moeder \
            wil snel een oplossing; Ryan voelt die druk en trekt zich dan terug. Als de \
            gespreksvoerder rustig blijft, één vraag tegelijk stelt en echt wil weten wat \
            hij met computers doet, gaat hij meer vertellen."
            .into(),
        sources: "Gebaseerd op een korte voorbeeldschets in een Nederlandse \
            inspiratiegids over cliëntondersteuning voor gemeenten (werkvorm persona's): \
            een jongen van zestien met autisme, die weigert om nog naar school te gaan. \
            Woonplaats, gezin, netwerk en andere details zijn aangevuld; pas ze aan aan \
            wat u in uw eigen gemeente ziet."
            .into(),
        co_created: false,
    };
    (fields, emoji("🎧", AvatarColour::Blue))
}

fn hermien() -> (PersonaFields, Avatar) {
    let fields = PersonaFields {
        name: "Hermien".into(),
        age: Some(40),
        place: "Arnhem".into(),
        household: "Woont alleen in een huurflat op de derde verdieping, met haar kat.".into(),
        daytime: "Heeft geen betaald werk. Gaat twee ochtenden per week naar een \
            inloophuis en helpt daar in de moestuin."
            .into(),
        health: "Is sinds haar twintigste vaak opgenomen geweest in de ggz, de laatste \
            keer twee jaar geleden. Slikt medicijnen die haar moe maken. Wordt somber en \
            angstig als er veel tegelijk gebeurt."
            .into(),
        tags: tags(&["ggz"]),
        occasion: "Het gaat al een tijd goed, dus haar ambulante begeleiding wordt \
            afgebouwd. In dezelfde week kreeg ze een aanmaning van haar zorgverzekeraar."
            .into(),
        question: "Hermien wil weten op welke hulp ze nog kan rekenen als haar \
            begeleider stopt, en wie haar helpt met de post en de rekeningen."
            .into(),
        question_behind: "Ze wil gezien worden als meer dan haar ziektegeschiedenis. Ze \
            is bang om terug te vallen en ziet er tegenop om haar hele verhaal weer aan \
            iemand nieuws te vertellen."
            .into(),
        life_areas: vec![
            area(
                LifeArea::Housing,
                "Woont zelfstandig. In goede weken is het huis op orde, in slechte weken \
                blijft alles liggen.",
                Rating::Fair,
            ),
            area(
                LifeArea::WorkIncome,
                "Leeft van een uitkering. Er liggen onbetaalde rekeningen; brieven waar ze \
                bang voor is, maakt ze niet open.",
                Rating::Problem,
            ),
            area(
                LifeArea::Care,
                "Heeft een vaste psychiater en een ambulant begeleider die binnenkort \
                stopt. Eerdere overdrachten tussen hulpverleners gingen vaak mis.",
                Rating::Fair,
            ),
            area(
                LifeArea::Wellbeing,
                "Schildert en wandelt graag. Heeft goede en minder goede weken.",
                Rating::Fair,
            ),
            area(
                LifeArea::SocialContacts,
                "Ziet haar zus geregeld en kent een paar mensen van het inloophuis. Oude \
                vrienden zijn in de loop der jaren uit beeld geraakt.",
                Rating::Fair,
            ),
            area(
                LifeArea::Participation,
                "Het werk in de moestuin van het inloophuis geeft haar een reden om de \
                deur uit te gaan.",
                Rating::Good,
            ),
        ],
        network: vec![
            person("Petra", "zus", Support::Strong),
            person(
                "Gerrit",
                "ambulant begeleider, stopt binnenkort",
                Support::Strong,
            ),
            person(
                "Anouk",
                "ervaringsdeskundige bij het inloophuis",
                Support::Weak,
            ),
            person("Ans", "buurvrouw", Support::Weak),
        ],
        wishes: "Zelf de regie houden. Eén vast aanspreekpunt. Later een paar uur betaald \
            werk, misschien als ervaringsdeskundige."
            .into(),
        barriers: "Wantrouwen naar instanties na opnames tegen haar zin. Lange \
            formulieren. Steeds andere contactpersonen. Het stempel 'ggz-patiënt'."
            .into(),
        quote: "Ik ben niet mijn dossier, vraag het mij gewoon zelf.".into(),
        roleplay_behaviour: "Is vriendelijk maar op haar hoede. Vraagt eerst wie het \
            verslag te lezen krijgt. Praat snel en springt van de hak op de tak als ze \
            gespannen is. Wordt kortaf bij vaktaal, of als er over haar gepraat wordt in \
            plaats van met haar."
            .into(),
        roleplay_background: "Hermien werd op haar 21e voor het eerst opgenomen, midden \
            in haar opleiding tot verpleegkundige. Er volgden meer opnames, een paar keer \
            gedwongen. Dat heeft haar vertrouwen in hulpverleners beschadigd. De laatste \
            twee jaar gaat het goed, ook dankzij Gerrit, die ze echt vertrouwt. Nu hij \
            stopt, voelt ze zich in de steek gelaten, maar dat zegt ze niet hardop. De \
            schuld is ontstaan doordat ze brieven in een la legde. Ze schaamt zich \
            daarvoor en vertelt het pas als ze zich veilig voelt. Ze weet veel van de ggz \
            en merkt meteen als iemand haar niet serieus neemt."
            .into(),
        sources: "Gebaseerd op een korte voorbeeldschets in een Nederlandse \
            inspiratiegids over cliëntondersteuning voor gemeenten (werkvorm persona's): \
            een vrouw van veertig met een lange geschiedenis van opnames in de ggz. \
            Woonplaats, netwerk en andere details zijn aangevuld; pas ze aan aan wat u in \
            uw eigen gemeente ziet."
            .into(),
        co_created: false,
    };
    (fields, emoji("🌻", AvatarColour::Purple))
}

fn klaas() -> (PersonaFields, Avatar) {
    let fields = PersonaFields {
        name: "Klaas".into(),
        age: Some(78),
        place: "Nunspeet".into(),
        household: "Woont met zijn vrouw Riet (75) in een eengezinswoning met de \
            slaapkamer boven. Ze wonen er al ruim veertig jaar."
            .into(),
        daytime: "Was timmerman. Knutselt graag in zijn schuur en fietst elke middag een \
            rondje door het dorp."
            .into(),
        health: "Vergeet de laatste tijd afspraken en namen en raakte twee keer de weg \
            kwijt op een bekende route. Er is nog geen diagnose; de huisarts wil hem laten \
            onderzoeken op dementie. Heeft ook een slechte knie."
            .into(),
        tags: tags(&["ouderen", "dementie"]),
        occasion: "Klaas kwam na zijn fietsrondje niet thuis; de politie bracht hem 's \
            avonds terug. Zijn dochter schrok en nam contact op met het Wmo-loket."
            .into(),
        question: "Zijn dochter vraagt wat er nodig is om haar ouders veilig thuis te \
            laten wonen. Klaas vindt dat er niets aan de hand is."
            .into(),
        question_behind: "Klaas wil zijn vrijheid en zijn fiets houden en is bang dat hij \
            naar een tehuis moet. Riet vraagt zich af hoe lang ze dit nog volhoudt."
            .into(),
        life_areas: vec![
            area(
                LifeArea::Housing,
                "Het huis is vertrouwd, maar de trap naar de slaapkamer gaat steeds \
                moeilijker. Verhuizen zou veel onrust geven.",
                Rating::Fair,
            ),
            area(
                LifeArea::WorkIncome,
                "AOW en een klein pensioen. Riet regelt de geldzaken.",
                Rating::Good,
            ),
            area(
                LifeArea::Care,
                "Alleen de huisarts is in beeld. Er is geen casemanager en Riet vangt \
                alles zelf op.",
                Rating::Problem,
            ),
            area(
                LifeArea::Wellbeing,
                "De schuur en het fietsen geven hem rust. Wordt sneller boos of somber \
                als iets niet lukt.",
                Rating::Fair,
            ),
            area(
                LifeArea::SocialContacts,
                "Was jaren lid van de biljartclub, maar gaat steeds minder. Schaamt zich \
                als hij op een naam niet kan komen.",
                Rating::Fair,
            ),
        ],
        network: vec![
            person("Riet", "echtgenote, mantelzorger", Support::Strong),
            person(
                "Monique",
                "dochter, woont een uur rijden verderop",
                Support::Strong,
            ),
            person("Bert", "buurman, kent Klaas al dertig jaar", Support::Weak),
            person("Dokter Visser", "huisarts", Support::Weak),
        ],
        wishes: "Thuis blijven wonen. Blijven fietsen en klussen. Dat Riet het niet \
            allemaal alleen hoeft te doen."
            .into(),
        barriers: "Klaas ontkent dat er iets mis is en schaamt zich. Hij wil geen \
            vreemden over de vloer. Voor zijn dochter, die ver weg woont, is het aanbod \
            onoverzichtelijk."
            .into(),
        quote: "Ik ben gewoon wat vergeetachtig, dat heeft iedereen op mijn leeftijd.".into(),
        roleplay_behaviour: "Is beleefd en vertelt graag over vroeger en over zijn vak. \
            Maakt een grapje om een lastige vraag te ontwijken. Vertelt soms twee keer \
            hetzelfde. Kijkt naar Riet als hij een antwoord niet weet en ergert zich als \
            zij hem verbetert."
            .into(),
        roleplay_background: "Klaas heeft altijd met zijn handen gewerkt en alles zelf \
            opgelost. Hij merkt zelf ook dat er iets verandert en dat maakt hem bang, maar \
            dat geeft hij niet toe. Zijn vader werd aan het eind van zijn leven dement en \
            moest naar een verpleeghuis; dat beeld zit diep. Riet dekt veel voor hem af en \
            zegt tegen anderen dat het goed gaat. Monique ziet meer dan Klaas lief is, en \
            dat geeft spanning. Klaas gaat pas echt praten als de gespreksvoerder hem \
            serieus neemt, naar zijn schuur vraagt en niet meteen met oplossingen komt."
            .into(),
        sources: "Gebaseerd op een korte voorbeeldschets in een Nederlandse \
            inspiratiegids over cliëntondersteuning voor gemeenten (werkvorm persona's): \
            een oudere man die mogelijk dementie krijgt. Leeftijd, woonplaats, gezin en \
            andere details zijn aangevuld; pas ze aan aan wat u in uw eigen gemeente ziet."
            .into(),
        co_created: false,
    };
    (
        fields,
        Avatar::Initials {
            colour: AvatarColour::Teal,
        },
    )
}

fn marijke() -> (PersonaFields, Avatar) {
    let fields = PersonaFields {
        name: "Marijke".into(),
        age: Some(48),
        place: "Amersfoort".into(),
        household: "Woont met haar man Erik en hun zoon Daan van zeventien in een huis \
            met een steile trap. Ze kunnen verhuizen naar een gelijkvloerse woning in \
            dezelfde wijk."
            .into(),
        daytime: "Was doktersassistent en werkt nu nog twee ochtenden per week. De rest \
            van de week heeft ze nodig om bij te komen."
            .into(),
        health: "Heeft MS (multiple sclerose), een aandoening van de hersenen en het \
            ruggenmerg. Ze is snel moe en heeft weinig kracht in haar benen. Buiten \
            loopt ze met een rollator, op slechte dagen gebruikt ze een rolstoel."
            .into(),
        tags: tags(&["chronisch ziek", "lichamelijke beperking"]),
        occasion: "Er komt een gelijkvloerse woning vrij, maar die moet eerst worden \
            aangepast: drempels eruit en een badkamer waar ze zittend kan douchen. Marijke \
            vroeg de gemeente om een bijdrage voor de aanpassingen en liep vast in de \
            aanvraag."
            .into(),
        question: "Marijke wil hulp bij haar aanvraag voor een bijdrage van de gemeente \
            voor het aanpassen van de nieuwe woning."
            .into(),
        question_behind: "Ze wil de verhuizing niet in haar eentje hoeven regelen en niet \
            bij elk loket haar verhaal opnieuw doen. Ze wil zo lang mogelijk zelf dingen \
            kunnen doen, zodat haar man en zoon minder voor haar hoeven te zorgen."
            .into(),
        life_areas: vec![
            area(
                LifeArea::Housing,
                "De trap in het huidige huis lukt bijna niet meer; soms slaapt ze beneden \
                op de bank. De nieuwe woning is pas bruikbaar na de aanpassingen.",
                Rating::Problem,
            ),
            area(
                LifeArea::WorkIncome,
                "Werkt nog een paar uur en heeft daarnaast een gedeeltelijke \
                arbeidsongeschiktheidsuitkering. De verhuizing en de eigen bijdragen maken \
                het krap.",
                Rating::Fair,
            ),
            area(
                LifeArea::Care,
                "Heeft een neuroloog en een MS-verpleegkundige. Wist niet dat ze gratis \
                een cliëntondersteuner kon krijgen; de gemeente wees haar daarop.",
                Rating::Fair,
            ),
            area(
                LifeArea::Wellbeing,
                "Leest veel en zit in een leesclub. Door de vermoeidheid moet ze goed \
                kiezen wat ze op een dag doet.",
                Rating::Fair,
            ),
            area(
                LifeArea::SocialContacts,
                "Haar man en zoon helpen veel. Ze heeft een hechte groep vriendinnen.",
                Rating::Good,
            ),
        ],
        network: vec![
            person("Erik", "echtgenoot", Support::Strong),
            person("Daan", "zoon", Support::Strong),
            person("Marjolijn", "cliëntondersteuner", Support::Strong),
            person("Hanneke", "vriendin uit de leesclub", Support::Weak),
        ],
        wishes: "Voor de zomer verhuisd zijn. Zelf kunnen douchen. Haar gezin minder \
            belasten."
            .into(),
        barriers: "De regels voor een woningaanpassing zijn ingewikkeld, en gemeente en \
            woningcorporatie verwijzen naar elkaar. Na een uur praten is ze op. Ze wist \
            niet dat cliëntondersteuning bestond."
            .into(),
        quote: "Ik kan nog heel veel zelf, maar dit papierwerk kreeg ik niet rond.".into(),
        roleplay_behaviour: "Is helder en goed voorbereid, met een map vol brieven. Na \
            een half uur wordt ze zichtbaar moe en verliest ze de draad. Ergert zich als \
            ze iets voor de derde keer moet uitleggen. Zegt snel 'het gaat wel' als er naar \
            haarzelf gevraagd wordt."
            .into(),
        roleplay_background: "Marijke kreeg de diagnose MS rond haar veertigste. De \
            ziekte gaat op en neer. Ze regelt graag alles zelf en vindt hulp vragen \
            moeilijk. Toen de gelijkvloerse woning vrijkwam, dacht ze dat de aanvraag snel \
            rond zou zijn. Dat viel tegen: niemand wist precies wie wat betaalt, en ze \
            moest steeds nieuwe papieren aanleveren. Een medewerker van de gemeente noemde \
            cliëntondersteuning. Eerst voelde dat als falen, maar het gaf vooral rust: \
            Marjolijn weet de weg en staat naast haar, niet boven haar."
            .into(),
        sources: "Gebaseerd op het praktijkverhaal waarmee een Nederlandse handreiking \
            voor gemeenten over het versterken van cliëntondersteuning opent: een vrouw \
            met MS die naar een gelijkvloerse woning gaat, een bijdrage van de gemeente \
            nodig heeft voor aanpassingen en daarbij hulp krijgt van een \
            cliëntondersteuner. Leeftijd, werk en andere details zijn aangevuld."
            .into(),
        co_created: false,
    };
    (fields, emoji("🏡", AvatarColour::Orange))
}

fn johan() -> (PersonaFields, Avatar) {
    let fields = PersonaFields {
        name: "Johan".into(),
        age: Some(35),
        place: "Tilburg".into(),
        household: "Woont alleen in een appartement. Elke doordeweekse dag komt een \
            ambulant begeleider om samen te koken; die helpt ook met geld en post."
            .into(),
        daytime: "Werkt al sinds zijn negentiende als manusje-van-alles in een kleine \
            houtwerkplaats, twintig minuten lopen van huis."
            .into(),
        health: "Heeft een licht verstandelijke beperking en PDD-NOS, een vorm van \
            autisme. Hij heeft een vaste dagindeling nodig; onverwachte dingen maken hem \
            paniekerig."
            .into(),
        tags: tags(&["LVB", "autisme"]),
        occasion: "De houtwerkplaats gaat dicht: de baas gaat met pensioen en er komt te \
            weinig geld binnen. Zijn ontslag is aangevraagd en over drie maanden heeft \
            Johan geen werk meer."
            .into(),
        question: "Johan heeft hulp nodig bij het vinden van nieuw werk of een \
            dagbesteding die bij hem past."
            .into(),
        question_behind: "Johan verliest niet alleen zijn werk, maar ook de vaste \
            structuur van zijn dag, zijn baas en de collega's die hij als vrienden ziet. \
            Zijn moeder vraagt zich af wie er op hem let als zij er straks niet meer is."
            .into(),
        life_areas: vec![
            area(
                LifeArea::Housing,
                "Woont zelfstandig met begeleiding. Zijn huis is netjes; alles heeft een \
                vaste plek.",
                Rating::Good,
            ),
            area(
                LifeArea::WorkIncome,
                "Over drie maanden werkloos. Het is nog niet duidelijk welk inkomen hij dan \
                krijgt en waar hij terecht kan.",
                Rating::Problem,
            ),
            area(
                LifeArea::Care,
                "Dagelijks ambulante begeleiding voor koken, geld en post. Is bekend bij \
                MEE.",
                Rating::Good,
            ),
            area(
                LifeArea::Wellbeing,
                "Sinds het nieuws over de sluiting heeft hij paniekaanvallen en scheldt hij \
                op alles wat niet meteen lukt.",
                Rating::Problem,
            ),
            area(
                LifeArea::SocialContacts,
                "Gaat elk weekend naar zijn moeder. Zijn broer en zus ziet hij weinig. Zijn \
                collega's ziet hij alleen op het werk.",
                Rating::Fair,
            ),
        ],
        network: vec![
            person("Gerda", "moeder, 70, vroeger kleuterjuf", Support::Strong),
            person("Anton", "baas van de houtwerkplaats", Support::Strong),
            person("Peter", "collega, werkt er al net zo lang", Support::Strong),
            person("Linda", "ambulant begeleider", Support::Strong),
        ],
        wishes: "Weer werk met hout, of met ordenen en opruimen. Een begeleider die hem \
            begrijpt zoals Anton. Zijn vrienden van het werk blijven zien."
            .into(),
        barriers: "Veranderingen en onduidelijkheid. Hij kan niet fietsen en vindt het \
            verkeer onoverzichtelijk, dus een nieuwe plek moet lopend te bereiken zijn. \
            Hij neemt taal heel letterlijk."
            .into(),
        quote: "Ik wil gewoon elke ochtend om tien over acht naar mijn werk lopen.".into(),
        roleplay_behaviour: "Kijkt langs de gespreksvoerder heen of naar de grond, en \
            kijkt naar zijn moeder voordat hij iets zegt. Friemelt en schuift op zijn \
            stoel. Draait zich om bij elk geluidje. Neemt uitdrukkingen letterlijk. Komt \
            steeds terug op hetzelfde punt, tenzij de gespreksvoerder echt met hem \
            meegaat."
            .into(),
        roleplay_background: "Johan woonde tot zijn veertiende bij zijn ouders. Hun \
            scheiding raakte hem hard: hij kreeg zware woedeaanvallen en ging op advies van \
            MEE naar een woongroep. Via een stage kwam hij bij Anton op de houtwerkplaats, \
            en daar knapte hij op. Sinds zijn 25e woont hij zelfstandig. Zijn week ligt \
            helemaal vast: dezelfde tijden, dezelfde boodschappen, elke weekdag hetzelfde \
            eten en in het weekend naar zijn moeder. Opruimen en ordenen geven hem rust. \
            Hij kent veel woorden, maar begrijpt de wereld minder goed dan het lijkt. \
            Zijn moeder zit bij het gesprek. Ze laat hem praten maar vult graag aan, en ze \
            is net zo bang als hij: zo'n goede plek vindt hij nooit meer, denkt ze. Daardoor \
            reageert ze soms ongeduldig op vragen."
            .into(),
        sources: "Gebaseerd op een oefencasus uit een Nederlandse train-de-trainer-cursus \
            over het gesprek met inwoners in het sociaal domein (casus Johan, licht \
            verstandelijke beperking). Woonplaats en de namen in het netwerk zijn \
            aangevuld."
            .into(),
        co_created: false,
    };
    (fields, emoji("🔨", AvatarColour::Red))
}

fn emma() -> (PersonaFields, Avatar) {
    let fields = PersonaFields {
        name: "Emma".into(),
        age: Some(22),
        place: "Gouda".into(),
        household: "Woont bij haar vader en moeder. Haar oudere broer en zus wonen al op \
            zichzelf."
            .into(),
        daytime: "Werkt met begeleiding in de bedrijfskantine van een groot kantoor, van \
            half tien tot half drie. Ze snijdt groente en ruimt de vaatwasser uit. Ze gaat met de \
            bus naar haar werk en is daarna erg moe."
            .into(),
        health: "Heeft een licht verstandelijke beperking: ze begrijpt taal goed, maar is \
            heel traag en onhandig in wat ze doet. Heeft ook ADD en epilepsie; met de \
            juiste medicijnen heeft ze al jaren geen aanval gehad."
            .into(),
        tags: tags(&["LVB", "jongvolwassenen"]),
        occasion: "Emma wil het huis uit en op zichzelf wonen. Haar ouders denken dat dat \
            zonder begeleiding niet gaat."
            .into(),
        question: "Hulp bij het vinden van een woonplek die bij haar past, met \
            begeleiding erbij."
            .into(),
        question_behind: "Emma wil erbij horen en net zo zelfstandig zijn als anderen van \
            haar leeftijd; ze voelt zich vaak een buitenbeentje. Haar vader wil zeker weten \
            dat ze goed terechtkomt."
            .into(),
        life_areas: vec![
            area(
                LifeArea::Housing,
                "Woont fijn thuis, maar wil eruit. Ruimt haar eigen kamer op en helpt met \
                afruimen. Heeft nooit zelf de was gedaan of een maaltijd gekookt.",
                Rating::Fair,
            ),
            area(
                LifeArea::WorkIncome,
                "Het werk gaat goed dankzij vaste taken en een begeleider die haar goed \
                volgt. Ze heeft weinig besef van geld en denkt dat een pinpas altijd werkt.",
                Rating::Fair,
            ),
            area(
                LifeArea::Care,
                "Is bekend bij MEE. De epilepsie is goed onder controle. Voor het wonen is \
                nog geen begeleiding geregeld.",
                Rating::Fair,
            ),
            area(
                LifeArea::Wellbeing,
                "Schildert mooi als iemand erbij is en schrijft elke dag op wat ze heeft \
                meegemaakt. Kijkt graag soaps en filmpjes. Houdt niet van sporten.",
                Rating::Good,
            ),
            area(
                LifeArea::SocialContacts,
                "Goed contact met haar ouders, met een tante en oom vlakbij en met opa en \
                oma die ver weg wonen. Heeft geen vriendinnen van haar leeftijd en mist \
                een beste vriendin.",
                Rating::Problem,
            ),
            area(
                LifeArea::Participation,
                "Reist zelfstandig met bus en trein, met hulp van een OV-coach. Fietst \
                alleen korte stukken over een rustig fietspad.",
                Rating::Good,
            ),
        ],
        network: vec![
            person("Rob", "vader, 55, kok", Support::Strong),
            person("Ingrid", "moeder", Support::Strong),
            person(
                "Marja en Henk",
                "tante en oom, wonen vlakbij",
                Support::Strong,
            ),
            person("Samira", "begeleider in de kantine", Support::Strong),
        ],
        wishes: "Op zichzelf wonen, het liefst dicht bij haar werk en bij haar tante en \
            oom. Een beste vriendin. Vaker schilderen."
            .into(),
        barriers: "Ze overschat zichzelf en wil niet horen wat ze niet kan. Bij veel \
            dingen tegelijk raakt ze het overzicht kwijt en wordt ze onrustig. Geld zegt \
            haar weinig. Vertrouwen opbouwen kost tijd."
            .into(),
        quote: "Ik ben 22, ik kan heus wel zelf wonen.".into(),
        roleplay_behaviour: "Zucht, trekt met haar schouders en kijkt haar vader \
            veelzeggend aan. Geeft korte antwoorden en ontwijkt vragen over wat niet lukt. \
            Vraag je wat ze wél kan, geef je een gemeend compliment of maak je een grapje \
            over haar vader, dan ontdooit ze en gaat ze uitgebreid vertellen."
            .into(),
        roleplay_background: "Emma praat als iemand die alles snapt, en daardoor is ze \
            lang overschat. Op de basisschool bleef ze twee keer zitten, werd ze gepest en \
            kreeg ze steeds te horen dat ze te traag was. Rond haar achtste kreeg ze haar \
            eerste epileptische aanval; daarna bleek uit onderzoek dat ze een licht \
            verstandelijke beperking en ADD heeft. Op de praktijkschool bloeide ze wat op: \
            ze ontdekte dat ze graag in de keuken helpt en mooi kan schilderen. Ze is lief, \
            helpt graag en wil ergens bij horen, maar is onzeker en raakt snel \
            gefrustreerd. Daar kan ze wel goed over praten. Haar vader zit bij het gesprek. \
            Hij heeft lang moeten wennen aan haar beperking, is blij met haar werkplek \
            en wil nu goede begeleiding voor het wonen regelen. Emma vindt dat allemaal onnodig."
            .into(),
        sources: "Gebaseerd op een oefencasus uit een Nederlandse train-de-trainer-cursus \
            over het gesprek met inwoners in het sociaal domein (casus Emma, licht \
            verstandelijke beperking). Woonplaats en de namen in het netwerk zijn \
            aangevuld."
            .into(),
        co_created: false,
    };
    (fields, emoji("🎨", AvatarColour::Green))
}

fn richard() -> (PersonaFields, Avatar) {
    let fields = PersonaFields {
        name: "Richard".into(),
        age: Some(37),
        place: "Nieuwegein".into(),
        household: "Woont alleen in een satellietwoning: een eigen appartement, met \
            ambulante begeleiding die dag en nacht bereikbaar is."
            .into(),
        daytime: "Werkt 's middags in het groen bij de plantsoenendienst, via de sociale \
            werkvoorziening. Op donderdag heeft hij creatieve dagbesteding en eet \
            hij in het dienstencentrum."
            .into(),
        health: "Heeft schizofrenie. Het gaat al een tijd stabiel en zijn psychoses zijn \
            onder controle. Zijn medicijnen maken hem moe en slaperig, vooral 's ochtends. \
            Vorig jaar werd hij weer psychotisch toen zijn dosis veranderde."
            .into(),
        tags: tags(&["ggz"]),
        occasion: "Zijn werk via de sociale werkvoorziening stopt. Niemand kan hem nog \
            vertellen wat er daarna komt."
            .into(),
        question: "Richard en zijn begeleider willen weten waar hij straks overdag naartoe \
            kan."
            .into(),
        question_behind: "Richard is bang dat alle veranderingen tegelijk hem weer ziek \
            maken. Hij wil in kleine stapjes verder, zelf kiezen met wie hij omgaat en \
            buiten blijven werken. Ook loopt zijn huishouden vast sinds zijn moeder ziek is, \
            maar daar schaamt hij zich voor."
            .into(),
        life_areas: vec![
            area(
                LifeArea::Housing,
                "Sinds zijn moeder niet meer helpt, raakt zijn huis vervuild. Hij wil geen \
                vreemde in huis die aan zijn spullen komt.",
                Rating::Problem,
            ),
            area(
                LifeArea::WorkIncome,
                "Zijn plek bij de sociale werkvoorziening verdwijnt. Binnen in een \
                werkbedrijf werken ziet hij niet zitten.",
                Rating::Problem,
            ),
            area(
                LifeArea::Care,
                "Heeft een psychiater en spreekt zijn persoonlijk begeleider elke week. In \
                dat ene gesprek moet alles aan bod komen; voor het huishouden blijft te \
                weinig tijd over.",
                Rating::Fair,
            ),
            area(
                LifeArea::Wellbeing,
                "Werkt graag creatief met zijn handen. Bij de dagbesteding doet hij mee \
                aan een schrijfproject. 's Avonds is hij vaak te moe voor iets anders.",
                Rating::Fair,
            ),
            area(
                LifeArea::SocialContacts,
                "Trekt op met een vast groepje uit het groen en drinkt koffie met Hans. \
                Vertrouwt nieuwe mensen moeilijk sinds 'vrienden' geld van hem aftroggelden. \
                Zou graag een vriendin hebben.",
                Rating::Fair,
            ),
            area(
                LifeArea::Participation,
                "In het dienstencentrum koken cliënten nu ook voor de buurt. Hij hielp \
                laatst met fruit snijden en dat ging goed.",
                Rating::Fair,
            ),
        ],
        network: vec![
            person("Marloes", "persoonlijk begeleider", Support::Strong),
            person("Hans", "maatje, samen koffie drinken", Support::Strong),
            person("Wim", "vader, zorgt nu voor zijn moeder", Support::Weak),
            person(
                "Thea",
                "moeder, half verlamd na een beroerte",
                Support::Weak,
            ),
        ],
        wishes: "Buiten blijven werken met planten. Stukjes schrijven voor het cliëntenblad \
            of de krant. Meer vrienden en ooit een vriendin. Elke dag één vaste klus in huis."
            .into(),
        barriers: "Veel veranderingen tegelijk. Vermoeidheid door zijn medicijnen. \
            Wantrouwen tegenover onbekenden, ook tegenover vrijwilligers. Schiet in de \
            weerstand als het over doelen gaat. Weet weinig van de Wmo en rekent erop dat \
            zijn begeleider het regelt."
            .into(),
        quote: "Als alles tegelijk verandert, weet ik niet meer waar ik sta.".into(),
        roleplay_behaviour: "Praat rustig en zacht; aan hem zie je niet wat er in hem \
            omgaat. Geeft precieze, wat afwachtende antwoorden. Wordt kortaf en dan boos \
            als de gespreksvoerder aanstuurt op iets nieuws. Vertelt pas over zijn \
            huishouden als er geen oordeel in de vraag zit. Gaapt en zakt soms even weg \
            van vermoeidheid."
            .into(),
        roleplay_background: "Richard heeft het vertrouwde nodig. Hij is precies en maakt \
            af waar hij aan begint; daarom past snoeien en wieden zo goed bij hem. Hij kan \
            ook goed luisteren naar anderen. Zijn netwerk is klein en kwetsbaar: zijn \
            moeder, die voor hem kookte en schoonmaakte, kreeg zes maanden terug een \
            beroerte. Zijn vader zorgt nu voor haar en Richard durft hem niet lastig te \
            vallen. Twee jaar geleden maakten nieuwe vrienden misbruik van hem; sindsdien \
            is hij wantrouwig. Bij een eerdere terugval stopte hij met zijn medicijnen en \
            werd hij achterdochtig. Hij is bang dat dat weer gebeurt nu hij zich zorgen \
            maakt. In het dienstencentrum verandert ook van alles: waar hij met Hans op de \
            bank koffie dronk, staan nu computers. Zijn begeleider zit bij het gesprek, wil \
            hem tegen al die veranderingen beschermen en is bang voor een terugval."
            .into(),
        sources: "Gebaseerd op een oefencasus uit een Nederlandse train-de-trainer-cursus \
            over het gesprek met inwoners in het sociaal domein (casus Richard, ggz). De \
            namen in het netwerk zijn aangevuld."
            .into(),
        co_created: false,
    };
    (fields, emoji("🌳", AvatarColour::Blue))
}
