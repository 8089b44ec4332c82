//! The persona test inside a workshop, in three steps the facilitator moves
//! between freely: prepare (persona's, municipalities, questions), fill in (a
//! score and a text per persona × municipality) and compare (side by side).

use crate::forms::persona_test::{
    fill_question, Municipality, PersonaTest, PersonaTestKey, PersonaTestMsg, SCORES,
};
use crate::i18n::{CommonMsg, Key, Language, Text};
use crate::model::Prompt;
use crate::model::{Persona, ValidationError};
use crate::platform::clock::{new_id, short_id};
use crate::ui::ask::ask_page;
use crate::ui::autosave::AutoSave;
use crate::ui::form_at::{FormAt, FormRoute, SubPage, Summarised};
use crate::ui::form_error::FormError;
use crate::ui::i18n::{tr, tr_msg, use_app, Msg};
use crate::ui::links::app_path;
use crate::ui::persona::AvatarView;
use crate::ui::state::AppState;
use crate::ui::steps::form_bar;
use leptos::prelude::*;
use leptos_router::components::A;
use crate::model::{MunicipalityId, PersonaId};

impl FormRoute for PersonaTest {
    const SEGMENT: &'static str = "persona-toets";
    const ADD: Text = Text::PersonaTest(PersonaTestKey::AddPersonaTest);

    /// A new test with the questions in the current language.
    fn create(state: AppState) -> Self {
        let central = state.text_now(PersonaTestKey::DefaultCentral);
        let subs = [
            state.text_now(PersonaTestKey::DefaultSub1),
            state.text_now(PersonaTestKey::DefaultSub2),
            state.text_now(PersonaTestKey::DefaultSub3),
        ];
        PersonaTest::new(central, &subs)
    }

    fn page(sub: SubPage) -> Option<AnyView> {
        match sub {
            SubPage::Main => Some(view! { <PersonaTestPage /> }.into_any()),
            SubPage::Ask => Some(ask_page::<PersonaTest>(ask, PersonaTestKey::BackToTest)),
            SubPage::Projector => None,
        }
    }
}

/// Puts the test's central question out to phones, for the persona's still
/// in the library; the question to show.
fn ask(at: &TestAt, state: AppState) -> Result<Prompt, ValidationError> {
    let in_library = |id: PersonaId| state.personas().with_untracked(|l| l.get(id).is_some());
    at.change_workshop(state, |w, now| {
        w.ask_persona_test(at.activity_id, in_library, short_id(), now)
            .cloned()
    })
}

impl Summarised for PersonaTest {
    fn summary(&self, language: Language, persona_exists: &dyn Fn(PersonaId) -> bool) -> String {
        let personas = self
            .persona_ids
            .iter()
            .filter(|&&p| persona_exists(p))
            .count();
        PersonaTestMsg::Summary {
            personas: personas.to_string(),
            municipalities: self.municipalities.len().to_string(),
        }
        .text(language)
    }
}

/// Which step is on screen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Step {
    Prepare,
    Fill,
    Compare,
}

/// Where the test lives: its workshop and its own id.
type TestAt = FormAt<PersonaTest>;

/// The persona test page.
#[component]
fn PersonaTestPage() -> impl IntoView {
    let state = use_app();
    let at = TestAt::from_address();
    let test = Memo::new(move |_| at.get().read(state, PersonaTest::clone));
    let exists = Memo::new(move |_| test.with(Option::is_some));
    let step = RwSignal::new(Step::Prepare);
    view! {
        <A href=move || at.get().workshop_path() attr:class="back">
            {tr(Key::BackToWorkshop)}
        </A>
        <h1>{tr(PersonaTestKey::Title)}</h1>
        <Show when=move || exists.get() fallback=|| view! { <p class="empty">{tr(Key::ActivityNotFound)}</p> }>
            {form_bar(at, step, PersonaTestKey::Steps, [
                (Step::Prepare, PersonaTestKey::StepPrepare),
                (Step::Fill, PersonaTestKey::StepFill),
                (Step::Compare, PersonaTestKey::StepCompare),
            ], false)}
            {move || {
                let at = at.get();
                match step.get() {
                    Step::Prepare => view! { <Prepare at test /> }.into_any(),
                    Step::Fill => view! { <Fill at test /> }.into_any(),
                    Step::Compare => view! { <Compare test /> }.into_any(),
                }
            }}
        </Show>
    }
}

/// The chosen persona's that are still in the library, in the test's order.
fn chosen_personas(state: AppState, test: &PersonaTest) -> Vec<Persona> {
    state.personas().with(|library| {
        test.persona_ids
            .iter()
            .filter_map(|&id| library.get(id).cloned())
            .collect()
    })
}

fn test_value<T>(test: Memo<Option<PersonaTest>>, read: impl Fn(&PersonaTest) -> T) -> T
where
    T: Default,
{
    test.with(|t| t.as_ref().map(read).unwrap_or_default())
}

#[component]
fn Prepare(at: TestAt, test: Memo<Option<PersonaTest>>) -> impl IntoView {
    view! {
        <PersonaChoice at=at.clone() test />
        <Municipalities at=at.clone() test />
        <Questions at test />
    }
}

/// Ticking persona's from the library.
#[component]
fn PersonaChoice(at: TestAt, test: Memo<Option<PersonaTest>>) -> impl IntoView {
    let state = use_app();
    let library = move || {
        state.personas().with(|p| p.search("").into_iter().cloned().collect::<Vec<_>>())
    };
    view! {
        <section class="card">
            <h2>{tr(PersonaTestKey::Personas)}</h2>
            <Show when=move || state.personas().with(|p| p.all().is_empty())>
                <p>{tr(PersonaTestKey::NoPersonas)} " "
                    <A href=app_path("/personas")>{tr(PersonaTestKey::ToLibrary)}</A>
                </p>
            </Show>
            <div class="choices">
                {move || library().into_iter().map(|persona| {
                    let id = persona.id;
                    let checked_id = id;
                    let at = at.clone();
                    view! {
                        <label class="choice">
                            <input type="checkbox"
                                prop:checked=move || test_value(test, |t| t.persona_ids.contains(&checked_id))
                                on:change=move |_| { let _ = at.change(state, |t| { t.toggle_persona(id); Ok(()) }); } />
                            {persona.fields.name.clone()}
                        </label>
                    }
                }).collect_view()}
            </div>
        </section>
    }
}

/// The municipalities: add by name, remove with undo.
#[component]
fn Municipalities(at: TestAt, test: Memo<Option<PersonaTest>>) -> impl IntoView {
    let state = use_app();
    let typed = RwSignal::new(String::new());
    let error = RwSignal::new(None::<ValidationError>);
    let add_at = at.clone();
    let add = move || {
        let name = typed.get_untracked();
        let result = add_at.change(state, |t| t.add_municipality(&name, new_id()));
        if result.is_ok() {
            typed.set(String::new());
        }
        error.set(result.err());
    };
    let add_click = add.clone();
    view! {
        <section class="card">
            <h2>{tr(PersonaTestKey::Municipalities)}</h2>
            <ul class="municipalities">
                <For each=move || test_value(test, |t| t.municipalities.clone()) key=|m| m.id
                    children=move |m: Municipality| {
                        let label = Msg::from(CommonMsg::DeleteNamed { title: m.name.clone() });
                        let at = at.clone();
                        view! {
                            <li>{m.name.clone()}
                                <button type="button" class="danger" aria-label=move || label.text(state.language())
                                    on:click=move |_| { let _ = at.remove_with_undo(state, |t| t.remove_municipality(m.id)); }>
                                    {tr(Key::Delete)}
                                </button>
                            </li>
                        }
                    } />
            </ul>
            <div class="inline-add">
                <label for="pt-municipality">{tr(PersonaTestKey::AddMunicipalityLabel)}</label>
                <input id="pt-municipality" type="text" autocomplete="off" aria-describedby="pt-municipality-error"
                    prop:value=typed
                    on:input=move |ev| typed.set(event_target_value(&ev))
                    on:keydown=move |ev| if ev.key() == "Enter" { ev.prevent_default(); add(); } />
                <button type="button" on:click=move |_| add_click()>{tr(PersonaTestKey::AddMunicipality)}</button>
            </div>
            <FormError error id="pt-municipality-error" />
        </section>
    }
}

/// The central question and the sub-questions, one per line; saved when a field is left.
#[component]
fn Questions(at: TestAt, test: Memo<Option<PersonaTest>>) -> impl IntoView {
    let state = use_app();
    let central = RwSignal::new(test_value(test, |t| t.central_question.clone()));
    let subs = RwSignal::new(test_value(test, |t| t.sub_questions.join("\n")));
    let error = RwSignal::new(None::<ValidationError>);
    let auto_save = AutoSave::new(move |_| {
        let lines: Vec<String> = subs.get_untracked().lines().map(str::to_string).collect();
        let central = central.get_untracked();
        error.try_set(
            at.change(state, |t| t.set_questions(&central, &lines))
                .err(),
        );
    });
    view! {
        <section class="card">
            <h2>{tr(PersonaTestKey::Questions)}</h2>
            <p class="meta">{tr(PersonaTestKey::QuestionsHint)}</p>
            <label for="pt-central">{tr(Key::FieldCentralQuestion)}</label>
            <textarea id="pt-central" rows="3" prop:value=central.get_untracked()
                on:input=move |ev| { central.set(event_target_value(&ev)); auto_save.typed(String::new()); }
                on:change=move |_| auto_save.flush()></textarea>
            <label for="pt-subs">{tr(PersonaTestKey::SubQuestions)}</label>
            <textarea id="pt-subs" rows="4" prop:value=subs.get_untracked()
                on:input=move |ev| { subs.set(event_target_value(&ev)); auto_save.typed(String::new()); }
                on:change=move |_| auto_save.flush()></textarea>
            <FormError error />
        </section>
    }
}

/// The questions as the room reads them, names shown as placeholders.
#[component]
fn QuestionBoard(test: Memo<Option<PersonaTest>>) -> impl IntoView {
    let state = use_app();
    let shown = move |template: &str| {
        let language = state.language();
        fill_question(
            template,
            PersonaTestKey::NamePlaceholder.text(language),
            PersonaTestKey::PlacePlaceholder.text(language),
        )
    };
    view! {
        <section class="card question-board">
            <p class="central-question">{move || test_value(test, |t| shown(&t.central_question))}</p>
            <ul>
                {move || test_value(test, |t| t.sub_questions.iter().map(|q| shown(q)).collect::<Vec<_>>())
                    .into_iter().map(|q| view! { <li>{q}</li> }).collect_view()}
            </ul>
        </section>
    }
}

/// The answer grid: a score and a text per persona × municipality.
#[component]
fn Fill(at: TestAt, test: Memo<Option<PersonaTest>>) -> impl IntoView {
    let state = use_app();
    // Memos: a saved answer changes the test but not its rows and columns, so the
    // grid (and the field in use) is not drawn again under the facilitator's hands.
    // Only ids and names: another tab editing a persona's facts does not redraw it.
    let rows = Memo::new(move |_| {
        test_value(test, |t| {
            chosen_personas(state, t)
                .into_iter()
                .map(|p| (p.id, p.fields.name))
                .collect::<Vec<_>>()
        })
    });
    let columns = Memo::new(move |_| test_value(test, |t| t.municipalities.clone()));
    // Chosen persona's that were all deleted from the library leave no rows.
    let ready = move || !rows.with(Vec::is_empty) && !columns.with(Vec::is_empty);
    view! {
        <QuestionBoard test />
        <Show when=ready fallback=|| view! { <p class="empty">{tr(PersonaTestKey::NotReady)}</p> }>
            <div class="grid-scroll">
                <table class="answer-grid">
                    <thead><tr>
                        <th scope="col">{tr(PersonaTestKey::PersonaColumn)}</th>
                        {move || columns.get().into_iter().map(|m| view! { <th scope="col">{m.name}</th> }).collect_view()}
                    </tr></thead>
                    <tbody>
                        {
                            let at = at.clone();
                            move || rows.get().into_iter().map(|(persona_id, name)| {
                                let at = at.clone();
                                view! {
                                    <tr>
                                        <th scope="row">{name.clone()}</th>
                                        {columns.get().into_iter().map(|m| view! {
                                            <td><AnswerCell at=at.clone() test persona_id=persona_id
                                                name=name.clone() municipality=m /></td>
                                        }).collect_view()}
                                    </tr>
                                }
                            }).collect_view()
                        }
                    </tbody>
                </table>
            </div>
        </Show>
    }
}

/// One cell: the score (1–5 or none) and the reasons, saved when changed.
#[component]
fn AnswerCell(
    at: TestAt,
    test: Memo<Option<PersonaTest>>,
    persona_id: PersonaId,
    name: String,
    municipality: Municipality,
) -> impl IntoView {
    let state = use_app();
    let current = test_value(test, |t| t.answer(persona_id, municipality.id).cloned());
    let score = RwSignal::new(current.as_ref().and_then(|a| a.score));
    let text = RwSignal::new(current.map(|a| a.text).unwrap_or_default());
    let error = RwSignal::new(None::<ValidationError>);
    let score_label = tr_msg(PersonaTestMsg::ScoreLabel {
        name: name.clone(),
        municipality: municipality.name.clone(),
    });
    let text_label = tr_msg(PersonaTestMsg::TextLabel {
        name,
        municipality: municipality.name.clone(),
    });
    let municipality_id = municipality.id;
    let save = move || {
        let result = at.change(state, |t| {
            t.set_answer(
                persona_id,
                municipality_id,
                score.get_untracked(),
                &text.get_untracked(),
            )
        });
        error.set(result.err());
    };
    let save_score = save.clone();
    let auto_save = AutoSave::new(move |_| save());
    view! {
        <select aria-label=score_label
            on:change=move |ev| {
                score.set(event_target_value(&ev).parse().ok());
                save_score();
            }>
            <option value="" selected=score.get_untracked().is_none()>{tr(PersonaTestKey::NoScore)}</option>
            {SCORES.map(|s| view! {
                <option value=s.to_string() selected=score.get_untracked() == Some(s)>{s.to_string()}</option>
            }).collect_view()}
        </select>
        <textarea rows="2" aria-label=text_label prop:value=text.get_untracked()
            on:input=move |ev| { text.set(event_target_value(&ev)); auto_save.typed(String::new()); }
            on:change=move |_| auto_save.flush()></textarea>
        <FormError error />
    }
}

/// Side by side: per municipality the scores of every persona, their reasons and the mean.
#[component]
fn Compare(test: Memo<Option<PersonaTest>>) -> impl IntoView {
    let state = use_app();
    let columns = move || test_value(test, |t| t.municipalities.clone());
    let rows = move || test_value(test, |t| chosen_personas(state, t));
    let cell = move |persona_id: PersonaId, municipality_id: MunicipalityId| {
        test_value(test, |t| t.answer(persona_id, municipality_id).cloned())
    };
    let exists = move |id: PersonaId| state.personas().with(|l| l.get(id).is_some());
    let mean =
        move |municipality_id: MunicipalityId| test_value(test, |t| t.average(municipality_id, exists));
    view! {
        <div class="grid-scroll">
            <table class="compare-grid">
                <caption>{tr(PersonaTestKey::CompareCaption)}</caption>
                <thead><tr>
                    <th scope="col">{tr(PersonaTestKey::PersonaColumn)}</th>
                    {move || columns().into_iter().map(|m| view! { <th scope="col">{m.name}</th> }).collect_view()}
                </tr></thead>
                <tbody>
                    {move || rows().into_iter().map(|persona| view! {
                        <tr>
                            <th scope="row">
                                <span class="persona-head">
                                    <AvatarView avatar=persona.avatar.clone() fields=persona.fields.clone() size="small" />
                                    {persona.fields.name.clone()}
                                </span>
                            </th>
                            {columns().into_iter().map(|m| {
                                let answer = cell(persona.id, m.id);
                                let language = state.language();
                                let score = answer.as_ref().and_then(|a| a.score)
                                    .map(|s| PersonaTestMsg::ScoreOf { score: s.to_string() }.text(language))
                                    .unwrap_or_else(|| Key::Empty.text(language).to_string());
                                view! {
                                    <td>
                                        <p class="score">{score}</p>
                                        <p>{answer.map(|a| a.text).unwrap_or_default()}</p>
                                    </td>
                                }
                            }).collect_view()}
                        </tr>
                    }).collect_view()}
                </tbody>
                <tfoot><tr>
                    <th scope="row">{tr(PersonaTestKey::Average)}</th>
                    {move || columns().into_iter().map(|m| {
                        let average = mean(m.id);
                        let language = state.language();
                        let shown = average.map(|a| format_average(a, language))
                            .unwrap_or_else(|| Key::Empty.text(language).to_string());
                        view! {
                            <td>
                                <p class="score">{shown.clone()}</p>
                                {average.map(|a| {
                                    let name = PersonaTestMsg::AverageOf { municipality: m.name.clone(), average: shown.clone() }.text(language);
                                    view! { <meter min="1" max="5" value=a.to_string() aria-label=name></meter> }
                                })}
                            </td>
                        }
                    }).collect_view()}
                </tr></tfoot>
            </table>
        </div>
    }
}

/// A mean score with one decimal, with the language's decimal mark.
fn format_average(average: f64, language: crate::i18n::Language) -> String {
    let text = format!("{average:.1}");
    match language {
        crate::i18n::Language::Nl => text.replace('.', ","),
        crate::i18n::Language::En => text,
    }
}
