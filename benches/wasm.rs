//! The core's hot path compiled to WebAssembly, in headless Chromium: the
//! native benchmark's table (one pass of the phrase trie over the page text,
//! then the findings) with 1×, 4× and 16× the real phrases, so the two can be
//! read side by side. Prints criterion's estimates; asserts nothing.
//! Run with `./build.sh bench`.
#![cfg_attr(not(target_arch = "wasm32"), allow(dead_code, unused_imports))]

mod common;

#[cfg(target_arch = "wasm32")]
mod in_browser {
    use super::common::{page, page_in_blocks, scaled};
    use objection::page_text::PageText;
    use objection::phrases::PhraseIndex;
    use objection::wording::flag;
    use std::time::Duration;
    use wasm_bindgen_test::{wasm_bindgen_bench, Criterion};

    wasm_bindgen_test::wasm_bindgen_test_configure!(run_in_browser);

    #[wasm_bindgen_bench]
    fn scan_and_flag(c: &mut Criterion) {
        // Fewer, shorter samples than criterion's defaults: fourteen cases
        // must fit in a couple of minutes.
        let mut c = std::mem::take(c).sample_size(10).warm_up_time(Duration::from_millis(300)).measurement_time(Duration::from_secs(1));
        for times in [1, 4, 16] {
            let rules = scaled(times);
            let index = PhraseIndex::build(&rules);
            for (bytes, label) in [(10 * 1024, "10 KB"), (100 * 1024, "100 KB"), (1024 * 1024, "1 MB"), (5 * 1024 * 1024, "5 MB")] {
                let snap = page(bytes);
                c.bench_function(&format!("{label}, {times}x rules"), |b| {
                    b.iter(|| {
                        let text = PageText::scan(&snap, &index);
                        flag(&snap, &text, &index, &rules, "en")
                    })
                });
            }
        }
        // The whole analysis (recognition and fields too) with the real
        // rules, as the background runs it on each message.
        let full = page(1024 * 1024);
        objection::phrases::index();
        c.bench_function("whole analyse() on 1 MB, real rules", |b| b.iter(|| objection::analyse(&full)));
        let one_block = page_in_blocks(1024 * 1024, 1024 * 1024);
        c.bench_function("the same 1 MB as one block", |b| b.iter(|| objection::analyse(&one_block)));
    }
}
