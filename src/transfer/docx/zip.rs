//! A zip archive as a Word file needs it: a few named parts, each deflated,
//! with the local headers, the central directory and its end record of the
//! zip format (no zip64: a report stays far below 4 GB).

/// One part of the archive: its path and its bytes.
pub struct Entry<'a> {
    pub path: &'static str,
    pub data: &'a [u8],
}

/// The archive of `entries`, in their order.
pub fn archive(entries: &[Entry]) -> Vec<u8> {
    let mut out = Vec::new();
    let mut directory = Vec::new();
    for entry in entries {
        let packed = miniz_oxide::deflate::compress_to_vec(entry.data, 6);
        let crc = crc32fast::hash(entry.data);
        let offset = out.len() as u32;
        let common = header_fields(entry.path, crc, packed.len(), entry.data.len());
        out.extend_from_slice(&0x0403_4b50u32.to_le_bytes());
        out.extend_from_slice(&common);
        out.extend_from_slice(entry.path.as_bytes());
        out.extend_from_slice(&packed);

        directory.extend_from_slice(&0x0201_4b50u32.to_le_bytes());
        directory.extend_from_slice(&VERSION.to_le_bytes()); // made by
        directory.extend_from_slice(&common);
        // Comment length, disk, internal and external attributes.
        directory.extend_from_slice(&[0; 10]);
        directory.extend_from_slice(&offset.to_le_bytes());
        directory.extend_from_slice(entry.path.as_bytes());
    }
    let directory_offset = out.len() as u32;
    out.extend_from_slice(&directory);
    out.extend_from_slice(&0x0605_4b50u32.to_le_bytes());
    out.extend_from_slice(&[0; 4]); // this disk, the directory's disk
    let count = entries.len() as u16;
    out.extend_from_slice(&count.to_le_bytes());
    out.extend_from_slice(&count.to_le_bytes());
    out.extend_from_slice(&(directory.len() as u32).to_le_bytes());
    out.extend_from_slice(&directory_offset.to_le_bytes());
    out.extend_from_slice(&0u16.to_le_bytes()); // comment length
    out
}

/// Version 2.0 of the format: deflate.
const VERSION: u16 = 20;

/// The fields a local header and a directory record share, from "version
/// needed" to the name's length and an empty extra field.
fn header_fields(path: &str, crc: u32, packed: usize, size: usize) -> Vec<u8> {
    let mut fields = Vec::with_capacity(26);
    fields.extend_from_slice(&VERSION.to_le_bytes());
    fields.extend_from_slice(&0u16.to_le_bytes()); // flags
    fields.extend_from_slice(&8u16.to_le_bytes()); // deflate
    fields.extend_from_slice(&0u16.to_le_bytes()); // time 00:00
    fields.extend_from_slice(&0x0021u16.to_le_bytes()); // date 1980-01-01
    fields.extend_from_slice(&crc.to_le_bytes());
    fields.extend_from_slice(&(packed as u32).to_le_bytes());
    fields.extend_from_slice(&(size as u32).to_le_bytes());
    fields.extend_from_slice(&(path.len() as u16).to_le_bytes());
    fields.extend_from_slice(&0u16.to_le_bytes()); // extra field length
    fields
}
