//! The toolbar popup: what the current tab is, and prefill for forms.

use super::background::load_record;
use super::browser::{message, open_options_page, tabs_create, tabs_query, tabs_send_message};
use super::dom::{by_id, create, translate_page};
use super::record_view::state_label;
use crate::rules::rules;
use gloo::events::EventListener;
use gloo::utils::window;
use serde::Deserialize;
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::spawn_local;
use web_sys::HtmlElement;

#[derive(Deserialize)]
struct TabStatus {
    kind: Option<String>,
    platform: Option<String>,
    #[serde(default)]
    fillable: bool,
}

fn request(kind: &str) -> JsValue {
    let o = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&o, &"type".into(), &kind.into());
    o.into()
}

/// The tab the popup is about: the active one, or `?tab=ID` when the popup
/// is opened as a page of its own.
async fn target_tab() -> Option<i32> {
    let search = window().location().search().unwrap_or_default();
    if let Some(id) = search.strip_prefix("?tab=").and_then(|s| s.parse().ok()) {
        return Some(id);
    }
    let q = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&q, &"active".into(), &JsValue::TRUE);
    let _ = js_sys::Reflect::set(&q, &"currentWindow".into(), &JsValue::TRUE);
    let tabs = tabs_query(q.into()).await.ok()?;
    let first = js_sys::Array::from(&tabs).get(0);
    js_sys::Reflect::get(&first, &"id".into()).ok()?.as_f64().map(|f| f as i32)
}

/// One line per platform: how far the latest objection got, and the form.
async fn show_checklist() {
    let list: HtmlElement = by_id("checklist");
    let record = load_record().await.unwrap_or_default();
    for (line, entry) in record.checklist() {
        let li = create("li");
        let _ = li.set_attribute("data-line", line);
        let text = create("span");
        let state = entry.map(|e| state_label(e.state)).unwrap_or_else(|| message("state_none"));
        text.set_text_content(Some(&format!("{}: {state}", message(&format!("line_{}", line.replace('-', "_"))))));
        let _ = li.append_child(&text);
        if let Some(url) = rules().pages.form_for_platform.get(line).cloned() {
            let open = create("button");
            let _ = open.set_attribute("type", "button");
            let _ = open.set_attribute("data-action", "open-form");
            open.set_text_content(Some(&message("open_form")));
            let _ = open.set_attribute("aria-label", &format!("{} ({})", message("open_form"), message(&format!("line_{}", line.replace('-', "_")))));
            EventListener::new(&open, "click", move |_| {
                let url = url.clone();
                spawn_local(async move {
                    let props = js_sys::Object::new();
                    let _ = js_sys::Reflect::set(&props, &"url".into(), &url.into());
                    let _ = tabs_create(props.into()).await;
                });
            })
            .forget();
            let _ = li.append_child(&open);
        }
        let _ = list.append_child(&li);
    }
}

#[wasm_bindgen(js_name = popupMain)]
pub async fn popup_main() {
    translate_page();
    show_checklist().await;
    let status_el: HtmlElement = by_id("page-status");
    let prefill: HtmlElement = by_id("prefill");
    EventListener::new(&by_id::<HtmlElement>("open-options"), "click", |_| {
        spawn_local(async {
            let _ = open_options_page().await;
        });
    })
    .forget();
    let tab = target_tab().await;
    let status = match tab {
        Some(id) => tabs_send_message(id, request("status"))
            .await
            .ok()
            .and_then(|v| serde_wasm_bindgen::from_value::<TabStatus>(v).ok()),
        None => None,
    };
    let (Some(id), Some(TabStatus { kind: Some(kind), platform, fillable })) = (tab, status) else {
        status_el.set_text_content(Some(&message("popup_not_meta")));
        return;
    };
    let mut text = message(&format!("kind_{}", kind.replace('-', "_")));
    if let Some(p) = platform {
        text.push_str(" · ");
        text.push_str(&message(&format!("platform_{p}")));
    }
    status_el.set_text_content(Some(&text));
    if fillable {
        prefill.set_hidden(false);
        EventListener::new(&prefill, "click", move |_| {
            spawn_local(async move {
                let _ = tabs_send_message(id, request("prefill-request")).await;
                let _ = window().close();
            });
        })
        .forget();
    }
}
