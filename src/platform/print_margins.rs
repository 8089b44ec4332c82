//! What a printed page carries in its margins: the document's title at the top
//! and the page number at the foot of every page, as CSS `@page` margin boxes
//! in a style sheet made by script (the Content-Security-Policy allows no
//! inline style, and governs only style elements and attributes, not a sheet
//! built through the CSS object model). Browsers without margin boxes print
//! without them.

use wasm_bindgen::{JsCast, JsValue};
use web_sys::CssStyleSheet;

/// The margin rules in force while a page that prints is shown.
pub struct PrintMargins {
    sheet: CssStyleSheet,
}

impl PrintMargins {
    /// Puts `title` at the top of every printed page and `page_label` (as
    /// `Pagina 2 van 5`, with `{page}` and `{pages}` where the numbers go) at
    /// its foot. `None` where the browser cannot make a style sheet.
    pub fn show(title: &str, page_label: &str) -> Option<Self> {
        let document = web_sys::window()?.document()?;
        let sheet = CssStyleSheet::new().ok()?;
        sheet.replace_sync(&margin_rules(title, page_label)).ok()?;
        let sheets = document.adopted_style_sheets();
        sheets.push(&sheet);
        document.set_adopted_style_sheets(&sheets);
        Some(Self { sheet })
    }
}

impl Drop for PrintMargins {
    /// Takes the rules away again, so other printed pages keep their own margins.
    fn drop(&mut self) {
        let Some(document) = web_sys::window().and_then(|w| w.document()) else {
            return;
        };
        let own: &JsValue = self.sheet.unchecked_ref();
        let kept = document
            .adopted_style_sheets()
            .filter(&mut |sheet, _, _| sheet != *own);
        document.set_adopted_style_sheets(&kept);
    }
}

/// The `@page` rule with a title box and a page number box.
fn margin_rules(title: &str, page_label: &str) -> String {
    let number = css_string(page_label)
        .replace("{page}", "\" counter(page) \"")
        .replace("{pages}", "\" counter(pages) \"");
    format!(
        "@page {{ \
           @top-left {{ content: {}; font: 9pt sans-serif; color: #444; }} \
           @bottom-right {{ content: {number}; font: 9pt sans-serif; color: #444; }} \
         }}",
        css_string(title)
    )
}

/// A text as a CSS string: quoted, with quotes, backslashes and line breaks
/// escaped and other control characters left out.
fn css_string(text: &str) -> String {
    let mut out = String::from("\"");
    for c in text.chars() {
        match c {
            '"' | '\\' => {
                out.push('\\');
                out.push(c);
            }
            '\n' => out.push_str("\\A "),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out.push('"');
    out
}
