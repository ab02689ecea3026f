//! A trie of byte strings, walked from a given place in a text.
//!
//! The phrase index only ever looks for phrases where a word starts (see
//! [`crate::phrases`]), so every search is anchored: it follows the text
//! from one place until no stored string goes on. That is a trie walk.
//! Aho-Corasick adds failure links so that one unanchored pass finds every
//! match; an anchored walk never follows them, yet building them was most
//! of the work at each start of the service worker.
//!
//! Nodes near the root have many children (the root has one per byte a
//! phrase can start with), so a node with at least [`DENSE_FROM`] children
//! gets a row of 256 entries; the others keep their children in byte order
//! and are scanned, which is cheap because deep nodes have one child or two.

/// A node or value slot that holds nothing.
pub const NONE: u32 = u32::MAX;

/// Children from which a node gets a dense row (256 entries of 4 bytes).
const DENSE_FROM: usize = 6;

/// The trie as it is built. Each node's children form a list in byte
/// order (its first child, then each child's next sibling), so building
/// allocates nothing per node.
pub struct TrieBuilder {
    label: Vec<u8>,
    first_child: Vec<u32>,
    next_sibling: Vec<u32>,
    values: Vec<u32>,
}

impl Default for TrieBuilder {
    fn default() -> Self {
        Self::new()
    }
}

impl TrieBuilder {
    pub fn new() -> Self {
        TrieBuilder { label: vec![0], first_child: vec![NONE], next_sibling: vec![NONE], values: vec![NONE] }
    }

    /// The child of `node` along `b`, or where a new one goes: the sibling
    /// it would follow (`NONE` to come first).
    fn find(&self, node: usize, b: u8) -> Result<usize, u32> {
        let (mut before, mut at) = (NONE, self.first_child[node]);
        while at != NONE && self.label[at as usize] < b {
            before = at;
            at = self.next_sibling[at as usize];
        }
        if at != NONE && self.label[at as usize] == b {
            Ok(at as usize)
        } else {
            Err(before)
        }
    }

    /// The value slot of a non-empty `key`, `NONE` until something is
    /// stored; the nodes on its way are made as needed.
    pub fn value_mut(&mut self, key: &[u8]) -> &mut u32 {
        let mut node = 0;
        for &b in key {
            node = match self.find(node, b) {
                Ok(child) => child,
                Err(before) => {
                    let child = self.values.len() as u32;
                    let after = if before == NONE { &mut self.first_child[node] } else { &mut self.next_sibling[before as usize] };
                    let next = std::mem::replace(after, child);
                    self.label.push(b);
                    self.first_child.push(NONE);
                    self.next_sibling.push(next);
                    self.values.push(NONE);
                    child as usize
                }
            };
        }
        &mut self.values[node]
    }

    /// The children of `node` as (byte, node), in byte order.
    fn children(&self, node: usize) -> impl Iterator<Item = (u8, u32)> + '_ {
        std::iter::successors(Some(self.first_child[node]).filter(|&c| c != NONE), |&c| Some(self.next_sibling[c as usize]).filter(|&n| n != NONE))
            .map(|c| (self.label[c as usize], c))
    }

    pub fn build(self) -> Trie {
        let mut trie = Trie {
            root: Box::new([NONE; 256]),
            nodes: Vec::with_capacity(self.values.len()),
            labels: Vec::with_capacity(self.values.len()),
            targets: Vec::with_capacity(self.values.len()),
            dense: Vec::new(),
        };
        for (b, child) in self.children(0) {
            trie.root[usize::from(b)] = child;
        }
        for (n, &value) in self.values.iter().enumerate() {
            let mut node = Node { value, first: trie.labels.len() as u32, len: 0 };
            if self.children(n).nth(DENSE_FROM - 1).is_some() {
                (node.first, node.len) = (trie.dense.len() as u32, DENSE);
                let mut row = [NONE; 256];
                for (b, child) in self.children(n) {
                    row[usize::from(b)] = child;
                }
                trie.dense.push(row);
            } else {
                for (b, child) in self.children(n) {
                    trie.labels.push(b);
                    trie.targets.push(child);
                    node.len += 1;
                }
            }
            trie.nodes.push(node);
        }
        trie
    }
}

/// The `len` of a node whose children are a row in `dense`.
const DENSE: u32 = u32::MAX;

#[derive(Clone, Copy)]
struct Node {
    /// The value stored for the key that ends here, or `NONE`.
    value: u32,
    /// Where its children start in `labels` and `targets`, and how many
    /// there are; or, when `len` is [`DENSE`], its row in `dense`.
    first: u32,
    len: u32,
}

/// A built trie: flat arrays, node 0 the root. The layout keeps the walk's
/// steps free of checks that `opt-level = "z"` would not remove: rows are
/// arrays indexed by a byte, and each node is one lookup.
pub struct Trie {
    /// The root's children by byte: every walk starts here.
    root: Box<[u32; 256]>,
    nodes: Vec<Node>,
    labels: Vec<u8>,
    targets: Vec<u32>,
    dense: Vec<[u32; 256]>,
}

impl Trie {
    /// The child of `node` along byte `b`, or `NONE`.
    #[inline(always)]
    fn child(&self, node: Node, b: u8) -> u32 {
        if node.len == DENSE {
            return self.dense.get(node.first as usize).map_or(NONE, |row| row[usize::from(b)]);
        }
        let (from, len) = (node.first as usize, node.len as usize);
        // Labels are in byte order: stop at the first one not below `b`.
        let Some(labels) = self.labels.get(from..from + len) else { return NONE };
        match labels.iter().position(|&label| label >= b) {
            Some(k) if labels[k] == b => self.targets.get(from + k).copied().unwrap_or(NONE),
            _ => NONE,
        }
    }

    /// Whether some stored key starts with byte `b`.
    #[inline(always)]
    pub fn starts_with_byte(&self, b: u8) -> bool {
        self.root[usize::from(b)] != NONE
    }

    /// Calls `found(length, value)` for every stored key that `text`
    /// starts with, shortest first.
    #[inline(always)]
    pub fn prefixes_of(&self, text: &[u8], mut found: impl FnMut(usize, u32)) {
        let Some((&first, rest)) = text.split_first() else { return };
        let mut next = self.root[usize::from(first)];
        let mut len = 1;
        let mut rest = rest.iter();
        while let Some(&node) = self.nodes.get(next as usize) {
            if node.value != NONE {
                found(len, node.value);
            }
            let Some(&b) = rest.next() else { return };
            next = self.child(node, b);
            len += 1;
        }
    }

    /// Heap bytes the trie holds.
    pub fn memory_usage(&self) -> usize {
        std::mem::size_of::<[u32; 256]>() * (1 + self.dense.capacity())
            + std::mem::size_of::<Node>() * self.nodes.capacity()
            + 4 * self.targets.capacity()
            + self.labels.capacity()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn built(keys: &[&str]) -> Trie {
        let mut b = TrieBuilder::new();
        for (i, k) in keys.iter().enumerate() {
            *b.value_mut(k.as_bytes()) = i as u32;
        }
        b.build()
    }

    fn prefixes(trie: &Trie, text: &str) -> Vec<(usize, u32)> {
        let mut out = Vec::new();
        trie.prefixes_of(text.as_bytes(), |len, v| out.push((len, v)));
        out
    }

    #[test]
    fn finds_every_stored_prefix_shortest_first() {
        let t = built(&["ob", "object", "objection", "oz", "x"]);
        assert_eq!(prefixes(&t, "objections"), vec![(2, 0), (6, 1), (9, 2)]);
        assert_eq!(prefixes(&t, "obey"), vec![(2, 0)]);
        assert_eq!(prefixes(&t, "o"), vec![]);
        assert_eq!(prefixes(&t, "zebra"), vec![]);
        assert!(t.starts_with_byte(b'x') && !t.starts_with_byte(b'y'));
    }

    #[test]
    fn dense_and_sparse_nodes_agree() {
        // The root gets a dense row; "a" has more children than DENSE_FROM,
        // "b" fewer.
        let keys: Vec<String> = (b'a'..=b'z').map(|c| format!("a{}", c as char)).chain(["ba".into(), "bz".into()]).collect();
        let refs: Vec<&str> = keys.iter().map(String::as_str).collect();
        let t = built(&refs);
        for (i, k) in refs.iter().enumerate() {
            assert_eq!(prefixes(&t, k), vec![(2, i as u32)], "{k}");
        }
        assert_eq!(prefixes(&t, "bb"), vec![]);
        assert_eq!(prefixes(&t, "b\u{e9}"), vec![]);
    }

    #[test]
    fn a_key_stored_again_takes_the_new_value() {
        let mut b = TrieBuilder::new();
        *b.value_mut(b"same") = 1;
        assert_eq!(*b.value_mut(b"same"), 1);
        *b.value_mut(b"same") = 2;
        assert_eq!(*b.value_mut(b"same"), 2);
        assert_eq!(*b.value_mut(b"sam"), NONE);
        assert_eq!(prefixes(&b.build(), "same"), vec![(4, 2)]);
    }
}
