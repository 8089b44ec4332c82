//! Reading JSON text into a [`Json`] tree by serde_json's grammar and limits:
//! its whitespace, escapes, surrogate pairs, number forms and range, and depth.

use super::Json;

/// Deepest nesting of arrays and objects serde_json reads (its recursion limit).
const MAX_DEPTH: usize = 127;

/// Powers of ten from 10^289 to 10^308, as serde_json's table holds them: a
/// number with a decimal exponent in this range may round to infinity there.
const HIGH_POWERS: [f64; 20] = [
    1e289, 1e290, 1e291, 1e292, 1e293, 1e294, 1e295, 1e296, 1e297, 1e298, 1e299, 1e300, 1e301,
    1e302, 1e303, 1e304, 1e305, 1e306, 1e307, 1e308,
];

/// How a text is read: as serde_json reads it into a `serde_json::Value`, or
/// into a struct with derived `Deserialize`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Reading {
    /// Every string and number must be readable, nesting at most 127 deep,
    /// and a key given twice keeps its last value.
    Value,
    /// What a struct skips (the values of unknown fields) is only checked for
    /// its grammar and may be [`Json::Unreadable`]; a key given twice stays
    /// twice (the struct refuses a field of its own given twice).
    Struct,
}

/// The JSON value in `text`, with nothing but whitespace around it.
pub(crate) fn read(text: &str, reading: Reading) -> Option<Json> {
    let mut reader = Reader {
        text,
        at: 0,
        reading,
    };
    let value = reader.value(0)?;
    reader.whitespace();
    (reader.at == text.len()).then_some(value)
}

struct Reader<'a> {
    text: &'a str,
    at: usize,
    reading: Reading,
}

impl Reader<'_> {
    fn peek(&self) -> Option<u8> {
        self.text.as_bytes().get(self.at).copied()
    }

    fn next_byte(&mut self) -> Option<u8> {
        let byte = self.peek()?;
        self.at += 1;
        Some(byte)
    }

    fn eat(&mut self, byte: u8) -> bool {
        let found = self.peek() == Some(byte);
        self.at += usize::from(found);
        found
    }

    fn digit(&mut self) -> Option<u8> {
        let digit = self.peek().filter(u8::is_ascii_digit)?;
        self.at += 1;
        Some(digit - b'0')
    }

    fn whitespace(&mut self) {
        while matches!(self.peek(), Some(b' ' | b'\n' | b'\t' | b'\r')) {
            self.at += 1;
        }
    }

    fn word(&mut self, word: &str, value: Json) -> Option<Json> {
        let found = self.text[self.at..].starts_with(word);
        self.at += if found { word.len() } else { 0 };
        found.then_some(value)
    }

    /// The value at `depth` arrays and objects deep.
    fn value(&mut self, depth: usize) -> Option<Json> {
        self.whitespace();
        match self.peek()? {
            b'n' => self.word("null", Json::Null),
            b't' => self.word("true", Json::Bool(true)),
            b'f' => self.word("false", Json::Bool(false)),
            b'"' => {
                self.at += 1;
                self.string()
            }
            b'[' | b'{' if depth == MAX_DEPTH => match self.reading {
                Reading::Value => None,
                Reading::Struct => self.skip().map(|()| Json::Unreadable),
            },
            b'[' => {
                self.at += 1;
                self.array(depth + 1)
            }
            b'{' => {
                self.at += 1;
                self.object(depth + 1)
            }
            _ => self.number(),
        }
    }

    fn array(&mut self, depth: usize) -> Option<Json> {
        let mut items = Vec::new();
        self.whitespace();
        if self.eat(b']') {
            return Some(Json::Array(items));
        }
        loop {
            items.push(self.value(depth)?);
            self.whitespace();
            match self.next_byte()? {
                b',' => {}
                b']' => return Some(Json::Array(items)),
                _ => return None,
            }
        }
    }

    fn object(&mut self, depth: usize) -> Option<Json> {
        let mut members: Vec<(String, Json)> = Vec::new();
        let mut unreadable_key = false;
        self.whitespace();
        if self.eat(b'}') {
            return Some(Json::Object(members));
        }
        loop {
            let key = self.key()?;
            let value = self.value(depth)?;
            match key {
                Json::String(key) => match members.iter_mut().find(|(k, _)| *k == key) {
                    Some(member) if self.reading == Reading::Value => member.1 = value,
                    _ => members.push((key, value)),
                },
                _ => unreadable_key = true,
            }
            self.whitespace();
            match self.next_byte()? {
                b',' => {}
                b'}' => break,
                _ => return None,
            }
        }
        Some(if unreadable_key {
            Json::Unreadable
        } else {
            Json::Object(members)
        })
    }

    /// A member's key and the colon after it.
    fn key(&mut self) -> Option<Json> {
        self.whitespace();
        if !self.eat(b'"') {
            return None;
        }
        let key = self.string()?;
        self.whitespace();
        self.eat(b':').then_some(key)
    }

    /// The rest of a string after its opening quote. A lone surrogate escape
    /// makes it unreadable: refused as a `Value`, only skipped in a struct.
    fn string(&mut self) -> Option<Json> {
        let mut text = String::new();
        let mut lone_surrogate = false;
        loop {
            let start = self.at;
            while self
                .peek()
                .is_some_and(|b| b != b'"' && b != b'\\' && b >= 0x20)
            {
                self.at += 1;
            }
            text.push_str(&self.text[start..self.at]);
            match self.next_byte()? {
                b'"' => break,
                b'\\' => match self.next_byte()? {
                    b'"' => text.push('"'),
                    b'\\' => text.push('\\'),
                    b'/' => text.push('/'),
                    b'b' => text.push('\u{8}'),
                    b'f' => text.push('\u{c}'),
                    b'n' => text.push('\n'),
                    b'r' => text.push('\r'),
                    b't' => text.push('\t'),
                    b'u' => match self.unicode_escape()? {
                        Some(c) => text.push(c),
                        None => lone_surrogate = true,
                    },
                    _ => return None,
                },
                _ => return None,
            }
        }
        match (lone_surrogate, self.reading) {
            (false, _) => Some(Json::String(text)),
            (true, Reading::Value) => None,
            (true, Reading::Struct) => Some(Json::Unreadable),
        }
    }

    /// The character of a `\u` escape (after the `u`), joining a surrogate
    /// pair; `Some(None)` for a lone surrogate.
    fn unicode_escape(&mut self) -> Option<Option<char>> {
        let unit = self.hex4()?;
        if !(0xD800..0xDC00).contains(&unit) {
            return Some(char::from_u32(unit));
        }
        let rest = &self.text.as_bytes()[self.at..];
        if rest.starts_with(b"\\u") {
            let before = self.at;
            self.at += 2;
            if let Some(low @ 0xDC00..0xE000) = self.hex4() {
                return Some(char::from_u32(
                    0x1_0000 + ((unit - 0xD800) << 10) + (low - 0xDC00),
                ));
            }
            self.at = before;
        }
        Some(None)
    }

    fn hex4(&mut self) -> Option<u32> {
        let digits = self.text.get(self.at..self.at + 4)?;
        let unit = digits
            .bytes()
            .try_fold(0, |n, b| Some(n * 16 + char::from(b).to_digit(16)?))?;
        self.at += 4;
        Some(unit)
    }

    /// A number, in serde_json's forms: a whole number that fits a `u64` is
    /// [`Json::Unsigned`]; read as a `Value`, a number too large for an `f64`
    /// in serde_json's own rounding is refused.
    fn number(&mut self) -> Option<Json> {
        let negative = self.eat(b'-');
        let mut significand: u64 = 0;
        // serde_json keeps the first digits that fit a u64 and counts the
        // others in the exponent (or drops them after the point).
        let mut exponent: i32 = 0;
        let mut whole = true;
        match self.digit()? {
            0 if self.peek().is_some_and(|b| b.is_ascii_digit()) => return None,
            0 => {}
            first => {
                significand = u64::from(first);
                while let Some(digit) = self.digit() {
                    match whole.then(|| push_digit(significand, digit)).flatten() {
                        Some(more) => significand = more,
                        None => {
                            whole = false;
                            exponent += 1;
                        }
                    }
                }
            }
        }
        if self.eat(b'.') {
            whole = false;
            let (mut digits, mut full) = (0, false);
            while let Some(digit) = self.digit() {
                digits += 1;
                match push_digit(significand, digit).filter(|_| !full) {
                    Some(more) => {
                        significand = more;
                        exponent -= 1;
                    }
                    None => full = true,
                }
            }
            if digits == 0 {
                return None;
            }
        }
        let mut finite = true;
        if matches!(self.peek(), Some(b'e' | b'E')) {
            self.at += 1;
            whole = false;
            let up = !self.eat(b'-');
            if up {
                self.eat(b'+');
            }
            let mut power = Some(i32::from(self.digit()?));
            while let Some(digit) = self.digit() {
                power = power.and_then(|p| p.checked_mul(10)?.checked_add(i32::from(digit)));
            }
            finite = match power {
                Some(p) if up => fits_f64(significand, exponent.saturating_add(p)),
                Some(p) => fits_f64(significand, exponent.saturating_sub(p)),
                None => significand == 0 || !up,
            };
        } else if !whole {
            finite = fits_f64(significand, exponent);
        }
        match (
            whole && !negative,
            finite || self.reading == Reading::Struct,
        ) {
            (true, _) => Some(Json::Unsigned(significand)),
            (false, true) => Some(Json::OtherNumber),
            (false, false) => None,
        }
    }

    /// Skips a value nested past the depth limit (only read as a struct),
    /// checking its grammar as serde_json does for a value it skips.
    fn skip(&mut self) -> Option<()> {
        let mut closing = Vec::new();
        loop {
            self.whitespace();
            let open = match self.peek()? {
                b'[' => b']',
                b'{' => b'}',
                _ => {
                    self.value(MAX_DEPTH)?;
                    0
                }
            };
            if open != 0 {
                self.at += 1;
                self.whitespace();
                if !self.eat(open) {
                    closing.push(open);
                    if open == b'}' {
                        self.key()?;
                    }
                    continue;
                }
            }
            while let Some(&close) = closing.last() {
                self.whitespace();
                match self.next_byte()? {
                    b',' if close == b'}' => {
                        self.key()?;
                        break;
                    }
                    b',' => break,
                    b if b == close => {
                        closing.pop();
                    }
                    _ => return None,
                }
            }
            if closing.is_empty() {
                return Some(());
            }
        }
    }
}

/// `significand` with one more digit, if it still fits a `u64`.
fn push_digit(significand: u64, digit: u8) -> Option<u64> {
    significand.checked_mul(10)?.checked_add(u64::from(digit))
}

/// Whether serde_json reads significand × 10^exponent as a finite `f64`: it
/// multiplies by its table's power of ten and refuses infinity (below 10^289
/// no u64 can reach it; past 10^308 only zero stays finite).
fn fits_f64(significand: u64, exponent: i32) -> bool {
    if significand == 0 || exponent < 289 {
        return true;
    }
    HIGH_POWERS
        .get((exponent - 289) as usize)
        .is_some_and(|power| (significand as f64 * power).is_finite())
}
