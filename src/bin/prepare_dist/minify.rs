//! Minifies wasm-bindgen's JS glue, which Trunk leaves as wasm-bindgen wrote it
//! (comments, indentation, long local names: 38 KB of the phone's page, 17 KB
//! minified), and writes the pages' subresource-integrity hashes anew, since
//! Trunk computed them before. The glue is the module each page preloads
//! (`<link rel="modulepreload" href="…">`), beside the page.
//!
//! The minifier is oxc's (the Oxc project's parser, minifier and printer, kept
//! up to date and used by Rolldown and Vite): it parses the module in full, so
//! every transform is on the syntax tree, never on the text. Export and
//! property names stay (the Trunk loader and the wasm's imports use them).
//! oxc 0.96 is the newest release for the project's rust-version (1.88).

use crate::html::{attribute, file_name, tags};
use base64::Engine as _;
use oxc_allocator::Allocator;
use oxc_ast::ast::Statement;
use oxc_codegen::{Codegen, CodegenOptions};
use oxc_minifier::{CompressOptions, MangleOptions, Minifier, MinifierOptions};
use oxc_parser::Parser;
use oxc_span::SourceType;
use sha2::{Digest, Sha256, Sha384, Sha512};

/// The start of the tag by which Trunk preloads a page's glue.
const MODULE_PRELOAD: &str = "<link rel=\"modulepreload\"";

/// The JS module `source`, minified.
pub fn minify_module(source: &str) -> Result<String, String> {
    let allocator = Allocator::default();
    let parsed = Parser::new(&allocator, source, SourceType::mjs()).parse();
    if parsed.panicked || !parsed.errors.is_empty() {
        return Err(format!("the glue does not parse: {:?}", parsed.errors));
    }
    let mut program = parsed.program;
    let options = MinifierOptions {
        // A module's top-level names are its own; its exports keep theirs.
        mangle: Some(MangleOptions {
            top_level: true,
            ..MangleOptions::default()
        }),
        compress: Some(CompressOptions::smallest()),
    };
    let minified = Minifier::new(options).minify(&allocator, &mut program);
    Ok(Codegen::new()
        .with_options(CodegenOptions::minify())
        .with_scoping(minified.scoping)
        .build(&program)
        .code)
}

/// The file names of the modules beside it that the JS module `source` imports
/// (`import … from "./name.js"`): the glue's split loader, `__wasm_split.js`.
pub fn modules_beside(source: &str) -> Result<Vec<String>, String> {
    let allocator = Allocator::default();
    let parsed = Parser::new(&allocator, source, SourceType::mjs()).parse();
    if parsed.panicked || !parsed.errors.is_empty() {
        return Err(format!("a module does not parse: {:?}", parsed.errors));
    }
    let mut names: Vec<String> = parsed
        .program
        .body
        .iter()
        .filter_map(|statement| match statement {
            Statement::ImportDeclaration(import) => import.source.value.strip_prefix("./"),
            _ => None,
        })
        .filter(|name| !name.contains('/'))
        .map(str::to_string)
        .collect();
    names.sort();
    names.dedup();
    Ok(names)
}

/// The file names (beside the page) of the modules a page preloads.
pub fn preloaded_modules(html: &str) -> Vec<&str> {
    tags(html)
        .filter(|(_, tag)| tag.starts_with(MODULE_PRELOAD))
        .filter_map(|(_, tag)| attribute(tag, "href"))
        .map(|(_, href)| file_name(href))
        .collect()
}

/// The page with the `integrity` of each tag recomputed, by the same hash
/// function, from the file its `href` or `src` names (by its name, beside the
/// page: `file` gives its content).
pub fn with_integrity(
    html: &str,
    file: impl Fn(&str) -> Option<Vec<u8>>,
) -> Result<String, String> {
    let mut out = String::with_capacity(html.len());
    let mut copied = 0;
    for (start, tag) in tags(html) {
        let Some((offset, old)) = attribute(tag, "integrity") else {
            continue;
        };
        let (_, href) = attribute(tag, "href")
            .or_else(|| attribute(tag, "src"))
            .ok_or_else(|| format!("no file for the integrity of {tag}"))?;
        let name = file_name(href);
        let content = file(name).ok_or_else(|| format!("{name}: not beside its page"))?;
        out.push_str(&html[copied..start + offset]);
        out.push_str(&integrity(old, &content)?);
        copied = start + offset + old.len();
    }
    out.push_str(&html[copied..]);
    Ok(out)
}

/// `content`'s integrity value by the hash function `old` names.
fn integrity(old: &str, content: &[u8]) -> Result<String, String> {
    let (function, _) = old
        .split_once('-')
        .ok_or_else(|| format!("integrity {old} names no hash function"))?;
    let digest = match function {
        "sha256" => Sha256::digest(content).to_vec(),
        "sha384" => Sha384::digest(content).to_vec(),
        "sha512" => Sha512::digest(content).to_vec(),
        other => return Err(format!("integrity by {other} is not known here")),
    };
    let encoded = base64::engine::general_purpose::STANDARD.encode(digest);
    Ok(format!("{function}-{encoded}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    const PAGE: &str = "<link rel=\"stylesheet\" href=\"/a/s-1.css\" integrity=\"sha384-OLD1\"/>\
        <script type=\"module\">import x from '/a/g-1.js';</script>\
        <link rel=\"modulepreload\" href=\"/a/g-1.js\" crossorigin=\"anonymous\" integrity=\"sha256-OLD2\">";

    #[test]
    fn the_glue_is_minified_and_keeps_its_exports() {
        let glue = "/** Docs. */\nexport function greet(name) {\n    const greeting = 'hallo ' + name;\n    return greeting;\n}\nexport default greet;\n";
        let small = minify_module(glue).unwrap();
        assert!(small.len() * 3 < glue.len() * 2, "{small}");
        assert!(small.contains("greet"));
        assert!(small.contains("export"));
        assert!(!small.contains("Docs"));
        assert!(minify_module("export let = ;").is_err());
    }

    #[test]
    fn the_modules_beside_a_module_are_its_relative_imports_once_each() {
        let glue = "import * as a from \"./__wasm_split.js\";\nimport * as b from \"./__wasm_split.js\";\n\
            import { c } from \"../up.js\";\nimport \"./sub/d.js\";\nexport const e = import(\"./f.js\");\n";
        assert_eq!(modules_beside(glue).unwrap(), ["__wasm_split.js"]);
        assert!(modules_beside("import from;").is_err());
    }

    #[test]
    fn the_preloaded_module_is_found_by_its_file_name() {
        assert_eq!(preloaded_modules(PAGE), ["g-1.js"]);
    }

    #[test]
    fn each_integrity_is_recomputed_by_its_own_hash_function() {
        let page = with_integrity(PAGE, |name| Some(name.as_bytes().to_vec())).unwrap();
        let sha384 = base64::engine::general_purpose::STANDARD.encode(Sha384::digest(b"s-1.css"));
        let sha256 = base64::engine::general_purpose::STANDARD.encode(Sha256::digest(b"g-1.js"));
        assert!(page.contains(&format!(
            "href=\"/a/s-1.css\" integrity=\"sha384-{sha384}\"/>"
        )));
        assert!(page.ends_with(&format!(
            "crossorigin=\"anonymous\" integrity=\"sha256-{sha256}\">"
        )));
        assert_eq!(page.len(), PAGE.len() - 8 + sha384.len() + sha256.len());
        assert!(with_integrity(PAGE, |_| None).is_err());
    }
}
