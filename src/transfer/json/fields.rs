//! Reading a struct, a unit enum and their values out of a [`Json`] tree as
//! serde's derived `Deserialize` reads them: a struct from an object (unknown
//! members skipped, a field given twice refused) or from an array in field
//! order; a missing field refused, or its default, or `None` for an `Option`
//! in an object.

use super::Json;

/// A value read out of JSON.
pub(crate) trait ReadJson: Sized {
    /// The value in `json`, or `None` where serde's derive refuses it.
    fn read_json(json: &Json) -> Option<Self>;
}

/// The fields of one struct, found by name.
pub(crate) struct Fields<'a> {
    names: &'a [&'a str],
    values: Vec<Option<&'a Json>>,
    from_array: bool,
}

impl<'a> Fields<'a> {
    /// The struct with the fields `names` (in their declared order) in `json`.
    pub(crate) fn of(json: &'a Json, names: &'a [&'a str]) -> Option<Self> {
        let mut values = vec![None; names.len()];
        let from_array = match json {
            Json::Object(members) => {
                for (key, value) in members {
                    if let Some(index) = names.iter().position(|name| name == key) {
                        if values[index].replace(value).is_some() {
                            return None;
                        }
                    }
                }
                false
            }
            Json::Array(items) if items.len() <= names.len() => {
                for (slot, item) in values.iter_mut().zip(items) {
                    *slot = Some(item);
                }
                true
            }
            _ => return None,
        };
        Some(Self {
            names,
            values,
            from_array,
        })
    }

    fn value(&self, name: &str) -> Option<&'a Json> {
        let index = self.names.iter().position(|n| *n == name)?;
        self.values[index]
    }

    /// A field without a default: refused when missing.
    pub(crate) fn required<T>(&self, name: &str, read: fn(&Json) -> Option<T>) -> Option<T> {
        read(self.value(name)?)
    }

    /// A field with `#[serde(default)]`.
    pub(crate) fn or_default<T: Default>(
        &self,
        name: &str,
        read: fn(&Json) -> Option<T>,
    ) -> Option<T> {
        self.value(name).map_or(Some(T::default()), read)
    }

    /// An `Option` field without a default: `None` when missing from an
    /// object, refused when missing from an array.
    pub(crate) fn optional<T>(
        &self,
        name: &str,
        read: fn(&Json) -> Option<T>,
    ) -> Option<Option<T>> {
        match self.value(name) {
            Some(value) => nullable(value, read),
            None => (!self.from_array).then_some(None),
        }
    }
}

/// An `Option`: `null` is `None`.
pub(crate) fn nullable<T>(json: &Json, read: fn(&Json) -> Option<T>) -> Option<Option<T>> {
    match json {
        Json::Null => Some(None),
        value => read(value).map(Some),
    }
}

/// A whole number that fits `T`.
pub(crate) fn unsigned<T: TryFrom<u64>>(json: &Json) -> Option<T> {
    match json {
        Json::Unsigned(n) => T::try_from(*n).ok(),
        _ => None,
    }
}

pub(crate) fn string(json: &Json) -> Option<String> {
    match json {
        Json::String(text) => Some(text.clone()),
        _ => None,
    }
}

/// A list of strings.
pub(crate) fn strings(json: &Json) -> Option<Vec<String>> {
    match json {
        Json::Array(items) => items.iter().map(string).collect(),
        _ => None,
    }
}

/// The unit variant a value names, of `variants` (each by its name): `"name"`,
/// or `{"name": null}`.
pub(crate) fn variant<T: Copy>(json: &Json, variants: &[(&str, T)]) -> Option<T> {
    let name = match json {
        Json::String(name) => name,
        Json::Object(members) => match members.as_slice() {
            [(name, Json::Null)] => name,
            _ => return None,
        },
        _ => return None,
    };
    variants
        .iter()
        .find(|(n, _)| n == name)
        .map(|(_, value)| *value)
}
