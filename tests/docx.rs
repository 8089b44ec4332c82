//! The report as a Word file: a zip whose parts an independent reader (the
//! `zip` crate) opens and an independent XML parser (`roxmltree`) accepts,
//! with the headings in Word's heading styles, the items as a bulleted list,
//! the actions as a table, and user text kept as text.

use std::io::Read;
use werktafel::i18n::Language;
use werktafel::transfer::{report_docx, Block};

/// Every part of the Word file by name, as text.
fn parts(file: &[u8]) -> Vec<(String, String)> {
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(file)).expect("a zip");
    (0..archive.len())
        .map(|index| {
            let mut part = archive.by_index(index).unwrap();
            let mut text = String::new();
            part.read_to_string(&mut text).unwrap();
            (part.name().to_string(), text)
        })
        .collect()
}

fn part(file: &[u8], name: &str) -> String {
    parts(file)
        .into_iter()
        .find(|(n, _)| n == name)
        .unwrap_or_else(|| panic!("no part {name}"))
        .1
}

fn report() -> Vec<Block> {
    vec![
        Block::Heading(1, "Wijkavond <Noord> & Zuid".into()),
        Block::Line("Datum: 2026-12-01".into()),
        Block::Heading(2, "In het kort".into()),
        Block::Heading(3, "Belangrijkste inzichten".into()),
        Block::Item("Een buurtbus\nmet twee regels".into()),
        Block::Heading(4, "Vervoer".into()),
        Block::Table {
            columns: vec!["Wat".into(), "Wie".into(), "Wanneer".into()],
            rows: vec![vec!["Bellen".into(), "Ans".into(), "2027-01-15".into()]],
        },
    ]
}

#[test]
fn the_file_has_the_parts_word_needs_and_each_is_well_formed_xml() {
    let file = report_docx(&report(), Language::Nl);
    let names: Vec<String> = parts(&file).into_iter().map(|(name, _)| name).collect();
    assert_eq!(
        names,
        [
            "[Content_Types].xml",
            "_rels/.rels",
            "word/document.xml",
            "word/_rels/document.xml.rels",
            "word/styles.xml",
            "word/numbering.xml",
            "docProps/core.xml",
        ]
    );
    for (name, text) in parts(&file) {
        roxmltree::Document::parse(&text).unwrap_or_else(|e| panic!("{name}: {e}"));
    }
    assert!(part(&file, "word/styles.xml").contains(r#"<w:lang w:val="nl-NL"/>"#));
    assert!(part(&file, "docProps/core.xml")
        .contains("<dc:title>Wijkavond &lt;Noord&gt; &amp; Zuid</dc:title>"));
}

/// The style and text of each paragraph in the body, tables' cells included.
fn paragraphs(document: &str) -> Vec<(String, String)> {
    let tree = roxmltree::Document::parse(document).unwrap();
    tree.descendants()
        .filter(|n| n.has_tag_name("p"))
        .map(|p| {
            let style = p
                .descendants()
                .find(|n| n.has_tag_name("pStyle"))
                .and_then(|n| {
                    n.attributes()
                        .find(|a| a.name() == "val")
                        .map(|a| a.value().to_string())
                })
                .unwrap_or_default();
            let text: String = p
                .descendants()
                .filter_map(|n| match n.tag_name().name() {
                    "t" => n.text().map(str::to_string),
                    "br" => Some("\n".into()),
                    "tab" => Some("\t".into()),
                    _ => None,
                })
                .collect();
            (style, text)
        })
        .collect()
}

#[test]
fn headings_take_words_title_and_heading_styles_items_a_list_and_the_table_its_cells() {
    let document = part(&report_docx(&report(), Language::Nl), "word/document.xml");
    let found = paragraphs(&document);
    let expect = |style: &str, text: &str| (style.to_string(), text.to_string());
    assert_eq!(
        found,
        [
            expect("Title", "Wijkavond <Noord> & Zuid"),
            expect("", "Datum: 2026-12-01"),
            expect("Heading1", "In het kort"),
            expect("Heading2", "Belangrijkste inzichten"),
            expect("ListBullet", "Een buurtbus\nmet twee regels"),
            expect("Heading3", "Vervoer"),
            expect("", "Wat"),
            expect("", "Wie"),
            expect("", "Wanneer"),
            expect("", "Bellen"),
            expect("", "Ans"),
            expect("", "2027-01-15"),
            // An empty paragraph after the table, as Word wants one.
            expect("", ""),
        ]
    );
    // The header row repeats on each page and no row splits.
    assert_eq!(document.matches("<w:tblHeader/>").count(), 1);
    assert_eq!(document.matches("<w:cantSplit/>").count(), 2);
    let styles = part(&report_docx(&report(), Language::En), "word/styles.xml");
    for (id, level) in [("Heading1", 0), ("Heading2", 1), ("Heading3", 2)] {
        assert!(styles.contains(&format!(r#"w:styleId="{id}""#)));
        assert!(styles.contains(&format!(r#"<w:outlineLvl w:val="{level}"/>"#)));
    }
    assert!(styles.contains(r#"<w:lang w:val="en-GB"/>"#));
}

#[test]
fn text_xml_forbids_is_left_out_and_everything_else_kept() {
    let pasted = "a\u{0}b\u{1}c\u{8}d\u{b}e\u{c}f\u{1f}g\u{fffe}h\u{ffff}i";
    let kept = "tab\there ‏עברית‎ 👩🏽‍🦱 ]]> \"q\" 'a' Donaudampfschifffahrtsgesellschaftskapitänsmützenabzeichen";
    let blocks = vec![
        Block::Heading(1, "Titel".into()),
        Block::Item(pasted.into()),
        Block::Line(kept.into()),
        Block::Line("één\r\ntwee\rdrie".into()),
    ];
    let document = part(&report_docx(&blocks, Language::Nl), "word/document.xml");
    let found = paragraphs(&document);
    assert_eq!(found[1].1, "abcdefghi");
    assert_eq!(found[2].1, kept);
    assert_eq!(found[3].1, "één\ntwee\ndrie");
}
