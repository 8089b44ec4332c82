//! Leptos components: the app shell, pages, and shared widgets. Components hold no
//! business rules: they call [`state::AppState`], which calls the model and the store.

mod activities;
mod app;
mod ask;
mod autosave;
mod backup_choice;
mod banners;
mod cafe;
mod drafts;
mod export_panel;
mod form_at;
mod form_error;
mod form_fields;
mod handover_button;
mod handover_preview;
mod header;
mod home;
mod home_screen;
mod i18n;
mod import_panel;
mod invite_page;
mod last_exported;
mod links;
mod open_question;
mod participant;
mod persona;
mod persona_test;
mod placemat;
mod qr_code;
mod record_page;
mod report_page;
mod settings_page;
mod shell_status;
mod state;
mod steps;
mod text_editor;
mod timer;
mod toasts;
mod workshop_form;
mod workshop_page;

pub use app::App;
