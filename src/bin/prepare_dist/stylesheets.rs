//! Joins a page's stylesheets into one file, in their order: a start then asks
//! the service worker (or the host) for one file instead of nine, and scripts,
//! which wait for the stylesheets before them, run sooner (about 15 ms of an
//! offline start at 4× CPU, `make bench`). The files joined are removed once
//! the page naming the joined file is written (main.rs).

use crate::hex;
use crate::html::{attribute, file_name, tags};
use sha2::{Digest, Sha256};

/// The start of a stylesheet link as Trunk writes it.
const STYLESHEET: &str = "<link rel=\"stylesheet\"";

/// A page whose stylesheets were joined.
#[derive(Debug, PartialEq, Eq)]
pub struct Joined {
    /// The page, with one link where the first stylesheet's was.
    pub page: String,
    /// The joined file's name and text.
    pub file: (String, String),
    /// The names of the files joined, which the page no longer names.
    pub sources: Vec<String>,
}

/// The page with its stylesheet links replaced by one link, at the first one's
/// place, to a file that joins their files in order (`file` gives a file's text
/// by its name); none for a page with fewer than two (a joined page, run again).
pub fn join(html: &str, file: impl Fn(&str) -> Option<String>) -> Result<Option<Joined>, String> {
    let links: Vec<(usize, &str)> = tags(html)
        .filter(|(_, tag)| tag.starts_with(STYLESHEET))
        .collect();
    if links.len() < 2 {
        return Ok(None);
    }
    let mut sources = Vec::new();
    let mut text = String::new();
    for (_, tag) in &links {
        if attribute(tag, "media").is_some() {
            return Err(format!(
                "a stylesheet for some media only cannot be joined: {tag}"
            ));
        }
        let (_, href) = attribute(tag, "href").ok_or_else(|| format!("no href in {tag}"))?;
        let name = file_name(href);
        let css = file(name).ok_or_else(|| format!("{name}: not beside its page"))?;
        if css.contains("@import") || css.contains("@charset") {
            return Err(format!(
                "{name}: @import or @charset must stay at a file's start"
            ));
        }
        text.push_str(css.trim_end());
        text.push('\n');
        sources.push(name.to_string());
    }
    let name = format!("style-{}.css", hex(&Sha256::digest(text.as_bytes())[..8]));

    let (first_start, first_tag) = links[0];
    let (_, first_href) = attribute(first_tag, "href").unwrap_or_default();
    let href = format!(
        "{}{name}",
        first_href.trim_end_matches(file_name(first_href))
    );
    let mut page = String::with_capacity(html.len());
    page.push_str(&html[..first_start]);
    // Its integrity is written from the file's content afterwards (minify.rs).
    page.push_str(&format!(
        "<link rel=\"stylesheet\" href=\"{href}\" integrity=\"sha384-\"/>"
    ));
    let mut copied = first_start + first_tag.len() + 1;
    for (start, tag) in &links[1..] {
        let (from, to) = whole_line(html, *start, start + tag.len() + 1);
        page.push_str(&html[copied..from]);
        copied = to;
    }
    page.push_str(&html[copied..]);
    Ok(Some(Joined {
        page,
        file: (name, text),
        sources,
    }))
}

/// The span of the tag at `start..end`, widened to its whole line when the
/// line holds nothing else, so no empty line is left behind.
fn whole_line(html: &str, start: usize, end: usize) -> (usize, usize) {
    let line_start = html[..start].rfind('\n').map_or(0, |i| i + 1);
    let line_end = html[end..].find('\n').map_or(html.len(), |i| end + i + 1);
    let alone = html[line_start..start].trim().is_empty() && html[end..line_end].trim().is_empty();
    if alone {
        (line_start, line_end)
    } else {
        (start, end)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const PAGE: &str =
        "<head>\n    <link rel=\"stylesheet\" href=\"/sub/a-1.css\" integrity=\"sha384-A\"/>\n    \
        <link rel=\"stylesheet\" href=\"/sub/b-2.css\" integrity=\"sha384-B\"/>\n    \
        <script type=\"module\">go()</script>\n</head>";

    fn css(name: &str) -> Option<String> {
        match name {
            "a-1.css" => Some(".a { color: red; }\n\n".into()),
            "b-2.css" => Some("@media print { .b { display: none; } }".into()),
            _ => None,
        }
    }

    #[test]
    fn the_stylesheets_become_one_file_in_their_order() {
        let joined = join(PAGE, css).unwrap().unwrap();
        let (name, text) = &joined.file;
        assert_eq!(
            text,
            ".a { color: red; }\n@media print { .b { display: none; } }\n"
        );
        assert!(name.starts_with("style-") && name.ends_with(".css") && name.len() == 26);
        assert_eq!(joined.sources, ["a-1.css", "b-2.css"]);
        assert_eq!(
            joined.page,
            format!(
                "<head>\n    <link rel=\"stylesheet\" href=\"/sub/{name}\" integrity=\"sha384-\"/>\n    \
                 <script type=\"module\">go()</script>\n</head>"
            )
        );
    }

    #[test]
    fn the_name_follows_the_content() {
        let other = |name: &str| css(name).map(|text| text.replace("red", "blue"));
        let a = join(PAGE, css).unwrap().unwrap().file.0;
        let b = join(PAGE, other).unwrap().unwrap().file.0;
        assert_ne!(a, b);
        assert_eq!(a, join(PAGE, css).unwrap().unwrap().file.0);
    }

    #[test]
    fn a_page_with_one_stylesheet_is_left_as_it_is() {
        let joined = join(PAGE, css).unwrap().unwrap();
        assert_eq!(join(&joined.page, css).unwrap(), None);
        assert_eq!(join("<head></head>", css).unwrap(), None);
    }

    #[test]
    fn what_cannot_be_joined_stops_the_build() {
        assert!(join(PAGE, |_| None).is_err());
        let with_import = |name: &str| css(name).map(|text| format!("@import \"x.css\";\n{text}"));
        assert!(join(PAGE, with_import).is_err());
        let media = PAGE.replace("b-2.css\"", "b-2.css\" media=\"print\"");
        assert!(join(&media, css).is_err());
    }
}
