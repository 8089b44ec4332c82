//! Finishes a Trunk build in place; Trunk runs it as a `post_build` hook on its
//! staging folder. It is a build tool, not part of the app, and runs natively.
//! Running it again on a finished folder (after changing a file) makes it current.
//!
//! 1. The wasm-bindgen JS glue each page preloads, and the split loader it
//!    imports, are minified; each page's stylesheets are joined into one file
//!    (stylesheets.rs); and the page's integrity hashes are written anew
//!    (minify.rs).
//! 2. index.html's inline script that fetches the code reading stored data at
//!    once, when work is stored, gets that code's files (decoder_preload.rs).
//! 3. Each page (index.html, and the phone's meedoen/index.html) gets its
//!    Content-Security-Policy: only `'self'`, plus `'wasm-unsafe-eval'` and the
//!    sha256 hash of each of its inline scripts (Trunk's loader, the old-link
//!    redirect, the decoders' preload).
//! 4. 404.html, a copy of index.html, lets hosts that serve only existing files
//!    (GitHub-Pages-like) open deep links.
//! 5. sw.js gets the list of every file of the build and a version made from their
//!    content hashes, so each different build is a new service-worker version.
//! 6. Each text file and the wasm get a `.gz` and a `.br` copy beside them, for
//!    hosts that serve precompressed files (see the README).

mod compress;
mod decoder_preload;
mod html;
mod minify;
mod stylesheets;

use base64::Engine as _;
use sha2::{Digest, Sha256};
use std::collections::HashSet;
use std::fs;
use std::path::{Path, PathBuf};

/// The start of the policy's meta tag; its `content` is (re)written.
const CSP_META: &str = "<meta http-equiv=\"Content-Security-Policy\" content=\"";
/// The start of the line of sw.js that holds this build's version and file list.
const SW_BUILD_LINE: &str = "const BUILD = ";
/// Files the service worker does not precache: itself and the host's error page
/// (nor the compressed copies: a host sends those in place of the files).
const NOT_PRECACHED: [&str; 2] = ["sw.js", "404.html"];

fn main() {
    let Some(dir) = std::env::args().nth(1) else {
        eprintln!("usage: prepare_dist <dist folder>");
        std::process::exit(2);
    };
    if let Err(message) = prepare(Path::new(&dir)) {
        eprintln!("prepare_dist: {message}");
        std::process::exit(1);
    }
}

fn prepare(dir: &Path) -> Result<(), String> {
    let pages: Vec<String> = collect_files(dir)?
        .into_iter()
        .map(|(path, _)| path)
        .filter(|path| is_page(path))
        .collect();
    for page in &pages {
        let path = dir.join(page);
        let folder = path.parent().unwrap_or(dir);
        let html = read_text(&path)?;
        minify_modules(folder, minify::preloaded_modules(&html))?;
        let (html, joined) = join_stylesheets(folder, html)?;
        let present: Vec<&str> = decoder_preload::DECODER_FILES
            .into_iter()
            .filter(|name| folder.join(name).is_file())
            .collect();
        let html = decoder_preload::fill(&html, &present)?;
        let html = minify::with_integrity(&html, |name| fs::read(folder.join(name)).ok())?;
        write(&path, &insert_csp(&html)?)?;
        remove_files(folder, &joined)?;
    }
    write(&dir.join("404.html"), &read_text(&dir.join("index.html"))?)?;

    let files = collect_files(dir)?;
    let build = Precache::from_files(&files);
    let sw_path = dir.join("sw.js");
    let sw = fill_service_worker(&read_text(&sw_path)?, &build)?;
    write(&sw_path, &sw)?;

    let mut compressed = 0;
    for (path, content) in collect_files(dir)? {
        if compress::is_compressible(&path) {
            write_bytes(&dir.join(format!("{path}.gz")), &compress::gzip(&content))?;
            write_bytes(&dir.join(format!("{path}.br")), &compress::brotli(&content))?;
            compressed += 1;
        }
    }
    println!(
        "prepare_dist: glue minified, CSP set, version {}, {} files precached, {compressed} compressed",
        build.version,
        build.files.len()
    );
    Ok(())
}

fn read_text(path: &Path) -> Result<String, String> {
    fs::read_to_string(path).map_err(|e| format!("cannot read {}: {e}", path.display()))
}

fn write(path: &Path, text: &str) -> Result<(), String> {
    write_bytes(path, text.as_bytes())
}

fn write_bytes(path: &Path, content: &[u8]) -> Result<(), String> {
    fs::write(path, content).map_err(|e| format!("cannot write {}: {e}", path.display()))
}

/// Minifies the modules `names` in `folder` and the modules beside them they
/// import (the glue's split loader), each once.
fn minify_modules(folder: &Path, names: Vec<&str>) -> Result<(), String> {
    let mut pending: Vec<String> = names.into_iter().map(str::to_string).collect();
    let mut done = HashSet::new();
    while let Some(name) = pending.pop() {
        if !done.insert(name.clone()) {
            continue;
        }
        let path = folder.join(&name);
        let source = read_text(&path)?;
        pending.extend(minify::modules_beside(&source)?);
        write(&path, &minify::minify_module(&source)?)?;
    }
    Ok(())
}

/// Joins the stylesheets of the page `html` into one file in `folder`: the
/// page naming it, and the files joined, to remove once that page is written
/// (so a run that stops before can be run again).
fn join_stylesheets(folder: &Path, html: String) -> Result<(String, Vec<String>), String> {
    let Some(joined) = stylesheets::join(&html, |name| fs::read_to_string(folder.join(name)).ok())?
    else {
        return Ok((html, Vec::new()));
    };
    let (name, text) = &joined.file;
    write(&folder.join(name), text)?;
    Ok((joined.page, joined.sources))
}

/// Removes the files `names` from `folder`.
fn remove_files(folder: &Path, names: &[String]) -> Result<(), String> {
    for name in names {
        let path = folder.join(name);
        fs::remove_file(&path).map_err(|e| format!("cannot remove {}: {e}", path.display()))?;
    }
    Ok(())
}

/// Whether a file is one of the build's pages (the host's error page is a copy).
fn is_page(path: &str) -> bool {
    path.ends_with(".html") && path != "404.html"
}

/// Every file below `dir` as (path relative to `dir` with `/`, content).
fn collect_files(dir: &Path) -> Result<Vec<(String, Vec<u8>)>, String> {
    let mut pending: Vec<PathBuf> = vec![dir.to_path_buf()];
    let mut files = Vec::new();
    while let Some(folder) = pending.pop() {
        let entries = fs::read_dir(&folder).map_err(|e| format!("{}: {e}", folder.display()))?;
        for entry in entries {
            let path = entry.map_err(|e| e.to_string())?.path();
            if path.is_dir() {
                pending.push(path);
                continue;
            }
            let relative = path
                .strip_prefix(dir)
                .map_err(|e| e.to_string())?
                .components()
                .map(|c| c.as_os_str().to_string_lossy().into_owned())
                .collect::<Vec<_>>()
                .join("/");
            let content = fs::read(&path).map_err(|e| format!("{}: {e}", path.display()))?;
            files.push((relative, content));
        }
    }
    Ok(files)
}

/// The policy for a page whose inline scripts have these contents.
fn content_security_policy(inline_scripts: &[&str]) -> String {
    let hashes: String = inline_scripts
        .iter()
        .map(|script| {
            let digest = Sha256::digest(script.as_bytes());
            let encoded = base64::engine::general_purpose::STANDARD.encode(digest);
            format!(" 'sha256-{encoded}'")
        })
        .collect();
    format!(
        "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'{hashes}; \
         style-src 'self'; img-src 'self' data: blob:; font-src 'self'; \
         connect-src 'self'; worker-src 'self'; manifest-src 'self'; \
         object-src 'none'; base-uri 'self'; form-action 'self'"
    )
}

/// The contents of every `<script>` without a `src` attribute.
fn inline_scripts(html: &str) -> Vec<&str> {
    let mut scripts = Vec::new();
    let mut rest = html;
    while let Some(start) = rest.find("<script") {
        let after_tag = &rest[start..];
        let Some(tag_end) = after_tag.find('>') else {
            break;
        };
        let tag = &after_tag[..tag_end];
        let body = &after_tag[tag_end + 1..];
        let Some(close) = body.find("</script>") else {
            break;
        };
        if !tag.contains(" src=") {
            scripts.push(&body[..close]);
        }
        rest = &body[close + "</script>".len()..];
    }
    scripts
}

/// Writes the policy into the content of index.html's CSP meta tag.
fn insert_csp(html: &str) -> Result<String, String> {
    let start = html
        .find(CSP_META)
        .ok_or("index.html has no Content-Security-Policy meta tag")?
        + CSP_META.len();
    let end = start
        + html[start..]
            .find('"')
            .ok_or("the CSP meta tag is not closed")?;
    let policy = content_security_policy(&inline_scripts(html));
    Ok(format!("{}{policy}{}", &html[..start], &html[end..]))
}

/// This build's files and version, for the service worker.
#[derive(Debug, PartialEq, Eq)]
struct Precache {
    version: String,
    files: Vec<String>,
}

impl Precache {
    /// Sorted file list and a version from every path and content hash.
    fn from_files(files: &[(String, Vec<u8>)]) -> Self {
        let mut entries: Vec<(&str, String)> = files
            .iter()
            .filter(|(path, _)| {
                !NOT_PRECACHED.contains(&path.as_str()) && !compress::is_compressed_copy(path)
            })
            .map(|(path, content)| (path.as_str(), hex(&Sha256::digest(content))))
            .collect();
        entries.sort();
        let mut version = Sha256::new();
        for (path, hash) in &entries {
            version.update(path.as_bytes());
            version.update([0]);
            version.update(hash.as_bytes());
            version.update([b'\n']);
        }
        Self {
            version: hex(&version.finalize())[..16].to_string(),
            files: entries.into_iter().map(|(p, _)| p.to_string()).collect(),
        }
    }
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// Replaces the build line of sw.js with this build's version and files.
fn fill_service_worker(sw: &str, build: &Precache) -> Result<String, String> {
    let files = serde_json::to_string(&build.files).map_err(|e| e.to_string())?;
    let line = format!(
        "{SW_BUILD_LINE}{{ version: \"{}\", files: {files} }};",
        build.version
    );
    let mut found = false;
    let lines: Vec<&str> = sw
        .lines()
        .map(|l| {
            if l.starts_with(SW_BUILD_LINE) {
                found = true;
                line.as_str()
            } else {
                l
            }
        })
        .collect();
    if !found {
        return Err("sw.js has no build line to fill".into());
    }
    Ok(lines.join("\n") + "\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn files(list: &[(&str, &str)]) -> Vec<(String, Vec<u8>)> {
        list.iter()
            .map(|(p, c)| (p.to_string(), c.as_bytes().to_vec()))
            .collect()
    }

    #[test]
    fn the_precache_list_is_sorted_and_leaves_out_the_worker_and_404() {
        let build = Precache::from_files(&files(&[
            ("sw.js", "x"),
            ("index.html", "<html>"),
            ("404.html", "<html>"),
            ("app-1.wasm", "wasm"),
            ("icons/a.png", "png"),
            ("app-1.wasm.gz", "packed"),
            ("index.html.br", "packed"),
        ]));
        assert_eq!(build.files, ["app-1.wasm", "icons/a.png", "index.html"]);
        assert_eq!(build.version.len(), 16);
    }

    #[test]
    fn the_version_changes_with_any_content_and_only_then() {
        let a = Precache::from_files(&files(&[("index.html", "a"), ("x.js", "1")]));
        let same = Precache::from_files(&files(&[("x.js", "1"), ("index.html", "a")]));
        let changed = Precache::from_files(&files(&[("index.html", "a"), ("x.js", "2")]));
        let renamed = Precache::from_files(&files(&[("index.html", "a"), ("y.js", "1")]));
        assert_eq!(a.version, same.version);
        assert_ne!(a.version, changed.version);
        assert_ne!(a.version, renamed.version);
        // The worker itself does not feed the version (it is written afterwards).
        let with_sw = Precache::from_files(&files(&[
            ("index.html", "a"),
            ("x.js", "1"),
            ("sw.js", "z"),
        ]));
        assert_eq!(a.version, with_sw.version);
    }

    #[test]
    fn the_worker_gets_the_version_and_the_files() {
        let build = Precache {
            version: "abc".into(),
            files: vec!["index.html".into(), "a \"b\".js".into()],
        };
        let sw = format!("// top\n{SW_BUILD_LINE}\nconst CACHE = 1;\n");
        let filled = fill_service_worker(&sw, &build).unwrap();
        assert!(filled
            .contains(r#"const BUILD = { version: "abc", files: ["index.html","a \"b\".js"] };"#));
        assert!(!filled.contains("unbuilt"));
        assert!(fill_service_worker("no line", &build).is_err());
    }

    #[test]
    fn every_page_but_the_error_page_gets_a_policy() {
        assert!(is_page("index.html"));
        assert!(is_page("meedoen/index.html"));
        assert!(!is_page("404.html"));
        assert!(!is_page("sw.js"));
    }

    #[test]
    fn inline_scripts_are_found_and_external_ones_skipped() {
        let html =
            "<script src=\"a.js\"></script><script type=\"module\">\nimport x;\n</script><p>";
        assert_eq!(inline_scripts(html), ["\nimport x;\n"]);
    }

    #[test]
    fn the_policy_carries_the_sha256_of_each_inline_script() {
        // sha256("alert(1)") in base64, as browsers compute it.
        let policy = content_security_policy(&["alert(1)"]);
        assert!(policy.contains("'sha256-bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI='"));
        assert!(policy.contains("default-src 'self'"));
        assert!(policy.contains("'wasm-unsafe-eval'"));
        assert!(!policy.contains("unsafe-inline"));
    }

    #[test]
    fn the_csp_meta_tag_is_required_and_rewritten_each_run() {
        assert!(insert_csp("<html></html>").is_err());
        let html = format!("<head>{CSP_META}placeholder\" /><script>go()</script></head>");
        let done = insert_csp(&html).unwrap();
        assert!(done.contains("script-src 'self' 'wasm-unsafe-eval' 'sha256-"));
        assert!(!done.contains("placeholder"));
        assert!(done.ends_with("\" /><script>go()</script></head>"));
        assert_eq!(insert_csp(&done).unwrap(), done);
    }
}
