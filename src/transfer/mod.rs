//! Moving data out of the app as files.
//!
//! For now: the full backup that the quota banner and the settings page offer, and
//! QR codes (the invitation). Import, reports and spreadsheets come with the export
//! issue and live here too.

mod backup;
mod qr;

pub use backup::{backup_file_name, Backup, BACKUP_FORMAT, BACKUP_SCHEMA};
pub use qr::{QrError, QrMatrix, QUIET_ZONE};
