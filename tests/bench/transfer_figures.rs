//! Export and import figures for the native benchmarks: the backup file (size,
//! time to write, time to read and check it in full and plan the import), and
//! for workshops the Markdown report, the Word report and the spreadsheet.
//! Budget: export under 100 ms, import under 200 ms, the Word file under 2 s.

use std::hint::black_box;
use std::time::Instant;
use werktafel::i18n::Language;
use werktafel::model::{Persona, Settings, Workshop};
use werktafel::transfer::{
    markdown, notes_csv, plan_import, read_backup, report_docx, workshop_report, Backup,
};

/// Median of `runs` runs, in milliseconds.
fn median_ms(runs: usize, mut run: impl FnMut()) -> f64 {
    let mut times: Vec<f64> = (0..runs)
        .map(|_| {
            let start = Instant::now();
            run();
            start.elapsed().as_secs_f64() * 1e3
        })
        .collect();
    times.sort_by(f64::total_cmp);
    times[times.len() / 2]
}

/// Prints the export and import figures of these workshops and persona's.
pub fn print_transfer(workshops: &[Workshop], personas: &[Persona], runs: usize) {
    let backup = Backup::new(&Settings::default(), workshops, personas, 1);
    let file = backup.to_json();
    let export = median_ms(runs, || {
        black_box(Backup::new(&Settings::default(), workshops, personas, 1).to_json());
    });
    let import = median_ms(runs, || {
        let read = read_backup(file.as_bytes()).expect("a valid backup");
        black_box(plan_import(read, workshops, personas, &[]));
    });
    let verdict = |ms: f64, budget: f64| if ms < budget { "within" } else { "OVER" };
    println!(
        "  backup file:            {:>9} B ({} workshop(s), {} persona's)",
        file.len(),
        workshops.len(),
        personas.len()
    );
    println!(
        "  export (backup file):   {export:>9.2} ms median  budget < 100 ms: {}",
        verdict(export, 100.0)
    );
    println!(
        "  import (read, check, plan): {import:>5.2} ms median  budget < 200 ms: {}",
        verdict(import, 200.0)
    );
    if let Some(workshop) = workshops.first() {
        let report = median_ms(runs, || {
            black_box(markdown(&workshop_report(workshop, personas, Language::Nl)));
        });
        let word = median_ms(runs, || {
            let blocks = workshop_report(workshop, personas, Language::Nl);
            black_box(report_docx(&blocks, Language::Nl));
        });
        let word_bytes = report_docx(
            &workshop_report(workshop, personas, Language::Nl),
            Language::Nl,
        )
        .len();
        let csv = median_ms(runs, || {
            black_box(notes_csv(workshop, Language::Nl));
        });
        let sizes = (
            markdown(&workshop_report(workshop, personas, Language::Nl)).len(),
            notes_csv(workshop, Language::Nl).len(),
        );
        println!(
            "  report (Markdown):      {report:>9.2} ms median, {} B",
            sizes.0
        );
        println!(
            "  report (Word .docx):    {word:>9.2} ms median, {word_bytes} B  budget < 2000 ms: {}",
            verdict(word, 2000.0)
        );
        println!(
            "  spreadsheet (CSV):      {csv:>9.2} ms median, {} B",
            sizes.1
        );
    }
}
