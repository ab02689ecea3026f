//! The core's entry points on any input: no panic, offsets always inside
//! the text they point into, and bounded work on huge or deep input. A
//! short run is part of every `cargo test`; `PROPTEST_CASES=20000 cargo
//! test --test fuzz` runs a long one.
#![cfg(not(target_arch = "wasm32"))]

use objection::prefs::{parse_stored, Preferences};
use objection::snapshot::{Block, ChoiceOption, Control, Label, LabelSource, Snapshot};
use objection::text::Substitution;
use proptest::prelude::*;

/// Text mixing page-like words, rule phrases, and awkward characters.
fn text() -> impl Strategy<Value = String> {
    let pieces = prop_oneof![
        Just("We'll review objection requests".to_string()),
        Just("If your request is honored".to_string()),
        Just("AI at Meta".to_string()),
        Just("legitimate interests".to_string()),
        Just("right to object".to_string()),
        Just("Email address".to_string()),
        Just("\u{200B}\u{00AD}\u{2060}\u{FEFF}".to_string()),
        Just("\u{0301}\u{20DD}".to_string()),
        Just("\u{1F600}\u{10FFFF}".to_string()),
        Just("\u{FFFD}".to_string()),
        Just("Σ ß İ ﬁ ＡＩ".to_string()),
        Just(". ! ? ; \u{1} ".to_string()),
        "\\PC{0,12}",
    ];
    prop::collection::vec(pieces, 0..12).prop_map(|v| v.join(" "))
}

fn label() -> impl Strategy<Value = Label> {
    let source = prop_oneof![
        Just(LabelSource::LabelFor), Just(LabelSource::LabelWrap), Just(LabelSource::AriaLabel), Just(LabelSource::AriaLabelledby),
        Just(LabelSource::Placeholder), Just(LabelSource::Title), Just(LabelSource::Name), Just(LabelSource::Id), Just(LabelSource::Autocomplete),
        Just(LabelSource::Legend), Just(LabelSource::Nearby), Just(LabelSource::AriaDescribedby), Just(LabelSource::Container),
    ];
    (source, text()).prop_map(|(source, text)| Label { source, text })
}

fn control() -> impl Strategy<Value = Control> {
    (
        any::<u32>(),
        prop_oneof![Just("input"), Just("select"), Just("textarea"), Just("combobox"), Just("weird")],
        prop_oneof![Just(""), Just("text"), Just("email"), Just("tel"), Just("radio"), Just("checkbox"), Just("password")],
        prop::collection::vec(label(), 0..4),
        any::<bool>(),
        text(),
        prop::collection::vec((text(), text()).prop_map(|(value, text)| ChoiceOption { value, text }), 0..4),
        prop::option::of(0u32..1000),
    )
        .prop_map(|(key, tag, ty, labels, required, value, options, max_length)| Control {
            key,
            tag: tag.into(),
            input_type: ty.into(),
            labels,
            required,
            value,
            options,
            max_length,
            ..Default::default()
        })
}

fn snapshot() -> impl Strategy<Value = Snapshot> {
    let url = prop_oneof![
        Just("https://www.facebook.com/help/contact/6359191084165019".to_string()),
        Just("https://help.instagram.com/contact/999".to_string()),
        Just("https://www.facebook.com/privacy/genai".to_string()),
        Just("https://fr-fr.facebook.com/".to_string()),
        "\\PC{0,40}",
    ];
    let subs = prop::collection::vec((any::<u16>(), 0u32..8, "\\PC{0,3}").prop_map(|(a, b, c)| Substitution(a as u32 % 64, b, c)), 0..4);
    // Blocks in no article, or in one of a few (a page of several posts).
    let roles = prop_oneof![Just((String::new(), 0u32)), (1u32..4).prop_map(|a| ("main article".to_string(), a))];
    let block = (text(), subs, roles).prop_map(|(text, compat, (roles, article))| Block { text, tag: "p".into(), compat, roles, article });
    (url, "\\PC{0,8}", text(), prop::collection::vec(block, 0..8), prop::collection::vec(control(), 0..8))
        .prop_map(|(url, lang, title, blocks, controls)| Snapshot { url, lang, title, blocks, controls })
}

fn utf16_len(s: &str) -> u32 {
    s.encode_utf16().count() as u32
}

/// A string as the browser's `JSON.stringify` writes it: UTF-16 units,
/// a lone surrogate as an escape such as `\ud83d`.
fn stringify_utf16(units: &[u16]) -> String {
    let mut json = String::from("\"");
    for unit in char::decode_utf16(units.iter().copied()) {
        match unit {
            Ok(c) => {
                let one = serde_json::to_string(&c.to_string()).unwrap();
                json.push_str(&one[1..one.len() - 1]);
            }
            Err(lone) => json.push_str(&format!("\\u{:04x}", lone.unpaired_surrogate())),
        }
    }
    json.push('"');
    json
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 300, ..ProptestConfig::default() })]

    #[test]
    fn any_utf16_text_from_the_browser_reads_with_its_length_kept(
        units in prop::collection::vec(prop_oneof![any::<u16>(), 0xD800u16..0xE000, Just(u16::from(b'\\'))], 0..40)
    ) {
        let json = stringify_utf16(&units).into_bytes();
        let text: String = objection::browser_json::read_browser_json(json).expect("readable, mended where needed");
        prop_assert_eq!(&text, &String::from_utf16_lossy(&units));
        prop_assert_eq!(utf16_len(&text) as usize, units.len());
    }

    #[test]
    fn analysis_never_panics_and_points_inside_the_page(snap in snapshot()) {
        if let Some(a) = objection::analyse(&snap) {
            for f in &a.findings {
                prop_assert!(f.start <= f.end);
                if let Some(b) = f.block {
                    prop_assert!(b < snap.blocks.len());
                    prop_assert!(f.end <= utf16_len(&snap.blocks[b].text));
                }
            }
            for m in &a.fields {
                prop_assert!(snap.controls.iter().any(|c| c.key == m.key));
            }
        }
        let prefs = Preferences { email: "a@b.de".into(), country: "PT".into(), ..Default::default() };
        let _ = objection::prefill(&snap, &prefs, &["Portugal".to_string()]);
        let _ = objection::record::sent_form(&snap);
    }

    #[test]
    fn folding_eight_bytes_at_once_folds_as_byte_by_byte(raw in prop::collection::vec(prop::sample::select(
        vec!["@", "A", "M", "Z", "[", "`", "a", "z", "{", "0", " ", " ", "  ", "\t", "\n", "\r\n", "\x0B", "\x0C", "\x01", "\x7F", "\u{e9}", "\u{a0}", "Objection "]
    ), 0..40).prop_map(|v| v.concat())) {
        // `fold` keeps offsets, so it never takes the eight-byte path.
        let mut fast = Vec::new();
        objection::text::fold_into(&raw, &[], &mut fast);
        prop_assert_eq!(String::from_utf8(fast).unwrap(), objection::text::fold(&raw, &[]).text);
    }

    #[test]
    fn folding_keeps_offsets_in_bounds(raw in text(), subs in prop::collection::vec((0u32..80, 0u32..10, "\\PC{0,4}"), 0..6)) {
        let subs: Vec<Substitution> = subs.into_iter().map(|(a, b, c)| Substitution(a, b, c)).collect();
        let f = objection::text::fold(&raw, &subs);
        // The page's fast path (no offsets, ASCII runs in place) folds alike.
        let mut fast = b"before\x01".to_vec();
        objection::text::fold_into(&raw, &subs, &mut fast);
        prop_assert_eq!(&fast[7..], f.text.as_bytes());
        prop_assert_eq!(f.origin.len(), f.text.len() + 1);
        let len = utf16_len(&raw);
        prop_assert!(f.origin.iter().all(|&o| o <= len));
        if !f.text.is_empty() {
            let (a, b) = f.original_range(0, f.text.len());
            prop_assert!(a <= b && b <= len);
        }
    }

    #[test]
    fn stored_data_parsers_never_panic(s in "\\PC{0,200}") {
        let _ = parse_stored(&s);
        let _ = objection::record::parse(&s);
    }

    #[test]
    fn stored_data_parsers_never_panic_on_json_shaped_input(
        version in any::<i64>(), email in text(), country in "\\PC{0,4}", entries in "\\PC{0,60}"
    ) {
        let prefs = format!(r#"{{"version":{version},"preferences":{{"email":{},"country":{}}}}}"#, serde_json::json!(email), serde_json::json!(country));
        let _ = parse_stored(&prefs);
        let record = format!(r#"{{"version":{version},"entries":{}}}"#, serde_json::json!(entries));
        let _ = objection::record::parse(&record);
    }

    #[test]
    fn a_name_split_in_parts_loses_no_word(full in text(), family in "\\PC{0,30}", family_first in any::<bool>()) {
        let words = |s: &str| s.split_whitespace().map(str::to_string).collect::<Vec<_>>();
        let parts = objection::names::split(&full, &family, family_first);
        if family.trim().is_empty() {
            // Worked out from the name: the given name, then the family
            // name, or the other way round.
            let (g, f) = (parts.given.as_str(), parts.family.as_str());
            let joined = if family_first { format!("{f} {g}") } else { format!("{g} {f}") };
            prop_assert_eq!(words(&joined), words(&full));
        } else if objection::names::is_part_of(&full, &family) {
            // The saved family name at either end, the rest the given name.
            let (g, f) = (words(&parts.given), words(&parts.family));
            let all = words(&full);
            prop_assert!(all == [g.clone(), f.clone()].concat() || all == [f, g].concat());
        } else {
            // Not part of the name: the name whole, and the family name as saved.
            prop_assert_eq!(words(&parts.given), words(&full));
        }
    }
}

#[test]
fn huge_pages_and_thousands_of_fields_are_bounded() {
    let sentence = "We'll review objection requests in accordance with relevant data protection laws. Some ordinary text about AI at Meta and the right to object. ";
    let big = sentence.repeat(5 * 1024 * 1024 / sentence.len());
    let controls: Vec<Control> = (0..5000)
        .map(|k| Control { key: k, tag: "input".into(), labels: vec![Label { source: LabelSource::LabelFor, text: format!("Email address {k}") }], ..Default::default() })
        .collect();
    let snap = Snapshot {
        url: "https://www.facebook.com/privacy/genai".into(),
        blocks: (0..30_000).map(|_| Block { text: sentence.to_string(), ..Default::default() }).chain([Block { text: big, ..Default::default() }]).collect(),
        controls,
        ..Default::default()
    }
    .bounded();
    assert!(snap.blocks.iter().map(|b| b.text.len()).sum::<usize>() <= objection::snapshot::MAX_TEXT_BYTES);
    assert!(snap.controls.len() <= objection::snapshot::MAX_CONTROLS);
    let a = objection::analyse(&snap).expect("still a notice");
    assert!(!a.findings.is_empty());
}

#[test]
fn oversized_labels_and_option_lists_are_cut_and_a_field_still_matches() {
    use objection::snapshot::{MAX_LABELS, MAX_LABEL_BYTES, MAX_LABEL_TEXT_BYTES, MAX_OPTIONS};
    // 40 labels of 1.4 KB on each of 2000 controls: 112 MB of label text;
    // the first controls also list too many options, some too long.
    let long = "Email address ".repeat(100);
    let control = |k: u32| Control {
        key: k,
        tag: "input".into(),
        input_type: "email".into(),
        labels: (0..40).map(|_| Label { source: LabelSource::LabelFor, text: long.clone() }).collect(),
        options: if k < 3 { (0..1500).map(|i| ChoiceOption { value: i.to_string(), text: format!("Ελλάδα {i} ").repeat(if i == 0 { 200 } else { 1 }) }).collect() } else { Vec::new() },
        value: if k == 0 { "x".repeat(100_000) } else { String::new() },
        ..Default::default()
    };
    let snap = Snapshot {
        url: "https://www.facebook.com/help/contact/6359191084165019".into(),
        title: "Object to your information being used for AI at Meta".into(),
        controls: (0..2000).map(control).collect(),
        ..Default::default()
    }
    .bounded();
    let mut label_bytes = 0;
    for c in &snap.controls {
        assert!(c.labels.len() <= MAX_LABELS && c.options.len() <= MAX_OPTIONS);
        for text in c.labels.iter().map(|l| &l.text).chain(c.options.iter().map(|o| &o.text)) {
            assert!(text.len() <= MAX_LABEL_BYTES);
            label_bytes += text.len();
        }
    }
    assert_eq!(snap.controls[0].value.len(), 100_000, "a value, such as the statement sent, is kept whole");
    assert!(snap.controls[0].options[0].text.len() <= MAX_LABEL_BYTES && snap.controls[0].options.len() == MAX_OPTIONS);
    assert!(label_bytes <= MAX_LABEL_TEXT_BYTES);
    // The first controls keep their labels, cut on a character boundary.
    let a = objection::analyse(&snap).expect("the objection form");
    assert!(a.fields.iter().any(|f| f.key == 0));
}

#[test]
fn deeply_nested_input_is_refused_not_overflowed() {
    let deep = format!("{}{}", "[".repeat(100_000), "]".repeat(100_000));
    assert!(parse_stored(&deep).is_err());
    assert!(objection::record::parse(&deep).is_err());
    let deep_in_prefs = format!(r#"{{"version":1,"preferences":{{"email":{}}}}}"#, "[".repeat(50_000));
    assert!(parse_stored(&deep_in_prefs).is_err());
}
