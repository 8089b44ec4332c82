//! The pure core never reaches into the browser shell: `model`, `store`,
//! `transfer`, `i18n`, `library` and every work form's pure files (all but
//! its `ui`) name no Leptos, no browser API and no UI or platform module, so
//! they compile and test natively and a form's rules never depend on its
//! pages.

use std::fs;
use std::path::{Path, PathBuf};

/// What a pure file may not name.
const SHELL: &[&str] = &[
    "leptos",
    "web_sys",
    "wasm_bindgen",
    "js_sys",
    "gloo",
    "crate::ui",
    "crate::platform",
];

/// Every `.rs` file below `dir`.
fn rust_files(dir: &Path) -> Vec<PathBuf> {
    let mut files = Vec::new();
    for entry in fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            files.extend(rust_files(&path));
        } else if path.extension().is_some_and(|e| e == "rs") {
            files.push(path);
        }
    }
    files
}

/// Whether a file of a form's folder is its UI: `ui.rs` or anything in `ui/`.
fn is_form_ui(path: &Path) -> bool {
    path.components().any(|c| c.as_os_str() == "ui") || path.ends_with("ui.rs")
}

fn pure_files() -> Vec<PathBuf> {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files: Vec<PathBuf> = ["model", "store", "transfer", "i18n", "library"]
        .iter()
        .flat_map(|dir| rust_files(&src.join(dir)))
        .collect();
    let forms = src.join("forms");
    files.extend(
        rust_files(&forms)
            .into_iter()
            .filter(|path| !is_form_ui(path.strip_prefix(&forms).unwrap())),
    );
    files
}

#[test]
fn the_pure_core_and_each_form_s_rules_name_nothing_of_the_browser_shell() {
    let files = pure_files();
    assert!(files.len() > 40, "found only {} pure files", files.len());
    let mut found = Vec::new();
    for path in files {
        let text = fs::read_to_string(&path).unwrap();
        for (number, line) in text.lines().enumerate() {
            let code = line.split("//").next().unwrap_or_default();
            for name in SHELL {
                if code.contains(name) {
                    found.push(format!("{}:{}: {name}", path.display(), number + 1));
                }
            }
        }
    }
    assert!(
        found.is_empty(),
        "pure files name the shell:\n{}",
        found.join("\n")
    );
}

#[test]
fn every_form_keeps_its_pages_apart_from_its_rules() {
    let forms = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/forms");
    for entry in fs::read_dir(&forms).unwrap() {
        let folder = entry.unwrap().path();
        if !folder.is_dir() {
            continue;
        }
        let has_model = folder.join("model.rs").exists() || folder.join("model").is_dir();
        let has_ui = folder.join("ui.rs").exists() || folder.join("ui").is_dir();
        assert!(has_model && has_ui, "{}: model and ui", folder.display());
    }
}
