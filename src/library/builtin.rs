//! The methods the app ships, taken from the method guides in `seeds/` and
//! written in the app's own words, in Dutch and English.

use super::{Method, MethodKind, MethodText, Seed};
use crate::forms::FormKind;
use crate::model::PlainKind;

/// Every built-in method, grouped by the guide it comes from.
pub const METHODS: &[Method] = &[
    Method {
        slug: "wereldcafe",
        seed: Seed::Regional,
        kind: MethodKind::Runs(FormKind::Cafe),
        minutes: (60, 120),
        people: (12, 100),
        nl: MethodText {
            name: "Wereldcafé",
            summary: "Gesprekken in kleine groepen aan tafels, in een paar rondes. Na elke ronde wisselen de gasten van tafel; de gastheer blijft en vertelt wat er al gezegd is.",
            steps: &[
                "Leg de vraag van de ronde uit en de regels van het café.",
                "Praat 20 minuten per tafel; schrijf en teken op het tafelkleed.",
                "Wissel van tafel; de gastheer vat samen voor de nieuwe groep.",
                "Oogst in de grote groep: wat kwam aan alle tafels terug?",
            ],
            preparation: "Kies de vragen per ronde en vraag per tafel een gastheer.",
            materials: &["Tafelkleden of flip-overvellen", "Stiften", "Bel of wekker"],
        },
        en: MethodText {
            name: "World Café",
            summary: "Small-group conversations at tables, in a few rounds. After each round guests move to another table; the host stays and tells what was said before.",
            steps: &[
                "Explain the round's question and the café's rules.",
                "Talk for 20 minutes per table; write and draw on the tablecloth.",
                "Change tables; the host sums up for the new group.",
                "Harvest together: what came back at every table?",
            ],
            preparation: "Choose the questions per round and ask a host for each table.",
            materials: &["Paper tablecloths or flip-chart sheets", "Markers", "Bell or alarm clock"],
        },
    },
    Method {
        slug: "pauze",
        seed: Seed::Training,
        kind: MethodKind::Plain(PlainKind::Break),
        minutes: (10, 30),
        people: (1, 200),
        nl: MethodText {
            name: "Pauze",
            summary: "Even niets: koffie, thee en bijpraten.",
            steps: &[],
            preparation: "Zorg dat koffie en thee klaarstaan.",
            materials: &["Koffie en thee"],
        },
        en: MethodText {
            name: "Break",
            summary: "A pause: coffee, tea and a chat.",
            steps: &[],
            preparation: "Make sure coffee and tea are ready.",
            materials: &["Coffee and tea"],
        },
    },
];
