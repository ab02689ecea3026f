//! The local record of objections made: what was sent where and when, and
//! how far Meta got in confirming it. It never leaves the browser except as
//! a file the user exports.

use crate::phrases::Role;
use crate::recognise::PageKind;
use crate::snapshot::Snapshot;
use serde::{Deserialize, Serialize};

/// Version of the stored and exported record format.
pub const RECORD_VERSION: u32 = 1;
/// A statement longer than this is cut in the record; the form keeps it all.
const MAX_STATEMENT_CHARS: usize = 5000;
const MAX_NOTE_CHARS: usize = 2000;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum State {
    /// The form was sent.
    Submitted,
    /// Meta asked for the emailed code.
    CodeStep,
    /// Meta said it will honour the objection (on the page, or the user
    /// confirmed it from Meta's email).
    Confirmed,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum ConfirmedBy {
    Page,
    User,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Entry {
    pub id: String,
    /// `facebook`, `instagram`, `whatsapp` or `meta`.
    pub platform: String,
    /// `objection-form` or `third-party-form`.
    pub kind: String,
    pub form_url: String,
    /// ISO 8601 times, as the browser gives them.
    pub submitted_at: String,
    pub updated_at: String,
    pub email: String,
    /// The statement as it was in the field when the form was sent.
    pub statement: String,
    pub state: State,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub confirmed_by: Option<ConfirmedBy>,
    #[serde(default)]
    pub note: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Record {
    pub version: u32,
    pub entries: Vec<Entry>,
}

impl Default for Record {
    fn default() -> Self {
        Record { version: RECORD_VERSION, entries: Vec::new() }
    }
}

/// Why a stored or imported record cannot be used as it is.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case", tag = "problem", content = "detail")]
pub enum RecordProblem {
    Malformed(String),
    UnknownVersion(u32),
}

/// Each step from one stored version to the next. Version 1 is the first;
/// a later format adds its step here and raises [`RECORD_VERSION`].
const MIGRATIONS: &[fn(serde_json::Value) -> serde_json::Value] = &[];

/// Read a stored record, migrating older versions; a newer or unknown
/// version, or anything malformed, is refused so the caller keeps it aside.
pub fn parse(json: &str) -> Result<Record, RecordProblem> {
    let mut value: serde_json::Value = serde_json::from_str(json).map_err(|e| RecordProblem::Malformed(e.to_string()))?;
    let version = value.get("version").and_then(|v| v.as_u64()).ok_or_else(|| RecordProblem::Malformed("no version".into()))?;
    let version = u32::try_from(version).map_err(|_| RecordProblem::UnknownVersion(u32::MAX))?;
    let first = RECORD_VERSION - MIGRATIONS.len() as u32;
    if version < first || version > RECORD_VERSION {
        return Err(RecordProblem::UnknownVersion(version));
    }
    for step in &MIGRATIONS[(version - first) as usize..] {
        value = step(value);
    }
    serde_json::from_value(value).map_err(|e| RecordProblem::Malformed(e.to_string()))
}

pub fn to_json(record: &Record) -> String {
    serde_json::to_string_pretty(record).expect("record serialises")
}

fn clip(s: &str, max: usize) -> String {
    s.trim().chars().take(max).collect()
}

/// What the core reads off a form at the moment it is sent.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SentForm {
    pub platform: String,
    pub kind: String,
    pub form_url: String,
    pub email: String,
    pub statement: String,
}

/// The sent form, from a snapshot taken when the user sent it; `None` when
/// the page is not a recognised objection form.
pub fn sent_form(snapshot: &Snapshot) -> Option<SentForm> {
    let analysis = crate::analyse(snapshot).filter(|a| a.sends_objection)?;
    let kind = match analysis.page.kind {
        PageKind::ThirdPartyForm => "third-party-form",
        _ => "objection-form",
    };
    // The analysis has matched the fields already.
    let value_of = |role: Role| {
        analysis
            .fields
            .iter()
            .find(|m| m.role == role)
            .and_then(|m| snapshot.controls.iter().find(|c| c.key == m.key))
            .map(|c| c.value.clone())
            .unwrap_or_default()
    };
    Some(SentForm {
        platform: analysis.page.platform,
        kind: kind.into(),
        form_url: snapshot.url.clone(),
        email: clip(&value_of(Role::Email), 254),
        statement: clip(&value_of(Role::Statement), MAX_STATEMENT_CHARS),
    })
}

impl Record {
    /// Record a sent form; returns the new entry's id.
    pub fn add(&mut self, form: SentForm, state: State, now: &str) -> String {
        let n = self.entries.len() + 1;
        let id = format!("{}-{}-{n}", form.platform, now.chars().filter(char::is_ascii_digit).collect::<String>());
        self.entries.push(Entry {
            id: id.clone(),
            platform: form.platform,
            kind: form.kind,
            form_url: form.form_url,
            submitted_at: now.into(),
            updated_at: now.into(),
            email: form.email,
            statement: form.statement,
            state,
            confirmed_by: (state == State::Confirmed).then_some(ConfirmedBy::Page),
            note: String::new(),
        });
        id
    }

    fn entry(&mut self, id: &str) -> Option<&mut Entry> {
        self.entries.iter_mut().find(|e| e.id == id)
    }

    /// Move an entry forward to what the page now shows. It never moves
    /// back: a code step seen after the confirmation changes nothing.
    /// Returns whether anything changed.
    pub fn advance(&mut self, id: &str, to: State, now: &str) -> bool {
        let Some(e) = self.entry(id) else { return false };
        if to <= e.state {
            return false;
        }
        e.state = to;
        e.updated_at = now.into();
        if to == State::Confirmed {
            e.confirmed_by = Some(ConfirmedBy::Page);
        }
        true
    }

    /// The user saw Meta's confirmation email.
    pub fn confirm_by_user(&mut self, id: &str, now: &str) -> bool {
        let Some(e) = self.entry(id) else { return false };
        if e.state == State::Confirmed {
            return false;
        }
        e.state = State::Confirmed;
        e.confirmed_by = Some(ConfirmedBy::User);
        e.updated_at = now.into();
        true
    }

    pub fn set_note(&mut self, id: &str, note: &str, now: &str) -> bool {
        let Some(e) = self.entry(id) else { return false };
        e.note = clip(note, MAX_NOTE_CHARS);
        e.updated_at = now.into();
        true
    }

    pub fn delete(&mut self, id: &str) -> bool {
        let before = self.entries.len();
        self.entries.retain(|e| e.id != id);
        self.entries.len() != before
    }

    /// The latest entry per checklist line: each platform's own-data form,
    /// and the third-party form.
    pub fn checklist(&self) -> Vec<(&'static str, Option<&Entry>)> {
        ["facebook", "instagram", "whatsapp", "third-party"]
            .into_iter()
            .map(|line| {
                let latest = self
                    .entries
                    .iter()
                    .filter(|e| match line {
                        "third-party" => e.kind == "third-party-form",
                        p => e.kind == "objection-form" && e.platform == p,
                    })
                    .max_by(|a, b| a.state.cmp(&b.state).then(a.submitted_at.cmp(&b.submitted_at)));
                (line, latest)
            })
            .collect()
    }
}

pub fn state_from_page(kind: PageKind) -> Option<State> {
    match kind {
        PageKind::CodeStep => Some(State::CodeStep),
        PageKind::ObjectionConfirmed => Some(State::Confirmed),
        _ => None,
    }
}

/// The words of the printable record, in the user's language, given by the
/// caller (the extension takes them from `_locales`).
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Labels {
    pub lang: String,
    pub title: String,
    pub intro: String,
    pub platform: String,
    pub form: String,
    pub submitted: String,
    pub email: String,
    pub statement: String,
    pub state: String,
    pub note: String,
    pub states: [String; 3],
    pub confirmed_by_user: String,
    pub empty: String,
}

fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(c),
        }
    }
    out
}

/// A self-contained printable page of the record, for saving as PDF and
/// attaching to a complaint. Every value is escaped; the page loads nothing.
pub fn to_html(record: &Record, l: &Labels, generated_at: &str) -> String {
    let mut rows = String::new();
    for e in &record.entries {
        let state = match e.state {
            State::Submitted => &l.states[0],
            State::CodeStep => &l.states[1],
            State::Confirmed => &l.states[2],
        };
        let by_user = if e.confirmed_by == Some(ConfirmedBy::User) { format!(" ({})", escape(&l.confirmed_by_user)) } else { String::new() };
        rows.push_str(&format!(
            "<section><h2>{platform}</h2><dl><dt>{lf}</dt><dd>{url}</dd><dt>{ls}</dt><dd>{at}</dd><dt>{le}</dt><dd>{email}</dd>\
             <dt>{lst}</dt><dd>{state}{by_user}</dd><dt>{lstat}</dt><dd class=\"statement\">{statement}</dd>{note}</dl></section>\n",
            platform = escape(&e.platform),
            lf = escape(&l.form),
            url = escape(&e.form_url),
            ls = escape(&l.submitted),
            at = escape(&e.submitted_at),
            le = escape(&l.email),
            email = escape(&e.email),
            lst = escape(&l.state),
            state = escape(state),
            lstat = escape(&l.statement),
            statement = escape(&e.statement),
            note = if e.note.is_empty() { String::new() } else { format!("<dt>{}</dt><dd>{}</dd>", escape(&l.note), escape(&e.note)) },
        ));
    }
    if record.entries.is_empty() {
        rows = format!("<p>{}</p>", escape(&l.empty));
    }
    format!(
        "<!doctype html>\n<html lang=\"{lang}\"><head><meta charset=\"utf-8\">\
         <meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\
         <title>{title}</title><style>body{{font:15px/1.5 serif;max-width:42rem;margin:2rem auto;color:#111}}\
         section{{border-top:1px solid #999;padding-top:.5rem}}dt{{font-weight:bold}}.statement{{white-space:pre-wrap}}</style></head>\
         <body><h1>{title}</h1><p>{intro}</p><p>{generated}</p>\n{rows}</body></html>\n",
        lang = escape(&l.lang),
        title = escape(&l.title),
        intro = escape(&l.intro),
        generated = escape(generated_at),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn form(platform: &str) -> SentForm {
        SentForm {
            platform: platform.into(),
            kind: "objection-form".into(),
            form_url: "https://www.facebook.com/help/contact/6359191084165019".into(),
            email: "ana@example.org".into(),
            statement: "I object.".into(),
        }
    }

    #[test]
    fn states_only_move_forward() {
        let mut r = Record::default();
        let id = r.add(form("facebook"), State::Submitted, "2026-11-22T10:00:00Z");
        assert!(r.advance(&id, State::CodeStep, "t1"));
        assert!(!r.advance(&id, State::CodeStep, "t2"), "same state twice changes nothing");
        assert!(!r.advance(&id, State::Submitted, "t3"), "never backwards");
        assert!(r.advance(&id, State::Confirmed, "t4"));
        assert_eq!(r.entries[0].confirmed_by, Some(ConfirmedBy::Page));
        assert!(!r.advance(&id, State::CodeStep, "t5"));
        assert_eq!(r.entries[0].state, State::Confirmed);
        assert_eq!(r.entries[0].updated_at, "t4");
        assert!(!r.advance("nope", State::Confirmed, "t6"));
    }

    #[test]
    fn user_confirmation_notes_and_deletion() {
        let mut r = Record::default();
        let id = r.add(form("instagram"), State::Submitted, "2026-11-22T10:00:00Z");
        assert!(r.confirm_by_user(&id, "t1"));
        assert_eq!(r.entries[0].confirmed_by, Some(ConfirmedBy::User));
        assert!(!r.confirm_by_user(&id, "t2"));
        assert!(r.set_note(&id, &"x".repeat(5000), "t3"));
        assert_eq!(r.entries[0].note.len(), MAX_NOTE_CHARS);
        assert!(r.delete(&id));
        assert!(!r.delete(&id));
        assert!(r.entries.is_empty());
    }

    #[test]
    fn checklist_shows_the_furthest_entry_per_line() {
        let mut r = Record::default();
        let a = r.add(form("facebook"), State::Submitted, "2026-11-01T00:00:00Z");
        r.advance(&a, State::Confirmed, "t");
        r.add(form("facebook"), State::Submitted, "2026-11-02T00:00:00Z");
        let mut tp = form("facebook");
        tp.kind = "third-party-form".into();
        r.add(tp, State::CodeStep, "2026-11-03T00:00:00Z");
        let c = r.checklist();
        assert_eq!(c[0].0, "facebook");
        assert_eq!(c[0].1.unwrap().state, State::Confirmed);
        assert!(c[1].1.is_none() && c[2].1.is_none());
        assert_eq!(c[3].1.unwrap().state, State::CodeStep);
    }

    #[test]
    fn stored_records_round_trip_and_bad_ones_are_refused() {
        let mut r = Record::default();
        r.add(form("whatsapp"), State::Submitted, "2026-11-22T10:00:00Z");
        assert_eq!(parse(&to_json(&r)).unwrap(), r);
        assert!(matches!(parse("{\"version\":1,"), Err(RecordProblem::Malformed(_))));
        assert!(matches!(parse("[]"), Err(RecordProblem::Malformed(_))));
        assert_eq!(parse(r#"{"version":7,"entries":[]}"#), Err(RecordProblem::UnknownVersion(7)));
        assert_eq!(parse(r#"{"version":0,"entries":[]}"#), Err(RecordProblem::UnknownVersion(0)));
        assert!(matches!(parse(r#"{"version":1,"entries":[{"id":"x"}]}"#), Err(RecordProblem::Malformed(_))));
    }

    #[test]
    fn printable_record_escapes_everything() {
        let mut r = Record::default();
        let mut f = form("facebook");
        f.statement = "<script>alert(1)</script> & \"quotes\"".into();
        let id = r.add(f, State::Submitted, "2026-11-22T10:00:00Z");
        r.set_note(&id, "<img src=x onerror=alert(1)>", "t");
        let labels = Labels { lang: "en".into(), title: "Objections <b>".into(), states: ["Sent".into(), "Code".into(), "Confirmed".into()], ..Default::default() };
        let html = to_html(&r, &labels, "today");
        assert!(!html.contains("<script>") && !html.contains("<img") && !html.contains("<b>"));
        assert!(html.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;quotes&quot;"));
        assert!(html.contains("default-src 'none'"), "the page loads nothing");
        assert!(html.contains("<dd>Sent</dd>"));
    }
}
