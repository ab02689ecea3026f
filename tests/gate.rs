//! `extension/content/gate.js` is the core's gate data for the content
//! script (see `src/gate.rs`). It is generated, committed, and must match
//! the rules: run with `OBJECTION_BLESS=1` to write it after a rule change.

use objection::gate::content_gate_script;
use objection::rules::rules;

#[test]
fn content_gate_script_matches_the_rules() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/extension/content/gate.js");
    let want = content_gate_script(rules());
    if std::env::var_os("OBJECTION_BLESS").is_some() {
        std::fs::write(path, &want).expect("write gate.js");
        return;
    }
    let have = std::fs::read_to_string(path).unwrap_or_default();
    assert!(have == want, "extension/content/gate.js is out of date with the rules; run `OBJECTION_BLESS=1 cargo test --test gate`");
}
