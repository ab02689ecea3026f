//! Bindings to the extension APIs the core needs: `chrome.storage`,
//! `chrome.i18n`, `chrome.tabs`, and the browser's `Intl.DisplayNames`.
//! Both browsers expose the promise-based `chrome.*` namespace.

use wasm_bindgen::prelude::*;

#[wasm_bindgen]
extern "C" {
    #[wasm_bindgen(js_namespace = ["chrome", "storage", "local"], js_name = get, catch)]
    pub async fn local_get(keys: JsValue) -> Result<JsValue, JsValue>;
    #[wasm_bindgen(js_namespace = ["chrome", "storage", "local"], js_name = set, catch)]
    pub async fn local_set(items: JsValue) -> Result<JsValue, JsValue>;
    #[wasm_bindgen(js_namespace = ["chrome", "storage", "local"], js_name = remove, catch)]
    pub async fn local_remove(keys: JsValue) -> Result<JsValue, JsValue>;
    #[wasm_bindgen(js_namespace = ["chrome", "storage", "local"], js_name = clear, catch)]
    pub async fn local_clear() -> Result<JsValue, JsValue>;
    #[wasm_bindgen(js_namespace = ["chrome", "storage", "session"], js_name = get, catch)]
    pub async fn session_get(keys: JsValue) -> Result<JsValue, JsValue>;
    #[wasm_bindgen(js_namespace = ["chrome", "storage", "session"], js_name = set, catch)]
    async fn session_set(items: JsValue) -> Result<JsValue, JsValue>;

    #[wasm_bindgen(js_namespace = ["chrome", "i18n"], js_name = getMessage)]
    fn get_message(name: &str, substitutions: JsValue) -> String;
    #[wasm_bindgen(js_namespace = ["chrome", "i18n"], js_name = getUILanguage)]
    pub fn ui_language() -> String;

    #[wasm_bindgen(js_namespace = ["chrome", "tabs"], js_name = query, catch)]
    pub async fn tabs_query(query: JsValue) -> Result<JsValue, JsValue>;
    #[wasm_bindgen(js_namespace = ["chrome", "tabs"], js_name = sendMessage, catch)]
    pub async fn tabs_send_message(tab_id: i32, message: JsValue) -> Result<JsValue, JsValue>;
    #[wasm_bindgen(js_namespace = ["chrome", "tabs"], js_name = create, catch)]
    pub async fn tabs_create(properties: JsValue) -> Result<JsValue, JsValue>;
    #[wasm_bindgen(js_namespace = ["chrome", "runtime"], js_name = openOptionsPage, catch)]
    pub async fn open_options_page() -> Result<JsValue, JsValue>;

    /// The browser's UTF-8 encoder, present in service workers and pages.
    type TextEncoder;
    #[wasm_bindgen(constructor)]
    fn new() -> TextEncoder;
    #[wasm_bindgen(method, js_name = encodeInto)]
    fn encode_into(this: &TextEncoder, source: &js_sys::JsString, destination: &mut [u8]) -> JsValue;

    #[wasm_bindgen(js_namespace = Intl, js_name = DisplayNames)]
    type DisplayNames;
    #[wasm_bindgen(constructor, js_namespace = Intl, js_class = "DisplayNames", catch)]
    fn new(locales: &JsValue, options: &JsValue) -> Result<DisplayNames, JsValue>;
    #[wasm_bindgen(method, catch)]
    fn of(this: &DisplayNames, code: &str) -> Result<JsValue, JsValue>;
}

/// The UTF-8 bytes of a JavaScript string, written by the browser straight
/// into the module's memory. (wasm-bindgen's own string passing copies the
/// ASCII part in a JavaScript loop: about twice as slow on a page's text.)
/// Lone surrogates become U+FFFD, as with any conversion to UTF-8.
pub fn utf8_of(text: &js_sys::JsString) -> Vec<u8> {
    thread_local! {
        static ENCODER: TextEncoder = TextEncoder::new();
    }
    // At most three bytes per UTF-16 unit.
    let mut bytes = vec![0; text.length() as usize * 3];
    let result = ENCODER.with(|encoder| encoder.encode_into(text, &mut bytes));
    let written = js_sys::Reflect::get(&result, &JsValue::from_str("written")).ok().and_then(|w| w.as_f64()).unwrap_or(0.0);
    bytes.truncate(written as usize);
    bytes
}

/// A translated UI string; the key itself when a translation is missing, so
/// a gap shows up instead of an empty label.
pub fn message(key: &str) -> String {
    let m = get_message(key, JsValue::UNDEFINED);
    if m.is_empty() {
        key.to_string()
    } else {
        m
    }
}

pub fn message_with(key: &str, substitution: &str) -> String {
    message_with_each(key, &[substitution])
}

/// The message with `$1`, `$2`, … replaced by `substitutions` in order.
pub fn message_with_each(key: &str, substitutions: &[&str]) -> String {
    let subs: js_sys::Array = substitutions.iter().map(|s| JsValue::from_str(s)).collect();
    let m = get_message(key, subs.into());
    if m.is_empty() {
        key.to_string()
    } else {
        m
    }
}

/// The name of a region code in a language, from the browser's own data.
pub fn region_name(code: &str, lang: &str) -> Option<String> {
    let options = js_sys::Object::new();
    js_sys::Reflect::set(&options, &"type".into(), &"region".into()).ok()?;
    let names = DisplayNames::new(&JsValue::from_str(lang), &options).ok()?;
    names.of(code).ok()?.as_string().filter(|n| n != code)
}

/// Read one key of `chrome.storage.local` as JSON text, `None` if absent.
pub async fn local_get_json(key: &str) -> Result<Option<String>, JsValue> {
    let got = local_get(JsValue::from_str(key)).await?;
    let value = js_sys::Reflect::get(&got, &JsValue::from_str(key))?;
    if value.is_undefined() {
        return Ok(None);
    }
    Ok(js_sys::JSON::stringify(&value)?.as_string())
}

/// Write one key of `chrome.storage.session`.
pub async fn session_set_one(key: &str, value: &JsValue) -> Result<(), JsValue> {
    let items = js_sys::Object::new();
    js_sys::Reflect::set(&items, &JsValue::from_str(key), value)?;
    session_set(items.into()).await.map(|_| ())
}

/// Write JSON text as an object under one key of `chrome.storage.local`.
pub async fn local_set_json(key: &str, json: &str) -> Result<(), JsValue> {
    let items = js_sys::Object::new();
    js_sys::Reflect::set(&items, &JsValue::from_str(key), &js_sys::JSON::parse(json)?)?;
    local_set(items.into()).await.map(|_| ())
}
