//! The rule data: which hosts and forms are Meta's, and, per language, the
//! phrases that recognise a page, label a field or flag misleading wording.
//!
//! The rules are JSON files under `rules/`, compiled into the binary in a
//! packed form (see `build.rs` and [`packed`]), so adding a language or a
//! form id is a data change. The engine
//! in [`crate::recognise`], [`crate::wording`] and [`crate::fields`] knows no
//! phrase of its own.

use serde::Deserialize;
use std::collections::BTreeMap;
use std::sync::OnceLock;

mod packed;

include!(concat!(env!("OUT_DIR"), "/rule_files.rs"));

/// A phrase as written in a rule file: plain text (a translation not yet seen
/// on a real page), or text with the public source it was taken from.
/// A trailing `*` makes it a prefix ("widersprech*" matches "widersprechen").
#[derive(Debug, Clone, Deserialize)]
#[serde(untagged)]
pub enum Phrase {
    Unverified(String),
    Sourced { text: String, source: String },
}

/// Two phrases are the same when their text is: the source documents it.
impl PartialEq for Phrase {
    fn eq(&self, other: &Self) -> bool {
        self.text() == other.text()
    }
}

impl Phrase {
    pub fn text(&self) -> &str {
        match self {
            Phrase::Unverified(t) | Phrase::Sourced { text: t, .. } => t,
        }
    }
    pub fn is_sourced(&self) -> bool {
        matches!(self, Phrase::Sourced { .. })
    }
}

/// Phrases that tell what a page is about.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Signals {
    /// "AI at Meta", "generative AI": the page is about Meta's AI.
    pub ai_topic: Vec<Phrase>,
    /// "right to object", "submit an objection": the page offers an objection.
    pub objection: Vec<Phrase>,
    /// "legitimate interests": the legal basis notices announce.
    pub legitimate_interests: Vec<Phrase>,
    /// Titles of the objection form itself.
    pub objection_title: Vec<Phrase>,
    /// Wording of the third-party information form.
    pub third_party: Vec<Phrase>,
    /// The one-question pre-step: "Is your request about AI at Meta?"
    pub pre_step: Vec<Phrase>,
    /// The emailed-code step.
    pub code_step: Vec<Phrase>,
    /// Meta's confirmation that the objection will be honoured.
    pub confirmed: Vec<Phrase>,
    /// The request only acknowledged: "Your request has been submitted",
    /// "We've received your request". It confirms the objection on an
    /// objection form's own address once the form is gone, and nowhere
    /// else: the same words follow any request on any page.
    pub acknowledged: Vec<Phrase>,
    /// The headline of the notification (and email) announcing that Meta
    /// uses people's information for AI: "Learn how we use your
    /// information to improve AI at Meta", "New AI features for you".
    pub ai_notification: Vec<Phrase>,
}

/// Label phrases per field role, in this language.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FieldLabels {
    pub email: Vec<Phrase>,
    pub country: Vec<Phrase>,
    pub full_name: Vec<Phrase>,
    pub phone: Vec<Phrase>,
    pub statement: Vec<Phrase>,
    pub code: Vec<Phrase>,
    /// Labels that must never be filled: search boxes, comments, passwords.
    pub exclude: Vec<Phrase>,
    /// The given name alone ("first name", "Vorname") and the family name
    /// alone ("last name", "Nachname"): a form asking for the name in parts
    /// gets each part, and the full name nowhere.
    #[serde(default)]
    pub given_name: Vec<Phrase>,
    #[serde(default)]
    pub family_name: Vec<Phrase>,
    /// Any other part of a name ("middle name", "презиме"): left empty.
    #[serde(default)]
    pub name_part: Vec<Phrase>,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Answers {
    /// The "yes" answer of the pre-step question.
    pub yes: Vec<Phrase>,
    /// The objection choice of the third-party form.
    pub object_option: Vec<Phrase>,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Markers {
    /// A field label that says the field may be left empty.
    pub optional: Vec<Phrase>,
    /// A field label that says the field must be filled.
    pub required: Vec<Phrase>,
    /// Words that open a condition or a time still to come ("if", "once",
    /// "Hvis", "Om"): a confirmation's words in a clause they open, or
    /// after one in the same sentence, confirm nothing ("If we accept your
    /// objection, …"). Compared with the clause's first words only, so
    /// "om" in "din begäran om invändning" does not count.
    pub conditions: Vec<Phrase>,
    /// Words that grant an objection ("accepted", "approve", "stattgegeben"):
    /// in a clause a condition opens, with the objection named, they make
    /// the wording that an objection applies only if Meta grants it ("If
    /// we approve your objection, …"), however the rest is worded.
    pub grants: Vec<Phrase>,
}

/// The five kinds of wording Objection flags; the names are the values of
/// the banner's `data-flags` attribute.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Deserialize, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Category {
    JustificationDemand,
    ConditionalHonour,
    DiscretionaryReview,
    LimitedEffect,
    EvidenceDemand,
}

impl FlagRule {
    pub fn message_key(&self) -> String {
        self.message.clone().unwrap_or_else(|| format!("flag_{}", self.category.as_str().replace('-', "_")))
    }
}

impl Category {
    pub const ALL: [Category; 5] = [
        Category::JustificationDemand,
        Category::ConditionalHonour,
        Category::DiscretionaryReview,
        Category::LimitedEffect,
        Category::EvidenceDemand,
    ];
    pub fn as_str(self) -> &'static str {
        match self {
            Category::JustificationDemand => "justification-demand",
            Category::ConditionalHonour => "conditional-honour",
            Category::DiscretionaryReview => "discretionary-review",
            Category::LimitedEffect => "limited-effect",
            Category::EvidenceDemand => "evidence-demand",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Deserialize, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Low,
    Medium,
    High,
}

/// One wording rule: phrases that, found on a Meta page, are flagged.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FlagRule {
    pub id: String,
    pub category: Category,
    pub severity: Severity,
    /// The `_locales` key stem of the explanation shown for this rule
    /// (`<stem>_title`, `_explain`, `_article`); by default the category's.
    #[serde(default)]
    pub message: Option<String>,
    pub phrases: Vec<Phrase>,
    /// Sentences that must be flagged by this rule (checked by the tests;
    /// not packed for the engine).
    #[serde(default)]
    pub examples: Vec<String>,
    /// Sentences close to the rule that must not be flagged by it.
    #[serde(default)]
    pub near_misses: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LanguageRules {
    /// BCP 47 primary language subtag.
    pub lang: String,
    /// The language's own name for itself.
    pub name: String,
    /// Other subtags pages use for this language (`no`, `nn` for `nb`).
    #[serde(default)]
    pub aliases: Vec<String>,
    /// Short frequent words, to tell the language of a page without `lang`.
    pub stopwords: Vec<String>,
    pub signals: Signals,
    pub fields: FieldLabels,
    pub answers: Answers,
    pub markers: Markers,
    pub flags: Vec<FlagRule>,
    /// The default statement of the user's objection in this language.
    pub statement: String,
    /// Country names by code, for the languages browsers have no region
    /// names for (Chromium gives English for Irish, Maltese and Icelandic),
    /// so a country picker in such a form still finds its option.
    #[serde(default)]
    pub country_names: BTreeMap<String, String>,
}

/// Host names, grouped by platform.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct HostGroup {
    pub platform: String,
    pub exact: Vec<String>,
    /// Locale hosts like `fr-fr.facebook.com`: `ll-cc.` + this domain.
    #[serde(default)]
    pub locale_subdomains_of: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct KnownForm {
    pub id: String,
    pub kind: String,
    pub platform: String,
    /// What this form is, and where its id was seen.
    #[serde(default)]
    pub about: String,
    #[serde(default)]
    pub source: String,
    /// The fixture page that exercises this entry.
    #[serde(default)]
    pub fixture: String,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PageRules {
    pub hosts: Vec<HostGroup>,
    /// Path prefixes of contact forms; the form id is the next path segment.
    pub contact_form_prefixes: Vec<String>,
    pub forms: Vec<KnownForm>,
    /// Paths that are always generative-AI notices.
    pub notice_paths: Vec<String>,
    /// Path prefixes of pages made of what people post and write
    /// (Marketplace, groups, messages): there only a dialog over the page
    /// is Meta's own text.
    #[serde(default)]
    pub peoples_paths: Vec<String>,
    /// Path segments that, after the first, make a page one person's post
    /// or media at its author's address (`/ana.silva/posts/…`,
    /// `/ana.silva/p/…`): the author's name, first, is no list's to hold.
    #[serde(default)]
    pub peoples_segments: Vec<String>,
    /// Hosts, and path prefixes on the others, where every page is Meta's
    /// own writing (help, privacy and policy pages): several articles there
    /// are sections of Meta's text, not people's posts.
    #[serde(default)]
    pub own_text_hosts: Vec<String>,
    #[serde(default)]
    pub own_text_paths: Vec<String>,
    /// Paths of the list of notifications, where the AI notification's
    /// headline alone makes the page an AI notice.
    #[serde(default)]
    pub notification_paths: Vec<String>,
    /// The form to open from a notice, per platform.
    pub form_for_platform: BTreeMap<String, String>,
}

#[derive(Debug, PartialEq)]
pub struct Rules {
    pub pages: PageRules,
    pub languages: Vec<LanguageRules>,
}

impl Rules {
    pub fn language(&self, lang: &str) -> Option<&LanguageRules> {
        self.languages.iter().find(|l| l.lang == lang)
    }

    /// The rule language for a page's language subtag, aliases included.
    pub fn language_for_subtag(&self, subtag: &str) -> Option<&LanguageRules> {
        self.languages
            .iter()
            .find(|l| l.lang == subtag || l.aliases.iter().any(|a| a == subtag))
    }
}

/// Parse the rule files as written, with the examples, near misses and
/// sources the tests read; a broken file is reported with its name.
pub fn parse_all() -> Result<Rules, String> {
    let pages: PageRules =
        serde_json::from_str(PAGE_RULES).map_err(|e| format!("rules/pages.json: {e}"))?;
    let mut languages = Vec::new();
    for (file, json) in LANGUAGE_FILES {
        let l: LanguageRules =
            serde_json::from_str(json).map_err(|e| format!("rules/lang/{file}: {e}"))?;
        languages.push(l);
    }
    Ok(Rules { pages, languages })
}

/// The rules as the engine reads them: what matching uses, from the packed
/// form `build.rs` embeds.
pub fn read_packed() -> Result<Rules, String> {
    packed::read(PACKED_RULES)
}

/// The rules, read once.
pub fn rules() -> &'static Rules {
    static RULES: OnceLock<Rules> = OnceLock::new();
    RULES.get_or_init(|| read_packed().expect("the packed rules are checked by cargo test"))
}
