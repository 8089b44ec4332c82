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

/// Where a part of an entity is stored: which entity, activity and part, and
/// the revision of the entity that first held this content.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct PartKey {
    pub kind: String,
    pub id: String,
    pub activity: String,
    pub part: String,
    pub rev: u64,
}

/// The kind in a part's key: `werktafel:v1:part:<kind>:<id>:<activity>:<part>:<rev>`.
const PART_KIND: &str = "part";

impl PartKey {
    /// The storage key. A new revision is a new key, so the one the entity's
    /// key names stays intact until the entity's key names another.
    pub fn key(&self) -> String {
        let PartKey {
            kind,
            id,
            activity,
            part,
            rev,
        } = self;
        entity_key(PART_KIND, &format!("{kind}:{id}:{activity}:{part}:{rev}"))
    }

    /// Reads a part's key; `None` for any other key.
    pub fn parse(key: &str) -> Option<PartKey> {
        let (PART_KIND, rest) = parse_entity_key(key)? else {
            return None;
        };
        let mut fields = rest.split(':');
        let mut next = || fields.next().filter(|f| !f.is_empty()).map(str::to_string);
        let part = PartKey {
            kind: next()?,
            id: next()?,
            activity: next()?,
            part: next()?,
            rev: next()?.parse().ok()?,
        };
        fields.next().is_none().then_some(part)
    }
}
