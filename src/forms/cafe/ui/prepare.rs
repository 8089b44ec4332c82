//! Preparing a café: name, goal, opening story and theme; rounds with their
//! questions and length; tables with their hosts; participants; the café rules.
//! Every field saves while typing; a refused value shows why next to it and
//! changes nothing.

use super::CafeAt;
use crate::forms::cafe::{
    Cafe, CafeKey, CafeMsg, CafeText, MAX_ROUNDS, MAX_ROUND_MINUTES, MAX_TABLES, MIN_ROUND_MINUTES,
};
use crate::i18n::{Key, Text};
use crate::model::ValidationError;
use crate::platform::clock::{new_id_text, now};
use crate::ui::form_fields::{number_field, text_field};
use crate::ui::i18n::{tr, use_app};
use leptos::prelude::*;

/// The preparation part of the café page.
#[component]
pub fn Prepare(at: CafeAt) -> impl IntoView {
    let state = use_app();
    let at = Memo::new(move |_| at.clone());
    let initial = |read: fn(&Cafe) -> String| at.get_untracked().value(state, read);
    let label = |key: Text| move || tr(key)().to_string();
    view! {
        <section class="card form">
            <h2>{tr(CafeKey::About)}</h2>
            {text_field(at, "cafe-name".into(), label(CafeKey::NameField.into()), initial(|c| c.name.clone()), None,
                |c, t| c.set_text(CafeText::Name, t))}
            {text_field(at, "cafe-goal".into(), label(Key::FieldGoal.into()), initial(|c| c.goal.clone()), Some(3),
                |c, t| c.set_text(CafeText::Goal, t))}
            {text_field(at, "cafe-theme".into(), label(CafeKey::ThemeField.into()), initial(|c| c.theme.clone()), None,
                |c, t| c.set_text(CafeText::Theme, t))}
            {text_field(at, "cafe-story".into(), label(CafeKey::StoryField.into()), initial(|c| c.story.clone()), Some(4),
                |c, t| c.set_text(CafeText::Story, t))}
        </section>
        <RoundsSetup at />
        <TablesSetup at />
        <section class="card form">
            <h2>{tr(CafeKey::ParticipantsField)}</h2>
            {text_field(at, "cafe-participants".into(), label(CafeKey::ParticipantsField.into()),
                initial(|c| c.participants.join("\n")), Some(5), |c, t| c.set_participants(t))}
        </section>
        <RulesSetup at />
    }
}

/// The number of rounds, their length and a question for each.
#[component]
fn RoundsSetup(at: Memo<CafeAt>) -> impl IntoView {
    let state = use_app();
    let rounds = Memo::new(move |_| {
        at.get().value(state, |c| {
            c.rounds
                .iter()
                .enumerate()
                .map(|(index, round)| (index, round.id))
                .collect::<Vec<_>>()
        })
    });
    let count = at.get_untracked().value(state, |c| c.rounds.len());
    let minutes = at
        .get_untracked()
        .value(state, |c| c.round_minutes as usize);
    view! {
        <section class="card form">
            <h2>{tr(CafeKey::RoundsTitle)}</h2>
            <div class="field-pair">
                <div>{number_field(at, "cafe-round-count", CafeKey::RoundCountField, (1, MAX_ROUNDS), count,
                    |c, n| c.set_round_count(n, new_id_text, now()), ValidationError::RoundCountOutOfRange)}</div>
                <div>{number_field(at, "cafe-round-minutes", CafeKey::RoundMinutesField,
                    (MIN_ROUND_MINUTES as usize, MAX_ROUND_MINUTES as usize), minutes,
                    |c, n| c.set_round_minutes(u32::try_from(n).unwrap_or(u32::MAX)), ValidationError::RoundLengthOutOfRange)}</div>
            </div>
            <For each=move || rounds.get() key=|r| *r
                children=move |(index, round_id)| {
                    let initial = at.get_untracked().value(state, |c| {
                        c.rounds.get(index).map(|r| r.question.clone()).unwrap_or_default()
                    });
                    let label = move || CafeMsg::QuestionLabel { n: (index + 1).to_string() }.text(state.language());
                    let id = format!("cafe-question-{index}");
                    text_field(at, id, label, initial, Some(2), move |c, t| c.set_question(round_id, t))
                } />
        </section>
    }
}

/// The number of tables, and a name and host for each.
#[component]
fn TablesSetup(at: Memo<CafeAt>) -> impl IntoView {
    let state = use_app();
    let tables = Memo::new(move |_| {
        at.get().value(state, |c| {
            c.tables
                .iter()
                .enumerate()
                .map(|(index, table)| (index, table.id))
                .collect::<Vec<_>>()
        })
    });
    let count = at.get_untracked().value(state, |c| c.tables.len());
    view! {
        <section class="card form">
            <h2>{tr(CafeKey::TablesTitle)}</h2>
            {number_field(at, "cafe-table-count", CafeKey::TableCountField, (1, MAX_TABLES), count,
                move |c, n| c.set_table_count(n, new_id_text, |i| super::table_name(state, i)), ValidationError::TableCountOutOfRange)}
            <div class="table-rows">
                <For each=move || tables.get() key=|t| *t
                    children=move |(index, table_id)| {
                        let (name, host) = at.get_untracked().value(state, |c| {
                            c.table(table_id).map(|t| (t.name.clone(), t.host.clone())).unwrap_or_default()
                        });
                        let n = (index + 1).to_string();
                        let name_label = { let n = n.clone(); move || CafeMsg::TableNameLabel { n: n.clone() }.text(state.language()) };
                        let host_label = move || CafeMsg::HostLabel { n: n.clone() }.text(state.language());
                        let for_name = table_id;
                        let for_host = table_id;
                        view! {
                            <div class="field-pair">
                                <div>{text_field(at, format!("cafe-table-{index}"), name_label, name, None, move |c, t| {
                                    let host = c.table(for_name).map(|t| t.host.clone()).unwrap_or_default();
                                    c.set_table(for_name, t, &host)
                                })}</div>
                                <div>{text_field(at, format!("cafe-host-{index}"), host_label, host, None, move |c, t| {
                                    let name = c.table(for_host).map(|t| t.name.clone()).unwrap_or_default();
                                    c.set_table(for_host, &name, t)
                                })}</div>
                            </div>
                        }
                    } />
            </div>
        </section>
    }
}

/// The café rules, one per line, with a way back to the standard ones.
#[component]
fn RulesSetup(at: Memo<CafeAt>) -> impl IntoView {
    let state = use_app();
    // Drawn again after "restore", so the field shows the restored rules.
    let version = RwSignal::new(0_u32);
    let restore = move |_| {
        let rules = super::default_rules(state).join("\n");
        if at
            .get_untracked()
            .change(state, |c| c.set_rules(&rules))
            .is_ok()
        {
            version.update(|v| *v += 1);
        }
    };
    view! {
        <section class="card form">
            <h2>{tr(CafeKey::Rules)}</h2>
            {move || {
                version.get();
                let initial = untrack(|| at.get().value(state, |c| c.rules.join("\n")));
                text_field(at, "cafe-rules".into(), move || tr(CafeKey::RulesField)().to_string(), initial, Some(8),
                    |c, t| c.set_rules(t))
            }}
            <button type="button" on:click=restore>{tr(CafeKey::RulesReset)}</button>
        </section>
    }
}
