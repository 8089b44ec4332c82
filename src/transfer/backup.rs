//! The `.werktafel.json` backup: everything on this device in one file.

use crate::library::OwnMethod;
use crate::model::{IsoDate, Persona, Settings, Timestamp, Workshop};
use crate::store::Entity;
use serde::{Deserialize, Serialize};

/// The `format` field that marks a Werktafel backup file.
pub const BACKUP_FORMAT: &str = "werktafel-backup";
/// The version of the backup layout: 2 names the schema of its workshops and
/// persona's, so an import can migrate them. The own methods came later in
/// the same layout, as the persona's did in layout 1: absent means none.
pub const BACKUP_SCHEMA: u32 = 2;

/// Everything in one document.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Backup {
    pub format: String,
    pub schema: u32,
    pub exported_at: Timestamp,
    /// The schema the workshops are written in (layout 2 on).
    #[serde(default)]
    pub workshop_schema: u32,
    /// The schema the persona's are written in (layout 2 on).
    #[serde(default)]
    pub persona_schema: u32,
    /// The schema the own methods are written in (absent: the first).
    #[serde(default)]
    pub method_schema: u32,
    pub settings: Settings,
    pub workshops: Vec<Workshop>,
    /// The persona library (added after the first backups; absent means none).
    #[serde(default)]
    pub personas: Vec<Persona>,
    /// The library's own methods (added later; absent means none).
    #[serde(default)]
    pub methods: Vec<OwnMethod>,
}

impl Backup {
    /// A backup of the given data, made now, without own methods (see
    /// [`Backup::with_methods`]).
    pub fn new(
        settings: &Settings,
        workshops: &[Workshop],
        personas: &[Persona],
        now: Timestamp,
    ) -> Self {
        Self {
            format: BACKUP_FORMAT.to_string(),
            schema: BACKUP_SCHEMA,
            exported_at: now,
            workshop_schema: Workshop::SCHEMA,
            persona_schema: Persona::SCHEMA,
            method_schema: OwnMethod::SCHEMA,
            settings: settings.clone(),
            workshops: workshops.to_vec(),
            personas: personas.to_vec(),
            methods: Vec::new(),
        }
    }

    /// The same backup holding these own methods.
    pub fn with_methods(self, methods: &[OwnMethod]) -> Self {
        Self {
            methods: methods.to_vec(),
            ..self
        }
    }

    /// The file's text: compact JSON, so that every backup the app writes is
    /// well within the import's 5 MB (indenting adds a third).
    pub fn to_json(&self) -> String {
        serde_json::to_string(self).expect("backups serialize to JSON")
    }
}

/// `werktafel-backup-2026-11-22.werktafel.json`, or without a date if unknown.
pub fn backup_file_name(today: Option<IsoDate>) -> String {
    match today {
        Some(date) => format!("werktafel-backup-{date}.werktafel.json"),
        None => "werktafel-backup.werktafel.json".to_string(),
    }
}

/// `2026-12-01-wijkavond-noord.md`: the date, then the title in plain lower-case
/// letters and digits, then the extension.
pub fn export_file_name(date: Option<IsoDate>, title: &str, extension: &str) -> String {
    let mut slug = String::new();
    for c in title.to_lowercase().chars() {
        let c = match c {
            'à' | 'á' | 'â' | 'ä' | 'ã' => 'a',
            'è' | 'é' | 'ê' | 'ë' => 'e',
            'ì' | 'í' | 'î' | 'ï' => 'i',
            'ò' | 'ó' | 'ô' | 'ö' | 'õ' => 'o',
            'ù' | 'ú' | 'û' | 'ü' => 'u',
            'ç' => 'c',
            'ñ' => 'n',
            c if c.is_ascii_alphanumeric() => c,
            _ => '-',
        };
        if c != '-' || !slug.ends_with('-') {
            slug.push(c);
        }
    }
    let slug: String = slug.trim_matches('-').chars().take(60).collect();
    let slug = slug.trim_end_matches('-');
    let name = match (date, slug.is_empty()) {
        (Some(date), false) => format!("{date}-{slug}"),
        (Some(date), true) => format!("{date}-werktafel"),
        (None, false) => slug.to_string(),
        (None, true) => "werktafel".to_string(),
    };
    format!("{name}.{extension}")
}
