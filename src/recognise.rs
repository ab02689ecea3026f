//! What page the user is on: an objection form, a third-party form, an AI
//! notice, the emailed-code step or the confirmation, or nothing at all.
//!
//! The host decides whether the page can be Meta's at all; known form ids
//! and notice paths are a fast path; otherwise the page's own words decide,
//! because Meta changes form ids.

use crate::fields::FieldMatch;
use crate::hosts::{parse_https, platform_of};
use crate::page_text::PageText;
use crate::phrases::{Meaning, PhraseIndex, Role, Signal};
use crate::rules::{Category, PageRules, Rules};
use serde::Serialize;
use std::collections::HashSet;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum PageKind {
    ObjectionForm,
    ThirdPartyForm,
    AiNotice,
    CodeStep,
    ObjectionConfirmed,
}

impl PageKind {
    pub fn is_form(self) -> bool {
        matches!(self, PageKind::ObjectionForm | PageKind::ThirdPartyForm | PageKind::CodeStep)
    }

    /// Whether sending this page's form makes an objection, the one thing
    /// the record starts an entry for (the code step only moves it on).
    pub fn sends_objection(self) -> bool {
        matches!(self, PageKind::ObjectionForm | PageKind::ThirdPartyForm)
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Recognition {
    pub kind: PageKind,
    pub platform: String,
    /// The contact form's id, when the page is one.
    pub form_id: Option<String>,
    /// The one-question step before the form ("Is your request about AI?").
    pub pre_step: bool,
}

/// Only the platform of an allow-listed https page; `None` for every other
/// page, whatever its text.
pub fn meta_platform<'r>(rules: &'r PageRules, url: &str) -> Option<&'r str> {
    parse_https(url).and_then(|u| platform_of(rules, &u.host))
}

/// The id after a contact-form path prefix: `/help/contact/123` gives `123`.
fn contact_form_id(rules: &PageRules, path: &str) -> Option<String> {
    rules.contact_form_prefixes.iter().find_map(|prefix| {
        let rest = path.strip_prefix(prefix.as_str())?;
        let id: String = rest.chars().take_while(|c| c.is_ascii_digit()).collect();
        (!id.is_empty() && rest[id.len()..].trim_end_matches('/').is_empty()).then_some(id)
    })
}

/// Whether `path` is one of `paths`, with or without a trailing slash.
fn is_listed(paths: &[String], path: &str) -> bool {
    let p = path.trim_end_matches('/');
    paths.iter().any(|n| n.trim_end_matches('/') == p)
}

pub(crate) fn is_notice_path(rules: &PageRules, path: &str) -> bool {
    is_listed(&rules.notice_paths, path)
}

/// Whether `path` is the list of notifications ([`PageRules::notification_paths`]).
pub(crate) fn is_notification_path(rules: &PageRules, path: &str) -> bool {
    is_listed(&rules.notification_paths, path)
}

/// Whether the page at `url` is one of Meta's own texts by its address: a
/// notice path, a contact form, or a help, privacy or policy page
/// ([`PageRules::own_text_hosts`], [`PageRules::own_text_paths`]).
pub fn is_own_text_path(rules: &PageRules, url: &str) -> bool {
    parse_https(url).is_some_and(|u| {
        let path = u.path.to_ascii_lowercase();
        rules.own_text_hosts.iter().any(|h| *h == u.host)
            || rules.own_text_paths.iter().any(|p| path.starts_with(p.as_str()))
            || is_notice_path(rules, &u.path)
            || is_notification_path(rules, &u.path)
            || contact_form_id(rules, &u.path).is_some()
    })
}

/// Whether the page at `url` is made of what people post (see
/// [`PageRules::peoples_paths`]): there only a dialog is Meta's own text.
pub fn is_peoples_page(rules: &PageRules, url: &str) -> bool {
    let Some(parsed) = parse_https(url) else { return false };
    let path = parsed.path.to_ascii_lowercase();
    rules.peoples_paths.iter().any(|p| path.starts_with(p.as_str()) || path == p.trim_end_matches('/'))
        || (!is_own_text_path(rules, url) && path.split('/').filter(|s| !s.is_empty()).skip(1).any(|s| rules.peoples_segments.iter().any(|p| p == s)))
}

pub fn recognise(rules: &Rules, index: &PhraseIndex, url: &str, text: &PageText, fields: &[FieldMatch]) -> Option<Recognition> {
    // A confirmation's words inside a conditional sentence confirm nothing:
    // "if we honour your objection" on a notice is no confirmation.
    // Its whole sentence counts: "If your objection is accepted, your
    // objection will be honoured" confirms nothing either. The sentences
    // are looked for only on a page that has a confirmation's words.
    let confirms = text.hits.iter().any(|h| matches!(h.meaning, Meaning::Signal(Signal::Confirmed | Signal::Acknowledged)));
    let conditional: Vec<(usize, usize)> = if confirms {
        text.hits
            .iter()
            .filter(|h| match h.meaning {
                Meaning::Flag(flat) => index.flag_categories[flat] == Category::ConditionalHonour,
                _ => false,
            })
            .scan(crate::wording::Sentences::default(), |sentences, h| Some(sentence_of(text, sentences, h)))
            .collect()
    } else {
        Vec::new()
    };
    // The sentences come in page order, their ends too: searched, not scanned.
    let in_conditional = |start: usize, end: usize| {
        conditional.get(conditional.partition_point(|&(_, e)| e <= start)).is_some_and(|&(s, _)| s < end)
    };
    // Nor do they in a clause that a condition or a time to come opens, or
    // after one in their sentence: "Hvis vi godtar innsigelsen din, …",
    // "Once your objection is received, …".
    let mut sentences = crate::wording::Sentences::default();
    let mut after_a_condition = |h: &crate::phrases::Hit| {
        let conditions = &rules.languages[h.lang].markers.conditions;
        let (start, _) = sentence_of(text, &mut sentences, h);
        crate::conditions::follows_a_condition(&text.joined[start..h.start], conditions)
    };
    let signals: HashSet<Signal> = text
        .hits
        .iter()
        .filter_map(|h| match h.meaning {
            Meaning::Signal(Signal::Confirmed | Signal::Acknowledged)
                if in_conditional(h.start, h.end) || after_a_condition(h) =>
            {
                None
            }
            Meaning::Signal(s) => Some(s),
            _ => None,
        })
        .collect();
    let has = |role: Role| fields.iter().any(|f| f.role == role);
    recognise_signals(&rules.pages, url, &signals, FieldsFound { code: has(Role::Code), statement: has(Role::Statement) })
}

/// The sentence around `hit`, as a byte range of the page's joined text.
fn sentence_of(text: &PageText, sentences: &mut crate::wording::Sentences, hit: &crate::phrases::Hit) -> (usize, usize) {
    let at = text.locate(hit);
    let Some(b) = at.block else { return (hit.start, hit.end) };
    let base = hit.start - at.start;
    let (s, e) = sentences.around(b, text.block(b), at.start, at.end);
    (base + s, base + e)
}

/// What the page's form controls were found to ask for, as far as telling
/// the page's kind needs.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct FieldsFound {
    pub code: bool,
    pub statement: bool,
}

/// [`recognise`] from what the page's text and fields were found to show.
pub fn recognise_signals(rules: &PageRules, url: &str, signals: &HashSet<Signal>, fields: FieldsFound) -> Option<Recognition> {
    let parsed = parse_https(url)?;
    let platform = platform_of(rules, &parsed.host)?.to_string();
    let has = |s: Signal| signals.contains(&s);
    let form_id = contact_form_id(rules, &parsed.path);
    let known = form_id.as_deref().and_then(|id| rules.forms.iter().find(|f| f.id == id));
    let about_ai = has(Signal::AiTopic) || known.is_some();

    // What the page shows now counts before what its URL was: Meta's forms
    // turn into the code step and the confirmation without a new URL. A
    // page still asking for the statement is the form, whatever its text:
    // a form's own "if we honour your objection" holds a confirmation's
    // words ("vaší námitce vyhovíme") in several languages.
    // A notice may say Meta respects the right to object ("we respect your
    // right to object"), in the words of a confirmation: at a notice's
    // address, or beside a notice's legitimate interests away from a
    // contact form, those words confirm nothing.
    let notice_path = form_id.is_none() && is_notice_path(rules, &parsed.path);
    let notice_words = notice_path || (form_id.is_none() && has(Signal::LegitimateInterests));
    let kind = if has(Signal::Confirmed) && about_ai && !fields.statement && !notice_words {
        PageKind::ObjectionConfirmed
    } else if has(Signal::CodeStep) && fields.code && (about_ai || has(Signal::Objection)) {
        PageKind::CodeStep
    } else if has(Signal::Acknowledged) && form_id.is_some() && about_ai && !fields.statement && !fields.code {
        // "Your request has been submitted" where the objection form was,
        // its fields gone: Meta acknowledges the objection sent.
        PageKind::ObjectionConfirmed
    } else if let Some(k) = known {
        match k.kind.as_str() {
            "third-party-form" => PageKind::ThirdPartyForm,
            _ => PageKind::ObjectionForm,
        }
    } else if form_id.is_some() && has(Signal::ThirdParty) && has(Signal::AiTopic) {
        PageKind::ThirdPartyForm
    } else if form_id.is_some()
        && (has(Signal::ObjectionTitle) || has(Signal::PreStep) || (has(Signal::AiTopic) && has(Signal::Objection)))
    {
        PageKind::ObjectionForm
    } else if notice_path
        || (form_id.is_none() && has(Signal::AiTopic) && has(Signal::Objection) && has(Signal::LegitimateInterests))
        // The AI notification in the list of notifications: its headline
        // is all it says there, and the notice is one click away.
        || (has(Signal::AiNotification) && is_notification_path(rules, &parsed.path))
    {
        PageKind::AiNotice
    } else {
        return None;
    };
    let pre_step = kind == PageKind::ObjectionForm && has(Signal::PreStep) && !has(Signal::ObjectionTitle);
    Some(Recognition { kind, platform, form_id, pre_step })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::rules;

    #[test]
    fn only_the_two_objection_forms_send_an_objection() {
        use PageKind::*;
        let sending: Vec<PageKind> =
            [ObjectionForm, ThirdPartyForm, AiNotice, CodeStep, ObjectionConfirmed].into_iter().filter(|k| k.sends_objection()).collect();
        assert_eq!(sending, [ObjectionForm, ThirdPartyForm]);
    }

    #[test]
    fn contact_form_ids() {
        let p = &rules().pages;
        assert_eq!(contact_form_id(p, "/help/contact/6359191084165019"), Some("6359191084165019".into()));
        assert_eq!(contact_form_id(p, "/contact/forms/382532939919295/"), Some("382532939919295".into()));
        assert_eq!(contact_form_id(p, "/help/contact/123/extra"), None);
        assert_eq!(contact_form_id(p, "/help/2069235856423257"), None);
    }

    #[test]
    fn pages_of_peoples_posts() {
        let p = &rules().pages;
        assert!(is_peoples_page(p, "https://www.facebook.com/marketplace/item/918273645501234/"));
        assert!(is_peoples_page(p, "https://www.facebook.com/groups/tietosuoja/?ref=share"));
        assert!(is_peoples_page(p, "https://www.facebook.com/Marketplace"), "any case, without the slash");
        assert!(is_peoples_page(p, "https://www.instagram.com/p/C7abc123/"));
        // Search results and hashtag pages list people's posts too.
        assert!(is_peoples_page(p, "https://www.facebook.com/search/posts/?q=meta%20ai"));
        assert!(is_peoples_page(p, "https://www.instagram.com/explore/tags/metaai/"));
        assert!(is_peoples_page(p, "https://m.facebook.com/story.php?story_fbid=1&id=2"));
        assert!(!is_peoples_page(p, "https://www.facebook.com/"), "the feed's posts are told apart by their roles");
        assert!(!is_peoples_page(p, "https://www.facebook.com/privacy/genai"));
        assert!(!is_peoples_page(p, "https://www.facebook.com/help/contact/6359191084165019"));
        assert!(!is_peoples_page(p, "https://www.facebook.com/marketplacefaq"), "a whole path segment only");
        assert!(is_peoples_page(p, "https://www.facebook.com/ana.silva.123/posts/pfbid0abc"), "a post at its author's address");
        assert!(is_peoples_page(p, "https://www.facebook.com/AnaSilvaPhotography/videos/1234567890/"));
        assert!(is_peoples_page(p, "https://www.instagram.com/privacy.activist/p/C7abc123/"));
        assert!(!is_peoples_page(p, "https://www.facebook.com/posts"), "a first segment is the author's name");
        assert!(!is_peoples_page(p, "https://www.facebook.com/help/contact/posts"), "Meta's own pages are Meta's text");
        assert!(is_own_text_path(p, "https://www.facebook.com/help/2069235856423257"));
        assert!(is_own_text_path(p, "https://www.facebook.com/Privacy/policy/"), "any case");
        assert!(is_own_text_path(p, "https://faq.whatsapp.com/1285115568956956/?locale=en_US"));
        assert!(is_own_text_path(p, "https://www.facebook.com/help/contact/6359191084165019"));
        assert!(!is_own_text_path(p, "https://www.facebook.com/ana.silva.123"));
        assert!(!is_own_text_path(p, "https://www.facebook.com/ana.silva.123/about"), "a profile's about page is the profile's");
    }

    /// The content script's gate may only rule out pages this module would
    /// not recognise: checked for every combination of signals, with and
    /// without a code and a statement field, on ordinary, form and notice
    /// paths.
    #[test]
    fn the_gate_never_rules_out_a_recognisable_page() {
        let p = &rules().pages;
        let paths = ["/", "/settings", "/help/contact/6359191084165019", "/help/contact/123", "/privacy/genai", "/notifications"];
        let mut recognised = 0;
        for path in paths {
            let url = format!("https://www.facebook.com{path}");
            for bits in 0u32..1 << Signal::ALL.len() {
                let signals: HashSet<Signal> =
                    Signal::ALL.iter().enumerate().filter(|(i, _)| bits & (1 << i) != 0).map(|(_, s)| *s).collect();
                for (code, statement) in [(false, false), (true, false), (false, true), (true, true)] {
                    let fields = FieldsFound { code, statement };
                    if recognise_signals(p, &url, &signals, fields).is_some() {
                        recognised += 1;
                        assert!(crate::gate::passes(p, path, &signals), "{path} {signals:?} {fields:?}");
                    }
                }
            }
        }
        assert!(recognised > 0);
        // And it does rule out some: a feed talking about Meta AI and the right to object.
        let chatter: HashSet<Signal> = [Signal::AiTopic, Signal::Objection].into_iter().collect();
        assert!(!crate::gate::passes(p, "/", &chatter));
    }
}
