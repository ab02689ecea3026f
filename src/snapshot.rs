//! What the content script sends: a plain description of the page, with no
//! browser types, so the core can be tested natively on saved snapshots.

use crate::text::Substitution;
use serde::{Deserialize, Deserializer, Serialize};

/// A missing, `null` or `undefined` value as the type's default: browsers
/// differ in whether `undefined` properties survive messaging.
fn lenient<'de, D: Deserializer<'de>, T: Default + Deserialize<'de>>(d: D) -> Result<T, D::Error> {
    Ok(Option::<T>::deserialize(d)?.unwrap_or_default())
}

fn is_zero(n: &u32) -> bool {
    *n == 0
}

/// Texts past these sizes are cut: a hostile or huge page costs bounded time.
pub const MAX_BLOCKS: usize = 20_000;
pub const MAX_CONTROLS: usize = 2_000;
pub const MAX_TEXT_BYTES: usize = 8 * 1024 * 1024;
/// A control's labels and options: real ones are a few words; more is not
/// a label, and every label is scored against every field rule. A
/// control's value is never cut, because a sent statement is recorded as
/// the user wrote it.
pub const MAX_LABELS: usize = 32;
pub const MAX_OPTIONS: usize = 1_000;
pub const MAX_LABEL_BYTES: usize = 1024;
pub const MAX_LABEL_TEXT_BYTES: usize = 1024 * 1024;

/// Cut `text` to at most `max` bytes, on a character boundary.
fn cut(text: &mut String, max: usize) {
    if text.len() > max {
        let mut at = max;
        while !text.is_char_boundary(at) {
            at -= 1;
        }
        text.truncate(at);
    }
}

#[derive(Debug, Clone, Default, Deserialize, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Snapshot {
    pub url: String,
    /// The `lang` attribute of the document element, as written.
    #[serde(default, deserialize_with = "lenient")]
    pub lang: String,
    #[serde(default, deserialize_with = "lenient")]
    pub title: String,
    /// Visible text, one entry per block element, in document order.
    #[serde(default, deserialize_with = "lenient")]
    pub blocks: Vec<Block>,
    #[serde(default, deserialize_with = "lenient")]
    pub controls: Vec<Control>,
}

#[derive(Debug, Clone, Default, Deserialize, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Block {
    pub text: String,
    /// Lower-case tag name of the block element (`h1`, `p`, `label`, ...).
    #[serde(default, deserialize_with = "lenient")]
    pub tag: String,
    /// The ARIA roles of the block element and its ancestors, outermost
    /// first, space-separated (`main feed article`).
    #[serde(default, deserialize_with = "lenient", skip_serializing_if = "String::is_empty")]
    pub roles: String,
    /// Which article (post) the block is in: the outermost `role="article"`
    /// around it, numbered from 1 in the order first met; 0 for none.
    #[serde(default, deserialize_with = "lenient", skip_serializing_if = "is_zero")]
    pub article: u32,
    /// The browser's NFKC substitutions for this text, when there are any.
    #[serde(default, deserialize_with = "lenient", skip_serializing)]
    pub compat: Vec<Substitution>,
}

impl Block {
    /// Whether the block is something people posted rather than Meta's own
    /// text: anything in a feed, comments (an article within an article),
    /// and with `several_posts` (see [`Snapshot::has_several_posts`]) any
    /// article. People quote Meta's notices word for word, and a feed of
    /// such posts is not a notice. A single article alone is kept: it may
    /// be Meta's own page.
    pub fn is_peoples_post(&self, several_posts: bool) -> bool {
        if several_posts && self.article != 0 && !self.in_dialog() {
            return true;
        }
        let mut articles = 0;
        for role in self.roles.split_ascii_whitespace() {
            match role {
                "feed" => return true,
                "article" => {
                    articles += 1;
                    if articles > 1 {
                        return true;
                    }
                }
                _ => {}
            }
        }
        false
    }

    /// Whether the block is people's words rather than Meta's: a post (see
    /// [`Self::is_peoples_post`]), or on a page of people's posts
    /// ([`crate::recognise::is_peoples_page`]) anything but a dialog over it.
    pub fn is_peoples_text(&self, on_peoples_page: bool, several_posts: bool) -> bool {
        self.is_peoples_post(several_posts) || (on_peoples_page && !self.in_dialog())
    }

    /// Whether the block is in a dialog, which over people's posts is Meta's.
    fn in_dialog(&self) -> bool {
        self.roles.split_ascii_whitespace().any(|r| r == "dialog" || r == "alertdialog")
    }
}

impl Snapshot {
    /// Whether the page shows two posts or more: blocks of two separate
    /// articles outside any dialog. A profile's or a Page's posts need not
    /// be in a feed, and their paths cannot be listed ahead; Meta's own
    /// notice is one article at most.
    pub fn has_several_posts(&self) -> bool {
        let mut first = 0;
        for b in self.blocks.iter().filter(|b| b.article != 0 && !b.in_dialog()) {
            if first == 0 {
                first = b.article;
            } else if b.article != first {
                return true;
            }
        }
        false
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum LabelSource {
    LabelFor,
    LabelWrap,
    AriaLabel,
    AriaLabelledby,
    AriaDescribedby,
    Placeholder,
    /// The `title` attribute: the tooltip, the accessible name's last resort.
    Title,
    Name,
    Id,
    Autocomplete,
    Legend,
    Nearby,
    /// The rest of the text in the control's own container ("(optional)"
    /// beside the label, a hint below): read only for whether the field
    /// may be left empty, never for what it asks.
    Container,
}

#[derive(Debug, Clone, Deserialize, Serialize)]
pub struct Label {
    pub source: LabelSource,
    pub text: String,
}

#[derive(Debug, Clone, Default, Deserialize, Serialize)]
pub struct ChoiceOption {
    #[serde(default, deserialize_with = "lenient")]
    pub value: String,
    #[serde(default, deserialize_with = "lenient")]
    pub text: String,
}

/// A form control: a native input, select or textarea, or an ARIA widget
/// (`combobox`, `listbox` button) that stands for one.
#[derive(Debug, Clone, Default, Deserialize, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Control {
    /// The content script's handle for this control.
    pub key: u32,
    /// `input`, `select`, `textarea` (also for a rich-text box, a
    /// contenteditable element), or `combobox` for an ARIA picker.
    pub tag: String,
    /// The input's `type` (`text`, `email`, `radio`, ...), empty otherwise.
    #[serde(default, deserialize_with = "lenient", rename = "type")]
    pub input_type: String,
    #[serde(default, deserialize_with = "lenient")]
    pub labels: Vec<Label>,
    #[serde(default, deserialize_with = "lenient")]
    pub required: bool,
    #[serde(default, deserialize_with = "lenient")]
    pub value: String,
    #[serde(default, deserialize_with = "lenient")]
    pub checked: bool,
    #[serde(default, deserialize_with = "lenient")]
    pub disabled: bool,
    /// A `<select>`'s options, in order.
    #[serde(default, deserialize_with = "lenient")]
    pub options: Vec<ChoiceOption>,
    /// A `<select>`'s selected index (`-1` for none); absent for the rest.
    #[serde(default, deserialize_with = "lenient", skip_serializing_if = "Option::is_none")]
    pub selected: Option<i32>,
    /// A text box's `maxlength`, in UTF-16 units as the browser counts.
    #[serde(default, deserialize_with = "lenient", skip_serializing_if = "Option::is_none")]
    pub max_length: Option<u32>,
    /// The user, or an earlier prefill, has set this control.
    #[serde(default, deserialize_with = "lenient", skip_serializing_if = "std::ops::Not::not")]
    pub touched: bool,
    /// A text box that is a picker's search (`role="combobox"` or a list
    /// `aria-autocomplete`): what is typed filters a list to choose from.
    #[serde(default, deserialize_with = "lenient", skip_serializing_if = "std::ops::Not::not")]
    pub typeahead: bool,
    /// The question a radio button answers (its name, or its radiogroup):
    /// one of a group already chosen is the user's answer.
    #[serde(default, deserialize_with = "lenient", skip_serializing_if = "String::is_empty")]
    pub group: String,
}

impl Snapshot {
    /// Cut an oversized snapshot down to the bounds above.
    pub fn bounded(mut self) -> Self {
        self.blocks.truncate(MAX_BLOCKS);
        self.controls.truncate(MAX_CONTROLS);
        let mut budget = MAX_TEXT_BYTES;
        self.blocks.retain_mut(|b| {
            if budget == 0 {
                return false;
            }
            cut(&mut b.text, budget);
            budget -= b.text.len();
            true
        });
        let mut label_budget = MAX_LABEL_TEXT_BYTES;
        for c in &mut self.controls {
            c.labels.truncate(MAX_LABELS);
            c.options.truncate(MAX_OPTIONS);
            for text in c.labels.iter_mut().map(|l| &mut l.text).chain(c.options.iter_mut().map(|o| &mut o.text)) {
                cut(text, MAX_LABEL_BYTES.min(label_budget));
                label_budget -= text.len();
            }
        }
        self
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn block(roles: &str) -> Block {
        Block { text: "x".into(), roles: roles.into(), ..Default::default() }
    }

    #[test]
    fn posts_in_a_feed_and_comments_are_peoples_words() {
        assert!(block("main feed article").is_peoples_post(false));
        assert!(block("feed").is_peoples_post(false));
        assert!(block("main article article").is_peoples_post(false), "a comment under a post");
        assert!(!block("main article").is_peoples_post(false), "one article may be Meta's own page");
        assert!(!block("dialog").is_peoples_post(false));
        assert!(!block("").is_peoples_post(false));
        assert!(!block("feedback").is_peoples_post(false), "whole role names only");
    }

    #[test]
    fn on_a_page_of_peoples_posts_only_a_dialog_is_metas() {
        assert!(block("main").is_peoples_text(true, false), "a listing's description");
        assert!(block("").is_peoples_text(true, false));
        assert!(!block("main dialog").is_peoples_text(true, false), "Meta's notice over the page");
        assert!(!block("alertdialog").is_peoples_text(true, false));
        assert!(block("dialog feed article").is_peoples_text(true, false), "a post shown in a dialog is still a post");
        assert!(!block("main").is_peoples_text(false, false));
    }

    #[test]
    fn two_separate_posts_make_every_article_peoples_words() {
        let post = |roles: &str, article: u32| Block { article, ..block(roles) };
        let page = |blocks: Vec<Block>| Snapshot { blocks, ..Default::default() };
        let two = page(vec![post("main", 0), post("main article", 1), post("main article", 1), post("main article", 2)]);
        assert!(two.has_several_posts());
        let one = page(vec![post("main", 0), post("main article", 1), post("main article", 1)]);
        assert!(!one.has_several_posts(), "one article may be Meta's own page");
        let dialog = page(vec![post("main article", 1), post("dialog article", 2)]);
        assert!(!dialog.has_several_posts(), "an article in a dialog over the page is not a second post");
        assert!(post("main article", 1).is_peoples_post(true));
        assert!(!post("main", 0).is_peoples_post(true), "the page around the posts");
        assert!(!post("dialog article", 2).is_peoples_post(true), "Meta's notice in a dialog");
    }
}
