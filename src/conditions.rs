//! Clauses that a condition opens ("if", "once", "Hvis", "Sobald"; see
//! [`crate::rules::Markers::conditions`]).
//!
//! They serve twice. A confirmation's words in such a clause, or after one
//! in their sentence, confirm nothing ("If we accept your objection, …").
//! And such a clause that names the objection and grants it ("If we approve
//! your objection", "Om din invändning godtas") says an objection applies
//! only if Meta grants it, however the translation words the rest: it is
//! flagged as the language's conditional honour, where the phrase lists
//! would need every verb in every order.

use crate::page_text::{Located, PageText};
use crate::phrases::{Hit, Meaning, PhraseIndex, Signal};
use crate::rules::{Category, Phrase, Rules};
use crate::text::{boundary_after, fold_plain};
use crate::wording::{Sentences, MAX_FINDINGS_PER_CATEGORY};

/// What parts a sentence into clauses (sentence ends part sentences).
const CLAUSE_BREAKS: [char; 5] = [',', ':', '(', '–', '—'];

/// Where the condition that `clause`, folded, opens with ends, as a byte
/// offset in `clause`: one of `conditions` as whole words, whatever
/// punctuation comes first.
fn condition_end(clause: &str, conditions: &[Phrase]) -> Option<usize> {
    let rest = clause.trim_start_matches(|c: char| !c.is_alphanumeric());
    let lead = clause.len() - rest.len();
    conditions
        .iter()
        .map(|c| fold_plain(c.text()))
        .filter(|word| !word.is_empty() && rest.starts_with(word.as_str()) && boundary_after(rest, word.len()))
        .map(|word| lead + word.len())
        .max()
}

/// The most words between the condition, the objection's name and the
/// grant, in either order: "If we accept your objection", "Om din
/// invändning har godtagits", "En caso de que se acepte tu oposición".
/// Further apart ("If you object we will honour your objection", without
/// its comma) they are a condition on what the user does, then a promise.
const MOST_WORDS_BETWEEN: usize = 3;

/// Whether `s` has at most [`MOST_WORDS_BETWEEN`] words; only as many are
/// read as that takes.
fn few_words(s: &str) -> bool {
    s.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).take(MOST_WORDS_BETWEEN + 1).count() <= MOST_WORDS_BETWEEN
}

/// Whether a clause of `before`, the folded start of a sentence up to some
/// words, opens with one of `conditions`: those words are then said on a
/// condition. Only a clause's first words count, so "om" in "din begäran
/// om invändning" does not.
pub(crate) fn follows_a_condition(before: &str, conditions: &[Phrase]) -> bool {
    before.split(CLAUSE_BREAKS).any(|clause| condition_end(clause, conditions).is_some())
}

/// The clause of `sentence` around bytes `start..end`, as a byte range.
fn clause_around(sentence: &str, start: usize, end: usize) -> (usize, usize) {
    let from = sentence[..start].rfind(CLAUSE_BREAKS).map_or(0, |i| i + sentence[i..].chars().next().map_or(1, char::len_utf8));
    let to = sentence[end..].find(CLAUSE_BREAKS).map_or(sentence.len(), |i| end + i);
    (from, to)
}

/// The grants of an objection in a clause a condition opens, each as a hit
/// of the rule to name, spanning the grant word: its language's first
/// conditional-honour rule. At most
/// [`MAX_FINDINGS_PER_CATEGORY`] of them, the first in page order.
pub(crate) fn granted_on_condition(text: &PageText, index: &PhraseIndex, rules: &Rules) -> Vec<Hit> {
    if !text.hits.iter().any(|h| h.meaning == Meaning::Grant) {
        return Vec::new();
    }
    // Where the objection is named, by block: searched, not scanned.
    let mut named: Vec<(usize, usize, usize)> = text
        .hits
        .iter()
        .filter(|h| h.meaning == Meaning::Signal(Signal::Objection))
        .filter_map(|h| match text.locate(h) {
            Located { block: Some(b), start, end } => Some((b, start, end)),
            _ => None,
        })
        .collect();
    named.sort_unstable();
    // The name nearest before byte `at` of block `b` that starts at `from`
    // or later, and the nearest at `at` or after that starts before `to`:
    // the nearest is the one that can be close.
    let last_name_before = |b: usize, from: usize, at: usize| {
        let i = named.partition_point(|&(nb, ns, _)| (nb, ns) < (b, at));
        i.checked_sub(1).map(|i| named[i]).filter(|&(nb, ns, ne)| nb == b && ns >= from && ne <= at).map(|(_, ns, ne)| (ns, ne))
    };
    let first_name_after = |b: usize, at: usize, to: usize| {
        named.get(named.partition_point(|&(nb, ns, _)| (nb, ns) < (b, at))).filter(|&&(nb, ns, _)| nb == b && ns < to).map(|&(_, ns, _)| ns)
    };
    let rule_of = |lang: usize| {
        index.flag_rules.iter().zip(&index.flag_categories).position(|(&(li, _), &c)| li == lang && c == Category::ConditionalHonour)
    };
    let mut sentences = Sentences::default();
    // The last clause looked at: (block, language, its start and end,
    // where its condition ends) in block bytes. The grants of one clause
    // come together, and a long text without sentence ends or commas is
    // one clause: it is parted and read once, not once per grant.
    let mut last: Option<(usize, usize, usize, usize, Option<usize>)> = None;
    let mut out = Vec::new();
    for hit in text.hits.iter().filter(|h| h.meaning == Meaning::Grant) {
        let Located { block: Some(b), start, end } = text.locate(hit) else { continue };
        let block = text.block(b);
        let conditions = &rules.languages[hit.lang].markers.conditions;
        let (ce, opened) = match last {
            Some((lb, ll, cs, ce, opened)) if (lb, ll) == (b, hit.lang) && cs <= start && end <= ce => (ce, opened),
            _ => {
                let (s, e) = sentences.around(b, block, start, end);
                let sentence = &block[s..e];
                let (cs, ce) = clause_around(sentence, start - s, end - s);
                let opened = condition_end(&sentence[cs..ce], conditions).map(|k| s + cs + k);
                last = Some((b, hit.lang, s + cs, s + ce, opened));
                (s + ce, opened)
            }
        };
        let Some(after) = opened else { continue };
        let close = |from: usize, to: usize| from <= to && few_words(&block[from..to]);
        // The objection named between the condition and the grant ("If
        // your objection is accepted"), or right after a grant that follows
        // the condition closely ("If we accept your objection").
        let passive = last_name_before(b, after, start).is_some_and(|(ns, ne)| close(after, ns) && close(ne, start));
        let active = close(after, start) && first_name_after(b, end, ce).is_some_and(|ns| close(end, ns));
        if !(passive || active) {
            continue;
        }
        let Some(flat) = rule_of(hit.lang) else { continue };
        out.push(Hit { meaning: Meaning::Flag(flat), ..*hit });
        if out.len() == MAX_FINDINGS_PER_CATEGORY {
            break;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(list: &[&str]) -> Vec<Phrase> {
        list.iter().map(|w| Phrase::Unverified(w.to_string())).collect()
    }

    #[test]
    fn a_condition_counts_where_it_opens_a_clause() {
        let conditions = words(&["if", "så snart", "om"]);
        assert!(follows_a_condition("if we accept ", &conditions));
        assert!(follows_a_condition("thanks, if we accept ", &conditions));
        assert!(follows_a_condition("\"om din ", &conditions), "quotes before it");
        assert!(follows_a_condition("så snart vi har ", &conditions), "several words");
        assert!(!follows_a_condition("iffy as it is, we ", &conditions), "whole words only");
        assert!(!follows_a_condition("tack för din begäran om ", &conditions), "inside a clause");
        assert!(!follows_a_condition("så vi har ", &conditions));
        assert!(!follows_a_condition("", &conditions));
    }

    #[test]
    fn clauses_part_at_commas_and_dashes() {
        let s = "if you object, we – as promised – accept it";
        let at = s.find("accept").unwrap();
        assert_eq!(&s[{ let (a, b) = clause_around(s, at, at + 6); a..b }], " accept it");
        let at = s.find("object").unwrap();
        assert_eq!(&s[{ let (a, b) = clause_around(s, at, at + 6); a..b }], "if you object");
    }
}
