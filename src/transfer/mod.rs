//! Moving data out of the app as files.
//!
//! What leaves the app and comes back: the backup file (everything or one
//! workshop), reading a backup back in (checked in full, planned, applied with
//! choices), the report of a workshop (Markdown, and the blocks the printable
//! page shows), the spreadsheets of its notes and its programme, names taken out for reports that
//! leave the group, and QR codes (the invitation, and reading answers from a
//! camera frame).

mod anonymise;
mod backup;
mod card_json;
pub(crate) mod csv;
mod docx;
mod draft;
mod grey;
mod handover;
mod import;
pub(crate) mod json;
mod participate;
mod programme;
mod qr;
mod qr_read;
pub(crate) mod report;

pub use crate::model::{Arrival, Choice, Step};
pub use anonymise::anonymise;
pub use backup::{backup_file_name, export_file_name, Backup, BACKUP_FORMAT, BACKUP_SCHEMA};
pub use csv::notes_csv;
pub use docx::{report_docx, DOCX_MIME};
pub use draft::Draft;
pub use handover::{
    apply_handover, plan_handover, Handover, HandoverPlan, Part, HANDOVER_FORMAT, HANDOVER_SCHEMA,
};
pub use import::{
    apply_import, plan_import, read_backup, read_import, Applied, ImportError, ImportFile,
    ImportPlan, Incoming, Problem, MAX_IMPORT_BYTES, MAX_IMPORT_TEXT_CHARS,
};
pub use participate::{
    answer_parts, phone_page_address, question_payload, read_question, AnswerCard, CardPlaces,
    PartCollector, PayloadError, PlaceKind, QuestionCard, Scanned, CARD_VERSION, MAX_ANSWERS,
    MAX_ANSWER_CHARS, MAX_NAME_CHARS, MAX_PARTS, PART_CHARS, PHONE_PAGE,
};
pub use programme::{
    duration_text, kind_label, plain_label, programme_csv, programme_report, slot_text, total_text,
};
pub use qr::{QrError, QrMatrix, QUIET_ZONE};
pub use qr_read::{
    luma_from_rgba, read_qr_codes, read_qr_codes_prepared, Preparation, PREPARATIONS,
};
pub use report::{markdown, resident_report, workshop_report, Block, NOTES_PER_THEME};
