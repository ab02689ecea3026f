//! The manifest asks for nothing beyond what Objection needs: storage, a
//! keyboard command, and Meta's hosts; and its extension pages run no code
//! from anywhere but the extension itself.

use objection::hosts::platform_of;
use objection::rules::parse_all;
use serde_json::Value;
use std::collections::BTreeSet;

fn manifest() -> Value {
    serde_json::from_str(&std::fs::read_to_string("manifest.json").unwrap()).unwrap()
}

fn strings(v: &Value) -> BTreeSet<String> {
    v.as_array().unwrap().iter().map(|s| s.as_str().unwrap().to_string()).collect()
}

/// The host part of a match pattern like `https://*.facebook.com/*`.
fn pattern_host(p: &str) -> &str {
    p.strip_prefix("https://").and_then(|r| r.strip_suffix("/*")).unwrap_or_else(|| panic!("not an https pattern: {p}"))
}

#[test]
fn only_storage_and_no_other_doors() {
    let m = manifest();
    assert_eq!(strings(&m["permissions"]), BTreeSet::from(["storage".to_string()]));
    for absent in ["optional_permissions", "optional_host_permissions", "web_accessible_resources", "externally_connectable", "update_url"] {
        assert!(m.get(absent).is_none(), "manifest has {absent}");
    }
    assert_eq!(m["manifest_version"], 3);
    assert_eq!(m["browser_specific_settings"]["gecko"]["data_collection_permissions"]["required"], serde_json::json!(["none"]));
    let commands: Vec<&String> = m["commands"].as_object().unwrap().keys().collect();
    assert_eq!(commands, ["prefill"]);
}

#[test]
fn host_permissions_are_meta_hosts_only_and_match_the_content_scripts() {
    let m = manifest();
    let hosts = strings(&m["host_permissions"]);
    let scripts = m["content_scripts"].as_array().unwrap();
    assert_eq!(scripts.len(), 1);
    assert_eq!(strings(&scripts[0]["matches"]), hosts, "content scripts run exactly where the host permissions reach");
    assert_eq!(scripts[0]["all_frames"], false, "top frames only");
    let rules = parse_all().unwrap();
    for p in &hosts {
        let host = pattern_host(p);
        // Every pattern is a Meta domain: its base, or a wildcard over it.
        let base = host.trim_start_matches("*.");
        assert!(
            ["facebook.com", "instagram.com", "whatsapp.com", "meta.com"].iter().any(|d| base == *d || base.ends_with(&format!(".{d}"))),
            "{p} is not a Meta host"
        );
    }
    // Every allow-listed host is reachable by some pattern.
    for group in &rules.pages.hosts {
        for h in &group.exact {
            let covered = hosts.iter().any(|p| {
                let ph = pattern_host(p);
                ph == h || ph.strip_prefix("*.").is_some_and(|d| h.ends_with(&format!(".{d}")) || h == d)
            });
            assert!(covered, "{h} is on the allow-list but no host permission reaches it");
            assert!(platform_of(&rules.pages, h).is_some());
        }
    }
}

#[test]
fn extension_pages_run_only_the_extensions_own_code() {
    let m = manifest();
    let csp = m["content_security_policy"]["extension_pages"].as_str().unwrap();
    let script_src = csp.split(';').map(str::trim).find(|d| d.starts_with("script-src")).expect("a script-src directive");
    let sources: BTreeSet<&str> = script_src.split_whitespace().skip(1).collect();
    assert_eq!(sources, BTreeSet::from(["'self'", "'wasm-unsafe-eval'"]));
    assert!(csp.contains("object-src 'none'"));
    for bad in ["http:", "https:", "'unsafe-eval'", "'unsafe-inline'", "*", "data:", "blob:"] {
        assert!(!csp.split_whitespace().any(|t| t == bad || t.starts_with("http")), "CSP allows {bad}");
    }
}
