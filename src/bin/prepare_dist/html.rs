//! Reading the start tags of the build's pages, as Trunk writes them.

/// Every `<link …>` and `<script …>` start tag of a page, with where it starts.
pub fn tags(html: &str) -> impl Iterator<Item = (usize, &str)> {
    html.match_indices('<').filter_map(|(start, _)| {
        let tag = &html[start..];
        let is_resource = tag.starts_with("<link ") || tag.starts_with("<script ");
        is_resource.then(|| (start, &tag[..tag.find('>').unwrap_or(tag.len())]))
    })
}

/// The value of attribute `name` in a start tag, with where it starts in the tag.
pub fn attribute<'a>(tag: &'a str, name: &str) -> Option<(usize, &'a str)> {
    let start = tag.find(&format!(" {name}=\""))? + name.len() + 3;
    let end = start + tag[start..].find('"')?;
    Some((start, &tag[start..end]))
}

/// The last part of a path or address.
pub fn file_name(href: &str) -> &str {
    href.rsplit('/').next().unwrap_or(href)
}
