//! What both benchmarks measure on: page snapshots of a given size, and the
//! rule set grown by phrases that never occur.

use objection::rules::{parse_all, Phrase, Rules};
use objection::snapshot::{Block, Snapshot};

/// Page text of about `bytes`: ordinary prose with a flagged sentence now
/// and then, in blocks of about 500 bytes, as on a long Meta page.
pub fn page(bytes: usize) -> Snapshot {
    page_in_blocks(bytes, 500)
}

/// The same page with its text in blocks of about `block_bytes`.
pub fn page_in_blocks(bytes: usize, block_bytes: usize) -> Snapshot {
    let prose = "Information you've shared on our Products and services could be things like posts, photos and their captions. ";
    let flagged = "We'll review objection requests in accordance with relevant data protection laws. ";
    let mut blocks = Vec::new();
    let mut total = 0;
    let mut i = 0;
    while total < bytes {
        let mut text = String::new();
        while text.len() < block_bytes {
            text.push_str(if i % 40 == 0 { flagged } else { prose });
            i += 1;
        }
        total += text.len();
        blocks.push(Block { text, tag: "p".into(), ..Default::default() });
    }
    Snapshot { url: "https://www.facebook.com/privacy/genai".into(), lang: "en".into(), blocks, ..Default::default() }
}

/// The rule set with every phrase repeated `times` over as phrases that
/// never occur, to see how the pass grows with the number of rules.
pub fn scaled(times: usize) -> Rules {
    let mut rules = parse_all().expect("rules parse");
    for l in &mut rules.languages {
        for f in &mut l.flags {
            let extra: Vec<Phrase> = (1..times)
                .flat_map(|k| f.phrases.iter().map(move |p| Phrase::Unverified(format!("{} zq{k}x", p.text().trim_end_matches('*')))))
                .collect();
            f.phrases.extend(extra);
        }
        for group in [&mut l.signals.ai_topic, &mut l.signals.objection, &mut l.fields.email, &mut l.fields.statement] {
            let extra: Vec<Phrase> = (1..times).flat_map(|k| group.iter().map(move |p| Phrase::Unverified(format!("{} zq{k}y", p.text())))).collect();
            group.extend(extra);
        }
    }
    rules
}
