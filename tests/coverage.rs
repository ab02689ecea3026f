//! `docs/coverage.md` is counted from the rule files and the fixture list,
//! never written by hand: run with `OBJECTION_BLESS=1` to write it after a
//! change to either.

use objection::rules::{parse_all, LanguageRules, Phrase};
use serde_json::Value;

/// Every phrase of a language: signals, field labels, answers, markers and
/// wording rules.
fn phrases(l: &LanguageRules) -> Vec<&Phrase> {
    let s = &l.signals;
    let f = &l.fields;
    let groups = [
        &s.ai_topic, &s.objection, &s.legitimate_interests, &s.objection_title, &s.third_party, &s.pre_step, &s.code_step,
        &s.confirmed, &f.email, &f.country, &f.full_name, &f.phone, &f.statement, &f.code, &f.exclude, &f.given_name, &f.family_name, &f.name_part, &l.answers.yes,
        &l.answers.object_option, &l.markers.optional, &l.markers.required,
    ];
    groups.into_iter().flatten().chain(l.flags.iter().flat_map(|r| &r.phrases)).collect()
}

fn languages_table() -> String {
    let rules = parse_all().expect("rule files parse");
    let mut out = String::from("| language | phrases | sourced | wording rules |\n|---|---|---|---|\n");
    for l in &rules.languages {
        let all = phrases(l);
        let sourced = all.iter().filter(|p| p.is_sourced()).count();
        out.push_str(&format!("| {} (`{}`) | {} | {} | {} |\n", l.name, l.lang, all.len(), sourced, l.flags.len()));
    }
    out
}

fn expected(page: &Value) -> String {
    let e = &page["expect"];
    if e.is_null() {
        return "nothing (must stay silent)".into();
    }
    let text = |key: &str| e[key].as_str().unwrap_or_default().to_string();
    let mut out = format!("{}, {}, {}", text("kind"), text("platform"), text("lang"));
    let flags: Vec<&str> = e["flags"].as_array().map(|a| a.iter().filter_map(Value::as_str).collect()).unwrap_or_default();
    if !flags.is_empty() {
        out.push_str(&format!("; flags: {}", flags.join(", ")));
    }
    out
}

fn fixtures_table() -> String {
    let text = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/pages.json")).expect("fixture list");
    let list: Value = serde_json::from_str(&text).expect("fixture list is JSON");
    let mut out = String::from("| fixture | URL | expected | markup |\n|---|---|---|---|\n");
    for page in list["pages"].as_array().expect("a list of pages") {
        let field = |key: &str| page[key].as_str().unwrap_or_default();
        out.push_str(&format!("| {} | `{}` | {} | {} |\n", field("name"), field("url"), expected(page), field("markup")));
    }
    out
}

fn coverage() -> String {
    format!(
        "# Coverage\n\n\
         Counted from the rule files and `tests/fixtures/pages.json` by `tests/coverage.rs`; \
         `OBJECTION_BLESS=1 cargo test --test coverage` writes it again.\n\n\
         ## Languages\n\n\
         Every language has recognition signals, field labels, the five wording categories (each rule with an example \
         and a near miss checked by `cargo test`) and a default statement. *Phrases* counts every phrase of a rule file: \
         signals, field labels, answers, markers and wording rules. *Sourced* phrases were taken from public sources \
         quoting Meta's pages; the others are careful translations awaiting a real page.\n\n\
         {}\n\
         ## Fixture pages\n\n\
         Each is served under its real URL in the end-to-end suite (both browsers) and analysed natively from its \
         golden snapshot; pages with a *fields* entry also have their field matching checked natively.\n\n\
         {}",
        languages_table(),
        fixtures_table()
    )
}

#[test]
fn coverage_document_matches_the_rules_and_fixtures() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/docs/coverage.md");
    let want = coverage();
    if std::env::var_os("OBJECTION_BLESS").is_some() {
        std::fs::write(path, &want).expect("write docs/coverage.md");
        return;
    }
    let have = std::fs::read_to_string(path).unwrap_or_default();
    assert!(have == want, "docs/coverage.md is out of date; run `OBJECTION_BLESS=1 cargo test --test coverage`");
}
