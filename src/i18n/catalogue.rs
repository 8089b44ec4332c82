//! How a part of the catalogue is written: [`catalogue!`] turns a list of texts,
//! Dutch first, then English, into an enum of plain texts and an enum of
//! templates.

/// One template as written in the catalogue, for tests over the whole catalogue.
#[derive(Debug)]
pub struct TemplateShape {
    /// The template's name.
    pub name: &'static str,
    /// Its arguments, as declared.
    pub args: &'static [&'static str],
    /// The Dutch text.
    pub nl: &'static str,
    /// The English text.
    pub en: &'static str,
}

/// Builds one part of the catalogue: `plain` texts become an enum of keys with
/// `text(language) -> &'static str`; `templates` become an enum with a variant
/// per template and a named `String` field per `{placeholder}`, with
/// `text(language) -> String`. A text without both languages does not compile,
/// and neither does a template whose fields are not exactly the placeholders of
/// each of its texts (`format!` checks them; the text itself is filled by
/// [`crate::i18n::fill`], which makes a smaller program).
macro_rules! catalogue {
    (
        $(#[$plain_doc:meta])*
        plain $plain:ident {
            $($key:ident => $nl:literal, $en:literal;)*
        }
        $(#[$templates_doc:meta])*
        templates $templates:ident {
            $($template:ident { $($arg:ident),+ } => $template_nl:literal, $template_en:literal;)*
        }
    ) => {
        $(#[$plain_doc])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        pub enum $plain { $($key,)* }

        impl $plain {
            /// Every text of this part, for tests over the whole catalogue.
            pub const ALL: &'static [$plain] = &[$($plain::$key,)*];

            /// The text in the given language.
            pub fn text(self, language: $crate::i18n::Language) -> &'static str {
                match language {
                    $crate::i18n::Language::Nl => match self { $($plain::$key => $nl,)* },
                    $crate::i18n::Language::En => match self { $($plain::$key => $en,)* },
                }
            }
        }

        $(#[$templates_doc])*
        #[derive(Debug, Clone, PartialEq, Eq)]
        pub enum $templates { $($template { $($arg: String),+ },)* }

        impl $templates {
            /// Every template of this part as written, for tests over the whole catalogue.
            pub const SHAPES: &'static [$crate::i18n::TemplateShape] = &[$(
                $crate::i18n::TemplateShape {
                    name: stringify!($template),
                    args: &[$(stringify!($arg)),+],
                    nl: $template_nl,
                    en: $template_en,
                },
            )*];

            /// The text in the given language, with the arguments filled in.
            pub fn text(&self, language: $crate::i18n::Language) -> String {
                match self {
                    $($templates::$template { $($arg),+ } => {
                        let template = match language {
                            $crate::i18n::Language::Nl => $template_nl,
                            $crate::i18n::Language::En => $template_en,
                        };
                        let text = $crate::i18n::fill(template, &[$((stringify!($arg), $arg.as_str())),+]);
                        // `format!` makes the compiler check the fields against the
                        // placeholders of both texts; a debug build checks the result.
                        debug_assert_eq!(text, match language {
                            $crate::i18n::Language::Nl => format!($template_nl, $($arg = $arg),+),
                            $crate::i18n::Language::En => format!($template_en, $($arg = $arg),+),
                        });
                        text
                    })*
                }
            }
        }
    };
}
pub(crate) use catalogue;
