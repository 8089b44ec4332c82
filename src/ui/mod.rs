//! Leptos components: the app shell, pages, and shared widgets. Components hold no
//! business rules: they call [`state::AppState`], which calls the model and the store.

mod activities;
mod app;
pub(crate) mod ask;
pub(crate) mod autosave;
mod backup_choice;
mod banners;
pub(crate) mod drafts;
mod export_panel;
pub(crate) mod form_at;
pub(crate) mod form_error;
pub(crate) mod form_fields;
mod form_pages;
pub(crate) mod handover_button;
mod handover_preview;
mod header;
mod home;
mod home_screen;
pub(crate) mod i18n;
mod import_panel;
mod invite_page;
mod last_exported;
mod lazy_pages;
mod library_page;
pub(crate) mod links;
mod notice_place;
mod participant;
pub(crate) mod persona;
mod programme;
pub(crate) mod qr_code;
mod record_page;
mod report_page;
mod settings_page;
mod shell_status;
pub(crate) mod state;
pub(crate) mod steps;
pub(crate) mod text_editor;
pub(crate) mod timer;
mod toasts;
mod workshop_form;
mod workshop_page;

pub use app::App;
pub use participant::PhonePage;
