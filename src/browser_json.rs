//! JSON text as the browser's `JSON.stringify` writes it, made fit for
//! `serde_json`.
//!
//! A DOM string is UTF-16 and may hold a lone surrogate: an emoji cut in
//! half by a "See more" truncation, or a page that puts one there on
//! purpose. `JSON.stringify` writes it as an escape such as `\ud83d`, which
//! `serde_json` refuses, and the whole message with it. Each lone surrogate
//! escape becomes `\ufffd`, the replacement character: the same six bytes
//! and, like the surrogate, one UTF-16 unit, so every offset into the text
//! stays where it was.

/// Read JSON text from the browser: as it is, and only when that fails,
/// again with its lone surrogates mended, so the common case costs nothing
/// more.
pub fn read_browser_json<T: serde::de::DeserializeOwned>(mut json: Vec<u8>) -> serde_json::Result<T> {
    serde_json::from_slice(&json).or_else(|_| {
        mend_lone_surrogates(&mut json);
        serde_json::from_slice(&json)
    })
}

/// Rewrite every lone surrogate escape in `json` to `\ufffd`, in place.
pub fn mend_lone_surrogates(json: &mut [u8]) {
    let mut i = 0;
    while i < json.len() {
        if json[i] != b'\\' {
            i += 1;
            continue;
        }
        // An escape: `\u` and four hex digits, or a backslash and one byte.
        let Some(unit) = unicode_escape(json, i) else {
            i += 2;
            continue;
        };
        let next = unicode_escape(json, i + 6);
        match unit {
            0xD800..=0xDBFF if next.is_some_and(|n| (0xDC00..=0xDFFF).contains(&n)) => i += 12,
            0xD800..=0xDFFF => {
                json[i + 2..i + 6].copy_from_slice(b"fffd");
                i += 6;
            }
            _ => i += 6,
        }
    }
}

/// The UTF-16 unit of a `\uXXXX` escape starting at `at`, if there is one.
fn unicode_escape(json: &[u8], at: usize) -> Option<u16> {
    let escape = json.get(at..at + 6)?;
    if escape[0] != b'\\' || escape[1] != b'u' {
        return None;
    }
    let hex = std::str::from_utf8(&escape[2..]).ok()?;
    u16::from_str_radix(hex, 16).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn mended(json: &str) -> String {
        let mut bytes = json.as_bytes().to_vec();
        mend_lone_surrogates(&mut bytes);
        String::from_utf8(bytes).unwrap()
    }

    #[test]
    fn lone_surrogates_become_replacement_characters() {
        assert_eq!(mended(r#""cut \ud83d""#), r#""cut \ufffd""#);
        assert_eq!(mended(r#""\udc00 low first""#), r#""\ufffd low first""#);
        assert_eq!(mended(r#""\ud83d\ud83d\ude00""#), r#""\ufffd\ud83d\ude00""#);
        let text: String = serde_json::from_str(&mended(r#""a\ud83db""#)).unwrap();
        assert_eq!(text, "a\u{FFFD}b");
    }

    #[test]
    fn pairs_other_escapes_and_escaped_backslashes_are_kept() {
        for json in [r#""\ud83d\ude00""#, r#""\u00e9\n\"""#, r#""\\ud83d is text""#, r#""\\\\""#, r#""\u12""#, "\"\\"] {
            assert_eq!(mended(json), json);
        }
    }
}
