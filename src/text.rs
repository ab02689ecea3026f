//! Text normalisation for phrase matching.
//!
//! Meta's wording is matched on a folded form of the page text, so that case,
//! invisible characters, odd spaces and typographic punctuation cannot hide a
//! phrase. Every byte of the folded text remembers where it came from in the
//! original text, counted in UTF-16 code units, because that is how the DOM
//! counts when the content script turns a finding into a highlight range.
//!
//! Unicode compatibility forms (fullwidth letters, ligatures, mathematical
//! alphanumerics) are folded by the browser's own `String.prototype.normalize`
//! in the content script, which sends them as sparse substitutions; see
//! [`Substitution`].

use serde::Deserialize;

/// A stretch of the original text that the browser's NFKC normalisation
/// replaces by `with`: `[start, len, with]`, positions in UTF-16 units.
#[derive(Debug, Clone, Deserialize, PartialEq)]
pub struct Substitution(pub u32, pub u32, pub String);

/// Folded text plus, for each byte of it, the UTF-16 offset of the original
/// character it came from. `origin` has one extra entry: the original length.
#[derive(Debug, Clone, Default)]
pub struct Folded {
    pub text: String,
    pub origin: Vec<u32>,
}

impl Folded {
    /// UTF-16 range in the original text covered by folded bytes `start..end`.
    pub fn original_range(&self, start: usize, end: usize) -> (u32, u32) {
        let from = self.origin[start];
        // The end is the start of the next original character after the last
        // folded byte, so a character folded to several bytes stays whole.
        let last = self.origin[end.saturating_sub(1).max(start)];
        let to = self.origin[end..]
            .iter()
            .copied()
            .find(|&o| o > last)
            .unwrap_or(*self.origin.last().unwrap_or(&0));
        (from, to)
    }
}

/// Characters that carry no visible content and are dropped: soft hyphen,
/// zero-width space/joiners, word joiner, byte-order mark, and friends.
/// Inclusive ranges; the content script's gate strips the same ones.
pub const INVISIBLE: &[(char, char)] = &[
    ('\u{00AD}', '\u{00AD}'),
    ('\u{034F}', '\u{034F}'),
    ('\u{061C}', '\u{061C}'),
    ('\u{115F}', '\u{1160}'),
    ('\u{17B4}', '\u{17B5}'),
    ('\u{180B}', '\u{180F}'),
    ('\u{200B}', '\u{200F}'),
    ('\u{202A}', '\u{202E}'),
    ('\u{2060}', '\u{2064}'),
    ('\u{2066}', '\u{206F}'),
    ('\u{FE00}', '\u{FE0F}'),
    ('\u{FEFF}', '\u{FEFF}'),
];

fn is_invisible(c: char) -> bool {
    INVISIBLE.iter().any(|&(from, to)| from <= c && c <= to)
}

/// One folded character, or `None` to drop it. Whitespace becomes `' '`.
fn fold_char(c: char) -> Option<char> {
    if is_invisible(c) {
        return None;
    }
    if c.is_whitespace() || c == '\u{00A0}' || c == '\u{202F}' || c == '\u{2007}' {
        return Some(' ');
    }
    Some(match c {
        '\u{2018}' | '\u{2019}' | '\u{201A}' | '\u{201B}' | '\u{2032}' | '\u{00B4}' | '`'
        | '\u{02BC}' => '\'',
        '\u{201C}' | '\u{201D}' | '\u{201E}' | '\u{201F}' | '\u{2033}' | '\u{00AB}'
        | '\u{00BB}' | '\u{2039}' | '\u{203A}' => '"',
        '\u{2010}' | '\u{2011}' | '\u{2012}' | '\u{2013}' | '\u{2014}' | '\u{2212}' => '-',
        // Romanian written with the cedilla letters of older keyboards and
        // fonts (ş, ţ) means the comma-below ones the rules use (ș, ț).
        '\u{015E}' => '\u{0218}',
        '\u{015F}' => '\u{0219}',
        '\u{0162}' => '\u{021A}',
        '\u{0163}' => '\u{021B}',
        _ => c,
    })
}

/// Where each folded byte came from, when the caller needs to know: the
/// page text is folded without it (fast), and a block is folded again with
/// it only when a finding must be placed in the original text.
trait Origins {
    const KEEPS_OFFSETS: bool;
    fn record(&mut self, at: u32, bytes: usize);
    fn drop_last(&mut self);
    fn finish(&mut self, end: u32);
}

impl Origins for Vec<u32> {
    const KEEPS_OFFSETS: bool = true;
    #[inline]
    fn record(&mut self, at: u32, bytes: usize) {
        self.extend(std::iter::repeat(at).take(bytes));
    }
    fn drop_last(&mut self) {
        self.pop();
    }
    fn finish(&mut self, end: u32) {
        self.push(end);
    }
}

struct NoOrigins;

impl Origins for NoOrigins {
    const KEEPS_OFFSETS: bool = false;
    #[inline(always)]
    fn record(&mut self, _: u32, _: usize) {}
    #[inline(always)]
    fn drop_last(&mut self) {}
    #[inline(always)]
    fn finish(&mut self, _: u32) {}
}

/// Append folded `c`, which started at UTF-16 offset `at`.
#[inline]
fn push_char<O: Origins>(text: &mut Vec<u8>, origins: &mut O, c: char, at: u32, last_space: &mut bool) {
    if c.is_ascii() {
        push_ascii(text, origins, c as u8, at, last_space);
        return;
    }
    let Some(f) = fold_char(c) else { return };
    if f == ' ' {
        push_ascii(text, origins, b' ', at, last_space);
        return;
    }
    *last_space = false;
    let mut buf = [0u8; 4];
    for l in f.to_lowercase() {
        let bytes = l.encode_utf8(&mut buf).as_bytes();
        text.extend_from_slice(bytes);
        origins.record(at, bytes.len());
    }
}

#[inline(always)]
fn push_ascii<O: Origins>(text: &mut Vec<u8>, origins: &mut O, b: u8, at: u32, last_space: &mut bool) {
    if b.is_ascii_whitespace() || b == 0x0B {
        if !*last_space {
            *last_space = true;
            text.push(b' ');
            origins.record(at, 1);
        }
    } else {
        *last_space = false;
        text.push(b.to_ascii_lowercase());
        origins.record(at, 1);
    }
}

/// Eight bytes with `b` in each.
const fn each(b: u8) -> u64 {
    0x0101_0101_0101_0101 * b as u64
}

/// Per byte of `x`, whose bytes are all ASCII: `0x80` where the byte is at
/// least `n` (1 to 128), else 0. No byte carries into the next, because
/// each stays below `0x80 + 0x80`.
#[inline(always)]
fn at_least(x: u64, n: u8) -> u64 {
    x.wrapping_add(each(0x80 - n)) & each(0x80)
}

/// Folds eight bytes of page text at once, the common case of prose: all
/// ASCII, and no whitespace but single spaces (none right after a space).
/// Anything else is `None`, for the byte-by-byte fold. Letters are lowered
/// by setting bit 5 of every byte from `A` to `Z`.
#[inline(always)]
fn fold_plain_ascii_word(x: u64, last_space: &mut bool) -> Option<u64> {
    if x & each(0x80) != 0 {
        return None;
    }
    let low = at_least(x, 0x21) ^ each(0x80); // bytes up to ' '
    let space = at_least(x ^ each(b' '), 1) ^ each(0x80); // bytes equal to ' '
    let space_after_space = space & ((space << 8) | u64::from(*last_space) << 7);
    if low != space || space_after_space != 0 {
        return None;
    }
    *last_space = space >> 63 != 0;
    let upper = at_least(x, b'A') & !at_least(x, b'Z' + 1);
    Some(x | upper >> 2)
}

/// Fold `raw` onto the end of `text`: lower case, invisible characters
/// dropped, whitespace runs collapsed to one space (none at either end),
/// typographic quotes and dashes made plain, and the browser's NFKC
/// substitutions applied.
fn fold_onto<O: Origins>(raw: &str, substitutions: &[Substitution], text: &mut Vec<u8>, origins: &mut O) {
    let base = text.len();
    text.reserve(raw.len());
    let mut pos: u32 = 0; // UTF-16 offset of the current raw character
    let mut last_space = true; // collapse leading whitespace too
    if substitutions.is_empty() {
        // Most page text is ASCII: one byte is one UTF-16 unit, no decoding,
        // and without offsets to keep, a run of it is folded in place.
        let bytes = raw.as_bytes();
        let mut i = 0;
        while i < bytes.len() {
            if !O::KEEPS_OFFSETS {
                if let Some(eight) = bytes.get(i..i + 8) {
                    let eight = u64::from_le_bytes(eight.try_into().expect("eight bytes"));
                    if let Some(folded) = fold_plain_ascii_word(eight, &mut last_space) {
                        text.extend_from_slice(&folded.to_le_bytes());
                        i += 8;
                        pos += 8;
                        continue;
                    }
                }
            }
            let b = bytes[i];
            if b < 0x80 {
                push_ascii(text, origins, b, pos, &mut last_space);
                i += 1;
                pos += 1;
            } else {
                let c = raw[i..].chars().next().expect("a character starts here");
                push_char(text, origins, c, pos, &mut last_space);
                i += c.len_utf8();
                pos += c.len_utf16() as u32;
            }
        }
    } else {
        let mut subs = substitutions.iter().peekable();
        let mut skip_until: u32 = 0;
        for c in raw.chars() {
            while let Some(s) = subs.peek() {
                if s.0 < pos {
                    subs.next(); // out of order or overlapping: ignore, never panic
                    continue;
                }
                if s.0 == pos {
                    for r in s.2.chars() {
                        push_char(text, origins, r, pos, &mut last_space);
                    }
                    skip_until = pos.saturating_add(s.1);
                    subs.next();
                }
                break;
            }
            if pos >= skip_until {
                push_char(text, origins, c, pos, &mut last_space);
            }
            pos += c.len_utf16() as u32;
        }
    }
    // A trailing space carries no meaning; drop it so phrase ends line up.
    if text.len() > base && text.last() == Some(&b' ') {
        text.pop();
        origins.drop_last();
    }
    origins.finish(pos);
}

/// Fold `raw` for matching, remembering where each byte came from.
pub fn fold(raw: &str, substitutions: &[Substitution]) -> Folded {
    let mut text = Vec::with_capacity(raw.len());
    let mut origin = Vec::with_capacity(raw.len() + 1);
    fold_onto(raw, substitutions, &mut text, &mut origin);
    Folded { text: String::from_utf8(text).expect("built from whole UTF-8 characters"), origin }
}

/// Fold `raw` onto the end of `text` without offsets: the page's hot path.
/// `text` stays valid UTF-8 if it was.
pub fn fold_into(raw: &str, substitutions: &[Substitution], text: &mut Vec<u8>) {
    fold_onto(raw, substitutions, text, &mut NoOrigins);
}

/// Fold text for comparing, when offsets do not matter.
pub fn fold_plain(raw: &str) -> String {
    let mut text = Vec::with_capacity(raw.len());
    fold_into(raw, &[], &mut text);
    String::from_utf8(text).expect("built from whole UTF-8 characters")
}

/// Whether byte `i` of `s` sits on a word boundary on the given side: the
/// neighbouring character is not a letter or digit.
pub fn boundary_before(s: &str, i: usize) -> bool {
    s[..i].chars().next_back().map_or(true, |c| !c.is_alphanumeric())
}

pub fn boundary_after(s: &str, i: usize) -> bool {
    s[i..].chars().next().map_or(true, |c| !c.is_alphanumeric())
}

/// A character that can end a sentence (`\u{1}` ends each block of the
/// page text).
pub fn is_sentence_end(c: char) -> bool {
    matches!(c, '.' | '!' | '?' | '。' | ';' | '\u{1}')
}

/// Whether a sentence ends in this stretch of folded text: a sentence end
/// followed by a space or by the end of the stretch ("Art. 21" counts; a
/// dot inside "meta.com" does not).
pub fn ends_sentence_in(s: &str) -> bool {
    s.char_indices().any(|(i, c)| is_sentence_end(c) && (c == '\u{1}' || s[i + c.len_utf8()..].chars().next().map_or(true, |n| n == ' ')))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_case_space_and_quotes() {
        let f = fold("  We\u{2019}ll  REVIEW\u{00A0}objection\n requests ", &[]);
        assert_eq!(f.text, "we'll review objection requests");
    }

    #[test]
    fn folds_romanian_cedilla_letters_to_comma_below() {
        let f = fold("Opoziţia Dvs. ŞI INTERESUL", &[]);
        assert_eq!(f.text, "opoziția dvs. și interesul");
        // One UTF-16 unit each way: offsets stay as they were.
        assert_eq!(f.original_range(0, "opoziția".len()), (0, 8));
    }

    #[test]
    fn drops_invisible_characters_inside_words() {
        let f = fold("re\u{200B}view ob\u{00AD}jec\u{2060}tion", &[]);
        assert_eq!(f.text, "review objection");
    }

    #[test]
    fn keeps_original_utf16_offsets() {
        // "é" is one UTF-16 unit; the emoji is two.
        let raw = "\u{1F600} Évaluée\u{200B}!";
        let f = fold(raw, &[]);
        assert_eq!(f.text, "\u{1F600} évaluée!");
        let start = f.text.find("évaluée").unwrap();
        let end = start + "évaluée".len();
        // The dropped zero-width space after the word stays inside the range:
        // invisible, and harmless in a highlight.
        assert_eq!(f.original_range(start, end), (3, 11));
        assert_eq!(*f.origin.last().unwrap(), 12);
    }

    #[test]
    fn applies_browser_nfkc_substitutions() {
        // "ﬁ" ligature (one unit) and fullwidth "ＡＩ" replaced as the browser would.
        let raw = "ﬁle ＡＩ";
        let subs = vec![
            Substitution(0, 1, "fi".into()),
            Substitution(4, 1, "A".into()),
            Substitution(5, 1, "I".into()),
        ];
        let f = fold(raw, &subs);
        assert_eq!(f.text, "file ai");
        let s = f.text.find("ai").unwrap();
        assert_eq!(f.original_range(s, s + 2), (4, 6));
    }

    #[test]
    fn bad_substitutions_do_not_panic() {
        let subs = vec![Substitution(9, 99, "x".into()), Substitution(2, 1, "y".into())];
        let f = fold("abc", &subs);
        assert_eq!(f.text, "abc");
    }

    #[test]
    fn word_boundaries() {
        let s = "deutschland land";
        assert!(!boundary_before(s, 7));
        assert!(boundary_before(s, 12));
        assert!(boundary_after(s, 16));
    }
}
