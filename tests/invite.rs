//! The invitation: checking the public address and encoding it as a QR code that a
//! real decoder reads back.

#[path = "support/qr_picture.rs"]
mod qr_picture;

use qr_picture::dark_in_picture;
use werktafel::model::{AddressError, AddressWarning, PublicAddress, Settings};
use werktafel::transfer::{QrError, QrMatrix};

#[test]
fn good_addresses_are_accepted_as_typed() {
    for text in [
        "https://werktafel.example.nl/",
        "https://gemeente.example/werktafel/",
        "http://192.168.1.20:8080/",
        "https://[2001:db8::1]/app/",
        "  https://werktafel.example/#/meedoen  ",
    ] {
        let address = PublicAddress::parse(text).unwrap_or_else(|e| panic!("{text}: {e}"));
        assert_eq!(address.as_str(), text.trim());
    }
}

#[test]
fn bad_addresses_are_refused_with_a_reason() {
    let cases = [
        ("", AddressError::Empty),
        ("werktafel.example", AddressError::NoScheme),
        ("ftp://werktafel.example", AddressError::NoScheme),
        ("https://", AddressError::BadHost),
        ("https://werk tafel.example", AddressError::BadCharacter),
        ("https://werk_tafel!.example", AddressError::BadHost),
        ("https://..example", AddressError::BadHost),
    ];
    for (text, error) in cases {
        assert_eq!(PublicAddress::parse(text), Err(error), "{text:?}");
    }
    let long = format!("https://example.nl/{}", "a".repeat(600));
    assert_eq!(PublicAddress::parse(&long), Err(AddressError::TooLong));
}

#[test]
fn local_and_plain_http_addresses_get_a_warning() {
    let warning = |text: &str| PublicAddress::parse(text).unwrap().warning();
    assert_eq!(
        warning("http://localhost:8080/"),
        Some(AddressWarning::OnlyThisDevice)
    );
    assert_eq!(
        warning("http://127.0.0.1:4173/"),
        Some(AddressWarning::OnlyThisDevice)
    );
    assert_eq!(
        warning("http://[::1]/"),
        Some(AddressWarning::OnlyThisDevice)
    );
    assert_eq!(
        warning("http://werktafel.example/"),
        Some(AddressWarning::NotSecure)
    );
    assert_eq!(warning("https://werktafel.example/"), None);
}

#[test]
fn a_refused_invite_address_changes_nothing() {
    let mut settings = Settings::default();
    settings
        .set_invite_address("https://werktafel.example/")
        .unwrap();
    assert_eq!(
        settings.invite_address.as_deref(),
        Some("https://werktafel.example/")
    );
    assert_eq!(
        settings.set_invite_address("geen adres"),
        Err(AddressError::BadCharacter)
    );
    assert_eq!(
        settings.invite_address.as_deref(),
        Some("https://werktafel.example/")
    );
    settings.set_invite_address("  ").unwrap();
    assert_eq!(settings.invite_address, None);
}

/// Draws the matrix as a greyscale image (4 px per module, with the quiet zone)
/// and decodes it with rqrr, an independent decoder.
fn decode(matrix: &QrMatrix) -> String {
    let scale = 4;
    let side = matrix.side() * scale;
    let mut image = rqrr::PreparedImage::prepare_from_greyscale(side, side, |x, y| {
        if dark_in_picture(matrix, x / scale, y / scale) {
            0
        } else {
            255
        }
    });
    let grids = image.detect_grids();
    assert_eq!(grids.len(), 1, "one QR code in the picture");
    grids[0].decode().expect("decodes").1
}

#[test]
fn the_qr_code_decodes_to_the_address() {
    let address = "https://gemeente.example/werktafel/";
    let matrix = QrMatrix::encode(address).unwrap();
    assert_eq!(decode(&matrix), address);
    let path = matrix.svg_path();
    assert!(path.starts_with('M') && path.ends_with('z'));
}

#[test]
fn a_text_too_long_for_any_qr_code_is_an_error_not_a_panic() {
    // Version 40 at level M holds 2,331 bytes.
    assert!(QrMatrix::encode(&"a".repeat(2_331)).is_ok());
    assert_eq!(QrMatrix::encode(&"a".repeat(2_332)), Err(QrError::TooLong));
}
