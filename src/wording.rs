//! Flagging: sentences on Meta's page that suggest the objection needs a
//! justification, may be refused, or has limited effect.

use crate::page_text::{Located, PageText};
use crate::phrases::{Meaning, PhraseIndex};
use crate::rules::{Category, Rules, Severity};
use crate::snapshot::Snapshot;
use crate::text::{fold, Folded};
use std::collections::HashMap;
use serde::Serialize;

/// One flagged sentence. Offsets are UTF-16 units in the block's raw text,
/// ready for a DOM `Range`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Finding {
    pub rule: String,
    pub category: Category,
    pub severity: Severity,
    /// The `_locales` key stem of the explanation.
    pub message: String,
    /// Index of the snapshot block; `None` when the finding has no place in
    /// the page text (a required field without a visible label).
    pub block: Option<usize>,
    pub start: u32,
    pub end: u32,
    /// The sentence as the page shows it, to quote in the banner as text.
    pub quote: String,
}

/// Longest quote shown in the banner; a page cannot flood it.
const MAX_QUOTE_CHARS: usize = 400;

fn is_sentence_end(c: char) -> bool {
    matches!(c, '.' | '!' | '?' | '。' | ';' | '\u{1}')
}

/// Byte range of the sentence around `start..end` in folded block text.
fn sentence_around(folded: &str, start: usize, end: usize) -> (usize, usize) {
    let mut from = 0;
    for (i, c) in folded[..start].char_indices().rev() {
        if is_sentence_end(c) && folded[i + c.len_utf8()..].starts_with(' ') {
            from = i + c.len_utf8() + 1;
            break;
        }
    }
    let mut to = folded.len();
    for (i, c) in folded[end..].char_indices() {
        let at = end + i;
        if is_sentence_end(c) && (folded[at + c.len_utf8()..].starts_with(' ') || at + c.len_utf8() == folded.len()) {
            to = at + c.len_utf8();
            break;
        }
    }
    (from, to)
}

/// Slice of `raw` between UTF-16 offsets.
pub fn utf16_slice(raw: &str, start: u32, end: u32) -> String {
    let mut pos = 0u32;
    let mut out = String::new();
    for c in raw.chars() {
        if pos >= end {
            break;
        }
        if pos >= start {
            out.push(c);
        }
        pos += c.len_utf16() as u32;
    }
    out
}

fn clip(s: &str) -> String {
    let t = s.trim();
    if t.chars().count() <= MAX_QUOTE_CHARS {
        return t.to_string();
    }
    let mut out: String = t.chars().take(MAX_QUOTE_CHARS).collect();
    out.push('…');
    out
}

/// Every flagged sentence of the page, at most one finding per sentence and
/// category, in page order. Where related languages share a phrase, the
/// finding names the rule of the page's own language.
pub fn flag(snapshot: &Snapshot, text: &PageText, index: &PhraseIndex, rules: &Rules, page_lang: &str) -> Vec<Finding> {
    let mut findings: Vec<Finding> = Vec::new();
    // Blocks with a finding are folded again, this time with the offsets
    // that place the sentence in the original text.
    let mut with_offsets: HashMap<usize, Folded> = HashMap::new();
    for hit in &text.hits {
        let Meaning::Flag(flat) = hit.meaning else { continue };
        let (li, ri) = index.flag_rules[flat];
        let rule = &rules.languages[li].flags[ri];
        let Located { block: Some(b), start, end } = text.locate(hit) else { continue };
        let (s, e) = sentence_around(text.block(b), start, end);
        let raw = &snapshot.blocks[b];
        let (rs, re) = with_offsets.entry(b).or_insert_with(|| fold(&raw.text, &raw.compat)).original_range(s, e);
        if let Some(f) = findings.iter_mut().find(|f| f.block == Some(b) && f.start == rs && f.category == rule.category) {
            if rules.languages[li].lang == page_lang {
                f.rule = rule.id.clone();
                f.severity = rule.severity;
                f.message = rule.message_key();
            }
            continue;
        }
        findings.push(Finding {
            rule: rule.id.clone(),
            category: rule.category,
            severity: rule.severity,
            message: rule.message_key(),
            block: Some(b),
            start: rs,
            end: re,
            quote: clip(&utf16_slice(&snapshot.blocks[b].text, rs, re)),
        });
    }
    findings.sort_by_key(|f| (f.block, f.start));
    findings
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sentence_bounds() {
        let t = "first one. we'll review objection requests. last";
        let s = t.find("review").unwrap();
        let (a, b) = sentence_around(t, s, s + 6);
        assert_eq!(&t[a..b], "we'll review objection requests.");
    }

    #[test]
    fn utf16_slices() {
        assert_eq!(utf16_slice("a\u{1F600}bc", 1, 4), "\u{1F600}b");
    }
}
