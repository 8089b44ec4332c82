//! The work forms (werkvormen) run inside a workshop: one folder each, named in
//! one registry.
//!
//! A form's folder holds everything of that form: its data and rules
//! (`model`), its part of the report and the spreadsheet (`report`), where the
//! answers from phones land (`phone`, for a form that asks phones), its texts
//! in both languages (`texts`) and its pages (`ui`). The pure parts never
//! import the UI, so they test natively.
//!
//! [`registry!`] is the one list of forms. Every list of kinds in the app is
//! made from it: the stored [`ActivityBody`], the import's kind check, the
//! targets of questions put out to phones, the undo of a removed part, the
//! pages and their routes, the buttons that add a form, and the catalogue's
//! types that take every text (`i18n::Text`, `i18n::Msg`). A new form is a
//! folder here and a line in the registry; the compiler then names every
//! trait the folder still has to implement.

mod activity;
mod form;
pub(crate) mod phone;
pub(crate) mod undo;

pub(crate) use activity::ActivityHead;
pub use activity::{Activity, ActivityBody, FormKind, FormVisitor, WorkForm};
pub use form::{
    FormData, FormReport, FormTexts, ReportContext, RunningTimer, SheetContext, StoredForm,
};
pub use phone::{PhoneForm, PromptTarget};
pub use undo::{HarvestPart, RemovedPart, Restorable};

/// Calls `$then!` with every work form, in the order the workshop page offers
/// them: the type, its folder, and for a form that puts its question out to
/// phones, the tag its stored target carries (`"to"`).
macro_rules! registry {
    ($then:ident) => {
        $then! {
            PersonaTest in persona_test, phone "persona_cells";
            Cafe in cafe, phone "cafe_round";
            Placemat in placemat, phone "placemat_fields";
            OpenQuestion in open_question, phone "anyone";
        }
    };
}
pub(crate) use registry;

/// Declares each form's folder and names its data type here.
macro_rules! declare_forms {
    ($($form:ident in $module:ident $(, phone $tag:literal)?;)*) => {
        $(
            pub mod $module;
            pub use $module::$form;
        )*
    };
}
registry!(declare_forms);
