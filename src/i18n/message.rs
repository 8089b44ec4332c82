//! The whole catalogue as two types, made from the forms' registry: [`Text`],
//! any text without placeholders (what views show with `tr`), and [`Msg`], any
//! text to show later, a template with its arguments included.

use super::{
    CommonMsg, Key, Language, ParticipantKey, ParticipantMsg, ProgrammeKey, ProgrammeMsg,
    TemplateShape,
};
use crate::forms::FormTexts;
use std::sync::Arc;

/// `Text` and `Msg` with a variant for the shared texts and one per work form.
macro_rules! joined_catalogue {
    ($($form:ident in $module:ident $(, phone $tag:literal)?;)*) => {
        /// A text without placeholders, from any part of the catalogue.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        pub enum Text {
            Common(Key),
            Participant(ParticipantKey),
            Programme(ProgrammeKey),
            $($form(<crate::forms::$form as FormTexts>::Key),)*
        }

        impl Text {
            /// The text in the given language.
            pub fn text(self, language: Language) -> &'static str {
                match self {
                    Text::Common(key) => key.text(language),
                    Text::Participant(key) => key.text(language),
                    Text::Programme(key) => key.text(language),
                    $(Text::$form(key) => key.text(language),)*
                }
            }

            /// Every text of every part, for tests over the whole catalogue.
            pub fn all() -> Vec<Text> {
                let mut all: Vec<Text> = Key::ALL.iter().map(|&key| Text::Common(key)).collect();
                all.extend(ParticipantKey::ALL.iter().map(|&key| Text::Participant(key)));
                all.extend(ProgrammeKey::ALL.iter().map(|&key| Text::Programme(key)));
                $(all.extend(
                    <crate::forms::$form as FormTexts>::Key::ALL.iter().map(|&key| Text::$form(key)),
                );)*
                all
            }
        }

        impl From<Key> for Text {
            fn from(key: Key) -> Self {
                Text::Common(key)
            }
        }

        impl From<ParticipantKey> for Text {
            fn from(key: ParticipantKey) -> Self {
                Text::Participant(key)
            }
        }

        impl From<ProgrammeKey> for Text {
            fn from(key: ProgrammeKey) -> Self {
                Text::Programme(key)
            }
        }

        $(impl From<<crate::forms::$form as FormTexts>::Key> for Text {
            fn from(key: <crate::forms::$form as FormTexts>::Key) -> Self {
                Text::$form(key)
            }
        })*

        /// A text to show later, translated when shown so it follows a language
        /// switch: a plain text, or a template with its arguments (shared, so a
        /// copy for a toast or a view costs little).
        #[derive(Debug, Clone, PartialEq, Eq)]
        pub enum Msg {
            Plain(Text),
            Common(Arc<CommonMsg>),
            Participant(Arc<ParticipantMsg>),
            Programme(Arc<ProgrammeMsg>),
            $($form(Arc<<crate::forms::$form as FormTexts>::Msg>),)*
        }

        impl Msg {
            /// The text in a language.
            pub fn text(&self, language: Language) -> String {
                match self {
                    Msg::Plain(text) => text.text(language).to_string(),
                    Msg::Common(message) => message.text(language),
                    Msg::Participant(message) => message.text(language),
                    Msg::Programme(message) => message.text(language),
                    $(Msg::$form(message) => message.text(language),)*
                }
            }

            /// Every template of every part as written, for tests over the whole
            /// catalogue.
            pub fn shapes() -> Vec<&'static TemplateShape> {
                let mut all: Vec<&'static TemplateShape> = CommonMsg::SHAPES.iter().collect();
                all.extend(ParticipantMsg::SHAPES);
                all.extend(ProgrammeMsg::SHAPES);
                $(all.extend(<crate::forms::$form as FormTexts>::Msg::SHAPES);)*
                all
            }
        }

        impl<T: Into<Text>> From<T> for Msg {
            fn from(text: T) -> Self {
                Msg::Plain(text.into())
            }
        }

        impl From<CommonMsg> for Msg {
            fn from(message: CommonMsg) -> Self {
                Msg::Common(Arc::new(message))
            }
        }

        impl From<ParticipantMsg> for Msg {
            fn from(message: ParticipantMsg) -> Self {
                Msg::Participant(Arc::new(message))
            }
        }

        impl From<ProgrammeMsg> for Msg {
            fn from(message: ProgrammeMsg) -> Self {
                Msg::Programme(Arc::new(message))
            }
        }

        $(impl From<<crate::forms::$form as FormTexts>::Msg> for Msg {
            fn from(message: <crate::forms::$form as FormTexts>::Msg) -> Self {
                Msg::$form(Arc::new(message))
            }
        })*
    };
}
crate::forms::registry!(joined_catalogue);
