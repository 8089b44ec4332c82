//! Writing JSON text as serde_json writes it: compact, members in their
//! declared order, and the same escapes in strings.

/// A value written as JSON.
pub(crate) trait WriteJson {
    fn write_json(&self, out: &mut String);
}

impl WriteJson for u8 {
    fn write_json(&self, out: &mut String) {
        let n = *self;
        if n >= 100 {
            out.push(char::from(b'0' + n / 100));
        }
        if n >= 10 {
            out.push(char::from(b'0' + n / 10 % 10));
        }
        out.push(char::from(b'0' + n % 10));
    }
}

impl WriteJson for str {
    /// In quotes; `"`, `\` and control characters escaped (`\n` or `\u001f`).
    fn write_json(&self, out: &mut String) {
        out.push('"');
        for c in self.chars() {
            match c {
                '"' => out.push_str("\\\""),
                '\\' => out.push_str("\\\\"),
                '\u{8}' => out.push_str("\\b"),
                '\u{c}' => out.push_str("\\f"),
                '\n' => out.push_str("\\n"),
                '\r' => out.push_str("\\r"),
                '\t' => out.push_str("\\t"),
                '\0'..='\u{1f}' => {
                    const HEX: &[u8; 16] = b"0123456789abcdef";
                    out.push_str("\\u00");
                    out.push(char::from(HEX[c as usize >> 4]));
                    out.push(char::from(HEX[c as usize & 15]));
                }
                c => out.push(c),
            }
        }
        out.push('"');
    }
}

impl WriteJson for String {
    fn write_json(&self, out: &mut String) {
        self.as_str().write_json(out);
    }
}

impl WriteJson for Vec<String> {
    fn write_json(&self, out: &mut String) {
        out.push('[');
        for (index, item) in self.iter().enumerate() {
            if index > 0 {
                out.push(',');
            }
            item.write_json(out);
        }
        out.push(']');
    }
}

impl<T: WriteJson> WriteJson for Option<T> {
    /// `null` for `None`.
    fn write_json(&self, out: &mut String) {
        match self {
            Some(value) => value.write_json(out),
            None => out.push_str("null"),
        }
    }
}

/// An object of the named members, in this order.
pub(crate) fn write_object(out: &mut String, members: &[(&str, &dyn WriteJson)]) {
    out.push('{');
    for (index, (name, value)) in members.iter().enumerate() {
        if index > 0 {
            out.push(',');
        }
        name.write_json(out);
        out.push(':');
        value.write_json(out);
    }
    out.push('}');
}
