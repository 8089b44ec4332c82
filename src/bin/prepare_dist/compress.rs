//! Compressed copies of the build's text files (`.gz` and `.br` beside each),
//! for hosts that serve a precompressed file when the browser accepts it
//! (nginx's `gzip_static`/`brotli_static`, Netlify-like hosts). A host that does
//! not simply never sends them; the service worker does not keep them.

use std::io::Write;

/// The kinds of file worth compressing: text and WebAssembly (images already are).
const COMPRESSIBLE: [&str; 7] = [
    ".html",
    ".js",
    ".wasm",
    ".css",
    ".svg",
    ".webmanifest",
    ".json",
];

/// Whether a file is a compressed copy made here.
pub fn is_compressed_copy(path: &str) -> bool {
    path.ends_with(".gz") || path.ends_with(".br")
}

/// Whether a file gets compressed copies.
pub fn is_compressible(path: &str) -> bool {
    COMPRESSIBLE.iter().any(|kind| path.ends_with(kind))
}

/// The file gzipped at the highest level.
pub fn gzip(content: &[u8]) -> Vec<u8> {
    let mut encoder = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
    encoder
        .write_all(content)
        .and_then(|()| encoder.finish())
        .expect("writing to memory does not fail")
}

/// The file brotli-compressed at the highest quality.
pub fn brotli(content: &[u8]) -> Vec<u8> {
    let mut packed = Vec::new();
    let params = brotli::enc::BrotliEncoderParams {
        quality: 11,
        lgwin: 22,
        ..Default::default()
    };
    brotli::BrotliCompress(&mut &content[..], &mut packed, &params)
        .expect("compressing in memory does not fail");
    packed
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Read;

    #[test]
    fn text_and_wasm_get_copies_and_images_and_copies_do_not() {
        for path in [
            "index.html",
            "meedoen/index.html",
            "app-1_bg.wasm",
            "app-1.js",
            "a.css",
        ] {
            assert!(is_compressible(path), "{path}");
        }
        for path in ["icon-192.png", "app-1_bg.wasm.gz", "index.html.br"] {
            assert!(!is_compressible(path), "{path}");
        }
        assert!(is_compressed_copy("app-1_bg.wasm.br"));
        assert!(!is_compressed_copy("app-1_bg.wasm"));
    }

    #[test]
    fn both_copies_unpack_to_the_file() {
        let text = "<p>Werktafel</p>".repeat(200);
        let mut unzipped = String::new();
        flate2::read::GzDecoder::new(&gzip(text.as_bytes())[..])
            .read_to_string(&mut unzipped)
            .unwrap();
        assert_eq!(unzipped, text);
        let mut unbrotlied = Vec::new();
        brotli::BrotliDecompress(&mut &brotli(text.as_bytes())[..], &mut unbrotlied).unwrap();
        assert_eq!(unbrotlied, text.as_bytes());
        assert!(brotli(text.as_bytes()).len() < 100);
    }
}
