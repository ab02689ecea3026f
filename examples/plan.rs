//! What the core makes of a page as the content script describes it: the
//! kind of page, the flags, which control gets which role, and the prefill
//! plan for sample settings. For checking a page worded or built otherwise
//! than the fixtures:
//!
//!     cargo run --example plan -- tests/fixtures/snapshots/fb-objection-de-2025.json
//!
//! A snapshot of any page comes from running `extension/content/snapshot.js`
//! in it (`ObjectionSnapshot.take().snapshot`), as `tests/e2e/snapshots.mjs`
//! does for the fixtures.
use objection::prefs::Preferences;
use objection::Snapshot;

fn main() {
    let prefs = Preferences {
        email: "ana@example.org".into(),
        country: "PT".into(),
        full_name: "Ana Maria Silva".into(),
        phone: "+351 912 345 678".into(),
        ..Default::default()
    };
    for path in std::env::args().skip(1) {
        let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
        let snap: Snapshot = serde_json::from_str(&text).unwrap_or_else(|e| panic!("{path}: {e}"));
        println!("== {path} ({})", snap.url);
        let Some(a) = objection::analyse(&snap) else {
            println!("   not recognised");
            continue;
        };
        let flags: Vec<&str> = a.findings.iter().map(|f| f.rule.as_str()).collect();
        println!("   {:?} on {} in {:?}; flags: {}", a.page.kind, a.page.platform, a.lang, flags.join(", "));
        for m in &a.fields {
            let c = snap.controls.iter().find(|c| c.key == m.key).expect("matched control");
            let label = c.labels.first().map_or("", |l| l.text.as_str());
            println!("   {:<10} <- #{} {} {:?} (score {})", m.role.name(), m.key, c.tag, label, m.score);
        }
        if let Some(plan) = objection::prefill(&snap, &prefs, &[]) {
            for f in &plan.fills {
                println!("   fill #{} {}: {}", f.key, f.what, serde_json::to_string(&f.action).expect("action"));
            }
            println!("   missing {:?}, kept {:?}, tasks {:?}", plan.missing, plan.kept, plan.user_tasks);
        }
    }
}
