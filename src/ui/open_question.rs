//! The open question's page: the question, put out to phones from here, and
//! the answers as they come in; the facilitator can type one in (a spoken
//! answer) or take one out, with an undo.

use super::ask::form_links;
use super::form_at::FormAt;
use super::form_error::FormError;
use super::form_fields::text_field;
use super::i18n::{tr, use_app, Msg};
use crate::i18n::Key;
use crate::model::{OpenQuestion, Reply, ValidationError, MAX_REPLY_CHARS};
use crate::platform::clock::short_id;
use leptos::prelude::*;
use leptos_router::components::A;

/// Where the open question lives.
type QuestionAt = FormAt<OpenQuestion>;

/// The open question page.
#[component]
pub fn OpenQuestionPage() -> impl IntoView {
    let state = use_app();
    let at = QuestionAt::from_address();
    let exists = QuestionAt::exists(at, state);
    view! {
        <A href=move || at.get().workshop_path() attr:class="back">{tr(Key::BackToWorkshop)}</A>
        <h1>{tr(Key::OqTitle)}</h1>
        <Show when=move || exists.get() fallback=|| view! { <p class="empty">{tr(Key::ActivityNotFound)}</p> }>
            <section class="card form">
                <p class="meta">{tr(Key::OqIntro)}</p>
                {text_field(at, "oq-question".into(), move || tr(Key::OqQuestionField)().to_string(),
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
    let remove = move |id: String| {
        let at = at.get_untracked();
        let _ = state.remove_reply(&at.workshop_id, &at.activity_id, &id);
    };
    view! {
        <section class="card" aria-labelledby="oq-replies">
            <h2 id="oq-replies">{move || Msg::with(Key::OqReplies, vec![("n", replies.with(Vec::len).to_string())]).text(state.language())}</h2>
            <ul class="replies">
                <For each=move || replies.get() key=|r| r.id.clone() let:reply>
                    <ReplyItem reply remove />
                </For>
            </ul>
            <form class="form" on:submit=add novalidate>
                <label for="oq-new">{tr(Key::OqNewReply)}</label>
                <textarea id="oq-new" rows="2" maxlength=MAX_REPLY_CHARS aria-describedby="oq-new-error"
                    prop:value=move || text.get() on:input=move |ev| text.set(event_target_value(&ev))></textarea>
                <FormError error id="oq-new-error".to_string() />
                <button type="submit">{tr(Key::OqAddReply)}</button>
            </form>
        </section>
    }
}

/// One answer, with who gave it and a button to take it out.
#[component]
fn ReplyItem(
    reply: Reply,
    remove: impl Fn(String) + Copy + Send + Sync + 'static,
) -> impl IntoView {
    let state = use_app();
    let label = Msg::with(Key::DeleteNamed, vec![("title", reply.text.clone())]);
    let id = reply.id.clone();
    view! {
        <li>
            <span>{reply.text.clone()}</span>
            {(!reply.name.is_empty()).then(|| view! { <span class="meta">{format!(" — {}", reply.name)}</span> })}
            <button type="button" class="danger" aria-label=move || label.text(state.language())
                on:click=move |_| remove(id.clone())>{tr(Key::Delete)}</button>
        </li>
    }
}
