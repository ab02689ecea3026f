//! The core's two questions, answered from one snapshot: what is this page
//! and what does it overstate ([`analyse`]), and how to prefill it
//! ([`prefill`]).

use crate::fields::{match_scored, necessity, score_controls, with_lone_text_box, FieldMatch, Necessity};
use crate::fill::{self, FillPlan};
use crate::language;
use crate::page_text::PageText;
use crate::phrases::{index, Role};
use crate::prefs::Preferences;
use crate::recognise::{recognise, PageKind, Recognition};
use crate::rules::{rules, Category, Severity};
use crate::snapshot::{LabelSource, Snapshot};
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

/// A required explanation box is a demand for justification whatever its
/// wording; one the page marks optional is not, so phrases found in its own
/// label are dropped.
fn weigh_statement_field(snapshot: &Snapshot, fields: &[FieldMatch], findings: &mut Vec<Finding>) -> Option<Necessity> {
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
    match need {
        Necessity::Optional => {
            findings.retain(|f| !(f.category == Category::JustificationDemand && is_label_block(f.block)));
        }
        Necessity::Required => {
            let already = findings.iter().any(|f| f.category == Category::JustificationDemand && is_label_block(f.block));
            if !already {
                let label_block = (0..snapshot.blocks.len()).find(|&b| is_label_block(Some(b)));
                let quote = control.labels.iter().find(|l| !l.text.trim().is_empty()).map(|l| l.text.trim().to_string());
                let (start, end) = label_block
                    .map(|b| (0, snapshot.blocks[b].text.encode_utf16().count() as u32))
                    .unwrap_or((0, 0));
                // In page order, after the findings of the same place.
                let at = findings.partition_point(|f| (f.block, f.start) <= (label_block, start));
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
        snapshot.blocks.iter().filter(|b| !b.is_peoples_text(text.peoples_page)).map(|b| b.text.as_str()),
        text.hits.iter().map(|h| h.lang),
    )
        .unwrap_or_else(|| match language::primary_subtag(&snapshot.lang) {
            s if s.is_empty() => "und".into(),
            s => s,
        });
    let mut findings = flag(snapshot, &text, index(), r, &lang);
    let statement_field = if page.kind.is_form() {
        weigh_statement_field(snapshot, &fields, &mut findings)
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
