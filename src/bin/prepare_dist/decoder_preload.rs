//! Fills in the files of the code that reads stored data, which index.html's
//! inline script fetches at once when work is stored: at a start with data
//! the app waits for that code before it is drawn (src/ui/decoding.rs), and
//! fetched beside the app's own code instead of after it, it is there sooner.

/// The list in index.html's inline script that this step fills in.
const LIST_START: &str = "const decoderFiles = [";

/// The decoders' module (split point `read_stored`, src/ui/decoding.rs) and, in
/// a release build, the bundle of the code it shares with the rest: the first
/// module of build/bundle-chunks.mjs's order (build/split-wasm.sh) gets every
/// chunk it uses. tests/e2e/lazy-pages.spec.mjs checks that the decoders load
/// these two files and no other.
pub const DECODER_FILES: [&str; 2] = ["split_read_stored.wasm", "shared_read_stored.wasm"];

/// The page with its list of decoder files set to those of `present` (the files
/// beside it that exist, in [`DECODER_FILES`]' order); a page without the list
/// is returned as it is.
pub fn fill(html: &str, present: &[&str]) -> Result<String, String> {
    let Some(start) = html.find(LIST_START).map(|i| i + LIST_START.len()) else {
        return Ok(html.to_string());
    };
    let end = start
        + html[start..]
            .find(']')
            .ok_or("the list of decoder files is not closed")?;
    let files = serde_json::to_string(present).map_err(|e| e.to_string())?;
    let files = files.trim_start_matches('[').trim_end_matches(']');
    Ok(format!("{}{files}{}", &html[..start], &html[end..]))
}

#[cfg(test)]
mod tests {
    use super::*;

    const PAGE: &str = "<script>{ const decoderFiles = []; go(decoderFiles); }</script>";

    #[test]
    fn the_list_gets_the_files_present_and_is_filled_anew_each_run() {
        let filled = fill(PAGE, &DECODER_FILES).unwrap();
        assert_eq!(
            filled,
            "<script>{ const decoderFiles = [\"split_read_stored.wasm\",\"shared_read_stored.wasm\"]; go(decoderFiles); }</script>"
        );
        let debug = fill(&filled, &["split_read_stored.wasm"]).unwrap();
        assert_eq!(
            debug,
            "<script>{ const decoderFiles = [\"split_read_stored.wasm\"]; go(decoderFiles); }</script>"
        );
        assert_eq!(fill(&debug, &[]).unwrap(), PAGE);
    }

    #[test]
    fn a_page_without_the_list_is_left_as_it_is() {
        assert_eq!(
            fill("<p>meedoen</p>", &DECODER_FILES).unwrap(),
            "<p>meedoen</p>"
        );
        assert!(fill("const decoderFiles = [\"x\"", &DECODER_FILES).is_err());
    }
}
