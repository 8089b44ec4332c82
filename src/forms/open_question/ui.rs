//! The open question's page: the question, put out to phones from here, and
//! the answers as they come in; the facilitator can type one in (a spoken
//! answer) or take one out, with an undo.

use crate::forms::open_question::{
    OpenQuestion, OpenQuestionKey, OpenQuestionMsg, Reply, MAX_REPLY_CHARS,
};
use crate::i18n::{CommonMsg, Key, Language, Text};
use crate::model::Prompt;
use crate::model::ValidationError;
use crate::platform::clock::short_id;
use crate::ui::ask::ask_page;
use crate::ui::ask::form_links;
use crate::ui::form_at::{FormAt, FormRoute, SubPage, Summarised};
use crate::ui::form_error::FormError;
use crate::ui::form_fields::text_field;
use crate::ui::i18n::{tr, tr_msg, use_app};
use crate::ui::state::AppState;
use crate::ui::text_editor::TextEditor;
use leptos::prelude::*;
use leptos_router::components::A;
use crate::model::{PersonaId, ReplyId};

impl FormRoute for OpenQuestion {
    const SEGMENT: &'static str = "losse-vraag";
    const ADD: Text = Text::OpenQuestion(OpenQuestionKey::AddOpenQuestion);

    /// A new open question, still to be written.
    fn create(_: AppState) -> Self {
        OpenQuestion::default()
    }

    fn page(sub: SubPage) -> Option<AnyView> {
        match sub {
            SubPage::Main => Some(view! { <OpenQuestionPage /> }.into_any()),
            SubPage::Ask => Some(ask_page::<OpenQuestion>(
                ask,
                OpenQuestionKey::BackToQuestion,
            )),
            SubPage::Projector => None,
        }
    }
}

/// Puts the question out to phones; the question to show.
fn ask(at: &QuestionAt, state: AppState) -> Result<Prompt, ValidationError> {
    at.change_workshop(state, |w, now| {
        w.ask_open_question(at.activity_id, short_id(), now).cloned()
    })
}

impl Summarised for OpenQuestion {
    fn summary(&self, language: Language, _: &dyn Fn(PersonaId) -> bool) -> String {
        let answers = self.replies.len().to_string();
        OpenQuestionMsg::Summary { answers }.text(language)
    }
}

/// Where the open question lives.
type QuestionAt = FormAt<OpenQuestion>;

/// The open question page.
#[component]
fn OpenQuestionPage() -> impl IntoView {
    let state = use_app();
    let at = QuestionAt::from_address();
    let exists = QuestionAt::exists(at, state);
    view! {
        <A href=move || at.get().workshop_path() attr:class="back">{tr(Key::BackToWorkshop)}</A>
        <h1>{tr(OpenQuestionKey::Title)}</h1>
        <Show when=move || exists.get() fallback=|| view! { <p class="empty">{tr(Key::ActivityNotFound)}</p> }>
            <section class="card form">
                <p class="meta">{tr(OpenQuestionKey::Intro)}</p>
                {text_field(at, "oq-question".into(), move || tr(OpenQuestionKey::QuestionField)().to_string(),
                    untrack(|| at.get().value(state, |q| q.question.clone())), Some(3),
                    |q, text| q.set_question(text))}
                {form_links(at, false)}
            </section>
            <Replies at />
        </Show>
    }
}

/// The answers in, a form to type one in, and a button per answer to take it out.
#[component]
fn Replies(at: Memo<QuestionAt>) -> impl IntoView {
    let state = use_app();
    let replies = Memo::new(move |_| at.get().value(state, |q| q.replies.clone()));
    let text = RwSignal::new(String::new());
    let error = RwSignal::new(None::<ValidationError>);
    let add = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let typed = text.get_untracked();
        let added = at
            .get_untracked()
            .change(state, |q| q.add_reply(short_id(), &typed, ""));
        if added.is_ok() {
            text.set(String::new());
        }
        error.set(added.err());
    };
    let remove = move |id: ReplyId| {
        let _ = at
            .get_untracked()
            .remove_with_undo(state, |q| q.remove_reply(id));
    };
    view! {
        <section class="card" aria-labelledby="oq-replies">
            <h2 id="oq-replies">{move || OpenQuestionMsg::Replies { n: replies.with(Vec::len).to_string() }.text(state.language())}</h2>
            <ul class="replies">
                <For each=move || replies.get() key=|r| (r.id, r.text.clone()) let:reply>
                    <ReplyItem at reply remove />
                </For>
            </ul>
            <form class="form" on:submit=add novalidate>
                <label for="oq-new">{tr(OpenQuestionKey::NewReply)}</label>
                <textarea id="oq-new" rows="2" maxlength=MAX_REPLY_CHARS aria-describedby="oq-new-error"
                    prop:value=move || text.get() on:input=move |ev| text.set(event_target_value(&ev))></textarea>
                <FormError error id="oq-new-error".to_string() />
                <button type="submit">{tr(OpenQuestionKey::AddReply)}</button>
            </form>
        </section>
    }
}

/// One answer, with who gave it and buttons to change it or take it out.
#[component]
fn ReplyItem(
    at: Memo<QuestionAt>,
    reply: Reply,
    remove: impl Fn(ReplyId) + Copy + Send + Sync + 'static,
) -> impl IntoView {
    let state = use_app();
    let editing = RwSignal::new(false);
    let id = StoredValue::new(reply.id);
    let text = StoredValue::new(reply.text.clone());
    let edit_label = tr_msg(CommonMsg::EditNamed {
        title: reply.text.clone(),
    });
    let delete_label = tr_msg(CommonMsg::DeleteNamed {
        title: reply.text.clone(),
    });
    let save = Callback::new(move |typed: String| {
        at.get_untracked()
            .change(state, |q| q.edit_reply(id.get_value(), &typed))
    });
    let name = (!reply.name.is_empty()).then(|| format!(" — {}", reply.name));
    view! {
        <li>
            <Show when=move || editing.get()
                fallback=move || view! {
                    <span class="pre-line">{text.get_value()}</span>
                    {name.clone().map(|name| view! { <span class="meta">{name}</span> })}
                    <span class="note-buttons">
                        <button type="button" aria-label=edit_label.clone() on:click=move |_| editing.set(true)>{tr(Key::Edit)}</button>
                        <button type="button" class="danger" aria-label=delete_label.clone()
                            on:click=move |_| remove(id.get_value())>{tr(Key::Delete)}</button>
                    </span>
                }>
                <TextEditor field_id=format!("oq-edit-{}", id.read_value()) label=OpenQuestionKey::ReplyField
                    initial=text.get_value() max_chars=MAX_REPLY_CHARS editing save />
            </Show>
        </li>
    }
}
