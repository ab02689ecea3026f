//! The bindings in a real browser: JavaScript objects in, JavaScript
//! objects out, and `chrome.storage` read through the bindings.
#![cfg(target_arch = "wasm32")]

use objection::wasm::background::handle_message;
use wasm_bindgen::prelude::*;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

#[wasm_bindgen(inline_js = r#"
export function installFakeChrome(stored) {
  const local = stored === undefined ? {} : { preferences: JSON.parse(stored) };
  const session = {};
  const area = (data) => ({
    get: async (key) => (key in data ? { [key]: data[key] } : {}),
    set: async (items) => { Object.assign(data, items); },
    remove: async (key) => { delete data[key]; },
    clear: async () => { for (const k of Object.keys(data)) delete data[k]; },
  });
  globalThis.chrome = {
    storage: { local: area(local), session: area(session) },
    i18n: { getMessage: () => '', getUILanguage: () => 'en-GB' },
  };
}
export function json(text) { return JSON.parse(text); }
// A message as the content script sends it: each snapshot as its JSON text.
export function message(text) {
  const m = JSON.parse(text);
  for (const key of ['snapshot', 'lastForm']) if (m[key] && typeof m[key] === 'object') m[key] = JSON.stringify(m[key]);
  return m;
}
export function get(o, path) { return path.split('.').reduce((x, k) => (x == null ? x : x[k]), o); }
"#)]
extern "C" {
    #[wasm_bindgen(js_name = installFakeChrome)]
    fn install_fake_chrome(stored: Option<String>);
    fn json(text: &str) -> JsValue;
    fn message(text: &str) -> JsValue;
    fn get(o: &JsValue, path: &str) -> JsValue;
}

const FORM: &str = r#"{"type":"analyse","snapshot":{"url":"https://evil.example/ignored","lang":"en","title":"Object to your information being used for AI at Meta",
  "blocks":[{"text":"We'll review objection requests in accordance with relevant data protection laws. If your request is honored, it will be applied going forward.","tag":"p"},
            {"text":"Please tell us how this processing impacts you","tag":"label"}],
  "controls":[{"key":1,"tag":"input","type":"email","labels":[{"source":"label-for","text":"Email address"}]},
              {"key":2,"tag":"select","labels":[{"source":"label-for","text":"Country of residence"}],"options":[{"value":"","text":"Select"},{"value":"PT","text":"Portugal"}]},
              {"key":3,"tag":"textarea","required":true,"labels":[{"source":"label-for","text":"Please tell us how this processing impacts you"}]}]}}"#;

fn sender(url: &str) -> JsValue {
    json(&format!(r#"{{"url":"{url}","frameId":0}}"#))
}

#[wasm_bindgen_test]
async fn analyse_uses_the_browser_vouched_url_and_returns_plain_objects() {
    install_fake_chrome(None);
    let reply = handle_message(message(FORM), sender("https://www.facebook.com/help/contact/6359191084165019")).await.unwrap();
    assert_eq!(get(&reply, "analysis.kind").as_string().unwrap(), "objection-form");
    assert_eq!(get(&reply, "analysis.platform").as_string().unwrap(), "facebook");
    let flags = js_sys::Array::from(&get(&reply, "analysis.flags"));
    let flags: Vec<String> = flags.iter().filter_map(|f| f.as_string()).collect();
    for f in ["justification-demand", "conditional-honour", "discretionary-review", "limited-effect"] {
        assert!(flags.contains(&f.to_string()), "{f} missing from {flags:?}");
    }
    // The finding's block index is a number, ready for the content script.
    assert!(get(&reply, "analysis.findings.0.block").as_f64().is_some());
}

#[wasm_bindgen_test]
async fn a_lone_surrogate_in_the_page_text_keeps_the_analysis_and_its_offsets() {
    install_fake_chrome(None);
    let url = "https://www.facebook.com/help/contact/6359191084165019";
    let whole = handle_message(message(FORM), sender(url)).await.unwrap();
    // Half an emoji before the flagged sentence, as a cut post leaves it.
    let cut = FORM.replacen(r#""text":"We'll review"#, r#""text":"\udc00We'll review"#, 1);
    let reply = handle_message(message(&cut), sender(url)).await.unwrap();
    assert_eq!(get(&reply, "analysis.kind").as_string().unwrap(), "objection-form");
    // One UTF-16 unit more in front of the first block: each highlight in
    // it ends exactly one later and quotes the same words.
    let count = js_sys::Array::from(&get(&whole, "analysis.findings")).length();
    assert!(count >= 2);
    for i in 0..count {
        let at = |reply: &JsValue, field: &str| get(reply, &format!("analysis.findings.{i}.{field}"));
        let shift = if at(&whole, "block").as_f64() == Some(0.0) { 1.0 } else { 0.0 };
        assert_eq!(at(&reply, "end").as_f64().unwrap(), at(&whole, "end").as_f64().unwrap() + shift);
        assert_eq!(at(&reply, "quote").as_string().unwrap().trim_start_matches('\u{FFFD}'), at(&whole, "quote").as_string().unwrap());
    }
}

#[wasm_bindgen_test]
async fn a_page_on_another_host_gets_nothing_whatever_it_claims() {
    install_fake_chrome(None);
    let forged = FORM.replace("https://evil.example/ignored", "https://www.facebook.com/help/contact/6359191084165019");
    let reply = handle_message(message(&forged), sender("https://www.facebook.com.evil.example/help/contact/6359191084165019")).await.unwrap();
    assert!(get(&reply, "analysis").is_null());
    let from_frame = handle_message(message(FORM), json(r#"{"url":"https://www.facebook.com/help/contact/6359191084165019","frameId":3}"#)).await.unwrap();
    assert!(from_frame.is_null());
}

#[wasm_bindgen_test]
async fn prefill_reads_preferences_through_chrome_storage() {
    install_fake_chrome(Some(r#"{"version":1,"preferences":{"email":"ana@example.org","country":"PT"}}"#.into()));
    let msg = FORM.replace(r#""type":"analyse""#, r#""type":"prefill""#);
    let reply = handle_message(message(&msg), sender("https://www.facebook.com/help/contact/6359191084165019")).await.unwrap();
    assert!(get(&reply, "problem").is_null());
    let fills = js_sys::Array::from(&get(&reply, "plan.fills"));
    let email = fills.iter().find(|f| get(f, "what").as_string().as_deref() == Some("email")).expect("email filled");
    assert_eq!(get(&email, "action.type").as_string().unwrap(), "set-text");
    assert_eq!(get(&email, "action.value").as_string().unwrap(), "ana@example.org");
    let country = fills.iter().find(|f| get(f, "what").as_string().as_deref() == Some("country")).expect("country filled");
    assert_eq!(get(&country, "action.index").as_f64(), Some(1.0));
}

#[wasm_bindgen_test]
async fn prefill_without_or_with_broken_preferences_says_why() {
    install_fake_chrome(None);
    let msg = FORM.replace(r#""type":"analyse""#, r#""type":"prefill""#);
    let url = "https://www.facebook.com/help/contact/6359191084165019";
    let reply = handle_message(message(&msg), sender(url)).await.unwrap();
    assert_eq!(get(&reply, "problem").as_string().unwrap(), "no-preferences");
    install_fake_chrome(Some(r#"{"version":1,"preferences":{"email":"not-an-email","country":"PT"}}"#.into()));
    let reply = handle_message(message(&msg), sender(url)).await.unwrap();
    assert_eq!(get(&reply, "problem").as_string().unwrap(), "preferences-unreadable");
}

#[wasm_bindgen_test]
async fn malformed_messages_are_errors_not_crashes() {
    install_fake_chrome(None);
    let refused = |text: &'static str| async move {
        let error = handle_message(json(text), sender("https://www.facebook.com/")).await.expect_err(text);
        error.as_string().unwrap_or_default()
    };
    assert!(refused(r#"{"type":"launch-rockets"}"#).await.contains("unknown message type"));
    assert!(refused(r#"{"type":"analyse","snapshot":"{\"blocks\":7}"}"#).await.contains("snapshot"));
    assert!(refused(r#"{"type":"analyse","snapshot":"{\"url\":"}"#).await.contains("snapshot"));
    // A snapshot sent as an object, not as its text, is refused with the reason.
    assert!(refused(r#"{"type":"analyse","snapshot":{"url":"x"}}"#).await.contains("JSON text"));
    assert!(refused(r#"{"type":"analyse"}"#).await.contains("no snapshot"));
}
