//! The background's side of messaging: each request from a content script
//! is answered by the core. The page's URL is taken from the browser's
//! `sender`, never from the page, so a page cannot pose as another one.

use super::browser::{local_get_json, open_options_page, region_name, session_get, session_set, ui_language};
use crate::fill::choose_option;
use crate::prefs::{parse_stored, Preferences};
use crate::snapshot::{ChoiceOption, Snapshot};
use crate::{analyse, prefill, Analysis};
use serde::{Deserialize, Serialize};
use wasm_bindgen::prelude::*;

pub const PREFERENCES_KEY: &str = "preferences";

#[derive(Deserialize)]
#[serde(tag = "type", rename_all = "kebab-case")]
enum Request {
    Analyse { snapshot: Snapshot },
    Prefill { snapshot: Snapshot },
    Choose { options: Vec<ChoiceOption>, accept: Vec<String> },
    Dismiss,
    /// The banner's "open settings" button, when nothing is saved yet.
    OpenOptions,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct Sender {
    url: Option<String>,
    frame_id: Option<i32>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct AnalyseReply {
    analysis: Option<Analysis>,
    dismissed: bool,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct PrefillReply {
    plan: Option<crate::fill::FillPlan>,
    /// `no-preferences` or `preferences-unreadable` when there is nothing
    /// valid to fill with.
    problem: Option<&'static str>,
}

fn to_js<T: Serialize>(value: &T) -> Result<JsValue, JsValue> {
    value
        .serialize(&serde_wasm_bindgen::Serializer::json_compatible())
        .map_err(|e| JsValue::from_str(&e.to_string()))
}

/// Saved preferences; `Err` names why they cannot be used.
pub async fn load_preferences() -> Result<Preferences, &'static str> {
    match local_get_json(PREFERENCES_KEY).await {
        Ok(Some(json)) => parse_stored(&json).map_err(|_| "preferences-unreadable"),
        Ok(None) => Err("no-preferences"),
        Err(_) => Err("preferences-unreadable"),
    }
}

fn dismissed_key(url: &str) -> String {
    format!("dismissed:{url}")
}

async fn is_dismissed(url: &str) -> bool {
    let key = dismissed_key(url);
    match session_get(JsValue::from_str(&key)).await {
        Ok(v) => js_sys::Reflect::get(&v, &JsValue::from_str(&key)).map(|x| x.is_truthy()).unwrap_or(false),
        Err(_) => false,
    }
}

/// Names of a country the way a form in `lang` may show it.
fn country_names(code: &str, lang: &str) -> Vec<String> {
    let mut names: Vec<String> = [lang.to_string(), ui_language(), "en".to_string()]
        .iter()
        .filter_map(|l| region_name(code, l))
        .collect();
    names.dedup();
    names
}

#[wasm_bindgen(js_name = handleMessage)]
pub async fn handle_message(message: JsValue, sender: JsValue) -> Result<JsValue, JsValue> {
    let request: Request =
        serde_wasm_bindgen::from_value(message).map_err(|e| JsValue::from_str(&format!("bad request: {e}")))?;
    let sender: Sender = serde_wasm_bindgen::from_value(sender).unwrap_or(Sender { url: None, frame_id: None });
    // Only a tab's top frame, with the URL the browser vouches for.
    let trusted_url = match (sender.url, sender.frame_id) {
        (Some(url), Some(0) | None) => Some(url),
        _ => None,
    };
    let with_url = |mut s: Snapshot| -> Option<Snapshot> {
        s.url = trusted_url.clone()?;
        Some(s.bounded())
    };
    match request {
        Request::Analyse { snapshot } => {
            let Some(snapshot) = with_url(snapshot) else { return Ok(JsValue::NULL) };
            let analysis = analyse(&snapshot);
            let dismissed = analysis.is_some() && is_dismissed(&snapshot.url).await;
            to_js(&AnalyseReply { analysis, dismissed })
        }
        Request::Prefill { snapshot } => {
            let Some(snapshot) = with_url(snapshot) else { return Ok(JsValue::NULL) };
            let prefs = match load_preferences().await {
                Ok(p) => p,
                Err(problem) => return to_js(&PrefillReply { plan: None, problem: Some(problem) }),
            };
            let lang = analyse(&snapshot).map(|a| a.lang).unwrap_or_default();
            let names = country_names(&prefs.country, &lang);
            to_js(&PrefillReply { plan: prefill(&snapshot, &prefs, &names), problem: None })
        }
        Request::Choose { options, accept } => to_js(&choose_option(&options, &accept)),
        Request::OpenOptions => open_options_page().await.map(|_| JsValue::TRUE),
        Request::Dismiss => {
            let Some(url) = trusted_url else { return Ok(JsValue::NULL) };
            let items = js_sys::Object::new();
            js_sys::Reflect::set(&items, &JsValue::from_str(&dismissed_key(&url)), &JsValue::TRUE)?;
            session_set(items.into()).await?;
            Ok(JsValue::TRUE)
        }
    }
}
