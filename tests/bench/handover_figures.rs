//! Handover figures for the café benchmark: one table of the large café
//! handed over as a file, read, checked and planned, and merged in.

use crate::common::{id_of, ms, time};
use std::collections::HashMap;
use std::hint::black_box;
use werktafel::forms::cafe::Cafe;
use werktafel::model::Workshop;
use werktafel::transfer::{apply_handover, plan_handover, read_import, Handover, ImportFile};

/// Prints the figures of handing the first table of the workshop's first café
/// over: the file's size, reading, checking and planning it against the
/// workshop with that table still empty, and merging it in.
pub fn print_handover(workshop: &Workshop, runs: usize) {
    let Some((activity, cafe)) = workshop
        .activities
        .iter()
        .find_map(|a| a.form::<Cafe>().map(|cafe| (a.id.as_str(), cafe)))
    else {
        return;
    };
    let table = &cafe.tables[0];
    let notes: usize = table.cloths.iter().map(|c| c.notes.len()).sum();
    let file = Handover::cafe_table(workshop, id_of(activity), table.id, 1)
        .expect("the table is there")
        .to_json();
    let mut here = workshop.clone();
    here.change_activity::<Cafe, _>(id_of(activity), 1, |c| {
        c.tables[0].cloths.clear();
        Ok(())
    })
    .expect("the café is there");
    let here = [here];
    let plan = || match read_import(file.as_bytes()).expect("a valid handover") {
        ImportFile::Handover(handover) => {
            plan_handover(*handover, &here, || "x".to_string()).expect("it fits")
        }
        ImportFile::Backup(_) => unreachable!("a handover file"),
    };
    let planned = plan();
    let (read_and_plan, _) = time(runs, |_| {
        black_box(plan());
    });
    let (merge, _) = time(runs, |_| {
        let merged = apply_handover(&planned, &here, &HashMap::new(), || "x".into(), 2);
        black_box(merged.expect("it fits"));
    });
    println!(
        "  table handed over:      {:>9} B ({notes} notes and {} summaries)",
        file.len(),
        table.cloths.len()
    );
    println!(
        "  read, check and plan it: {:>8.2} ms median",
        ms(read_and_plan)
    );
    println!("  merge it in:            {:>9.2} ms median", ms(merge));
}
