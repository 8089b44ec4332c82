//! The persona form: every field practitioners use, grouped as on the card. It only
//! collects what was typed; the model checks it, and a refused form shows the
//! reason next to the field and saves nothing.

use super::labels::{area_name, colour_name, rating_name, support_name};
use super::photo_field::PhotoField;
use crate::i18n::{CommonMsg, Key};
use crate::model::{
    parse_age, Avatar, AvatarColour, Field, LifeArea, LifeAreaNote, NetworkMember, PersonaFields,
    Rating, Support, ValidationError,
};
use crate::ui::form_error::{FormError, Shows};
use crate::ui::i18n::{tr, use_app, Msg};
use leptos::prelude::*;

/// What the form hands over: the fields, the avatar and the revision note.
pub type PersonaInput = (PersonaFields, Avatar, String);

/// Reads one text of the fields.
type Getter = fn(&PersonaFields) -> &String;
/// Reaches one text of the fields to change it.
type Setter = fn(&mut PersonaFields) -> &mut String;

/// How the avatar is made.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum AvatarKind {
    Initials,
    Emoji,
    Photo,
}

/// A persona form. `editing` adds the "what changed" note.
#[component]
pub fn PersonaForm(
    initial: PersonaFields,
    initial_avatar: Avatar,
    heading: Key,
    editing: bool,
    on_submit: Callback<PersonaInput, Result<(), ValidationError>>,
    on_cancel: Callback<()>,
) -> impl IntoView {
    let age_text = RwSignal::new(initial.age.map(|a| a.to_string()).unwrap_or_default());
    let rows = RwSignal::new(
        initial
            .network
            .iter()
            .cloned()
            .enumerate()
            .collect::<Vec<_>>(),
    );
    let fields = RwSignal::new(with_every_area(initial));
    let note = RwSignal::new(String::new());
    let error = RwSignal::new(None::<ValidationError>);
    let avatar = AvatarChoice::new(&initial_avatar);

    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let age = match parse_age(&age_text.get_untracked()) {
            Ok(age) => age,
            Err(refused) => {
                error.set(Some(refused));
                return;
            }
        };
        let mut typed = fields.get_untracked();
        typed.age = age;
        typed.network = rows.get_untracked().into_iter().map(|(_, m)| m).collect();
        let result = avatar
            .current()
            .and_then(|avatar| on_submit.run((typed, avatar, note.get_untracked())));
        error.set(result.err());
    };

    view! {
        <form class="card form persona-form" on:submit=submit novalidate>
            <h2>{tr(heading)}</h2>
            <fieldset>
                <legend>{tr(Key::PersonaAboutSection)}</legend>
                <TextField fields error field=Field::Name id="persona-name" label=Key::FieldName
                    get=|f| &f.name set=|f| &mut f.name required=true />
                <label for="persona-age">{tr(Key::FieldAge)}</label>
                <input id="persona-age" type="text" inputmode="numeric" autocomplete="off"
                    aria-describedby="persona-age-error"
                    prop:value=age_text.get_untracked()
                    on:input=move |ev| age_text.set(event_target_value(&ev)) />
                <FormError error shows=Shows::Field(Field::Age) id="persona-age-error" />
                <TextField fields error field=Field::Place id="persona-place" label=Key::FieldPersonaPlace
                    get=|f| &f.place set=|f| &mut f.place />
                <TextArea fields error field=Field::Household id="persona-household"
                    label=Key::FieldHousehold get=|f| &f.household set=|f| &mut f.household />
                <TextArea fields error field=Field::Daytime id="persona-daytime"
                    label=Key::FieldDaytime get=|f| &f.daytime set=|f| &mut f.daytime />
                <TextArea fields error field=Field::Health id="persona-health"
                    label=Key::FieldHealth get=|f| &f.health set=|f| &mut f.health />
                <TagsField fields error />
            </fieldset>
            <fieldset>
                <legend>{tr(Key::PersonaQuestionSection)}</legend>
                <TextArea fields error field=Field::Occasion id="persona-occasion"
                    label=Key::FieldOccasion get=|f| &f.occasion set=|f| &mut f.occasion />
                <TextArea fields error field=Field::Question id="persona-question"
                    label=Key::FieldQuestion get=|f| &f.question set=|f| &mut f.question />
                <TextArea fields error field=Field::QuestionBehind id="persona-question-behind"
                    label=Key::FieldQuestionBehind get=|f| &f.question_behind
                    set=|f| &mut f.question_behind />
            </fieldset>
            <LifeAreasField fields error />
            <NetworkField rows error />
            <fieldset>
                <legend>{tr(Key::PersonaWishesSection)}</legend>
                <TextArea fields error field=Field::Wishes id="persona-wishes"
                    label=Key::FieldWishes get=|f| &f.wishes set=|f| &mut f.wishes />
                <TextArea fields error field=Field::Barriers id="persona-barriers"
                    label=Key::FieldBarriers get=|f| &f.barriers set=|f| &mut f.barriers />
                <TextArea fields error field=Field::Quote id="persona-quote"
                    label=Key::FieldQuote get=|f| &f.quote set=|f| &mut f.quote />
            </fieldset>
            <fieldset>
                <legend>{tr(Key::PersonaRoleplaySection)}</legend>
                <TextArea fields error field=Field::RoleplayBehaviour id="persona-behaviour"
                    label=Key::FieldRoleplayBehaviour get=|f| &f.roleplay_behaviour
                    set=|f| &mut f.roleplay_behaviour />
                <TextArea fields error field=Field::RoleplayBackground id="persona-background"
                    label=Key::FieldRoleplayBackground get=|f| &f.roleplay_background
                    set=|f| &mut f.roleplay_background />
            </fieldset>
            <fieldset>
                <legend>{tr(Key::FieldSources)}</legend>
                <TextArea fields error field=Field::Sources id="persona-sources"
                    label=Key::FieldSourcesFacts get=|f| &f.sources set=|f| &mut f.sources />
                <label class="choice">
                    <input type="checkbox"
                        prop:checked=fields.with_untracked(|f| f.co_created)
                        on:change=move |ev| fields.update(|f| f.co_created = event_target_checked(&ev)) />
                    {tr(Key::FieldCoCreated)}
                </label>
            </fieldset>
            <AvatarField avatar />
            <FormError error shows=Shows::Field(Field::Avatar) id="persona-avatar-error" />
            {editing.then(|| view! {
                <label for="persona-note">{tr(Key::FieldRevisionNote)}</label>
                <input id="persona-note" type="text" autocomplete="off"
                    on:input=move |ev| note.set(event_target_value(&ev)) />
                <FormError error shows=Shows::Field(Field::Note) id="persona-note-error" />
            })}
            <FormError error shows=Shows::Unplaced />
            <div class="actions">
                <button type="submit" class="primary">{tr(Key::Save)}</button>
                <button type="button" on:click=move |_| on_cancel.run(())>{tr(Key::Cancel)}</button>
            </div>
        </form>
    }
}

/// The fields with a note for every area of life, so the form has a row for each.
fn with_every_area(mut fields: PersonaFields) -> PersonaFields {
    fields.life_areas = LifeArea::ALL
        .iter()
        .map(|&area| {
            fields.life_area(area).cloned().unwrap_or(LifeAreaNote {
                area,
                situation: String::new(),
                rating: None,
            })
        })
        .collect();
    fields
}

/// A one-line text field of the persona.
#[component]
fn TextField(
    fields: RwSignal<PersonaFields>,
    error: RwSignal<Option<ValidationError>>,
    field: Field,
    id: &'static str,
    label: Key,
    get: Getter,
    set: Setter,
    #[prop(optional)] required: bool,
) -> impl IntoView {
    let error_id = format!("{id}-error");
    view! {
        <label for=id>
            {tr(label)}
            {required.then(|| view! { " " <span class="hint">{tr(Key::Required)}</span> })}
        </label>
        <input id=id type="text" autocomplete="off" aria-describedby=error_id.clone()
            prop:value=fields.with_untracked(|f| get(f).clone())
            on:input=move |ev| fields.update(|f| *set(f) = event_target_value(&ev)) />
        <FormError error shows=Shows::Field(field) id=error_id />
    }
}

/// A multi-line text field of the persona.
#[component]
fn TextArea(
    fields: RwSignal<PersonaFields>,
    error: RwSignal<Option<ValidationError>>,
    field: Field,
    id: &'static str,
    label: Key,
    get: Getter,
    set: Setter,
) -> impl IntoView {
    let error_id = format!("{id}-error");
    view! {
        <label for=id>{tr(label)}</label>
        <textarea id=id rows="2" aria-describedby=error_id.clone()
            prop:value=fields.with_untracked(|f| get(f).clone())
            on:input=move |ev| fields.update(|f| *set(f) = event_target_value(&ev))></textarea>
        <FormError error shows=Shows::Field(field) id=error_id />
    }
}

/// Suggested target groups as checkboxes, plus the user's own tags.
#[component]
fn TagsField(
    fields: RwSignal<PersonaFields>,
    error: RwSignal<Option<ValidationError>>,
) -> impl IntoView {
    let state = use_app();
    let typed = RwSignal::new(String::new());
    let has = move |tag: &str| fields.with(|f| f.tags.iter().any(|t| t.eq_ignore_ascii_case(tag)));
    let toggle = move |tag: String| {
        fields.update(
            |f| match f.tags.iter().position(|t| t.eq_ignore_ascii_case(&tag)) {
                Some(index) => {
                    f.tags.remove(index);
                }
                None => f.tags.push(tag),
            },
        )
    };
    let add_typed = move || {
        let tag = typed.get_untracked().trim().to_string();
        if !tag.is_empty() && !has(&tag) {
            fields.update(|f| f.tags.push(tag));
        }
        typed.set(String::new());
    };
    let suggestions = move || -> Vec<String> {
        Key::TagSuggestions
            .text(state.language())
            .split(", ")
            .map(str::to_string)
            .collect()
    };
    let own_tags = move || {
        let suggested = suggestions();
        fields.with(|f| {
            f.tags
                .iter()
                .filter(|t| !suggested.iter().any(|s| s.eq_ignore_ascii_case(t)))
                .cloned()
                .collect::<Vec<_>>()
        })
    };
    view! {
        <fieldset class="tags-field">
            <legend>{tr(Key::FieldTags)}</legend>
            <div class="choices">
                {move || suggestions().into_iter().map(|tag| {
                    let checked_tag = tag.clone();
                    let toggled = tag.clone();
                    view! {
                        <label class="choice">
                            <input type="checkbox" prop:checked=move || has(&checked_tag)
                                on:change=move |_| toggle(toggled.clone()) />
                            {tag}
                        </label>
                    }
                }).collect_view()}
            </div>
            <ul class="tags">
                {move || own_tags().into_iter().map(|tag| {
                    let label = Msg::from(CommonMsg::RemoveTagNamed { tag: tag.clone() });
                    let removed = tag.clone();
                    view! {
                        <li>
                            {tag}
                            <button type="button" class="chip-remove"
                                aria-label=move || label.text(state.language())
                                on:click=move |_| toggle(removed.clone())>
                                {tr(Key::CloseSymbol)}
                            </button>
                        </li>
                    }
                }).collect_view()}
            </ul>
            <div class="inline-add">
                <label for="persona-new-tag">{tr(Key::OwnTag)}</label>
                <input id="persona-new-tag" type="text" autocomplete="off"
                    prop:value=typed
                    on:input=move |ev| typed.set(event_target_value(&ev))
                    on:keydown=move |ev| {
                        if ev.key() == "Enter" {
                            ev.prevent_default();
                            add_typed();
                        }
                    } />
                <button type="button" on:click=move |_| add_typed()>{tr(Key::AddTag)}</button>
            </div>
            <FormError error shows=Shows::Field(Field::Tags) id="persona-tags-error" />
        </fieldset>
    }
}

/// A situation text and a rating for every area of life.
#[component]
fn LifeAreasField(
    fields: RwSignal<PersonaFields>,
    error: RwSignal<Option<ValidationError>>,
) -> impl IntoView {
    let state = use_app();
    let rows = LifeArea::ALL.iter().enumerate().map(|(index, &area)| {
        let id = format!("persona-area-{index}");
        let name = id.clone();
        let situation = fields.with_untracked(|f| f.life_areas[index].situation.clone());
        let rating = move || fields.with(|f| f.life_areas[index].rating);
        let choice = move |value: Option<Rating>, label: Key| {
            view! {
                <label class="choice">
                    <input type="radio" name=name.clone() prop:checked=move || rating() == value
                        on:change=move |_| fields.update(|f| f.life_areas[index].rating = value) />
                    {tr(label)}
                </label>
            }
        };
        view! {
            <div class="life-area-row">
                <label for=id.clone()>{tr(area_name(area))}</label>
                <textarea id=id rows="2" prop:value=situation
                    on:input=move |ev| fields.update(|f| f.life_areas[index].situation = event_target_value(&ev))></textarea>
                <div class="choices" role="radiogroup" aria-label=move || {
                    let language = state.language();
                    let area = area_name(area).text(language).to_string();
                    CommonMsg::RatingQuestion { area }.text(language)
                }>
                    {choice(Some(Rating::Good), rating_name(Rating::Good))}
                    {choice(Some(Rating::Fair), rating_name(Rating::Fair))}
                    {choice(Some(Rating::Problem), rating_name(Rating::Problem))}
                    {choice(None, Key::RatingNone)}
                </div>
            </div>
        }
    }).collect_view();
    view! {
        <fieldset>
            <legend>{tr(Key::FieldLifeAreas)}</legend>
            {rows}
            <FormError error shows=Shows::Field(Field::LifeAreas) id="persona-areas-error" />
        </fieldset>
    }
}

/// The people around the persona, a row each.
#[component]
fn NetworkField(
    rows: RwSignal<Vec<(usize, NetworkMember)>>,
    error: RwSignal<Option<ValidationError>>,
) -> impl IntoView {
    let state = use_app();
    let add = move |_| {
        rows.update(|r| {
            let key = r.iter().map(|(k, _)| k + 1).max().unwrap_or(0);
            r.push((key, NetworkMember::default()));
        })
    };
    let edit = move |key: usize, change: &dyn Fn(&mut NetworkMember)| {
        rows.update(|r| {
            if let Some((_, member)) = r.iter_mut().find(|(k, _)| *k == key) {
                change(member);
            }
        })
    };
    view! {
        <fieldset>
            <legend>{tr(Key::FieldNetwork)}</legend>
            <ul class="network-rows">
                <For each=move || rows.get() key=|(key, _)| *key children=move |(key, member)| {
                    // Named by position, so the rows stay 1, 2, 3 after one is removed.
                    let position = move || rows.with(|r| r.iter().position(|(k, _)| *k == key).unwrap_or(0) + 1);
                    let n = move || position().to_string();
                    let (name_label, relation_label, support_label, remove_label) = (
                        move || CommonMsg::NetworkNameN { n: n() },
                        move || CommonMsg::NetworkRelationN { n: n() },
                        move || CommonMsg::NetworkSupportN { n: n() },
                        move || CommonMsg::NetworkRemoveN { n: n() },
                    );
                    let support = member.support;
                    let option = move |value: Support| view! {
                        <option value=support_value(value) selected=support == value>
                            {tr(support_name(value))}
                        </option>
                    };
                    view! {
                        <li class="network-row">
                            <input type="text" autocomplete="off"
                                placeholder=tr(Key::NetworkName)
                                aria-label=move || name_label().text(state.language())
                                prop:value=member.name.clone()
                                on:input=move |ev| { let v = event_target_value(&ev); edit(key, &|m| m.name = v.clone()) } />
                            <input type="text" autocomplete="off"
                                placeholder=tr(Key::NetworkRelation)
                                aria-label=move || relation_label().text(state.language())
                                prop:value=member.relation.clone()
                                on:input=move |ev| { let v = event_target_value(&ev); edit(key, &|m| m.relation = v.clone()) } />
                            <select aria-label=move || support_label().text(state.language())
                                on:change=move |ev| { let v = support_from(&event_target_value(&ev)); edit(key, &|m| m.support = v) }>
                                {option(Support::Strong)}
                                {option(Support::Weak)}
                                {option(Support::None)}
                            </select>
                            <button type="button" class="danger"
                                aria-label=move || remove_label().text(state.language())
                                on:click=move |_| rows.update(|r| r.retain(|(k, _)| *k != key))>
                                {tr(Key::CloseSymbol)}
                            </button>
                        </li>
                    }
                } />
            </ul>
            <button type="button" on:click=add>{tr(Key::NetworkAdd)}</button>
            <FormError error shows=Shows::Field(Field::Network) id="persona-network-error" />
        </fieldset>
    }
}

fn support_value(support: Support) -> &'static str {
    match support {
        Support::Strong => "strong",
        Support::Weak => "weak",
        Support::None => "none",
    }
}

fn support_from(value: &str) -> Support {
    match value {
        "strong" => Support::Strong,
        "weak" => Support::Weak,
        _ => Support::None,
    }
}

/// The parts the avatar is made of while the form is open.
#[derive(Clone, Copy)]
pub struct AvatarChoice {
    kind: RwSignal<AvatarKind>,
    colour: RwSignal<AvatarColour>,
    emoji: RwSignal<String>,
    /// The scaled photo, as a `data:` address.
    pub photo: RwSignal<Option<String>>,
}

impl AvatarChoice {
    fn new(avatar: &Avatar) -> Self {
        let (kind, colour, emoji, photo) = match avatar.clone() {
            Avatar::Initials { colour } => (AvatarKind::Initials, colour, String::new(), None),
            Avatar::Emoji { emoji, colour } => (AvatarKind::Emoji, colour, emoji, None),
            Avatar::Photo { data_url } => (
                AvatarKind::Photo,
                AvatarColour::default(),
                String::new(),
                Some(data_url),
            ),
        };
        Self {
            kind: RwSignal::new(kind),
            colour: RwSignal::new(colour),
            emoji: RwSignal::new(emoji),
            photo: RwSignal::new(photo),
        }
    }

    /// The avatar as chosen; a photo choice without a photo falls back to initials.
    fn current(&self) -> Result<Avatar, ValidationError> {
        let colour = self.colour.get_untracked();
        let avatar = match (self.kind.get_untracked(), self.photo.get_untracked()) {
            (AvatarKind::Emoji, _) => Avatar::Emoji {
                emoji: self.emoji.get_untracked(),
                colour,
            },
            (AvatarKind::Photo, Some(data_url)) => Avatar::Photo { data_url },
            _ => Avatar::Initials { colour },
        };
        avatar.checked()
    }
}

#[component]
fn AvatarField(avatar: AvatarChoice) -> impl IntoView {
    let kind_choice = move |kind: AvatarKind, label: Key| {
        view! {
            <label class="choice">
                <input type="radio" name="avatar-kind" prop:checked=move || avatar.kind.get() == kind
                    on:change=move |_| avatar.kind.set(kind) />
                {tr(label)}
            </label>
        }
    };
    let colours = move || {
        AvatarColour::ALL.iter().map(|&colour| view! {
        <label class=format!("choice colour-choice avatar-{}", colour.name())>
            <input type="radio" name="avatar-colour" prop:checked=move || avatar.colour.get() == colour
                on:change=move |_| avatar.colour.set(colour) />
            {tr(colour_name(colour))}
        </label>
    }).collect_view()
    };
    view! {
        <fieldset>
            <legend>{tr(Key::FieldAvatar)}</legend>
            <div class="choices">
                {kind_choice(AvatarKind::Initials, Key::AvatarInitials)}
                {kind_choice(AvatarKind::Emoji, Key::AvatarEmoji)}
                {kind_choice(AvatarKind::Photo, Key::AvatarPhoto)}
            </div>
            <Show when=move || avatar.kind.get() != AvatarKind::Photo>
                <div class="choices" role="radiogroup" aria-label=tr(Key::AvatarColour)>{colours}</div>
            </Show>
            <Show when=move || avatar.kind.get() == AvatarKind::Emoji>
                <label for="persona-emoji">{tr(Key::AvatarEmojiField)}</label>
                <input id="persona-emoji" type="text" autocomplete="off" class="emoji-input"
                    prop:value=avatar.emoji.get_untracked()
                    on:input=move |ev| avatar.emoji.set(event_target_value(&ev)) />
            </Show>
            <Show when=move || avatar.kind.get() == AvatarKind::Photo>
                <PhotoField photo=avatar.photo />
            </Show>
        </fieldset>
    }
}
