//! The content script's gate: whether a page is worth a message to the core
//! at all. Most Meta pages people keep open (feeds, chats, settings) are
//! none of the pages Objection knows, and the content script should cost
//! them nothing.
//!
//! A page can only be recognised through its path (a contact form or a
//! notice) or through its wording; for the wording, [`REQUIRED_SIGNALS`]
//! lists what every recognition by wording needs (a test in
//! [`crate::recognise`] checks that against every combination of signals).
//! [`content_gate`] turns that into data for the content script: a pattern
//! for the paths, and per group a pattern of *anchors*, one for each of the
//! group's phrases in every language (its word naming the objection if it
//! has one, else its longest word when that is long enough to be rare, else
//! the whole phrase). A phrase cannot occur without
//! its anchor, so a page in which no anchor of some group occurs cannot be
//! recognised, and the content script sends nothing. The anchors match as
//! substrings with any non-word characters between words: looser than the
//! core, never stricter. (Text written in compatibility characters, such as
//! fullwidth letters, passes the gate only on the paths above.)
//!
//! The data is generated into `extension/content/gate.js`, kept up to date
//! by `tests/gate.rs`.

use crate::phrases::{Signal, GAP};
use crate::rules::{PageRules, Rules};
use crate::text::{fold_plain, INVISIBLE};
use serde::Serialize;
use std::collections::{BTreeSet, HashSet};

/// A page recognised by its wording alone shows at least one signal of each
/// group: a confirmation, code step or legal basis, and the AI topic or the
/// objection itself. The rarest group comes first: the content script tests
/// the groups in this order and stops at the first one missing.
pub const REQUIRED_SIGNALS: [&[Signal]; 2] = [
    &[Signal::Confirmed, Signal::CodeStep, Signal::LegitimateInterests],
    &[Signal::AiTopic, Signal::Objection],
];

/// Whether the path alone makes the page worth analysing.
pub fn path_matters(rules: &PageRules, path: &str) -> bool {
    rules.contact_form_prefixes.iter().any(|p| path.starts_with(p.as_str()))
        || crate::recognise::is_notice_path(rules, path)
        || crate::recognise::is_notification_path(rules, path)
}

/// Whether a page with this path and these signals could be recognised.
pub fn passes(rules: &PageRules, path: &str, signals: &HashSet<Signal>) -> bool {
    path_matters(rules, path) || REQUIRED_SIGNALS.iter().all(|group| group.iter().any(|s| signals.contains(s)))
}

/// The gate as the content script runs it: JavaScript regular expression
/// sources, so the script only tests, it decides nothing of its own.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct ContentGate {
    /// Matches `location.pathname` of pages analysed whatever their text.
    pub path: String,
    /// One pattern per group of [`REQUIRED_SIGNALS`], tested without flags
    /// on the page's text made lower case (`toLowerCase`) and stripped of
    /// [`Self::invisible`]; all must match before the core is asked.
    pub groups: Vec<String>,
    /// The characters folding drops (flag `g`).
    pub invisible: String,
}

/// A character as a pattern escape (`\u00AD`); every one the gate uses is
/// in the Basic Multilingual Plane, so the patterns need no `u` flag.
fn escape_char(c: char) -> String {
    format!("\\u{:04X}", c as u32)
}

fn escape_regex(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if "\\^$.|?*+()[]{}/-".contains(c) {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

/// Words at least this long are rare enough to stand for their phrase alone;
/// a phrase of shorter words ("enter the code") is kept whole.
const RARE_WORD_CHARS: usize = 7;

/// Between two words of an anchor: any run of characters that are not ASCII
/// letters or digits, or none (spaces, quotes, markup boundaries).
const BETWEEN_WORDS: &str = r"\W*";

/// What must occur for a phrase to occur: its longest word when that word is
/// long, else all its words in order; folded as the core folds page text.
/// Words are separated by single spaces. Of a phrase written in parts
/// ("if … honoured"), any one part must occur: the longest anchor is kept.
fn anchor(phrase: &str) -> Option<String> {
    // On a tie the first part is kept: rules put the rarer word first
    // ("zakonit* … interes*").
    phrase.split(GAP).filter_map(anchor_of_part).fold(None, |best: Option<String>, a| match best {
        Some(b) if b.chars().count() >= a.chars().count() => Some(b),
        _ => Some(a),
    })
}

fn anchor_of_part(part: &str) -> Option<String> {
    let folded = fold_plain(part.trim().trim_end_matches('*'));
    let words: Vec<&str> = folded.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).collect();
    let longest = words.iter().max_by_key(|w| w.chars().count())?;
    Some(if longest.chars().count() >= RARE_WORD_CHARS { longest.to_string() } else { words.join(" ") })
}

/// A phrase's word that names the objection ("obiecția", "indsigelse"),
/// if it has one: every word of a phrase must occur for it to match, and
/// the objection's name is rarer in everyday text than the verbs beside it
/// ("acceptată", "accepteret"), which may well be longer. `stems` are the
/// language's one-word objection signals, folded.
fn objection_word(phrase: &str, stems: &[String]) -> Option<String> {
    phrase.split(GAP).find_map(|part| {
        let folded = fold_plain(part.trim().trim_end_matches('*'));
        // Long enough to be rare, as the other anchors ("object" is not).
        let word = folded
            .split(|c: char| !c.is_alphanumeric())
            .find(|w| w.chars().count() >= RARE_WORD_CHARS && stems.iter().any(|s| w.starts_with(s.as_str())))?;
        Some(word.to_string())
    })
}

/// The anchors of a group's phrases in every language, without those that
/// contain another (whatever matches them matches it too).
pub fn anchors(rules: &Rules, group: &[Signal]) -> Vec<String> {
    let all: BTreeSet<String> = rules
        .languages
        .iter()
        .flat_map(|l| {
            let stems: Vec<String> = Signal::Objection
                .phrases(&l.signals)
                .iter()
                .map(|p| fold_plain(p.text().trim_end_matches('*')))
                .filter(|s| s.chars().count() >= RARE_WORD_CHARS - 1 && s.chars().all(char::is_alphanumeric))
                .collect();
            group.iter().flat_map(move |s| s.phrases(&l.signals)).filter_map(move |p| objection_word(p.text(), &stems).or_else(|| anchor(p.text())))
        })
        .collect();
    all.iter().filter(|a| !all.iter().any(|b| b != *a && a.contains(b.as_str()))).cloned().collect()
}

/// One step of an anchor in the pattern.
fn token(c: char) -> String {
    match c {
        ' ' => BETWEEN_WORDS.to_string(),
        // JavaScript's toLowerCase writes a capital sigma at the end of a
        // word as 'ς', where the core folds it to 'σ'.
        'σ' => "[σς]".to_string(),
        // The core folds the cedilla letters to these (see `text::fold_char`).
        'ș' => "[șş]".to_string(),
        'ț' => "[țţ]".to_string(),
        c if c.is_alphanumeric() => c.to_string(),
        c => escape_char(c),
    }
}

/// The anchors as one pattern, shared beginnings factored out
/// (`conf(?:erma|irmation)`): the browser's regular expression engine then
/// rejects most positions of the text at the first character.
fn trie_pattern(anchors: &[String]) -> String {
    #[derive(Default)]
    struct Node {
        end: bool,
        next: std::collections::BTreeMap<String, Node>,
    }
    let mut root = Node::default();
    for a in anchors {
        let mut node = &mut root;
        for c in a.chars() {
            node = node.next.entry(token(c)).or_default();
        }
        node.end = true;
    }
    fn emit(node: &Node, out: &mut String) {
        // An anchor ends here: the longer ones add nothing.
        if node.end {
            return;
        }
        let branches = node.next.len();
        if branches > 1 {
            out.push_str("(?:");
        }
        for (i, (tok, child)) in node.next.iter().enumerate() {
            if i > 0 {
                out.push('|');
            }
            out.push_str(tok);
            emit(child, out);
        }
        if branches > 1 {
            out.push(')');
        }
    }
    let mut out = String::new();
    emit(&root, &mut out);
    out
}

pub fn content_gate(rules: &Rules) -> ContentGate {
    let p = &rules.pages;
    let prefixes: Vec<String> = p.contact_form_prefixes.iter().map(|s| escape_regex(s)).collect();
    let notices: Vec<String> =
        p.notice_paths.iter().chain(&p.notification_paths).map(|s| escape_regex(s.trim_end_matches('/'))).collect();
    let path = format!("^(?:{})|^(?:{})\\/*$", prefixes.join("|"), notices.join("|"));
    let groups = REQUIRED_SIGNALS.iter().map(|g| trie_pattern(&anchors(rules, g))).collect();
    let invisible = format!(
        "[{}]",
        INVISIBLE
            .iter()
            .map(|&(a, b)| if a == b { escape_char(a) } else { format!("{}-{}", escape_char(a), escape_char(b)) })
            .collect::<String>()
    );
    ContentGate { path, groups, invisible }
}

/// `extension/content/gate.js` as it should read.
pub fn content_gate_script(rules: &Rules) -> String {
    let json = serde_json::to_string_pretty(&content_gate(rules)).expect("plain strings serialise");
    format!(
        "// Generated from Objection's rules by `tests/gate.rs` (OBJECTION_BLESS=1 cargo test --test gate).\n\
         // Do not edit: change the rules or src/gate.rs, which explains it.\n\
         // eslint-disable-next-line no-unused-vars\n\
         var ObjectionGate = {json};\n"
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::rules;

    #[test]
    fn anchors_are_a_rare_word_or_the_whole_phrase() {
        assert_eq!(anchor("legitimate interests").as_deref(), Some("legitimate"));
        assert_eq!(anchor("We\u{2019}ve sent a  Code").as_deref(), Some("we ve sent a code"));
        assert_eq!(anchor("Widerspruch*").as_deref(), Some("widerspruch"));
        assert_eq!(anchor("  ").as_deref(), None);
        // Every part of a phrase written in parts must occur; the rarest is kept.
        assert_eq!(anchor("if … is honoured").as_deref(), Some("honoured"));
        assert_eq!(anchor("zakonit* … interes*").as_deref(), Some("zakonit"));
    }

    #[test]
    fn a_word_naming_the_objection_is_the_anchor_when_a_phrase_has_one() {
        let stems = ["obiecți".to_string(), "indsigelse".to_string()];
        assert_eq!(objection_word("obiecția ta a fost acceptată", &stems).as_deref(), Some("obiecția"));
        assert_eq!(objection_word("hvis … indsigelse* … accepteret", &stems).as_deref(), Some("indsigelse"));
        assert_eq!(objection_word("am primit … o vom respecta", &stems), None);
        // In the gate: the objection's name, not the longer everyday verb.
        let first = anchors(rules(), REQUIRED_SIGNALS[0]);
        for everyday in ["acceptată", "accepteret", "geaccepteerd", "przyjęty"] {
            assert!(!first.iter().any(|a| a == everyday), "{everyday}");
        }
    }

    #[test]
    fn patterns_share_beginnings_and_stop_at_the_shortest_anchor() {
        let a = |v: &[&str]| v.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        assert_eq!(trie_pattern(&a(&["conferma", "confirmation"])), "conf(?:erma|irmation)");
        assert_eq!(trie_pattern(&a(&["enter the code"])), r"enter\W*the\W*code");
        assert_eq!(trie_pattern(&a(&["συμφέροντος"])), "[σς]υμφέροντος");
    }

    #[test]
    fn contact_and_notice_paths_matter() {
        let p = &rules().pages;
        assert!(path_matters(p, "/help/contact/6359191084165019"));
        assert!(path_matters(p, "/privacy/genai/"));
        assert!(!path_matters(p, "/"));
        assert!(!path_matters(p, "/privacy/genai/other"));
        // The list of notifications, where the AI notification may be.
        assert!(path_matters(p, "/notifications"));
        assert!(path_matters(p, "/notifications.php"));
        assert!(!path_matters(p, "/notifications/settings"));
    }

    #[test]
    fn every_group_has_anchors() {
        for group in REQUIRED_SIGNALS {
            let a = anchors(rules(), group);
            assert!(a.len() > 26, "{group:?}: {a:?}");
            assert!(a.iter().all(|w| !w.is_empty() && w.chars().all(|c| c == ' ' || c.is_alphanumeric())));
        }
    }
}
