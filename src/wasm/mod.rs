//! The browser side: thin bindings from the extension's contexts to the core.
//! Nothing here decides anything the core could.

pub mod background;
mod browser;
mod dom;
pub mod options;
mod popup;
mod record_view;
