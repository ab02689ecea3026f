//! The record of objections on the settings page: the list with its
//! actions, the two exports, and a report when the stored record could not
//! be read.

use super::background::{keep_aside, load_record, now, save_record, RECORD_KEY};
use super::browser::{message, message_with};
use super::dom::{by_id, create};
use super::options::download;
use crate::record::{self, ConfirmedBy, Labels, Record, State};
use gloo::events::EventListener;
use gloo::utils::window;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::spawn_local;
use web_sys::{Element, HtmlElement, HtmlInputElement};

pub fn state_label(state: State) -> String {
    message(match state {
        State::Submitted => "state_submitted",
        State::CodeStep => "state_code_step",
        State::Confirmed => "state_confirmed",
    })
}

fn row(term: &str, value: &str) -> [HtmlElement; 2] {
    let dt = create("dt");
    dt.set_text_content(Some(&message(term)));
    let dd = create("dd");
    dd.set_text_content(Some(value));
    [dt, dd]
}

fn button(action: &str, id: &str, label: &str) -> HtmlElement {
    let b = create("button");
    let _ = b.set_attribute("type", "button");
    let _ = b.set_attribute("data-action", action);
    let _ = b.set_attribute("data-entry", id);
    b.set_text_content(Some(&message(label)));
    b
}

fn render(record: &Record) {
    let list: HtmlElement = by_id("record-list");
    list.set_text_content(None);
    if record.entries.is_empty() {
        let p = create("p");
        p.set_text_content(Some(&message("record_empty")));
        let _ = list.append_child(&p);
        return;
    }
    for e in record.entries.iter().rev() {
        let article = create("article");
        let _ = article.set_attribute("data-entry", &e.id);
        let _ = article.set_attribute("data-state", serde_json::to_value(e.state).unwrap().as_str().unwrap_or(""));
        let h = create("h3");
        h.set_text_content(Some(&format!("{} · {}", message(&format!("platform_{}", e.platform)), message(&format!("record_kind_{}", e.kind.replace('-', "_"))))));
        let _ = article.append_child(&h);
        let dl = create("dl");
        let mut state = state_label(e.state);
        if e.confirmed_by == Some(ConfirmedBy::User) {
            state.push_str(&format!(" ({})", message("confirmed_by_user")));
        }
        for [dt, dd] in [
            row("record_submitted", &e.submitted_at),
            row("record_form", &e.form_url),
            row("record_email", &e.email),
            row("record_state", &state),
            row("record_statement", &e.statement),
        ] {
            let _ = dl.append_child(&dt);
            let _ = dl.append_child(&dd);
        }
        let _ = article.append_child(&dl);
        let label = create("label");
        let note_id = format!("note-{}", e.id);
        let _ = label.set_attribute("for", &note_id);
        label.set_text_content(Some(&message("record_note")));
        let note: HtmlInputElement = create("input").unchecked_into();
        note.set_id(&note_id);
        note.set_name(&note_id);
        note.set_value(&e.note);
        let actions = create("p");
        let _ = actions.append_child(&label);
        let _ = actions.append_child(&note);
        let _ = actions.append_child(&button("save-note", &e.id, "record_save_note"));
        if e.state != State::Confirmed {
            let _ = actions.append_child(&button("confirm-entry", &e.id, "record_mark_confirmed"));
        }
        let _ = actions.append_child(&button("delete-entry", &e.id, "record_delete"));
        let _ = article.append_child(&actions);
        let _ = list.append_child(&article);
    }
}

fn labels() -> Labels {
    Labels {
        lang: message("@@ui_locale").replace('_', "-"),
        title: message("record_print_title"),
        intro: message("record_print_intro"),
        platform: message("record_platform"),
        form: message("record_form"),
        submitted: message("record_submitted"),
        email: message("record_email"),
        statement: message("record_statement"),
        state: message("record_state"),
        note: message("record_note"),
        states: [state_label(State::Submitted), state_label(State::CodeStep), state_label(State::Confirmed)],
        confirmed_by_user: message("confirmed_by_user"),
        empty: message("record_empty"),
    }
}

/// Load, show, and wire the record section.
pub async fn show() {
    let alert: HtmlElement = by_id("record-alert");
    let record = match load_record().await {
        Ok(r) => r,
        Err((raw, problem)) => {
            // Reported and kept aside, never dropped; the list starts empty.
            let aside = keep_aside(RECORD_KEY, &raw).await;
            let detail = serde_json::to_string(&problem).unwrap_or_default();
            alert.set_text_content(Some(&format!("{} ({aside}: {detail})", message("error_record_unreadable"))));
            let _ = save_record(&Record::default()).await;
            Record::default()
        }
    };
    render(&record);

    EventListener::new(&by_id::<HtmlElement>("record-list"), "click", |event| {
        let Some(target) = event.target().and_then(|t| t.dyn_into::<Element>().ok()) else { return };
        let Some(button) = target.closest("[data-action][data-entry]").ok().flatten() else { return };
        let action = button.get_attribute("data-action").unwrap_or_default();
        let id = button.get_attribute("data-entry").unwrap_or_default();
        if action == "delete-entry" && !window().confirm_with_message(&message("record_delete_confirm")).unwrap_or(false) {
            return;
        }
        let note = gloo::utils::document()
            .get_element_by_id(&format!("note-{id}"))
            .and_then(|n| n.dyn_into::<HtmlInputElement>().ok())
            .map(|n| n.value())
            .unwrap_or_default();
        spawn_local(async move {
            let Ok(mut record) = load_record().await else { return };
            let changed = match action.as_str() {
                "save-note" => record.set_note(&id, &note, &now()),
                "confirm-entry" => record.confirm_by_user(&id, &now()),
                "delete-entry" => record.delete(&id),
                _ => false,
            };
            if changed && save_record(&record).await.is_ok() {
                render(&record);
                by_id::<HtmlElement>("status").set_text_content(Some(&message("saved")));
            }
        });
    })
    .forget();

    EventListener::new(&by_id::<HtmlElement>("export-record"), "click", |_| {
        spawn_local(async {
            if let Ok(r) = load_record().await {
                download("objection-record.json", "application/json", &record::to_json(&r));
            }
        });
    })
    .forget();
    EventListener::new(&by_id::<HtmlElement>("print-record"), "click", |_| {
        spawn_local(async {
            if let Ok(r) = load_record().await {
                let generated = message_with("record_print_generated", &now());
                download("objection-record.html", "text/html", &record::to_html(&r, &labels(), &generated));
            }
        });
    })
    .forget();
}
