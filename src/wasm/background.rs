//! The background's side of messaging: each request from a content script
//! is answered by the core. The page's URL is taken from the browser's
//! `sender`, never from the page, so a page cannot pose as another one; the
//! page's own URL counts only for where it moved within the same host.

use super::browser::{local_get_json, local_set_json, open_options_page, region_name, session_get, session_set_one, ui_language, utf8_of};
use crate::browser_json::read_browser_json;
use crate::fill::{choose, OptionMeaning};
use crate::record::{self, sent_form, state_from_page, Record, State};
use crate::prefs::{parse_stored, Preferences};
use crate::snapshot::{ChoiceOption, Snapshot};
use crate::recognise::PageKind;
use crate::{analyse, prefill_analysed, Analysis};
use serde::{Deserialize, Serialize};
use std::cell::RefCell;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

pub const PREFERENCES_KEY: &str = "preferences";
pub const RECORD_KEY: &str = "record";

pub fn now() -> String {
    js_sys::Date::new_0().to_iso_string().as_string().unwrap_or_default()
}

/// The stored record; `Err` with the raw text and the problem when it
/// cannot be read, so the caller can keep it aside.
pub async fn load_record() -> Result<Record, (String, record::RecordProblem)> {
    match local_get_json(RECORD_KEY).await {
        Ok(Some(json)) => record::parse(&json).map_err(|p| (json, p)),
        Ok(None) => Ok(Record::default()),
        Err(e) => Err((String::new(), record::RecordProblem::Malformed(e.as_string().unwrap_or_default()))),
    }
}

/// Keep an unreadable stored value under a key of its own, as text, so a
/// new value never overwrites it.
pub async fn keep_aside(key: &str, raw: &str) -> String {
    let aside = format!("{key}.unreadable.{}", js_sys::Date::now() as u64);
    let _ = local_set_json(&aside, &serde_json::to_string(raw).unwrap_or_default()).await;
    aside
}

/// The record to add to: an unreadable one is kept aside first.
async fn load_record_for_update() -> Record {
    match load_record().await {
        Ok(r) => r,
        Err((raw, _)) => {
            keep_aside(RECORD_KEY, &raw).await;
            Record::default()
        }
    }
}

pub async fn save_record(record: &Record) -> Result<(), JsValue> {
    local_set_json(RECORD_KEY, &record::to_json(record)).await
}

fn flow_key(tab: i32) -> String {
    format!("flow:{tab}")
}

/// The entry the tab's current objection belongs to.
async fn flow(tab: i32) -> Option<String> {
    let key = flow_key(tab);
    let got = session_get(JsValue::from_str(&key)).await.ok()?;
    js_sys::Reflect::get(&got, &JsValue::from_str(&key)).ok()?.as_string()
}

async fn set_flow(tab: i32, id: &str) -> Result<(), JsValue> {
    session_set_one(&flow_key(tab), &JsValue::from_str(id)).await
}

/// What a message asks for; its `type` names the variant.
enum Request {
    Analyse { snapshot: Snapshot },
    Prefill { snapshot: Snapshot },
    Choose { options: Vec<ChoiceOption>, accept: Vec<String>, meaning: Option<OptionMeaning> },
    /// Close the banner for the page at `url` (as the page reports it).
    Dismiss { url: String },
    /// The banner's "open settings" button, when nothing is saved yet.
    OpenOptions,
    /// The user sent a recognised form: record it.
    RecordSubmit { snapshot: Snapshot },
    /// The page changed after a form was sent: the code step or the
    /// confirmation moves the tab's entry forward. `last_form` is the form
    /// as it was just before, for pages that send without a form element.
    RecordProgress { snapshot: Snapshot, last_form: Option<Snapshot> },
    /// From an extension page only: stop the core as a fault in it would,
    /// so the end-to-end tests can check that the background recovers.
    FaultForTest,
}

#[derive(Deserialize)]
struct ChooseMessage {
    options: Vec<ChoiceOption>,
    accept: Vec<String>,
    #[serde(default)]
    meaning: Option<OptionMeaning>,
}

/// The snapshot under `key` of a message, `None` when there is none.
///
/// The content script sends a snapshot as its JSON text. The browser passes
/// a string between contexts at little cost, and the text goes into the
/// module as it is; an object would be rebuilt here by the browser only to
/// be written out as JSON again, which cost more than the analysis of a
/// large page.
fn read_snapshot(message: &JsValue, key: &str) -> Result<Option<Snapshot>, String> {
    let value = js_sys::Reflect::get(message, &JsValue::from_str(key)).unwrap_or(JsValue::UNDEFINED);
    if value.is_null() || value.is_undefined() {
        return Ok(None);
    }
    let text = value.dyn_ref::<js_sys::JsString>().ok_or_else(|| format!("{key} is not a snapshot's JSON text"))?;
    read_browser_json(utf8_of(text)).map(Some).map_err(|e| format!("{key}: {e}"))
}

impl Request {
    /// The message's `type` is read first and its fields then go straight
    /// into their own struct. (Deriving an internally tagged enum would make
    /// serde copy the whole message, page text included, into a buffer
    /// before it knows the variant.)
    fn from_message(message: &JsValue) -> Result<Request, String> {
        let kind = js_sys::Reflect::get(message, &JsValue::from_str("type")).ok().and_then(|t| t.as_string());
        let snapshot = || read_snapshot(message, "snapshot")?.ok_or_else(|| "no snapshot".to_string());
        Ok(match kind.as_deref().unwrap_or("") {
            "analyse" => Request::Analyse { snapshot: snapshot()? },
            "prefill" => Request::Prefill { snapshot: snapshot()? },
            "choose" => {
                let ChooseMessage { options, accept, meaning } = from_js(message)?;
                Request::Choose { options, accept, meaning }
            }
            "dismiss" => Request::Dismiss {
                url: js_sys::Reflect::get(message, &JsValue::from_str("url")).ok().and_then(|u| u.as_string()).unwrap_or_default(),
            },
            "open-options" => Request::OpenOptions,
            "record-submit" => Request::RecordSubmit { snapshot: snapshot()? },
            "record-progress" => Request::RecordProgress { snapshot: snapshot()?, last_form: read_snapshot(message, "lastForm")? },
            "fault-for-test" => Request::FaultForTest,
            other => return Err(format!("unknown message type {other:?}")),
        })
    }
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct Sender {
    url: Option<String>,
    frame_id: Option<i32>,
    tab_id: Option<i32>,
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

/// Values cross as JSON text: the browser's own JSON.stringify and
/// JSON.parse are fast, and one serialisation format keeps the core small.
fn to_js<T: Serialize>(value: &T) -> Result<JsValue, JsValue> {
    let text = serde_json::to_string(value).map_err(|e| JsValue::from_str(&e.to_string()))?;
    js_sys::JSON::parse(&text)
}

fn from_js<T: serde::de::DeserializeOwned>(value: &JsValue) -> Result<T, String> {
    let text = js_sys::JSON::stringify(value).map_err(|_| "not JSON".to_string())?;
    read_browser_json(utf8_of(&text)).map_err(|e| e.to_string())
}

/// Saved preferences; `Err` names why they cannot be used.
pub async fn load_preferences() -> Result<Preferences, &'static str> {
    match local_get_json(PREFERENCES_KEY).await {
        Ok(Some(json)) => parse_stored(&json).map_err(|_| "preferences-unreadable"),
        Ok(None) => Err("no-preferences"),
        Err(_) => Err("preferences-unreadable"),
    }
}

const DISMISSED_PREFIX: &str = "dismissed:";

fn dismissed_key(url: &str) -> String {
    format!("{DISMISSED_PREFIX}{url}")
}

/// The pages whose banner the user closed this browser session. They are
/// kept in `chrome.storage.session`, which outlives the background, and
/// read from it once per start of the background: after that an analysis
/// answers without waiting on the browser's storage. A handful of pages at
/// most: a list is enough.
#[derive(Default)]
struct Dismissed {
    loaded: bool,
    urls: Vec<String>,
}

thread_local! {
    static DISMISSED: RefCell<Dismissed> = RefCell::new(Dismissed::default());
}

async fn is_dismissed(url: &str) -> bool {
    if let Some(known) = DISMISSED.with_borrow(|d| d.loaded.then(|| d.urls.iter().any(|u| u == url))) {
        return known;
    }
    let Ok(items) = session_get(JsValue::NULL).await else { return false };
    let stored = js_sys::Object::keys(items.unchecked_ref::<js_sys::Object>());
    DISMISSED.with_borrow_mut(|d| {
        // Merged, not replaced: a page closed while this read was under way
        // is already in the list.
        d.urls.extend(stored.iter().filter_map(|k| Some(k.as_string()?.strip_prefix(DISMISSED_PREFIX)?.to_owned())));
        d.loaded = true;
        d.urls.iter().any(|u| u == url)
    })
}

async fn dismiss(url: String) -> Result<(), JsValue> {
    session_set_one(&dismissed_key(&url), &JsValue::TRUE).await?;
    DISMISSED.with_borrow_mut(|d| d.urls.push(url));
    Ok(())
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
    let request = Request::from_message(&message).map_err(|e| JsValue::from_str(&format!("bad request: {e}")))?;
    let sender: Sender = from_js(&sender).unwrap_or(Sender { url: None, frame_id: None, tab_id: None });
    let tab_id = sender.tab_id;
    // Only a tab's top frame, with the URL the browser vouches for.
    let trusted_url = match (sender.url, sender.frame_id) {
        (Some(url), Some(0) | None) => Some(url),
        _ => None,
    };
    let with_url = |mut s: Snapshot| -> Option<Snapshot> {
        s.url = crate::hosts::page_url(&s.url, trusted_url.as_deref()?);
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
            let Some(analysis) = analyse(&snapshot) else { return to_js(&PrefillReply { plan: None, problem: None }) };
            // The code step asks only for what Meta emailed: nothing saved
            // is needed to point the user to it.
            let prefs = match load_preferences().await {
                Ok(p) => p,
                Err(_) if analysis.page.kind == PageKind::CodeStep => Preferences::default(),
                Err(problem) => return to_js(&PrefillReply { plan: None, problem: Some(problem) }),
            };
            let names = country_names(&prefs.country, &analysis.lang);
            let plan = prefill_analysed(&analysis, &snapshot, &prefs, &names);
            to_js(&PrefillReply { plan, problem: None })
        }
        Request::Choose { options, accept, meaning } => to_js(&choose(&options, &accept, meaning)),
        Request::OpenOptions => open_options_page().await.map(|_| JsValue::TRUE),
        Request::RecordSubmit { snapshot } => {
            let (Some(snapshot), Some(tab)) = (with_url(snapshot), tab_id) else { return Ok(JsValue::NULL) };
            let Some(form) = sent_form(&snapshot) else { return Ok(JsValue::NULL) };
            let mut record = load_record_for_update().await;
            let id = record.add(form, State::Submitted, &now());
            save_record(&record).await?;
            set_flow(tab, &id).await?;
            Ok(JsValue::from_str(&id))
        }
        Request::FaultForTest => {
            let from_extension_page = trusted_url.as_deref().is_some_and(|u| u.starts_with("chrome-extension://") || u.starts_with("moz-extension://"));
            if from_extension_page {
                panic!("fault requested by an extension page");
            }
            Ok(JsValue::NULL)
        }
        Request::RecordProgress { snapshot, last_form } => {
            let (Some(snapshot), Some(tab)) = (with_url(snapshot), tab_id) else { return Ok(JsValue::NULL) };
            let Some(state) = analyse(&snapshot).and_then(|a| state_from_page(a.page.kind)) else { return Ok(JsValue::NULL) };
            let mut record = load_record_for_update().await;
            let changed = match flow(tab).await {
                Some(id) if record.entries.iter().any(|e| e.id == id) => record.advance(&id, state, &now()),
                _ => {
                    // Sent without a form element: record it now, from the
                    // form as it was just before the page changed.
                    let Some(form) = last_form.and_then(with_url).as_ref().and_then(sent_form) else { return Ok(JsValue::NULL) };
                    let id = record.add(form, state, &now());
                    set_flow(tab, &id).await?;
                    true
                }
            };
            if changed {
                save_record(&record).await?;
            }
            Ok(JsValue::from_bool(changed))
        }
        Request::Dismiss { url } => {
            let Some(vouched) = trusted_url else { return Ok(JsValue::NULL) };
            dismiss(crate::hosts::page_url(&url, &vouched)).await?;
            Ok(JsValue::TRUE)
        }
    }
}
