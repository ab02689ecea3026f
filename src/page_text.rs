//! The page's text folded once and scanned once: every phrase hit of every
//! rule, mapped back to the block it was found in.

use crate::phrases::{Hit, PhraseIndex};
use crate::snapshot::Snapshot;
use crate::text::{fold, Folded};

/// Blocks are joined with a character no phrase contains, so no phrase can
/// match across two blocks.
const SEPARATOR: char = '\u{1}';

pub struct PageText {
    /// Folded title, then folded blocks, joined by [`SEPARATOR`].
    pub joined: String,
    /// Folded text of each block, for offsets back into the raw text.
    pub blocks: Vec<Folded>,
    /// Byte offset in `joined` where each block starts; the title is first.
    starts: Vec<usize>,
    pub hits: Vec<Hit>,
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
        let title = fold(&snapshot.title, &[]);
        let blocks: Vec<Folded> = snapshot.blocks.iter().map(|b| fold(&b.text, &b.compat)).collect();
        let mut joined = String::with_capacity(blocks.iter().map(|b| b.text.len() + 1).sum::<usize>() + title.text.len());
        let mut starts = Vec::with_capacity(blocks.len() + 1);
        for t in std::iter::once(&title.text).chain(blocks.iter().map(|b| &b.text)) {
            starts.push(joined.len());
            joined.push_str(t);
            joined.push(SEPARATOR);
        }
        let hits = index.find(&joined).collect();
        PageText { joined, blocks, starts, hits }
    }

    pub fn locate(&self, hit: &Hit) -> Located {
        let i = self.starts.partition_point(|&s| s <= hit.start) - 1;
        let base = self.starts[i];
        Located { block: i.checked_sub(1), start: hit.start - base, end: hit.end - base }
    }
}
