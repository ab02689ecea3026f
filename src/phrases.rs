//! One automaton over every phrase of every rule file, so that the whole page
//! text is scanned once whatever the number of languages and rules.

use crate::rules::{rules, Phrase, Rules, Signals};
use crate::text::{boundary_after, boundary_before, fold_plain};
use aho_corasick::AhoCorasick;
use std::collections::HashMap;
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
    automaton: AhoCorasick,
    /// Per automaton pattern: is it a prefix (no word boundary at its end)?
    prefix: Vec<bool>,
    /// Per automaton pattern: everything that phrase means, in any language.
    entries: Vec<Vec<Entry>>,
    /// (language index, rule index in that language) of each flag rule.
    pub flag_rules: Vec<(usize, usize)>,
}

impl PhraseIndex {
    pub fn build(rules: &Rules) -> Self {
        let mut by_pattern: HashMap<(String, bool), usize> = HashMap::new();
        let mut patterns: Vec<String> = Vec::new();
        let mut prefix = Vec::new();
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
                let id = *by_pattern.entry((folded.clone(), is_prefix)).or_insert_with(|| {
                    patterns.push(folded);
                    prefix.push(is_prefix);
                    entries.push(Vec::new());
                    patterns.len() - 1
                });
                entries[id].push(Entry { meaning, lang });
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
        let automaton = AhoCorasick::new(&patterns).expect("rule phrases form an automaton");
        PhraseIndex { automaton, prefix, entries, flag_rules }
    }

    /// Every phrase found in folded `text`, overlapping ones included, each
    /// starting and ending on a word boundary (a prefix phrase only starting).
    pub fn find<'a>(&'a self, text: &'a str) -> impl Iterator<Item = Hit> + 'a {
        self.automaton.find_overlapping_iter(text).flat_map(move |m| {
            let pid = m.pattern().as_usize();
            let whole = boundary_before(text, m.start())
                && (self.prefix[pid] || boundary_after(text, m.end()));
            let list: &[Entry] = if whole { &self.entries[pid] } else { &[] };
            list.iter().map(move |e| Hit {
                meaning: e.meaning,
                lang: e.lang,
                start: m.start(),
                end: m.end(),
            })
        })
    }

    pub fn pattern_count(&self) -> usize {
        self.prefix.len()
    }

    /// Heap bytes the automaton holds.
    pub fn memory_usage(&self) -> usize {
        self.automaton.memory_usage()
    }
}

/// The index over the embedded rules, built once.
pub fn index() -> &'static PhraseIndex {
    static INDEX: OnceLock<PhraseIndex> = OnceLock::new();
    INDEX.get_or_init(|| PhraseIndex::build(rules()))
}
