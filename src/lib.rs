//! Werktafel: an offline-first workshop app for facilitators.
//!
//! The crate is a functional core with a thin browser shell:
//! - [`model`], [`store`] and [`transfer`] are pure Rust and test natively;
//! - [`forms`] holds each work form in a folder of its own (its pure parts
//!   test natively too), named once in its registry;
//! - [`i18n`] holds every user-visible string, in Dutch and English;
//! - [`platform`] wraps the few browser APIs the app needs;
//! - [`ui`] holds the Leptos components.

pub mod forms;
pub mod i18n;
pub mod library;
pub mod model;
pub mod platform;
pub mod store;
pub mod transfer;
pub mod ui;
