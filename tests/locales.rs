//! The UI translations: every locale has every message of the default
//! locale, with the same placeholders, and every message key the code
//! builds from the core's values (page kinds, flag categories, error codes)
//! exists.

use serde_json::Value;
use std::collections::BTreeSet;
use std::fs;

/// The official EU languages Chrome and Firefox both offer as a UI
/// language, and Norwegian (EEA).
const REQUIRED: [&str; 24] = [
    "bg", "cs", "da", "de", "el", "en", "es", "et", "fi", "fr", "hr", "hu", "it", "lt", "lv", "nb", "nl", "pl", "pt_BR", "pt_PT", "ro",
    "sk", "sl", "sv",
];

fn messages(locale: &str) -> serde_json::Map<String, Value> {
    let text = fs::read_to_string(format!("extension/_locales/{locale}/messages.json")).unwrap();
    serde_json::from_str::<Value>(&text).unwrap().as_object().unwrap().clone()
}

fn placeholders(m: &Value) -> BTreeSet<String> {
    let text = m["message"].as_str().unwrap();
    text.split('$').skip(1).step_by(2).map(str::to_string).collect()
}

#[test]
fn every_locale_has_every_message() {
    let en = messages("en");
    let locales: Vec<String> = fs::read_dir("extension/_locales").unwrap().map(|e| e.unwrap().file_name().into_string().unwrap()).collect();
    for l in REQUIRED {
        assert!(locales.iter().any(|x| x == l), "missing locale {l}");
    }
    for l in &locales {
        let m = messages(l);
        for (key, value) in &en {
            let other = m.get(key).unwrap_or_else(|| panic!("{l}: no message {key}"));
            assert!(!other["message"].as_str().unwrap().trim().is_empty(), "{l}: empty {key}");
            assert_eq!(placeholders(other), placeholders(value), "{l}: placeholders of {key}");
        }
        for key in m.keys() {
            assert!(en.contains_key(key), "{l}: {key} is not in the default locale");
            assert!(key.chars().all(|c| c.is_ascii_alphanumeric() || c == '_'), "{l}: bad key {key}");
        }
    }
}

#[test]
fn messages_exist_for_every_value_the_core_produces() {
    let en = messages("en");
    let mut keys: Vec<String> = Vec::new();
    for kind in ["objection_form", "third_party_form", "ai_notice", "code_step", "objection_confirmed"] {
        keys.push(format!("kind_{kind}"));
        keys.push(format!("kind_{kind}_summary"));
    }
    // Said on a form's banner once the form can be filled.
    for kind in ["objection_form", "third_party_form"] {
        keys.push(format!("kind_{kind}_fill"));
    }
    // The code step's button only leads to the code field.
    keys.push("kind_code_step_button".into());
    for c in objection::rules::Category::ALL {
        for part in ["title", "explain", "article"] {
            keys.push(format!("flag_{}_{part}", c.as_str().replace('-', "_")));
        }
    }
    for platform in objection::prefs::PLATFORMS {
        keys.push(format!("platform_{platform}"));
    }
    // Every error code the validation can produce.
    let src = fs::read_to_string("src/prefs.rs").unwrap() + &fs::read_to_string("src/wasm/options.rs").unwrap();
    for piece in src.split('"') {
        let looks_like_code = piece.ends_with("_missing") || piece.ends_with("_invalid") || piece.ends_with("_unknown")
            || piece.starts_with("file_") || piece == "statement_too_long" || piece == "family_name_not_in_name" || piece == "stored_unreadable" || piece == "storage_failed";
        if looks_like_code && !piece.contains(' ') && !piece.contains('{') {
            keys.push(format!("error_{piece}"));
        }
    }
    for role in ["email", "country", "fullName", "givenName", "familyName", "phone", "statement", "code", "answer", "objection_option", objection::fill::COUNTRY_CODE] {
        keys.push(format!("field_name_{role}"));
    }
    for task in objection::fill::USER_TASKS {
        keys.push(format!("task_{task}"));
    }
    for k in keys {
        assert!(en.contains_key(&k), "no message {k}");
    }
}

/// Counts stand after a label and a colon ("Flagged sentences: 1"), which
/// reads right for any number in every language; a count before its noun
/// needs the noun's plural forms, which `_locales` cannot give.
#[test]
fn counts_follow_their_label() {
    for locale in REQUIRED {
        let m = messages(locale);
        let text = m["banner_announce"]["message"].as_str().unwrap();
        assert!(text.trim_end_matches('.').ends_with(": $COUNT$"), "{locale}: {text:?}");
    }
}
