//! One trie over every phrase of every rule file, so that the whole page
//! text is scanned once whatever the number of languages and rules.
//!
//! Every phrase starts on a word boundary, so the trie is walked from each
//! place a phrase may start (after a character that is not a letter or
//! digit, on a byte that begins some phrase) until it can go no further,
//! and the rest of each word is skipped. Most walks end within a few bytes:
//! in English prose, about four on average (see the README's performance
//! section).

use crate::rules::{rules, Phrase, Rules, Signals};
use crate::text::{boundary_after, fold_plain};
use crate::trie::{Trie, TrieBuilder, NONE};
use std::sync::OnceLock;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Signal {
    AiTopic,
    Objection,
    LegitimateInterests,
    ObjectionTitle,
    ThirdParty,
    PreStep,
    CodeStep,
    Confirmed,
}

impl Signal {
    pub const ALL: [Signal; 8] = [
        Signal::AiTopic,
        Signal::Objection,
        Signal::LegitimateInterests,
        Signal::ObjectionTitle,
        Signal::ThirdParty,
        Signal::PreStep,
        Signal::CodeStep,
        Signal::Confirmed,
    ];

    /// The phrases of one language's rules that show this signal.
    pub fn phrases(self, s: &Signals) -> &[Phrase] {
        match self {
            Signal::AiTopic => &s.ai_topic,
            Signal::Objection => &s.objection,
            Signal::LegitimateInterests => &s.legitimate_interests,
            Signal::ObjectionTitle => &s.objection_title,
            Signal::ThirdParty => &s.third_party,
            Signal::PreStep => &s.pre_step,
            Signal::CodeStep => &s.code_step,
            Signal::Confirmed => &s.confirmed,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Role {
    Email,
    Country,
    FullName,
    Phone,
    Statement,
    Code,
}

impl Role {
    /// The name the preferences, the banner and the tests use for the role.
    pub fn name(self) -> &'static str {
        match self {
            Role::Email => "email",
            Role::Country => "country",
            Role::FullName => "fullName",
            Role::Phone => "phone",
            Role::Statement => "statement",
            Role::Code => "code",
        }
    }
}

/// What a phrase stands for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Meaning {
    Signal(Signal),
    /// Index into [`PhraseIndex::flag_rules`].
    Flag(usize),
    Field(Role),
    ExcludeField,
    /// A label for one part of a name ("first name", "surname").
    NamePart,
    Yes,
    ObjectOption,
    Optional,
    Required,
}

#[derive(Debug, Clone, Copy)]
struct Entry {
    meaning: Meaning,
    /// Index into the rule set's languages.
    lang: usize,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Hit {
    pub meaning: Meaning,
    pub lang: usize,
    pub start: usize,
    pub end: usize,
}

pub struct PhraseIndex {
    /// Every folded phrase; its value is the first pattern with that text.
    trie: Trie,
    /// The folded patterns, kept only to check the index against a plain
    /// search in the tests.
    #[cfg(test)]
    patterns: Vec<String>,
    /// Per pattern: is it a prefix (no word boundary at its end)?
    prefix: Vec<bool>,
    /// Per pattern: the next pattern with the same folded text (a phrase
    /// can be both a whole word in one rule and a prefix in another), or
    /// [`NONE`].
    same_text: Vec<u32>,
    /// Per pattern: everything that phrase means, in any language.
    entries: Vec<Vec<Entry>>,
    /// (language index, rule index in that language) of each flag rule.
    pub flag_rules: Vec<(usize, usize)>,
}

impl PhraseIndex {
    pub fn build(rules: &Rules) -> Self {
        let mut trie = TrieBuilder::new();
        #[cfg(test)]
        let mut patterns: Vec<String> = Vec::new();
        let mut prefix = Vec::new();
        let mut same_text: Vec<u32> = Vec::new();
        let mut entries: Vec<Vec<Entry>> = Vec::new();
        let mut flag_rules = Vec::new();
        let mut add = |phrases: &[Phrase], meaning: Meaning, lang: usize| {
            for p in phrases {
                let raw = p.text().trim();
                let is_prefix = raw.ends_with('*');
                let folded = fold_plain(raw.trim_end_matches('*'));
                if folded.is_empty() {
                    continue;
                }
                // The patterns with this text (a whole word, a prefix, or
                // both), chained in the order they were first seen.
                let first = trie.value_mut(folded.as_bytes());
                let mut at = *first;
                let mut last = NONE;
                while at != NONE && prefix[at as usize] != is_prefix {
                    last = at;
                    at = same_text[at as usize];
                }
                if at == NONE {
                    at = prefix.len() as u32;
                    if last == NONE {
                        *first = at;
                    } else {
                        same_text[last as usize] = at;
                    }
                    #[cfg(test)]
                    patterns.push(folded);
                    prefix.push(is_prefix);
                    same_text.push(NONE);
                    entries.push(Vec::new());
                }
                entries[at as usize].push(Entry { meaning, lang });
            }
        };
        for (li, l) in rules.languages.iter().enumerate() {
            for sig in Signal::ALL {
                add(sig.phrases(&l.signals), Meaning::Signal(sig), li);
            }
            let f = &l.fields;
            for (group, role) in [
                (&f.email, Role::Email),
                (&f.country, Role::Country),
                (&f.full_name, Role::FullName),
                (&f.phone, Role::Phone),
                (&f.statement, Role::Statement),
                (&f.code, Role::Code),
            ] {
                add(group, Meaning::Field(role), li);
            }
            add(&f.exclude, Meaning::ExcludeField, li);
            add(&f.name_part, Meaning::NamePart, li);
            add(&l.answers.yes, Meaning::Yes, li);
            add(&l.answers.object_option, Meaning::ObjectOption, li);
            add(&l.markers.optional, Meaning::Optional, li);
            add(&l.markers.required, Meaning::Required, li);
            for (ri, rule) in l.flags.iter().enumerate() {
                add(&rule.phrases, Meaning::Flag(flag_rules.len()), li);
                flag_rules.push((li, ri));
            }
        }
        PhraseIndex {
            trie: trie.build(),
            #[cfg(test)]
            patterns,
            prefix,
            same_text,
            entries,
            flag_rules,
        }
    }

    /// Every phrase found in folded `text`, overlapping ones included, each
    /// starting and ending on a word boundary (a prefix phrase only
    /// starting), in order of where they start, shorter first.
    pub fn find(&self, text: &str) -> Vec<Hit> {
        let mut hits = Vec::new();
        let bytes = text.as_bytes();
        let mut after_word = false;
        let mut i = 0;
        while i < bytes.len() {
            let b = bytes[i];
            if !after_word && self.trie.starts_with_byte(b) {
                self.walk(text, i, &mut hits);
            }
            if b.is_ascii() {
                after_word = ASCII_WORD[usize::from(b)];
                i += 1;
                // The rest of an ASCII word starts no phrase: skip it whole.
                if after_word {
                    while bytes.get(i).is_some_and(|&b| ASCII_WORD[usize::from(b)]) {
                        i += 1;
                    }
                }
            } else {
                let c = text[i..].chars().next().expect("a character starts here");
                after_word = c.is_alphanumeric();
                i += c.len_utf8();
            }
        }
        hits
    }

    /// The phrases that start at byte `start` of `text`.
    fn walk(&self, text: &str, start: usize, hits: &mut Vec<Hit>) {
        self.trie.prefixes_of(&text.as_bytes()[start..], |len, first| {
            let end = start + len;
            let mut boundary = None;
            let mut pid = first;
            while pid != NONE {
                let p = pid as usize;
                pid = self.same_text[p];
                if !self.prefix[p] && !*boundary.get_or_insert_with(|| boundary_after(text, end)) {
                    continue;
                }
                hits.extend(self.entries[p].iter().map(|e| Hit { meaning: e.meaning, lang: e.lang, start, end }));
            }
        });
    }

    pub fn pattern_count(&self) -> usize {
        self.prefix.len()
    }

    /// Heap bytes the trie holds.
    pub fn memory_usage(&self) -> usize {
        self.trie.memory_usage()
    }
}

/// Per byte: is it an ASCII letter or digit? A table, because the scan asks
/// for every byte of the page and `opt-level = "z"` would call a function.
const ASCII_WORD: [bool; 256] = {
    let mut table = [false; 256];
    let mut b = 0;
    while b < 128 {
        table[b] = (b as u8).is_ascii_alphanumeric();
        b += 1;
    }
    table
};

/// The index over the embedded rules, built once.
pub fn index() -> &'static PhraseIndex {
    static INDEX: OnceLock<PhraseIndex> = OnceLock::new();
    INDEX.get_or_init(|| PhraseIndex::build(rules()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::boundary_before;
    #[cfg(not(target_arch = "wasm32"))]
    use proptest::prelude::*;

    /// What [`PhraseIndex::find`] must return, the slow way: every pattern
    /// tried at every character, with the word boundaries checked.
    fn find_plainly(index: &PhraseIndex, text: &str) -> Vec<Hit> {
        let mut hits = Vec::new();
        for (start, _) in text.char_indices().filter(|&(i, _)| boundary_before(text, i)) {
            let mut found: Vec<(usize, usize)> = Vec::new();
            for (pid, p) in index.patterns.iter().enumerate() {
                let end = start + p.len();
                if text[start..].starts_with(p.as_str()) && (index.prefix[pid] || boundary_after(text, end)) {
                    found.push((end, pid));
                }
            }
            found.sort();
            for (end, pid) in found {
                hits.extend(index.entries[pid].iter().map(|e| Hit { meaning: e.meaning, lang: e.lang, start, end }));
            }
        }
        hits
    }

    fn assert_finds_plainly(text: &str) {
        let index = index();
        let (mut fast, mut plain) = (index.find(text), find_plainly(index, text));
        let key = |h: &Hit| (h.start, h.end, h.lang, format!("{:?}", h.meaning));
        fast.sort_by_key(key);
        plain.sort_by_key(key);
        assert_eq!(fast, plain, "in {text:?}");
    }

    #[test]
    fn finds_what_a_plain_search_finds_in_every_fixture_page() {
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/snapshots");
        let (mut pages, mut hits) = (0, 0);
        for entry in std::fs::read_dir(dir).expect("fixture snapshots") {
            let json = std::fs::read_to_string(entry.expect("a file").path()).expect("readable");
            let snapshot: crate::Snapshot = serde_json::from_str(&json).expect("a snapshot");
            let text = crate::page_text::PageText::scan(&snapshot, index());
            assert_finds_plainly(&text.joined);
            pages += 1;
            hits += text.hits.len();
        }
        assert!(pages >= 30 && hits >= 500, "only {pages} fixture pages, {hits} hits");
    }

    #[cfg(not(target_arch = "wasm32"))]
    /// Rule phrases cut and glued with letters, marks and separators, so
    /// that phrases touch words, overlap and stop short.
    fn page_like() -> impl Strategy<Value = String> {
        let phrases: Vec<String> = index().patterns.clone();
        let piece = prop_oneof![
            prop::sample::select(phrases.clone()),
            (prop::sample::select(phrases), 0usize..40).prop_map(|(p, cut)| p.chars().take(cut).collect()),
            prop::sample::select(vec![" ", "  ", "x", "é", "\u{1}", ", ", "-", "'", "\u{0301}", "1", "ß", "日本"]).prop_map(String::from),
        ];
        prop::collection::vec(piece, 0..16).prop_map(|v| v.concat())
    }

    #[cfg(not(target_arch = "wasm32"))]
    proptest! {
        #![proptest_config(ProptestConfig::with_cases(128))]
        #[test]
        fn finds_what_a_plain_search_finds(text in page_like()) {
            assert_finds_plainly(&text);
        }
    }
}
