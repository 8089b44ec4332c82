//! Storage key names. Every key of the app starts with `werktafel:`, so the app
//! never touches another app's data on the same origin.

/// Prefix of every key the app writes.
const APP_PREFIX: &str = "werktafel:";
/// Prefix of entity keys in the current key layout.
const ENTITY_PREFIX: &str = "werktafel:v1:";
/// Prefix of values moved aside because they could not be read.
pub const QUARANTINE_PREFIX: &str = "werktafel:quarantine:";

/// The key of one entity, e.g. `werktafel:v1:workshop:<id>`.
pub fn entity_key(kind: &str, id: &str) -> String {
    format!("{ENTITY_PREFIX}{kind}:{id}")
}

/// Splits an entity key into its kind and id.
pub fn parse_entity_key(key: &str) -> Option<(&str, &str)> {
    let rest = key.strip_prefix(ENTITY_PREFIX)?;
    let (kind, id) = rest.split_once(':')?;
    (!kind.is_empty() && !id.is_empty()).then_some((kind, id))
}

/// Whether the key belongs to this app (entities, quarantine, anything later).
pub fn is_app_key(key: &str) -> bool {
    key.starts_with(APP_PREFIX)
}

/// Where a value that could not be read is kept: the original key plus the moment.
pub fn quarantine_key(original: &str, now: i64) -> String {
    format!("{QUARANTINE_PREFIX}{now}:{original}")
}
