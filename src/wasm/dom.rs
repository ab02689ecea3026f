//! Small DOM helpers for the extension's own pages.

use super::browser::message;
use gloo::utils::document;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement};

pub fn by_id<T: JsCast>(id: &str) -> T {
    document()
        .get_element_by_id(id)
        .unwrap_or_else(|| panic!("page has #{id}"))
        .dyn_into::<T>()
        .unwrap_or_else(|_| panic!("#{id} has the expected type"))
}

pub fn create(tag: &str) -> HtmlElement {
    document().create_element(tag).expect("valid tag").unchecked_into()
}

/// Fill every `[data-i18n]` element's text, and `[data-i18n-label]`'s
/// `aria-label`, from `_locales`; set the document language to match.
pub fn translate_page() {
    let doc = document();
    if let Some(root) = doc.document_element() {
        let _ = root.set_attribute("lang", &message("@@ui_locale").replace('_', "-"));
    }
    let nodes = doc.query_selector_all("[data-i18n]").expect("valid selector");
    for i in 0..nodes.length() {
        let Some(el) = nodes.item(i).and_then(|n| n.dyn_into::<Element>().ok()) else { continue };
        if let Some(key) = el.get_attribute("data-i18n") {
            el.set_text_content(Some(&message(&key)));
        }
    }
    let nodes = doc.query_selector_all("[data-i18n-label]").expect("valid selector");
    for i in 0..nodes.length() {
        let Some(el) = nodes.item(i).and_then(|n| n.dyn_into::<Element>().ok()) else { continue };
        if let Some(key) = el.get_attribute("data-i18n-label") {
            let _ = el.set_attribute("aria-label", &message(&key));
        }
    }
}
