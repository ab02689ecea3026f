//! The options page: the user's details and statements, validated by the
//! core before anything is stored, exported and imported as JSON.

use super::background::{keep_aside, load_preferences, PREFERENCES_KEY};
use super::browser::{local_clear, local_get_json, local_set_json, message, message_with_each, region_name, ui_language};
use super::dom::{by_id, create, translate_page};
use crate::countries;
use crate::language::primary_subtag;
use crate::prefs::{parse_stored, to_stored_json, PlatformOverride, Preferences, Problem, PLATFORMS};
use crate::rules::rules;
use gloo::events::EventListener;
use gloo::utils::{document, window};
use std::cell::RefCell;
use std::collections::BTreeMap;
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::spawn_local;
use web_sys::{HtmlAnchorElement, HtmlElement, HtmlInputElement, HtmlSelectElement, HtmlTextAreaElement};

/// Statements being edited, by language, before they are saved.
#[derive(Default)]
struct Draft {
    statements: BTreeMap<String, String>,
    editing: String,
}

fn input(id: &str) -> HtmlInputElement {
    by_id(id)
}

fn default_statement(lang: &str) -> String {
    rules().language(lang).map(|l| l.statement.clone()).unwrap_or_default()
}

/// Keep what the textarea holds for the language being edited; a text equal
/// to the default is not stored, so later default improvements reach it.
fn commit_statement(draft: &mut Draft) {
    let text = by_id::<HtmlTextAreaElement>("statement").value();
    let text = text.trim();
    if text.is_empty() || text == default_statement(&draft.editing).trim() {
        draft.statements.remove(&draft.editing);
    } else {
        draft.statements.insert(draft.editing.clone(), text.to_string());
    }
}

fn show_statement(draft: &mut Draft, lang: &str) {
    draft.editing = lang.to_string();
    let text = draft.statements.get(lang).cloned().unwrap_or_else(|| default_statement(lang));
    by_id::<HtmlTextAreaElement>("statement").set_value(&text);
}

/// `(name, value)` pairs as `<option>`s of `parent`, in the order given.
fn append_options(parent: &web_sys::Element, options: &[(String, &str)]) {
    for (name, value) in options {
        let o = create("option");
        let _ = o.set_attribute("value", value);
        o.set_text_content(Some(name));
        let _ = parent.append_child(&o);
    }
}

/// Region codes with their names in `lang`, sorted by name.
fn named_regions<'a>(codes: &[&'a str], lang: &str) -> Vec<(String, &'a str)> {
    let mut named: Vec<(String, &str)> = codes.iter().map(|c| (region_name(c, lang).unwrap_or_else(|| c.to_string()), *c)).collect();
    named.sort();
    named
}

fn fill_selects(ui_lang: &str) {
    let country: HtmlSelectElement = by_id("country");
    let ordered = countries::ordered();
    let (first, rest) = ordered.split_at(countries::PRIORITY.len());
    for (label, codes) in [("countries_priority", first), ("countries_other", rest)] {
        let group = create("optgroup");
        let _ = group.set_attribute("label", &message(label));
        append_options(&group, &named_regions(codes, ui_lang));
        let _ = country.append_child(&group);
    }
    let mut langs: Vec<(String, &str)> = rules().languages.iter().map(|l| (l.name.clone(), l.lang.as_str())).collect();
    langs.sort();
    for id in ["statementLanguage", "language"] {
        append_options(&by_id::<HtmlSelectElement>(id), &langs);
    }
}

fn show_preferences(p: &Preferences, draft: &mut Draft, ui_lang: &str) {
    input("email").set_value(&p.email);
    by_id::<HtmlSelectElement>("country").set_value(&p.country);
    input("fullName").set_value(&p.full_name);
    input("familyName").set_value(&p.family_name);
    input("phone").set_value(&p.phone);
    let lang = if p.language.is_empty() { ui_lang.to_string() } else { p.language.clone() };
    let lang = if rules().language(&lang).is_some() { lang } else { "en".to_string() };
    by_id::<HtmlSelectElement>("language").set_value(&lang);
    by_id::<HtmlSelectElement>("statementLanguage").set_value(&lang);
    for platform in PLATFORMS {
        input(&format!("email_{platform}")).set_value(p.overrides.get(platform).map_or("", |o| o.email.as_str()));
    }
    draft.statements = p.statements.clone();
    show_statement(draft, &lang);
    show_name_parts();
}

/// How a form asking for the name in parts will get it, worked out by the
/// core from what the fields hold now; nothing while there is no split.
fn show_name_parts() {
    let prefs = Preferences {
        full_name: input("fullName").value(),
        family_name: input("familyName").value(),
        language: by_id::<HtmlSelectElement>("language").value(),
        ..Default::default()
    }
    .tidy();
    let parts = prefs.name_parts();
    let shown = prefs.validate().iter().all(|p| p.field != "familyName") && !parts.given.is_empty() && !parts.family.is_empty();
    let text = shown.then(|| message_with_each("name_parts_preview", &[&parts.given, &parts.family]));
    by_id::<HtmlElement>("name-parts").set_text_content(text.as_deref());
}

fn read_form(draft: &mut Draft) -> Preferences {
    commit_statement(draft);
    let overrides = PLATFORMS
        .iter()
        .map(|p| (p.to_string(), PlatformOverride { email: input(&format!("email_{p}")).value() }))
        .collect();
    Preferences {
        email: input("email").value(),
        country: by_id::<HtmlSelectElement>("country").value(),
        full_name: input("fullName").value(),
        family_name: input("familyName").value(),
        phone: input("phone").value(),
        language: by_id::<HtmlSelectElement>("language").value(),
        statements: draft.statements.clone(),
        overrides,
    }
    .tidy()
}

fn set_status(text: &str) {
    by_id::<HtmlElement>("status").set_text_content(Some(text));
}

/// Show problems in the alert region and mark the fields they concern.
fn show_problems(problems: &[Problem]) {
    let alert: HtmlElement = by_id("alert");
    alert.set_text_content(None);
    let invalid = document().query_selector_all("[aria-invalid]").expect("valid selector");
    for i in 0..invalid.length() {
        if let Some(el) = invalid.item(i).and_then(|n| n.dyn_into::<web_sys::Element>().ok()) {
            let _ = el.remove_attribute("aria-invalid");
        }
    }
    if problems.is_empty() {
        return;
    }
    let list = create("ul");
    for p in problems {
        let li = create("li");
        let mut text = message(&format!("error_{}", p.code));
        if !p.detail.is_empty() {
            text.push_str(" (");
            text.push_str(&p.detail);
            text.push(')');
        }
        li.set_text_content(Some(&text));
        let _ = list.append_child(&li);
        if let Some(el) = document().get_element_by_id(&p.field) {
            let _ = el.set_attribute("aria-invalid", "true");
        }
    }
    let _ = alert.append_child(&list);
    if let Some(el) = problems.iter().find_map(|p| document().get_element_by_id(&p.field)) {
        let _ = el.unchecked_into::<HtmlElement>().focus();
    }
}

async fn save(prefs: Preferences) {
    let problems = prefs.validate();
    if !problems.is_empty() {
        set_status("");
        show_problems(&problems);
        return;
    }
    match local_set_json(PREFERENCES_KEY, &to_stored_json(&prefs)).await {
        Ok(()) => {
            show_problems(&[]);
            set_status(&message("saved"));
        }
        Err(e) => show_problems(&[Problem {
            field: "save".into(),
            code: "storage_failed".into(),
            detail: e.as_string().unwrap_or_default(),
        }]),
    }
}

/// Save text as a file through the browser's download, without a network.
pub fn download(name: &str, mime: &str, text: &str) {
    let parts = js_sys::Array::of1(&JsValue::from_str(text));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let Ok(blob) = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options) else { return };
    let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) else { return };
    let a: HtmlAnchorElement = create("a").unchecked_into();
    a.set_href(&url);
    a.set_download(name);
    let _ = document().body().map(|b| b.append_child(&a));
    a.click();
    a.remove();
    let _ = web_sys::Url::revoke_object_url(&url);
}

#[wasm_bindgen(js_name = optionsMain)]
pub async fn options_main() {
    translate_page();
    let ui_lang = primary_subtag(&ui_language());
    fill_selects(&ui_lang);
    let draft = Rc::new(RefCell::new(Draft::default()));
    match load_preferences().await {
        Ok(p) => show_preferences(&p, &mut draft.borrow_mut(), &ui_lang),
        Err("no-preferences") => show_preferences(&Preferences::default(), &mut draft.borrow_mut(), &ui_lang),
        Err(_) => {
            // Keep what could not be read, under a key of its own, and say so.
            let raw = local_get_json(PREFERENCES_KEY).await.ok().flatten().unwrap_or_default();
            keep_aside(PREFERENCES_KEY, &raw).await;
            let detail = parse_stored(&raw).err().and_then(|p| p.first().map(|p| p.code.clone())).unwrap_or_default();
            show_problems(&[Problem { field: "email".into(), code: "stored_unreadable".into(), detail }]);
            show_preferences(&Preferences::default(), &mut draft.borrow_mut(), &ui_lang);
        }
    }

    for (id, event) in [("fullName", "input"), ("familyName", "input"), ("language", "change")] {
        EventListener::new(&by_id::<HtmlElement>(id), event, |_| show_name_parts()).forget();
    }

    let d = draft.clone();
    EventListener::new(&by_id::<HtmlElement>("statementLanguage"), "change", move |_| {
        let mut d = d.borrow_mut();
        commit_statement(&mut d);
        let lang = by_id::<HtmlSelectElement>("statementLanguage").value();
        show_statement(&mut d, &lang);
    })
    .forget();

    let d = draft.clone();
    EventListener::new(&by_id::<HtmlElement>("reset-statement"), "click", move |_| {
        let mut d = d.borrow_mut();
        let lang = d.editing.clone();
        d.statements.remove(&lang);
        show_statement(&mut d, &lang);
    })
    .forget();

    let d = draft.clone();
    EventListener::new_with_options(
        &by_id::<HtmlElement>("prefs"),
        "submit",
        gloo::events::EventListenerOptions::enable_prevent_default(),
        move |e| {
            e.prevent_default();
            let prefs = read_form(&mut d.borrow_mut());
            spawn_local(save(prefs));
        },
    )
    .forget();

    let d = draft.clone();
    EventListener::new(&by_id::<HtmlElement>("export"), "click", move |_| {
        let d = d.clone();
        spawn_local(async move {
            match load_preferences().await {
                Ok(p) => download("objection-preferences.json", "application/json", &to_stored_json(&p)),
                Err(_) => {
                    let p = read_form(&mut d.borrow_mut());
                    show_problems(&p.validate());
                }
            }
        });
    })
    .forget();

    let d = draft.clone();
    EventListener::new(&by_id::<HtmlElement>("import"), "change", move |_| {
        let Some(file) = input("import").files().and_then(|f| f.get(0)) else { return };
        let d = d.clone();
        spawn_local(async move {
            let text = wasm_bindgen_futures::JsFuture::from(file.text()).await.ok().and_then(|t| t.as_string()).unwrap_or_default();
            input("import").set_value("");
            match parse_stored(&text) {
                Ok(p) => {
                    show_preferences(&p, &mut d.borrow_mut(), &primary_subtag(&ui_language()));
                    save(p).await;
                    set_status(&message("imported"));
                }
                Err(problems) => {
                    set_status("");
                    show_problems(&problems);
                }
            }
        });
    })
    .forget();

    let d = draft.clone();
    EventListener::new(&by_id::<HtmlElement>("erase"), "click", move |_| {
        if !window().confirm_with_message(&message("erase_confirm")).unwrap_or(false) {
            return;
        }
        let d = d.clone();
        spawn_local(async move {
            if local_clear().await.is_ok() {
                show_preferences(&Preferences::default(), &mut d.borrow_mut(), &primary_subtag(&ui_language()));
                show_problems(&[]);
                set_status(&message("erased"));
            }
        });
    })
    .forget();
    super::record_view::show().await;
}
