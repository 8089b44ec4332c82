//! Reading a JSON value of an imported file as a typed record, saying where a
//! value is wrong (the field names and list positions down to it) and what is
//! wrong with it as a [`Problem`].
//!
//! The problem comes from what a type asked for, never from the wording of an
//! error: each `deserialize_*` call of a type's `Deserialize` says what kind
//! of value it wants (text, a number, yes or no, a list, a group of fields),
//! and the reader holds the value against that before it hands it over. What
//! serde itself refuses afterwards has its own kind: a field that is missing,
//! or a value the type does not know (a kind's name, a number too large for
//! its field).
//!
//! Serde reads an internally tagged enum (an activity's form, a handed table
//! or group, a persona's avatar) from a copy it makes first, out of the
//! reader's sight: a wrong kind of value in one, or in its place, is named at
//! the tagged value as [`Problem::Other`]. Callers that need the place inside
//! read the tagged value again as its own kind.

use super::Problem;
use crate::model::Step;
use serde::de::value::BorrowedStrDeserializer;
use serde::de::{
    self, DeserializeOwned, DeserializeSeed, Deserializer, Expected, MapAccess, SeqAccess,
    Unexpected, Visitor,
};
use serde_json::Value;
use std::fmt::Display;
use thiserror::Error;

/// What is wrong with a value and where, from the value read on.
#[derive(Debug, Error)]
#[error("{problem:?} at {path:?}")]
pub struct ReadError {
    pub path: Vec<Step>,
    pub problem: Problem,
}

impl ReadError {
    fn new(problem: Problem) -> Self {
        Self {
            path: Vec::new(),
            problem,
        }
    }

    /// The same error seen from one step further out.
    fn within(mut self, step: Step) -> Self {
        self.path.insert(0, step);
        self
    }
}

impl de::Error for ReadError {
    /// A rule of the type's own, such as a date that is no date.
    fn custom<T: Display>(_: T) -> Self {
        Self::new(Problem::Other)
    }

    /// The reader checks every kind it is asked for itself, so a wrong kind
    /// serde finds comes from inside a tagged value.
    fn invalid_type(_: Unexpected, _: &dyn Expected) -> Self {
        Self::new(Problem::Other)
    }

    fn invalid_value(_: Unexpected, _: &dyn Expected) -> Self {
        Self::new(Problem::UnknownValue)
    }

    fn unknown_variant(_: &str, _: &'static [&'static str]) -> Self {
        Self::new(Problem::UnknownValue)
    }

    fn missing_field(field: &'static str) -> Self {
        Self::new(Problem::Missing(field.to_string()))
    }
}

/// `value` read as a `T`.
pub fn read<T: DeserializeOwned>(value: &Value) -> Result<T, ReadError> {
    T::deserialize(Reader(value))
}

/// One value of the file, read as what the type asks for.
struct Reader<'a>(&'a Value);

/// Each of these hands the visitor only the kind of value its type asked for,
/// and says what was asked if the value is another kind.
impl<'de> Reader<'de> {
    fn yes_no<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, ReadError> {
        match self.0 {
            Value::Bool(yes) => visitor.visit_bool(*yes),
            _ => Err(ReadError::new(Problem::NotYesNo)),
        }
    }

    /// A whole number of any width: the type's visitor says whether it fits.
    fn whole_number<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, ReadError> {
        if let Some(whole) = self.0.as_u64() {
            visitor.visit_u64(whole)
        } else if let Some(whole) = self.0.as_i64() {
            visitor.visit_i64(whole)
        } else {
            Err(ReadError::new(Problem::NotNumber))
        }
    }

    fn number<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, ReadError> {
        match self.0.as_f64() {
            Some(number) => visitor.visit_f64(number),
            None => Err(ReadError::new(Problem::NotNumber)),
        }
    }

    fn text<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, ReadError> {
        self.string(Problem::NotText, visitor)
    }

    /// A field's or a kind's name.
    fn name<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, ReadError> {
        self.string(Problem::Other, visitor)
    }

    fn string<V: Visitor<'de>>(self, other: Problem, visitor: V) -> Result<V::Value, ReadError> {
        match self.0 {
            Value::String(text) => visitor.visit_borrowed_str(text),
            _ => Err(ReadError::new(other)),
        }
    }

    fn list<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, ReadError> {
        match self.0 {
            Value::Array(items) => visitor.visit_seq(Items(items.iter().enumerate())),
            _ => Err(ReadError::new(Problem::NotList)),
        }
    }

    fn group<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, ReadError> {
        match self.0 {
            Value::Object(fields) => visitor.visit_map(Fields {
                fields: fields.iter(),
                value: None,
            }),
            _ => Err(ReadError::new(Problem::NotGroup)),
        }
    }
}

/// `deserialize_*` methods that each read their value with one `Reader` method.
macro_rules! read_with {
    ($($reader:ident: $($method:ident)*;)*) => {$($(
        fn $method<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, ReadError> {
            self.$reader(visitor)
        }
    )*)*};
}

impl<'de> Deserializer<'de> for Reader<'de> {
    type Error = ReadError;

    /// Any kind of value: serde asks this to keep a copy of a tagged value.
    fn deserialize_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, ReadError> {
        match self.0 {
            Value::Null => visitor.visit_unit(),
            Value::Bool(_) => self.yes_no(visitor),
            Value::Number(number) if number.is_f64() => self.number(visitor),
            Value::Number(_) => self.whole_number(visitor),
            Value::String(_) => self.text(visitor),
            Value::Array(_) => self.list(visitor),
            Value::Object(_) => self.group(visitor),
        }
    }

    read_with! {
        yes_no: deserialize_bool;
        whole_number:
            deserialize_i8 deserialize_i16 deserialize_i32 deserialize_i64 deserialize_i128
            deserialize_u8 deserialize_u16 deserialize_u32 deserialize_u64 deserialize_u128;
        number: deserialize_f32 deserialize_f64;
        text: deserialize_str deserialize_string;
        name: deserialize_identifier;
        list: deserialize_seq;
        group: deserialize_map;
    }

    fn deserialize_struct<V: Visitor<'de>>(
        self,
        _name: &'static str,
        _fields: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, ReadError> {
        self.group(visitor)
    }

    fn deserialize_option<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, ReadError> {
        match self.0 {
            Value::Null => visitor.visit_none(),
            _ => visitor.visit_some(self),
        }
    }

    fn deserialize_newtype_struct<V: Visitor<'de>>(
        self,
        _name: &'static str,
        visitor: V,
    ) -> Result<V::Value, ReadError> {
        visitor.visit_newtype_struct(self)
    }

    /// An enum of plain kinds, stored as the kind's name.
    fn deserialize_enum<V: Visitor<'de>>(
        self,
        _name: &'static str,
        _variants: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, ReadError> {
        match self.0 {
            Value::String(name) => visitor.visit_enum(BorrowedStrDeserializer::new(name)),
            _ => Err(ReadError::new(Problem::Other)),
        }
    }

    /// A field the type does not have: left unread.
    fn deserialize_ignored_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, ReadError> {
        visitor.visit_unit()
    }

    serde::forward_to_deserialize_any! { char bytes byte_buf unit unit_struct tuple tuple_struct }
}

/// The items of a list, each read at its position.
struct Items<'a>(std::iter::Enumerate<std::slice::Iter<'a, Value>>);

impl<'de> SeqAccess<'de> for Items<'de> {
    type Error = ReadError;

    fn next_element_seed<T: DeserializeSeed<'de>>(
        &mut self,
        seed: T,
    ) -> Result<Option<T::Value>, ReadError> {
        self.0
            .next()
            .map(|(index, item)| {
                let read = seed.deserialize(Reader(item));
                read.map_err(|error| error.within(Step::Index(index)))
            })
            .transpose()
    }

    fn size_hint(&self) -> Option<usize> {
        Some(self.0.len())
    }
}

/// The fields of a group, each value read under its name.
struct Fields<'a> {
    fields: serde_json::map::Iter<'a>,
    /// The field whose name was read last, until its value is read.
    value: Option<(&'a String, &'a Value)>,
}

impl<'de> MapAccess<'de> for Fields<'de> {
    type Error = ReadError;

    fn next_key_seed<K: DeserializeSeed<'de>>(
        &mut self,
        seed: K,
    ) -> Result<Option<K::Value>, ReadError> {
        self.value = self.fields.next();
        self.value
            .map(|(name, _)| seed.deserialize(BorrowedStrDeserializer::new(name)))
            .transpose()
    }

    fn next_value_seed<V: DeserializeSeed<'de>>(&mut self, seed: V) -> Result<V::Value, ReadError> {
        // Serde asks for a value only after its name.
        let (name, value) = self
            .value
            .take()
            .ok_or_else(|| ReadError::new(Problem::Other))?;
        let read = seed.deserialize(Reader(value));
        read.map_err(|error| error.within(Step::Field(name.clone())))
    }

    fn size_hint(&self) -> Option<usize> {
        Some(self.fields.len())
    }
}
