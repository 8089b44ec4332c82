//! Moving data out of the app as files.
//!
//! The full backup that the quota banner and the settings page offer, reading a
//! backup back in (checked in full, planned, applied with choices), and QR codes
//! (the invitation). Reports and spreadsheets come with the export issue and live
//! here too.

mod backup;
mod import;
mod qr;

pub use backup::{backup_file_name, Backup, BACKUP_FORMAT, BACKUP_SCHEMA};
pub use import::{
    apply_import, plan_import, read_backup, Applied, Arrival, Choice, ImportError, ImportPlan,
    Incoming, Problem, Step, MAX_IMPORT_BYTES, MAX_IMPORT_TEXT_CHARS,
};
pub use qr::{QrError, QrMatrix, QUIET_ZONE};
