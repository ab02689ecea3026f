//! One trie over every phrase of every rule file, so that the whole page
//! text is scanned once whatever the number of languages and rules.
//!
//! Every phrase starts on a word boundary, so the trie is walked from each
//! place a phrase may start (after a character that is not a letter or
//! digit, on a byte that begins some phrase) until it can go no further,
//! and the rest of each word is skipped. Most walks end within a few bytes:
//! in English prose, about four on average.

use crate::rules::{rules, Category, Phrase, Rules, Signals};
use crate::text::{boundary_after, ends_sentence_in, fold_plain};
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
    Acknowledged,
    AiNotification,
}

impl Signal {
    pub const ALL: [Signal; 10] = [
        Signal::AiTopic,
        Signal::Objection,
        Signal::LegitimateInterests,
        Signal::ObjectionTitle,
        Signal::ThirdParty,
        Signal::PreStep,
        Signal::CodeStep,
        Signal::Confirmed,
        Signal::Acknowledged,
        Signal::AiNotification,
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
            Signal::Acknowledged => &s.acknowledged,
            Signal::AiNotification => &s.ai_notification,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Role {
    Email,
    Country,
    FullName,
    GivenName,
    FamilyName,
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
            Role::GivenName => "givenName",
            Role::FamilyName => "familyName",
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
    /// A label for a part of a name that is neither the given nor the
    /// family name ("middle name").
    NamePart,
    Yes,
    ObjectOption,
    Optional,
    Required,
    /// A word that grants an objection ([`crate::rules::Markers::grants`]).
    Grant,
    /// Part `part` of the phrase written in parts numbered `whole`; found
    /// only by [`PhraseIndex::find`]'s joining, never returned.
    Part { whole: u32, part: u8 },
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
    /// The phrases written in parts (`if … honoured`), by [`Meaning::Part`]'s
    /// `whole`: what the phrase means and how many parts it has.
    gapped: Vec<(Entry, u8)>,
    /// (language index, rule index in that language) of each flag rule.
    pub flag_rules: Vec<(usize, usize)>,
    /// The category of each flag rule, by the same index.
    pub flag_categories: Vec<Category>,
}

/// What separates the parts of a phrase written in parts: "if … honoured"
/// matches "if" and then "honoured" later in the same sentence, whatever
/// words come between (translations differ most in those).
pub const GAP: char = '…';

/// The most bytes of folded text between two parts of a phrase: about a
/// dozen words, so that the parts belong to one clause.
pub const MAX_GAP_BYTES: usize = 120;

/// The most parts a phrase may be written in.
pub const MAX_PARTS: usize = 4;

/// Not seen yet, in [`Joining`].
const UNSEEN: (usize, usize) = (usize::MAX, usize::MAX);

/// How far each phrase in parts has got in one text, kept up as the scan
/// finds parts in order of where they start: for each part k, where the
/// phrase starts and where part k ends, in the nearest match of parts 0 to
/// k. Each part found is looked at once, so a page of nothing but a
/// common first part ("if if if …") costs a step per word, and no hit of a
/// part is kept. Made on the first part found: most texts (a label, a
/// button) have none.
#[derive(Default)]
struct Joining {
    /// Per phrase in parts, its index in `states`, or [`NONE`].
    slot: Vec<u32>,
    states: Vec<[(usize, usize); MAX_PARTS]>,
    /// The phrases completed, in the order they were.
    joined: Vec<Hit>,
    /// Every part found, kept only to check the scan in the tests.
    #[cfg(test)]
    parts: Vec<Hit>,
}

impl Joining {
    fn state(&mut self, phrases: usize, whole: u32) -> &mut [(usize, usize); MAX_PARTS] {
        if self.slot.is_empty() {
            self.slot = vec![NONE; phrases];
        }
        let slot = &mut self.slot[whole as usize];
        if *slot == NONE {
            *slot = self.states.len() as u32;
            self.states.push([UNSEEN; MAX_PARTS]);
        }
        &mut self.states[*slot as usize]
    }
}

/// The index's patterns while they are added.
struct Patterns {
    trie: TrieBuilder,
    #[cfg(test)]
    patterns: Vec<String>,
    prefix: Vec<bool>,
    same_text: Vec<u32>,
    entries: Vec<Vec<Entry>>,
}

impl Patterns {
    /// One phrase without gaps; a trailing `*` makes it a prefix.
    fn add(&mut self, raw: &str, entry: Entry) {
        let is_prefix = raw.ends_with('*');
        let folded = fold_plain(raw.trim_end_matches('*'));
        if folded.is_empty() {
            return;
        }
        // The patterns with this text (a whole word, a prefix, or both),
        // chained in the order they were first seen.
        let first = self.trie.value_mut(folded.as_bytes());
        let mut at = *first;
        let mut last = NONE;
        while at != NONE && self.prefix[at as usize] != is_prefix {
            last = at;
            at = self.same_text[at as usize];
        }
        if at == NONE {
            at = self.prefix.len() as u32;
            if last == NONE {
                *first = at;
            } else {
                self.same_text[last as usize] = at;
            }
            #[cfg(test)]
            self.patterns.push(folded);
            self.prefix.push(is_prefix);
            self.same_text.push(NONE);
            self.entries.push(Vec::new());
        }
        self.entries[at as usize].push(entry);
    }
}

impl PhraseIndex {
    pub fn build(rules: &Rules) -> Self {
        let mut patterns = Patterns {
            trie: TrieBuilder::new(),
            #[cfg(test)]
            patterns: Vec::new(),
            prefix: Vec::new(),
            same_text: Vec::new(),
            entries: Vec::new(),
        };
        let mut gapped: Vec<(Entry, u8)> = Vec::new();
        let mut flag_rules = Vec::new();
        let mut flag_categories = Vec::new();
        let mut add = |phrases: &[Phrase], meaning: Meaning, lang: usize| {
            for p in phrases {
                let raw = p.text().trim();
                if !raw.contains(GAP) {
                    patterns.add(raw, Entry { meaning, lang });
                    continue;
                }
                let whole = gapped.len() as u32;
                let parts: Vec<&str> = raw.split(GAP).map(str::trim).filter(|part| !part.is_empty()).collect();
                // More parts than a phrase may have: the rules test refuses
                // such a phrase, and the engine leaves it out.
                if parts.is_empty() || parts.len() > MAX_PARTS {
                    continue;
                }
                for (k, part) in parts.iter().enumerate() {
                    patterns.add(part, Entry { meaning: Meaning::Part { whole, part: k as u8 }, lang });
                }
                gapped.push((Entry { meaning, lang }, parts.len() as u8));
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
                (&f.given_name, Role::GivenName),
                (&f.family_name, Role::FamilyName),
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
            add(&l.markers.grants, Meaning::Grant, li);
            for (ri, rule) in l.flags.iter().enumerate() {
                add(&rule.phrases, Meaning::Flag(flag_rules.len()), li);
                flag_rules.push((li, ri));
                flag_categories.push(rule.category);
            }
        }
        let Patterns {
            trie,
            #[cfg(test)]
            patterns,
            prefix,
            same_text,
            entries,
        } = patterns;
        PhraseIndex {
            trie: trie.build(),
            #[cfg(test)]
            patterns,
            prefix,
            same_text,
            entries,
            gapped,
            flag_rules,
            flag_categories,
        }
    }

    /// Every phrase found in folded `text`, overlapping ones included, each
    /// starting and ending on a word boundary (a prefix phrase only
    /// starting): first those written whole, in order of where they start,
    /// shorter first; then those written in parts, as they were completed.
    pub fn find(&self, text: &str) -> Vec<Hit> {
        let mut hits = Vec::new();
        let mut joining = Joining::default();
        self.scan(text, &mut hits, &mut joining);
        hits.append(&mut joining.joined);
        hits
    }

    /// Every pattern found in `text`: the phrases written whole to `hits`,
    /// the parts to `joining`, which completes the phrases they make up.
    fn scan(&self, text: &str, hits: &mut Vec<Hit>, joining: &mut Joining) {
        let bytes = text.as_bytes();
        let mut after_word = false;
        let mut i = 0;
        while i < bytes.len() {
            let b = bytes[i];
            if !after_word && self.trie.starts_with_byte(b) {
                self.walk(text, i, hits, joining);
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
    }

    /// A part found at `start..end`: the phrase moves on when the part
    /// comes after the one before, at most [`MAX_GAP_BYTES`] on, with no
    /// sentence ending between; with its last part, it is found, from the
    /// nearest of each earlier part.
    fn join_part(&self, text: &str, joining: &mut Joining, whole: u32, part: u8, start: usize, end: usize) {
        let (entry, count) = self.gapped[whole as usize];
        let k = usize::from(part);
        let state = joining.state(self.gapped.len(), whole);
        let begins = if k == 0 {
            start
        } else {
            let (begins, before) = state[k - 1];
            if before == usize::MAX || start < before || start > before + MAX_GAP_BYTES || ends_sentence_in(&text[before..start]) {
                return;
            }
            begins
        };
        state[k] = (begins, end);
        if k + 1 == usize::from(count) {
            joining.joined.push(Hit { meaning: entry.meaning, lang: entry.lang, start: begins, end });
        }
    }

    /// The phrases that start at byte `start` of `text`.
    fn walk(&self, text: &str, start: usize, hits: &mut Vec<Hit>, joining: &mut Joining) {
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
                for e in &self.entries[p] {
                    let hit = Hit { meaning: e.meaning, lang: e.lang, start, end };
                    match e.meaning {
                        Meaning::Part { whole, part } => {
                            #[cfg(test)]
                            joining.parts.push(hit);
                            self.join_part(text, joining, whole, part, start, end);
                        }
                        _ => hits.push(hit),
                    }
                }
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

    /// What [`PhraseIndex::scan`] must return, the slow way: every pattern
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
        let (mut fast, mut joining) = (Vec::new(), Joining::default());
        index.scan(text, &mut fast, &mut joining);
        fast.extend(joining.parts);
        let mut plain = find_plainly(index, text);
        let key = |h: &Hit| (h.start, h.end, h.lang, format!("{:?}", h.meaning));
        fast.sort_by_key(key);
        plain.sort_by_key(key);
        assert_eq!(fast, plain, "in {text:?}");
    }

    /// The real rules with one English flag rule's phrases replaced.
    fn index_with_flag_phrases(phrases: &[&str]) -> PhraseIndex {
        let mut r = crate::rules::parse_all().expect("the rules parse");
        let en = r.languages.iter_mut().find(|l| l.lang == "en").expect("English rules");
        en.flags[0].phrases = phrases.iter().map(|p| Phrase::Unverified(p.to_string())).collect();
        PhraseIndex::build(&r)
    }

    /// The (start, end) of each hit of that rule in folded `text`.
    fn flagged(index: &PhraseIndex, text: &str) -> Vec<(usize, usize)> {
        let en = rules().languages.iter().position(|l| l.lang == "en").unwrap();
        let flat = index.flag_rules.iter().position(|&r| r == (en, 0)).unwrap();
        index.find(text).iter().filter(|h| h.meaning == Meaning::Flag(flat)).map(|h| (h.start, h.end)).collect()
    }

    #[test]
    fn a_phrase_in_parts_matches_its_parts_in_order_within_a_sentence() {
        let index = index_with_flag_phrases(&["if … honou*", "if … accepted"]);
        // A prefix part ends where its text does.
        let text = "if your objection is honoured, it applies. if it is not, who knows";
        assert_eq!(flagged(&index, text), [(0, 26)]);
        // Other words between, any number up to the gap.
        assert_eq!(flagged(&index, "if, after review, your request is accepted"), [(0, 42)]);
        // Out of order, across a sentence, or too far apart: nothing.
        assert!(flagged(&index, "we honour it if you ask").is_empty());
        assert!(flagged(&index, "if you object. we will honour it").is_empty());
        assert!(flagged(&index, "if you object\u{1}we will honour it").is_empty());
        let far = format!("if {} honoured", "word ".repeat(MAX_GAP_BYTES / 5 + 1));
        assert!(flagged(&index, &far).is_empty());
        // Parts keep their word boundaries: "iffy" is no "if".
        assert!(flagged(&index, "iffy requests are honoured").is_empty());
        // A dot inside a word or a number ends no sentence.
        assert_eq!(flagged(&index, "if meta.com accepted"), [(0, 20)]);
        // No part is ever returned alone.
        assert!(index.find("if").iter().all(|h| !matches!(h.meaning, Meaning::Part { .. })));
    }

    #[test]
    fn a_phrase_in_parts_is_found_once_per_last_part_from_the_nearest_first() {
        let index = index_with_flag_phrases(&["if … honoured", "we … may … still process"]);
        // Two first parts, one last: found once, from the nearer.
        assert_eq!(flagged(&index, "if, and only if, honoured"), [(13, 25)]);
        // Each last part completes it again.
        assert_eq!(flagged(&index, "if honoured, honoured"), [(0, 11), (0, 21)]);
        // Three parts: from the nearest "we", through the nearest "may".
        assert_eq!(flagged(&index, "we may, we think, may still process"), [(8, 35)]);
        // A flood of first parts with no last part costs a step a word.
        let flood = "if ".repeat(100_000);
        assert!(flagged(&index, &flood).is_empty());
        // A flood of last parts whose first is far away finds nothing.
        let far = format!("if {}", "honoured ".repeat(1000));
        assert_eq!(flagged(&index, &far).len(), 14, "only the last parts within the gap of the first");
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
