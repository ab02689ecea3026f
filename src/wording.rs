//! Flagging: sentences on Meta's page that suggest the objection needs a
//! justification, may be refused, or has limited effect.

use crate::page_text::{Located, PageText};
use crate::phrases::{Meaning, PhraseIndex};
use crate::rules::{Category, Rules, Severity};
use crate::snapshot::Snapshot;
use crate::text::{fold, is_sentence_end, Folded};
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

/// Most findings a page gets of each category, the first in page order.
/// Each is a line in the banner and a highlight, built on the page's own
/// thread: 20,000 of them held a page still for over half a second. Meta's
/// notices have a handful; every category found is still named.
pub const MAX_FINDINGS_PER_CATEGORY: usize = 25;

/// How far from a phrase its sentence's ends are looked for. Text without
/// sentence ends (a run of labels, a post without full stops) is cut at a
/// word this far out: the quote stays readable and each phrase costs a
/// bounded walk, however long its block.
pub(crate) const SENTENCE_REACH: usize = 600;

/// Byte range of the sentence around `start..end` in folded block text.
pub(crate) fn sentence_around(folded: &str, start: usize, end: usize) -> (usize, usize) {
    let mut floor = start.saturating_sub(SENTENCE_REACH);
    while !folded.is_char_boundary(floor) {
        floor += 1;
    }
    let before = &folded[floor..start];
    let from = before
        .char_indices()
        .rev()
        .find(|&(i, c)| is_sentence_end(c) && folded[floor + i + c.len_utf8()..].starts_with(' '))
        .map(|(i, c)| floor + i + c.len_utf8() + 1)
        .unwrap_or_else(|| if floor == 0 { 0 } else { before.find(' ').map_or(floor, |k| floor + k + 1) });
    let mut ceil = (end + SENTENCE_REACH).min(folded.len());
    while !folded.is_char_boundary(ceil) {
        ceil -= 1;
    }
    let after = &folded[end..ceil];
    let to = after
        .char_indices()
        .find(|&(i, c)| {
            let next = end + i + c.len_utf8();
            is_sentence_end(c) && (folded[next..].starts_with(' ') || next == folded.len())
        })
        .map(|(i, c)| end + i + c.len_utf8())
        .unwrap_or_else(|| if ceil == folded.len() { ceil } else { after.rfind(' ').map_or(ceil, |k| end + k) });
    (from, to)
}

/// The sentences of phrases met in page order. A phrase inside the last
/// sentence found is in it again, so a block gets one walk per sentence
/// (or per stretch of text without sentence ends), not one per phrase.
#[derive(Default)]
pub(crate) struct Sentences {
    last: Option<(usize, usize, usize)>,
}

impl Sentences {
    /// [`sentence_around`] `start..end` in block `b`, whose folded text is `folded`.
    pub(crate) fn around(&mut self, b: usize, folded: &str, start: usize, end: usize) -> (usize, usize) {
        if let Some((lb, s, e)) = self.last {
            if lb == b && s <= start && end <= e {
                return (s, e);
            }
        }
        let (s, e) = sentence_around(folded, start, end);
        self.last = Some((b, s, e));
        (s, e)
    }
}

/// Turns UTF-16 offsets in a text into byte offsets by walking on from the
/// last one asked for. A block's findings come in page order, so each of
/// its texts is walked about once, however many findings it has (walking
/// from the block's start each time made a long block quadratic).
struct Utf16Cursor<'a> {
    raw: &'a str,
    unit: u32,
    byte: usize,
}

impl<'a> Utf16Cursor<'a> {
    fn new(raw: &'a str) -> Self {
        Utf16Cursor { raw, unit: 0, byte: 0 }
    }

    /// The byte offset of the character that starts at or after UTF-16
    /// offset `unit`.
    fn byte_at(&mut self, unit: u32) -> usize {
        if unit < self.unit {
            (self.unit, self.byte) = (0, 0);
        }
        while self.unit < unit {
            let rest = &self.raw.as_bytes()[self.byte..];
            let Some(&b) = rest.first() else { break };
            if b.is_ascii() {
                // One byte, one unit: a run of ASCII is passed in one step.
                let run = rest.iter().take((unit - self.unit) as usize).take_while(|b| b.is_ascii()).count();
                self.unit += run as u32;
                self.byte += run;
            } else {
                let c = self.raw[self.byte..].chars().next().expect("a character starts here");
                self.unit += c.len_utf16() as u32;
                self.byte += c.len_utf8();
            }
        }
        self.byte
    }
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
    // Where each (block, sentence start, category) already has its finding.
    let mut found: HashMap<(usize, u32, Category), usize> = HashMap::new();
    // Blocks with a finding are folded again, this time with the offsets
    // that place the sentence in the original text, and walked on once
    // for the quotes: sentence starts and ends each come in order.
    let mut with_offsets: HashMap<usize, (Folded, Utf16Cursor, Utf16Cursor)> = HashMap::new();
    // Where the page says something may be left out ("optional", "you don't
    // need to"): a sentence saying so of a reason asks for none.
    let mut optional: Vec<(usize, usize)> = text
        .hits
        .iter()
        .filter(|h| h.meaning == Meaning::Optional)
        .filter_map(|h| match text.locate(h) {
            Located { block: Some(b), start, .. } => Some((b, start)),
            _ => None,
        })
        .collect();
    optional.sort_unstable();
    // Searched, not scanned: a page may hold many of both.
    let optional_within = |b: usize, s: usize, e: usize| optional.get(optional.partition_point(|&p| p < (b, s))).is_some_and(|&(ob, os)| ob == b && os < e);
    let mut sentences = Sentences::default();
    // The rules' phrases first, then the grants on a condition that no
    // phrase lists: a sentence both find is one finding.
    let granted = crate::conditions::granted_on_condition(text, index, rules);
    for hit in text.hits.iter().chain(&granted) {
        let Meaning::Flag(flat) = hit.meaning else { continue };
        let (li, ri) = index.flag_rules[flat];
        let rule = &rules.languages[li].flags[ri];
        let Located { block: Some(b), start, end } = text.locate(hit) else { continue };
        let (s, e) = sentences.around(b, text.block(b), start, end);
        if rule.category == Category::JustificationDemand && optional_within(b, s, e) {
            continue;
        }
        let raw = &snapshot.blocks[b];
        let (folded, starts, ends) = with_offsets
            .entry(b)
            .or_insert_with(|| (fold(&raw.text, &raw.compat), Utf16Cursor::new(&raw.text), Utf16Cursor::new(&raw.text)));
        let (rs, re) = folded.original_range(s, e);
        if let Some(&at) = found.get(&(b, rs, rule.category)) {
            if rules.languages[li].lang == page_lang {
                let f = &mut findings[at];
                f.rule = rule.id.clone();
                f.severity = rule.severity;
                f.message = rule.message_key();
            }
            continue;
        }
        let (from, to) = (starts.byte_at(rs), ends.byte_at(re));
        found.insert((b, rs, rule.category), findings.len());
        findings.push(Finding {
            rule: rule.id.clone(),
            category: rule.category,
            severity: rule.severity,
            message: rule.message_key(),
            block: Some(b),
            start: rs,
            end: re,
            quote: clip(&raw.text[from..to.max(from)]),
        });
    }
    findings.sort_by_key(|f| (f.block, f.start));
    let mut kept = [0; Category::ALL.len()];
    findings.retain(|f| {
        let n = &mut kept[f.category as usize];
        *n += 1;
        *n <= MAX_FINDINGS_PER_CATEGORY
    });
    findings
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Slice of `raw` between UTF-16 offsets, from the text's start.
    fn utf16_slice(raw: &str, start: u32, end: u32) -> String {
        let mut from = Utf16Cursor::new(raw);
        let mut to = Utf16Cursor::new(raw);
        raw[from.byte_at(start)..to.byte_at(end).max(from.byte)].to_string()
    }

    /// An English notice held in one block of `text`, and what it flags.
    fn flagged_notice(text: String) -> (Snapshot, Vec<Finding>) {
        let snapshot = Snapshot {
            url: "https://www.facebook.com/privacy/genai".into(),
            lang: "en".into(),
            blocks: vec![crate::snapshot::Block { text, tag: "p".into(), ..Default::default() }],
            ..Default::default()
        };
        let index = crate::phrases::index();
        let findings = flag(&snapshot, &PageText::scan(&snapshot, index), index, crate::rules::rules(), "en");
        (snapshot, findings)
    }

    #[test]
    fn sentence_bounds() {
        let t = "first one. we'll review objection requests. last";
        let s = t.find("review").unwrap();
        let (a, b) = sentence_around(t, s, s + 6);
        assert_eq!(&t[a..b], "we'll review objection requests.");
    }

    #[test]
    fn text_without_sentence_ends_is_cut_at_a_word_within_reach() {
        let words = "ūdens ".repeat(400);
        let t = format!("{words}we'll review objection requests {words}");
        let s = t.find("review").unwrap();
        let (a, b) = sentence_around(&t, s, s + 6);
        assert!(s - a <= SENTENCE_REACH && b - s <= SENTENCE_REACH + 6, "{a}..{b} around {s}");
        assert!(t[a..b].starts_with("ūdens") && t[a..b].ends_with("ūdens"), "whole words: {:?}", &t[a..b]);
        assert!(t[a..b].contains("we'll review objection requests"));
    }

    #[test]
    fn a_long_block_of_flagged_words_without_sentence_ends_is_analysed_in_one_walk_per_stretch() {
        let snap = |text: String| Snapshot {
            url: "https://www.facebook.com/help/contact/712876720715583".into(),
            lang: "en".into(),
            blocks: vec![crate::snapshot::Block { text, ..Default::default() }],
            ..Default::default()
        };
        // Every few words a conditional honour. Each one's sentence was
        // looked for across the whole block, which took minutes for this
        // megabyte; now each stretch of text is walked once.
        let analysis = crate::analyse(&snap("if your objection is honoured ".repeat(40_000))).unwrap();
        assert!(!analysis.findings.is_empty() && analysis.findings.len() <= MAX_FINDINGS_PER_CATEGORY * Category::ALL.len());
    }

    #[test]
    fn utf16_slices() {
        assert_eq!(utf16_slice("a\u{1F600}bc", 1, 4), "\u{1F600}b");
        assert_eq!(utf16_slice("ab\u{e9}cd", 1, 4), "b\u{e9}c");
        // An offset inside a surrogate pair moves on to the next character.
        assert_eq!(utf16_slice("a\u{1F600}bc", 2, 5), "bc");
    }

    #[test]
    fn a_flood_of_one_category_leaves_the_others_named() {
        let review = "We'll review objection requests in accordance with relevant data protection laws. ";
        let honour = "If your objection is honoured, it will be applied going forward. ";
        let (_, findings) = flagged_notice(format!("{}{honour}", review.repeat(500)));
        let of = |c: Category| findings.iter().filter(|f| f.category == c).count();
        assert_eq!(of(Category::DiscretionaryReview), MAX_FINDINGS_PER_CATEGORY);
        assert_eq!(of(Category::ConditionalHonour), 1, "the last sentence's category is still there");
    }

    #[test]
    fn a_cursor_asked_for_an_earlier_offset_starts_again() {
        let raw = "\u{e9}t\u{e9} \u{1F600} fin";
        let mut c = Utf16Cursor::new(raw);
        assert_eq!(c.byte_at(6), "\u{e9}t\u{e9} \u{1F600}".len());
        assert_eq!(c.byte_at(2), "\u{e9}t".len());
        assert_eq!(c.byte_at(99), raw.len());
    }

    #[test]
    fn a_long_block_with_many_flagged_sentences_quotes_each_one() {
        let sentence = "We'll review objection requests in accordance with relevant data protection laws. ";
        let block = format!("{}{}", "\u{e9}t\u{e9}. ".repeat(3), sentence.repeat(3000));
        let (snapshot, findings) = flagged_notice(block);
        // The first ones in page order, one per sentence (all of one
        // category here).
        assert_eq!(findings.len(), MAX_FINDINGS_PER_CATEGORY);
        assert!(findings.windows(2).all(|w| w[0].start < w[1].start));
        assert_eq!(utf16_slice(&snapshot.blocks[0].text, 0, findings[0].start), "\u{e9}t\u{e9}. ".repeat(3));
        assert!(findings.iter().all(|f| f.quote == sentence.trim()));
        // Each offset pair is where its quote is.
        for f in &findings {
            assert_eq!(utf16_slice(&snapshot.blocks[0].text, f.start, f.end).trim(), f.quote);
        }
    }
}
