//! The whole persona on one card, readable at arm's length; empty parts are left
//! out. Also the printed page: one card per A4 sheet.

use super::avatar::AvatarView;
use super::labels::{area_name, rating_name, support_name};
use crate::i18n::{CommonMsg, Key, Language};
use crate::model::{Avatar, LifeArea, PersonaFields};
use crate::ui::i18n::{tr, use_app};
use leptos::prelude::*;

/// A persona's card. `example` marks the ones that came with the app.
#[component]
pub fn PersonaCard(fields: PersonaFields, avatar: Avatar, example: bool) -> impl IntoView {
    let state = use_app();
    let age_place = {
        let fields = fields.clone();
        move || age_and_place(&fields, state.language())
    };
    let tags = fields.tags.clone();
    let quote = fields.quote.clone();
    let PersonaFields {
        household,
        daytime,
        health,
        occasion,
        question,
        question_behind,
        wishes,
        barriers,
        ..
    } = fields.clone();
    view! {
        <article class="card persona-card">
            <header class="persona-card-head">
                <AvatarView avatar fields=fields.clone() size="large" />
                <div>
                    <h2>{fields.name.clone()}</h2>
                    <p class="meta">{age_place}</p>
                    <Show when=move || example>
                        <span class="badge">{tr(Key::PersonaExampleBadge)}</span>
                    </Show>
                    <ul class="tags" aria-label=tr(Key::FieldTags)>
                        {tags.into_iter().map(|tag| view! { <li>{tag}</li> }).collect_view()}
                    </ul>
                </div>
            </header>
            {(!quote.is_empty()).then(|| view! { <blockquote>{quote}</blockquote> })}
            {section(
                Key::PersonaSituation,
                vec![
                    (Key::FieldHousehold, household),
                    (Key::FieldDaytime, daytime),
                    (Key::FieldHealth, health),
                ],
            )}
            {section(
                Key::PersonaQuestionSection,
                vec![
                    (Key::FieldOccasion, occasion),
                    (Key::FieldQuestion, question),
                    (Key::FieldQuestionBehind, question_behind),
                ],
            )}
            <LifeAreas fields=fields.clone() />
            <Network fields=fields.clone() />
            {section(
                Key::PersonaWishesSection,
                vec![(Key::FieldWishes, wishes), (Key::FieldBarriers, barriers)],
            )}
            <RolePlay fields=fields.clone() />
            <Sources fields />
        </article>
    }
}

/// "16 jaar · Zwolle": the age and place line under a persona's name.
pub fn age_and_place(fields: &PersonaFields, language: Language) -> String {
    let age = fields.age.map(|age| {
        CommonMsg::PersonaAgeYears {
            age: age.to_string(),
        }
        .text(language)
    });
    let place = (!fields.place.is_empty()).then(|| fields.place.clone());
    age.into_iter().chain(place).collect::<Vec<_>>().join(" · ")
}

/// A titled part of the card with its labelled texts; nothing when all are empty.
fn section(title: Key, entries: Vec<(Key, String)>) -> impl IntoView {
    let entries: Vec<_> = entries
        .into_iter()
        .filter(|(_, text)| !text.is_empty())
        .collect();
    (!entries.is_empty()).then(|| {
        titled(
            title,
            view! {
                <dl>
                    {entries
                        .into_iter()
                        .map(|(label, text)| view! { <Entry label text /> })
                        .collect_view()}
                </dl>
            },
        )
    })
}

/// A part of the card under its heading.
fn titled(title: Key, body: impl IntoView) -> impl IntoView {
    view! {
        <section class="persona-section">
            <h3>{tr(title)}</h3>
            {body}
        </section>
    }
}

/// One labelled text; nothing when the text is empty.
#[component]
fn Entry(label: Key, text: String) -> impl IntoView {
    (!text.is_empty()).then(|| {
        view! {
            <dt>{tr(label)}</dt>
            <dd>{text}</dd>
        }
    })
}

#[component]
fn LifeAreas(fields: PersonaFields) -> impl IntoView {
    let notes: Vec<_> = LifeArea::ALL
        .iter()
        .filter_map(|&area| fields.life_area(area).cloned())
        .collect();
    (!notes.is_empty()).then(|| {
        titled(
            Key::FieldLifeAreas,
            view! {
                <ul class="life-areas">
                    {notes
                        .into_iter()
                        .map(|note| {
                            let rating = note.rating;
                            view! {
                                <li>
                                    <strong>{tr(area_name(note.area))}</strong>
                                    {rating
                                        .map(|r| {
                                            view! {
                                                <span class=format!(
                                                    "rating rating-{}",
                                                    rating_class(r),
                                                )>{tr(rating_name(r))}</span>
                                            }
                                        })}
                                    <p>{note.situation}</p>
                                </li>
                            }
                        })
                        .collect_view()}
                </ul>
            },
        )
    })
}

fn rating_class(rating: crate::model::Rating) -> &'static str {
    match rating {
        crate::model::Rating::Good => "good",
        crate::model::Rating::Fair => "fair",
        crate::model::Rating::Problem => "problem",
    }
}

#[component]
fn Network(fields: PersonaFields) -> impl IntoView {
    let members = fields.network;
    (!members.is_empty()).then(|| {
        titled(
            Key::FieldNetwork,
            view! {
                <ul class="persona-network">
                    {members
                        .into_iter()
                        .map(|member| {
                            let who = [member.name, member.relation]
                                .into_iter()
                                .filter(|t| !t.is_empty())
                                .collect::<Vec<_>>()
                                .join(", ");
                            view! {
                                <li>
                                    {who} " — " {tr(support_name(member.support))}
                                </li>
                            }
                        })
                        .collect_view()}
                </ul>
            },
        )
    })
}

/// Role-play notes; the player's background stays closed until opened.
#[component]
fn RolePlay(fields: PersonaFields) -> impl IntoView {
    let behaviour = fields.roleplay_behaviour;
    let background = fields.roleplay_background;
    (!behaviour.is_empty() || !background.is_empty()).then(|| {
        titled(
            Key::PersonaRoleplaySection,
            view! {
                <dl>
                    <Entry label=Key::FieldRoleplayBehaviour text=behaviour />
                </dl>
                {(!background.is_empty())
                    .then(|| {
                        view! {
                            <details class="roleplay-background">
                                <summary>{tr(Key::FieldRoleplayBackground)}</summary>
                                <p>{background}</p>
                            </details>
                        }
                    })}
            },
        )
    })
}

#[component]
fn Sources(fields: PersonaFields) -> impl IntoView {
    let made_with = if fields.co_created {
        Key::PersonaCoCreated
    } else {
        Key::PersonaNotCoCreated
    };
    titled(
        Key::FieldSources,
        view! {
            {(!fields.sources.is_empty()).then(|| view! { <p>{fields.sources.clone()}</p> })}
            <p class="meta">{tr(made_with)}</p>
        },
    )
}
