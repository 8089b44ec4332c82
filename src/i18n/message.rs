//! The whole catalogue as two types, made from the forms' registry: [`Text`],
//! any text without placeholders (what views show with `tr`), and [`Msg`], any
//! text to show later, a template with its arguments included.

use super::{
    CommonMsg, Key, Language, ParticipantKey, ParticipantMsg, ProgrammeKey, ProgrammeMsg,
    ReportKey, ReportMsg, TemplateShape,
};
use crate::forms::FormTexts;
use std::sync::Arc;

/// The catalogue's parts that are not a work form's, then one per work form
/// from the registry: each a variant of `Text` and `Msg` with its key and
/// template types.
macro_rules! joined_catalogue {
    ($($form:ident in $module:ident $(, phone $tag:literal)?;)*) => {
        joined_parts! {
            Common(Key, CommonMsg),
            Participant(ParticipantKey, ParticipantMsg),
            Programme(ProgrammeKey, ProgrammeMsg),
            Report(ReportKey, ReportMsg),
            $($form(<crate::forms::$form as FormTexts>::Key, <crate::forms::$form as FormTexts>::Msg),)*
        }
    };
}

/// `Text` and `Msg` with a variant for each part of the catalogue.
macro_rules! joined_parts {
    ($($part:ident($key:ty, $msg:ty),)*) => {
        /// A text without placeholders, from any part of the catalogue.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        pub enum Text {
            $($part($key),)*
        }

        impl Text {
            /// The text in the given language.
            pub fn text(self, language: Language) -> &'static str {
                match self {
                    $(Text::$part(key) => key.text(language),)*
                }
            }

            /// Every text of every part, for tests over the whole catalogue.
            pub fn all() -> Vec<Text> {
                let mut all = Vec::new();
                $(all.extend(<$key>::ALL.iter().map(|&key| Text::$part(key)));)*
                all
            }
        }

        $(impl From<$key> for Text {
            fn from(key: $key) -> Self {
                Text::$part(key)
            }
        })*

        /// A text to show later, translated when shown so it follows a language
        /// switch: a plain text, or a template with its arguments (shared, so a
        /// copy for a toast or a view costs little).
        #[derive(Debug, Clone, PartialEq, Eq)]
        pub enum Msg {
            Plain(Text),
            $($part(Arc<$msg>),)*
        }

        impl Msg {
            /// The text in a language.
            pub fn text(&self, language: Language) -> String {
                match self {
                    Msg::Plain(text) => text.text(language).to_string(),
                    $(Msg::$part(message) => message.text(language),)*
                }
            }

            /// Every template of every part as written, for tests over the whole
            /// catalogue.
            pub fn shapes() -> Vec<&'static TemplateShape> {
                let mut all: Vec<&'static TemplateShape> = Vec::new();
                $(all.extend(<$msg>::SHAPES);)*
                all
            }
        }

        impl<T: Into<Text>> From<T> for Msg {
            fn from(text: T) -> Self {
                Msg::Plain(text.into())
            }
        }

        $(impl From<$msg> for Msg {
            fn from(message: $msg) -> Self {
                Msg::$part(Arc::new(message))
            }
        })*
    };
}
crate::forms::registry!(joined_catalogue);
