//! The backup file: everything in, the same everything out.

mod common;

use common::id_of;

use werktafel::model::{example_personas, IsoDate, Persona, Settings, Workshop, WorkshopDraft};
use werktafel::transfer::{backup_file_name, Backup, BACKUP_FORMAT};

#[test]
fn a_backup_reads_back_to_the_same_data() {
    let draft = WorkshopDraft {
        title: "Wereldcafé \"wijk\" <oost>".into(),
        date: "2026-11-23".into(),
        goal: "Regel 1\nRegel 2".into(),
        ..Default::default()
    };
    let workshop = Workshop::create(&draft, id_of("a"), 5).unwrap();
    let (fields, avatar) = example_personas().remove(0);
    let persona = Persona::create(&fields, avatar, id_of("p"), 6).unwrap();
    let backup = Backup::new(&Settings::default(), &[workshop], &[persona], 9);
    let text = backup.to_json();
    let read: Backup = serde_json::from_str(&text).unwrap();
    assert_eq!(read, backup);
    assert_eq!(read.format, BACKUP_FORMAT);
}

#[test]
fn the_file_name_carries_the_date() {
    assert_eq!(
        backup_file_name(IsoDate::new(2026, 11, 22)),
        "werktafel-backup-2026-11-22.werktafel.json"
    );
    assert_eq!(backup_file_name(None), "werktafel-backup.werktafel.json");
}
