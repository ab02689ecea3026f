//! Objection's core: every decision the extension makes, as plain Rust with
//! no browser types, so `cargo test` runs it natively.
//!
//! - [`analysis`]: what a page is and which of its sentences to flag, and
//!   the prefill plan for a form.
//! - [`rules`]: the rule data (`rules/`), and [`phrases`], the one
//!   index (a [`trie`]) over all of it.
//! - [`prefs`]: the user's saved details and their validation.
//!
//! The `wasm` module binds this to the browser: messages from the content
//! script, `chrome.storage`, the popup and the options page.

pub mod analysis;
mod conditions;
pub mod browser_json;
pub mod countries;
pub mod fields;
pub mod fill;
pub mod gate;
pub mod hosts;
pub mod language;
pub mod names;
pub mod page_text;
pub mod phrases;
pub mod prefs;
pub mod recognise;
pub mod record;
pub mod rules;
pub mod snapshot;
pub mod text;
pub mod trie;
pub mod wording;

#[cfg(target_arch = "wasm32")]
pub mod wasm;

pub use analysis::{analyse, prefill, prefill_analysed, Analysis};
pub use snapshot::Snapshot;
