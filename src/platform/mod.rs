//! Thin wrappers over the browser APIs the app uses. Each function does one thing,
//! turns JavaScript errors into Rust values, and never panics when an API is
//! missing: older tablets and Safari lack some of them.

pub mod camera;
pub mod clock;
pub mod crash;
pub mod download;
pub mod home_screen;
pub mod local_storage;
pub mod page;
pub mod photo;
pub mod print_margins;
pub mod read_file;
pub mod service_worker;
pub mod share;
pub mod sound;
pub mod storage_manager;
pub mod wake_lock;
