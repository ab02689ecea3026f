//! Golden pages: the fixture pages as the extension's own snapshot script
//! described them in Chromium (`tests/fixtures/snapshots`), each checked
//! against what a person reading the page knows it is
//! (`tests/fixtures/pages.json`).

use objection::snapshot::Snapshot;
use serde::Deserialize;
use std::fs;

#[derive(Deserialize)]
struct Expect {
    kind: String,
    platform: String,
    lang: String,
    flags: Vec<String>,
    #[serde(rename = "statementField")]
    statement_field: Option<String>,
}

#[derive(Deserialize)]
struct Page {
    name: String,
    url: String,
    expect: Option<Expect>,
    /// For forms: per field role, a label the page shows for the control a
    /// reader would fill.
    #[serde(default)]
    fields: std::collections::BTreeMap<String, String>,
}

#[derive(Deserialize)]
struct Manifest {
    pages: Vec<Page>,
}

fn pages() -> Vec<Page> {
    let m: Manifest = serde_json::from_str(&fs::read_to_string("tests/fixtures/pages.json").unwrap()).unwrap();
    m.pages
}

fn snapshot(name: &str) -> Snapshot {
    let text = fs::read_to_string(format!("tests/fixtures/snapshots/{name}.json"))
        .unwrap_or_else(|_| panic!("no golden snapshot for {name}: run node tests/e2e/snapshots.mjs"));
    serde_json::from_str(&text).unwrap()
}

#[test]
fn every_fixture_is_recognised_as_a_reader_would() {
    let all = pages();
    assert!(all.len() >= 20);
    for page in &all {
        let snap = snapshot(&page.name);
        assert_eq!(snap.url, page.url);
        let got = objection::analyse(&snap);
        match (&page.expect, got) {
            (None, None) => {}
            (None, Some(a)) => panic!("{}: expected silence, got {:?}", page.name, a.page.kind),
            (Some(e), None) => panic!("{}: expected {}, got nothing", page.name, e.kind),
            (Some(e), Some(a)) => {
                let kind = serde_json::to_value(a.page.kind).unwrap();
                assert_eq!(kind.as_str().unwrap(), e.kind, "{}: kind", page.name);
                assert_eq!(a.page.platform, e.platform, "{}: platform", page.name);
                assert_eq!(a.lang, e.lang, "{}: language", page.name);
                let mut flags: Vec<String> = a.flags.iter().map(|c| c.as_str().to_string()).collect();
                let mut want = e.flags.clone();
                flags.sort();
                want.sort();
                assert_eq!(flags, want, "{}: flags", page.name);
                if let Some(sf) = &e.statement_field {
                    let got = a.statement_field.map(|n| serde_json::to_value(n).unwrap().as_str().unwrap().to_string());
                    assert_eq!(got.as_deref(), Some(sf.as_str()), "{}: explanation field", page.name);
                }
            }
        }
    }
}

#[test]
fn recognition_covers_every_kind_and_nine_languages() {
    let all = pages();
    let kinds: std::collections::BTreeSet<&str> = all.iter().filter_map(|p| p.expect.as_ref()).map(|e| e.kind.as_str()).collect();
    assert_eq!(kinds.len(), 5, "{kinds:?}");
    let langs: std::collections::BTreeSet<&str> = all.iter().filter_map(|p| p.expect.as_ref()).map(|e| e.lang.as_str()).collect();
    assert!(langs.len() >= 9, "{langs:?}");
}

#[test]
fn the_same_page_on_any_other_host_is_never_recognised() {
    for page in pages().iter().filter(|p| p.expect.is_some()) {
        let mut snap = snapshot(&page.name);
        let path = snap.url.splitn(4, '/').nth(3).unwrap_or("").to_string();
        for host in ["www.facebook.com.evil.example", "faceb00k.com", "help.instagram.com.co", "whatsapp.example"] {
            snap.url = format!("https://{host}/{path}");
            assert!(objection::analyse(&snap).is_none(), "{} recognised on {host}", page.name);
        }
        snap.url = page.url.replacen("https://", "http://", 1);
        assert!(objection::analyse(&snap).is_none(), "{} recognised over plain http", page.name);
    }
}

#[test]
fn fields_are_matched_to_the_controls_a_reader_would_fill() {
    let mut languages = std::collections::BTreeSet::new();
    for page in pages().iter().filter(|p| !p.fields.is_empty()) {
        let snap = snapshot(&page.name);
        // The fields as the analysis reports them, which is what is filled.
        let matched = objection::analyse(&snap).unwrap_or_else(|| panic!("{}: not recognised", page.name)).fields;
        let got: std::collections::BTreeMap<String, String> = matched
            .iter()
            .map(|m| {
                let control = snap.controls.iter().find(|c| c.key == m.key).unwrap();
                // What a reader sees as the control's name: its labels, and a
                // select's prompt option ("Asuinmaa").
                let prompt = control.options.first().filter(|o| control.tag == "select" && o.value.is_empty());
                let labels: Vec<&str> = control.labels.iter().map(|l| l.text.as_str()).chain(prompt.map(|o| o.text.as_str())).collect();
                (m.role.name().to_string(), labels.join(" | "))
            })
            .collect();
        for (role, label) in &page.fields {
            let found = got.get(role).unwrap_or_else(|| panic!("{}: no control for {role}; matched {got:?}", page.name));
            assert!(found.split(" | ").any(|l| l == label), "{}: {role} went to the control labelled {found:?}, not {label:?}", page.name);
        }
        assert_eq!(got.len(), page.fields.len(), "{}: extra matches {got:?}", page.name);
        languages.insert(page.expect.as_ref().unwrap().lang.clone());
    }
    assert!(languages.len() >= 9, "field matching is checked in {languages:?}");
}

/// A country select still on its first option has not been chosen by
/// anyone, even when that option ("Vyberte") has no empty value: the prefill
/// picks the saved country. Once the user has picked an option, it stays.
#[test]
fn a_select_on_its_placeholder_is_filled_and_a_users_pick_is_kept() {
    use objection::analysis::prefill;
    use objection::fill::Action;
    use objection::prefs::Preferences;
    let mut snap = snapshot("fb-objection-sk-nolang");
    let prefs = Preferences { email: "ana@example.org".into(), country: "PT".into(), ..Default::default() };
    let names = vec!["Portugalsko".to_string()];
    let country = snap.controls.iter().find(|c| c.tag == "select").expect("a country select").key;
    let plan = prefill(&snap, &prefs, &names).expect("a form");
    let fill = plan.fills.iter().find(|f| f.key == country).unwrap_or_else(|| panic!("country not filled: {plan:?}"));
    assert_eq!(fill.action, Action::SelectIndex { index: 2 });
    assert!(plan.kept.is_empty(), "{plan:?}");

    let select = snap.controls.iter_mut().find(|c| c.key == country).unwrap();
    select.touched = true;
    let plan = prefill(&snap, &prefs, &names).expect("a form");
    assert!(plan.fills.iter().all(|f| f.key != country), "{plan:?}");
    assert_eq!(plan.kept, vec!["country".to_string()]);
}

/// A country asked as the phone's dialling prefix is filled and named so:
/// the banner says "Country code" filled, not a country of residence the
/// form never asked.
#[test]
fn a_dialling_prefix_is_named_the_country_code() {
    use objection::analysis::prefill;
    use objection::fill::{Action, COUNTRY_CODE};
    use objection::prefs::Preferences;
    let prefs = Preferences { email: "ana@example.org".into(), country: "PT".into(), phone: "+351 912 345 678".into(), ..Default::default() };
    let snap = snapshot("wa-objection-en-prefix");
    let prefix = snap.controls.iter().find(|c| c.tag == "select").expect("a prefix select").key;
    let plan = prefill(&snap, &prefs, &[]).expect("a form");
    let fill = plan.fills.iter().find(|f| f.key == prefix).unwrap_or_else(|| panic!("prefix not filled: {plan:?}"));
    assert_eq!(fill.what, COUNTRY_CODE);
    assert_eq!(fill.action, Action::SelectIndex { index: 3 });
    assert!(plan.fills.iter().any(|f| f.what == "phone" && f.action == Action::SetText { value: "912 345 678".into() }), "{plan:?}");
    assert!(plan.fills.iter().all(|f| f.what != "country"), "{plan:?}");
}

/// A statement box with a `maxlength` gets the statement's whole sentences
/// that fit; an email longer than its box is left to the user.
#[test]
fn text_longer_than_its_box_is_never_cut_mid_sentence() {
    use objection::analysis::prefill;
    use objection::fill::Action;
    use objection::prefs::Preferences;
    let snap = snapshot("fb-objection-fr-2025");
    let prefs = Preferences { email: "ana@example.org".into(), country: "PT".into(), ..Default::default() };
    let plan = prefill(&snap, &prefs, &[]).expect("a form");
    let boxed = snap.controls.iter().find(|c| c.tag == "textarea").expect("the justification box");
    let max = boxed.max_length.expect("the fixture's box has a maxlength") as usize;
    let fill = plan.fills.iter().find(|f| f.key == boxed.key).unwrap_or_else(|| panic!("statement not filled: {plan:?}"));
    let Action::SetText { value } = &fill.action else { panic!("{fill:?}") };
    let whole = prefs.statement_for("fr");
    assert!(value.encode_utf16().count() <= max && whole.starts_with(value.as_str()) && value.ends_with('.'), "{value}");
    assert!(value.contains("Ma situation particulière"), "the particular situation is kept: {value}");

    let long = Preferences { email: format!("{}@example.org", "a".repeat(400)), ..prefs };
    let mut snap = snap;
    let email = snap.controls.iter_mut().find(|c| c.input_type == "email").unwrap();
    email.max_length = Some(100);
    let email_key = email.key;
    let plan = prefill(&snap, &long, &[]).expect("a form");
    assert!(plan.fills.iter().all(|f| f.key != email_key), "{plan:?}");
    assert!(plan.missing.contains(&"email".to_string()), "{plan:?}");
}

/// A form page whose form has not been built yet is recognised, but offers
/// no prefill until its controls are there.
#[test]
fn a_form_offers_prefill_once_its_controls_are_there() {
    let mut snap = snapshot("fb-objection-en-2024");
    let ready = objection::analyse(&snap).expect("recognised");
    assert!(ready.fillable);
    snap.controls.clear();
    let empty = objection::analyse(&snap).expect("recognised by its address alone");
    assert_eq!(empty.page.kind, ready.page.kind);
    assert!(!empty.fillable);
}
