//! Native speed of the core's hot path: one pass of every rule phrase over
//! the page text, then the findings; and the phrase index's build, paid at
//! each start of the core. Prints a table; asserts nothing.
//! Run with `./build.sh bench` (which also measures the WebAssembly build
//! in Chromium and the extension end to end).

use objection::page_text::PageText;
use objection::phrases::PhraseIndex;
use objection::rules::Rules;
use objection::snapshot::Snapshot;

mod common;
use common::{page, page_in_blocks, scaled};
use objection::wording::flag;
use std::time::Instant;

fn time_ms(mut f: impl FnMut(), min_runs: usize) -> f64 {
    f(); // warm up
    let start = Instant::now();
    let mut runs = 0;
    while runs < min_runs || start.elapsed().as_millis() < 300 {
        f();
        runs += 1;
    }
    start.elapsed().as_secs_f64() * 1000.0 / runs as f64
}

fn main() {
    let sizes = [(10 * 1024, "10 KB"), (100 * 1024, "100 KB"), (1024 * 1024, "1 MB"), (5 * 1024 * 1024, "5 MB")];
    println!("native analysis (fold + one pass of the phrase trie + findings), {} cores", std::thread::available_parallelism().map(|n| n.get()).unwrap_or(1));
    println!("| page text | 1× rules | 4× rules | 16× rules |");
    println!("|---|---|---|---|");
    let sets: Vec<(Rules, PhraseIndex)> = [1, 4, 16]
        .into_iter()
        .map(|k| {
            let r = scaled(k);
            let i = PhraseIndex::build(&r);
            (r, i)
        })
        .collect();
    for (bytes, label) in sizes {
        let snap = page(bytes);
        let mut row = format!("| {label} |");
        for (rules, index) in &sets {
            let ms = time_ms(
                || {
                    let text = PageText::scan(&snap, index);
                    std::hint::black_box(flag(&snap, &text, index, rules, "en"));
                },
                3,
            );
            row.push_str(&format!(" {ms:.2} ms |"));
        }
        println!("{row}");
    }
    println!("phrases in the index: {}", sets.iter().map(|(_, i)| i.pattern_count().to_string()).collect::<Vec<_>>().join(" / "));
    let full = page(1024 * 1024);
    let ms = time_ms(|| drop(std::hint::black_box(objection::analyse(&full))), 3);
    println!("whole analyse() on 1 MB, real rules: {ms:.2} ms");
    let one_block = page_in_blocks(1024 * 1024, 1024 * 1024);
    let ms = time_ms(|| drop(std::hint::black_box(objection::analyse(&one_block))), 3);
    println!("the same 1 MB as one block: {ms:.2} ms");
    let rules = objection::rules::rules();
    let ms = time_ms(|| drop(std::hint::black_box(PhraseIndex::build(rules))), 3);
    println!("building the phrase index (at each start of the core): {ms:.2} ms");
    let text: String = full.blocks.iter().map(|b| b.text.as_str()).collect();
    let fold_ms = time_ms(
        || {
            let mut out = Vec::with_capacity(text.len());
            objection::text::fold_into(&text, &[], &mut out);
            std::hint::black_box(out);
        },
        3,
    );
    let folded = objection::text::fold(&text, &[]).text;
    let index = objection::phrases::index();
    let find_ms = time_ms(|| _ = std::hint::black_box(index.find(&folded).len()), 3);
    println!("of which, on 1 MB: folding {fold_ms:.2} ms, phrase pass {find_ms:.2} ms; the trie holds {} KB", index.memory_usage() / 1024);

    // The work of one analysis message, natively: the snapshot's JSON text
    // read, the page analysed, the answer written. The browser half of the
    // benchmark times the same pages as messages to the WebAssembly core and
    // prints the two side by side, from the file written here.
    println!("\n| page text | one analysis message, natively (JSON in, analysis, JSON out) |");
    println!("|---|---|");
    let mut figures = Vec::new();
    for (bytes, label, block) in sizes.iter().map(|&(b, l)| (b, l, 500)).chain([(1024 * 1024, "1 MB in one block", 1024 * 1024)]) {
        let json = serde_json::to_vec(&page_in_blocks(bytes, block)).expect("a snapshot serialises");
        let ms = time_ms(
            || {
                let snap: Snapshot = objection::browser_json::read_browser_json(json.clone()).expect("its own JSON reads back");
                std::hint::black_box(serde_json::to_string(&objection::analyse(&snap)).expect("an analysis serialises"));
            },
            3,
        );
        println!("| {label} | {ms:.2} ms |");
        figures.push(format!("{label:?}: {ms:.4}"));
    }
    let out = concat!(env!("CARGO_MANIFEST_DIR"), "/target/bench-native.json");
    if let Err(e) = std::fs::write(out, format!("{{{}}}\n", figures.join(", "))) {
        println!("(could not write {out}: {e})");
    }
}
