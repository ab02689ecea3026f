//! The page's text folded once and scanned once: every phrase hit of every
//! rule, mapped back to the block it was found in.

use crate::phrases::{Hit, PhraseIndex};
use crate::snapshot::{Block, Snapshot};
use crate::text::fold_into;

/// Blocks are joined with a character no phrase contains, so no phrase can
/// match across two blocks.
const SEPARATOR: char = '\u{1}';

pub struct PageText {
    /// Folded title, then folded blocks, each followed by [`SEPARATOR`].
    pub joined: String,
    /// Byte offset in `joined` where each block starts; the title is first.
    starts: Vec<usize>,
    pub hits: Vec<Hit>,
    /// The page is made of people's posts ([`crate::recognise::is_peoples_page`]):
    /// only its dialogs' text is in `joined`.
    pub peoples_page: bool,
    /// The page shows several posts ([`Snapshot::has_several_posts`]) and
    /// is not one of Meta's own notices or forms: each post is people's.
    pub several_posts: bool,
}

/// Where a hit landed: `None` for the title, else the block index, with the
/// hit's byte range inside that block's folded text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Located {
    pub block: Option<usize>,
    pub start: usize,
    pub end: usize,
}

impl PageText {
    pub fn scan(snapshot: &Snapshot, index: &PhraseIndex) -> Self {
        let raw_len = snapshot.title.len() + snapshot.blocks.iter().map(|b| b.text.len() + 1).sum::<usize>();
        let mut joined: Vec<u8> = Vec::with_capacity(raw_len + 1);
        let mut starts = Vec::with_capacity(snapshot.blocks.len() + 1);
        // People's posts stay in as empty blocks: what they quote is not
        // what the page says, and block numbers still match the snapshot's.
        // On a page of people's posts the title is theirs too (a listing's,
        // a group's name).
        let pages = &crate::rules::rules().pages;
        let peoples_page = crate::recognise::is_peoples_page(pages, &snapshot.url);
        let several_posts = !crate::recognise::is_own_text_path(pages, &snapshot.url) && snapshot.has_several_posts();
        let own_words = snapshot
            .blocks
            .iter()
            .map(|b| if b.is_peoples_text(peoples_page, several_posts) { ("", &[][..]) } else { (b.text.as_str(), &b.compat[..]) });
        let title = if peoples_page { "" } else { snapshot.title.as_str() };
        for (text, compat) in std::iter::once((title, &[][..])).chain(own_words) {
            starts.push(joined.len());
            fold_into(text, compat, &mut joined);
            joined.push(SEPARATOR as u8);
        }
        let joined = String::from_utf8(joined).expect("folded whole characters");
        let hits = index.find(&joined);
        PageText { joined, starts, hits, peoples_page, several_posts }
    }

    /// Whether `block` is people's words, which the scan left out.
    pub fn is_peoples(&self, block: &Block) -> bool {
        block.is_peoples_text(self.peoples_page, self.several_posts)
    }

    /// The folded text of block `b`.
    pub fn block(&self, b: usize) -> &str {
        let start = self.starts[b + 1];
        let end = self.starts.get(b + 2).copied().unwrap_or(self.joined.len());
        &self.joined[start..end - 1]
    }

    pub fn locate(&self, hit: &Hit) -> Located {
        let i = self.starts.partition_point(|&s| s <= hit.start) - 1;
        let base = self.starts[i];
        Located { block: i.checked_sub(1), start: hit.start - base, end: hit.end - base }
    }
}
