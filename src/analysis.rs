//! The core's two questions, answered from one snapshot: what is this page
//! and what does it overstate ([`analyse`]), and how to prefill it
//! ([`prefill`]).

use crate::fields::{match_scored, necessity, score_controls, with_lone_text_box, FieldMatch, Necessity};
use crate::fill::{self, FillPlan};
use crate::language;
use crate::page_text::PageText;
use crate::phrases::{index, Meaning, Role};
use crate::prefs::Preferences;
use crate::recognise::{recognise, PageKind, Recognition};
use crate::rules::{rules, Category, Severity};
use crate::snapshot::{Control, LabelSource, Snapshot};
use crate::text::fold_plain;
use crate::wording::{flag, Finding};
use serde::Serialize;

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Analysis {
    #[serde(flatten)]
    pub page: Recognition,
    /// Primary language subtag of the page.
    pub lang: String,
    /// Whether the page is a form Objection can prefill, with controls to
    /// fill already there: the banner, the popup and the keyboard command
    /// offer prefill only then.
    pub fillable: bool,
    /// Whether sending this page's form is an objection to record: the
    /// content script then keeps the form as the user sends it.
    pub sends_objection: bool,
    /// The categories found, each once, in a fixed order.
    pub flags: Vec<Category>,
    pub findings: Vec<Finding>,
    /// Whether the page's explanation box must be filled, when it has one.
    pub statement_field: Option<Necessity>,
    pub fields: Vec<FieldMatch>,
    /// On a notice: the objection form to open for this platform.
    pub open_form: Option<String>,
}

/// Rule id of the finding made for a required explanation box itself.
pub const REQUIRED_STATEMENT_RULE: &str = "field.required-statement";

/// A demand for justification that the explanation box makes only in its
/// own attributes (a placeholder, an `aria-label`, a tooltip): that is not
/// page text, so [`flag`] cannot find it, yet the box asks the same. The
/// finding has no place in the page; the banner still quotes it. Where
/// languages share the phrase, the page's own language names the rule.
fn demand_in_attributes(control: &Control, page_lang: &str) -> Option<Finding> {
    let (index, r) = (index(), rules());
    let mut best: Option<(&crate::rules::FlagRule, &str)> = None;
    for label in &control.labels {
        if !matches!(label.source, LabelSource::Placeholder | LabelSource::AriaLabel | LabelSource::Title) {
            continue;
        }
        for hit in index.find(&fold_plain(&label.text)) {
            let Meaning::Flag(flat) = hit.meaning else { continue };
            if !crate::fields::asks_justification(index, flat) {
                continue;
            }
            let (li, ri) = index.flag_rules[flat];
            let own = r.languages[li].lang == page_lang;
            if best.is_none() || own {
                best = Some((&r.languages[li].flags[ri], label.text.trim()));
            }
            if own {
                break;
            }
        }
    }
    let (rule, quote) = best?;
    Some(Finding {
        rule: rule.id.clone(),
        category: rule.category,
        severity: rule.severity,
        message: rule.message_key(),
        block: None,
        start: 0,
        end: 0,
        quote: quote.to_string(),
    })
}

/// A required explanation box is a demand for justification whatever its
/// wording; one the page marks optional is not, so phrases found in its own
/// label are dropped.
fn weigh_statement_field(snapshot: &Snapshot, fields: &[FieldMatch], findings: &mut Vec<Finding>, page_lang: &str) -> Option<Necessity> {
    let m = fields.iter().find(|f| f.role == Role::Statement)?;
    let control = snapshot.controls.iter().find(|c| c.key == m.key)?;
    let need = necessity(control, index());
    let labels: Vec<String> = control
        .labels
        .iter()
        .filter(|l| !matches!(l.source, LabelSource::Name | LabelSource::Id | LabelSource::Autocomplete))
        .map(|l| fold_plain(&l.text))
        .filter(|t| !t.is_empty())
        .collect();
    let is_label_block = |b: Option<usize>| {
        b.is_some_and(|b| {
            let t = fold_plain(&snapshot.blocks[b].text);
            labels.iter().any(|l| t.contains(l.as_str()) || l.contains(t.as_str()))
        })
    };
    let in_page = findings.iter().any(|f| f.category == Category::JustificationDemand && is_label_block(f.block));
    let in_attributes = (need != Necessity::Optional && !in_page).then(|| demand_in_attributes(control, page_lang)).flatten();
    let asked = in_page || in_attributes.is_some();
    // Either finding made here goes in page order where the box's label is,
    // before the findings of the same place.
    let label_block = (0..snapshot.blocks.len()).find(|&b| is_label_block(Some(b)));
    let at = findings.partition_point(|f| (f.block, f.start) <= (label_block, 0));
    if let Some(f) = in_attributes {
        findings.insert(at, f);
    }
    match need {
        Necessity::Optional => {
            findings.retain(|f| !(f.category == Category::JustificationDemand && is_label_block(f.block)));
        }
        Necessity::Required => {
            if !asked {
                let quote = control.labels.iter().find(|l| !l.text.trim().is_empty()).map(|l| l.text.trim().to_string());
                let (start, end) = label_block
                    .map(|b| (0, snapshot.blocks[b].text.encode_utf16().count() as u32))
                    .unwrap_or((0, 0));
                findings.insert(at, Finding {
                    rule: REQUIRED_STATEMENT_RULE.into(),
                    category: Category::JustificationDemand,
                    severity: Severity::High,
                    message: "flag_justification_demand".into(),
                    block: label_block,
                    start,
                    end,
                    quote: quote.unwrap_or_default(),
                });
            }
        }
        Necessity::Unstated => {}
    }
    Some(need)
}

/// Recognise the page and flag its wording; `None` when the page is not one
/// of Meta's AI pages (including every page not on Meta's hosts).
pub fn analyse(snapshot: &Snapshot) -> Option<Analysis> {
    let r = rules();
    // The host is checked first and alone: nothing else runs for other sites.
    crate::recognise::meta_platform(&r.pages, &snapshot.url)?;
    let text = PageText::scan(snapshot, index());
    let scores = score_controls(&snapshot.controls, index());
    let fields = match_scored(&snapshot.controls, &scores, index());
    let page = recognise(r, index(), &snapshot.url, &text, &fields)?;
    let fields = if page.kind == PageKind::ObjectionForm { with_lone_text_box(fields, &snapshot.controls, index()) } else { fields };
    let lang = language::detect(
        r,
        &snapshot.lang,
        snapshot.blocks.iter().filter(|b| !text.is_peoples(b)).map(|b| b.text.as_str()),
        text.hits.iter().map(|h| h.lang),
    )
        .unwrap_or_else(|| match language::primary_subtag(&snapshot.lang) {
            s if s.is_empty() => "und".into(),
            s => s,
        });
    let mut findings = flag(snapshot, &text, index(), r, &lang);
    let statement_field = if page.kind.is_form() {
        weigh_statement_field(snapshot, &fields, &mut findings, &lang)
    } else {
        None
    };
    // Each category found, in the order of `Category::ALL`.
    let flags: Vec<Category> = Category::ALL.into_iter().filter(|c| findings.iter().any(|f| f.category == *c)).collect();
    let open_form = (page.kind == PageKind::AiNotice)
        .then(|| r.pages.form_for_platform.get(&page.platform).cloned())
        .flatten();
    // A form page whose form has not rendered yet (script-built forms appear
    // after the page) offers no prefill until there is something to fill.
    let fillable = page.kind.is_form() && scores.iter().any(Option::is_some);
    let sends_objection = page.kind.sends_objection();
    Some(Analysis { page, lang, fillable, sends_objection, flags, findings, statement_field, fields, open_form })
}

/// The prefill plan for a recognised form; `None` for any other page.
pub fn prefill(snapshot: &Snapshot, prefs: &Preferences, country_names: &[String]) -> Option<FillPlan> {
    prefill_analysed(&analyse(snapshot)?, snapshot, prefs, country_names)
}

/// The prefill plan from an analysis already made of `snapshot`, for callers
/// that needed the analysis first (the page's language names the country).
pub fn prefill_analysed(analysis: &Analysis, snapshot: &Snapshot, prefs: &Preferences, country_names: &[String]) -> Option<FillPlan> {
    if !analysis.page.kind.is_form() {
        return None;
    }
    Some(fill::plan(&analysis.page, &analysis.lang, &snapshot.controls, &analysis.fields, prefs, country_names, index()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::snapshot::{Block, Label};

    /// An objection form whose explanation box is labelled only by `labels`.
    fn form(lang: &str, blocks: &[&str], labels: &[(LabelSource, &str)], required: bool) -> Snapshot {
        let control = |key: u32, tag: &str, ty: &str, labels: &[(LabelSource, &str)]| Control {
            key,
            tag: tag.into(),
            input_type: ty.into(),
            labels: labels.iter().map(|(s, t)| Label { source: *s, text: t.to_string() }).collect(),
            ..Default::default()
        };
        Snapshot {
            url: "https://www.facebook.com/help/contact/6359191084165019".into(),
            lang: lang.into(),
            blocks: blocks.iter().map(|t| Block { text: t.to_string(), tag: "p".into(), ..Default::default() }).collect(),
            controls: vec![
                control(1, "input", "email", &[(LabelSource::LabelFor, "Email")]),
                Control { required, ..control(2, "textarea", "", labels) },
            ],
            ..Default::default()
        }
    }

    const INTRO: &str = "Object to your information being used for AI at Meta";

    fn justification_findings(s: &Snapshot) -> Vec<Finding> {
        let a = analyse(s).expect("the form is recognised");
        a.findings.into_iter().filter(|f| f.category == Category::JustificationDemand).collect()
    }

    #[test]
    fn a_demand_made_only_in_a_placeholder_is_flagged_and_quoted() {
        let ask = "Please tell us how this processing impacts you";
        for source in [LabelSource::Placeholder, LabelSource::AriaLabel, LabelSource::Title] {
            let found = justification_findings(&form("en", &[INTRO], &[(source, ask)], false));
            assert_eq!(found.len(), 1, "{source:?}");
            assert_eq!(found[0].block, None, "no place in the page text to highlight");
            assert_eq!(found[0].quote, ask);
            assert!(found[0].rule.starts_with("en."), "the wording's own rule: {}", found[0].rule);
        }
        // Required as well: one finding, naming the wording.
        let found = justification_findings(&form("en", &[INTRO], &[(LabelSource::Placeholder, ask)], true));
        assert_eq!(found.len(), 1);
        assert_ne!(found[0].rule, REQUIRED_STATEMENT_RULE);
    }

    #[test]
    fn a_demand_shown_on_the_page_is_flagged_once_and_an_optional_box_not_at_all() {
        let ask = "Please tell us how this processing impacts you";
        let found = justification_findings(&form("en", &[INTRO, ask], &[(LabelSource::AriaLabel, ask)], false));
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].block, Some(1), "the visible label, which can be highlighted");
        let optional = format!("{ask} (optional)");
        assert!(justification_findings(&form("en", &[INTRO], &[(LabelSource::Placeholder, &optional)], false)).is_empty());
        // A box that asks nothing of the kind gets nothing.
        assert!(justification_findings(&form("en", &[INTRO], &[(LabelSource::Placeholder, "Your message")], false)).is_empty());
    }
}
