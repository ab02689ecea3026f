//! Embeds every rule file under `rules/` so that adding a language is adding
//! a file: no list to keep in step by hand. For the WebAssembly build the
//! files are minified and stripped of what only the native tests read
//! (examples, near misses, sources), which keeps the extension small.
use std::{env, fs, path::Path};

/// Keys that document or test a rule but play no part in matching.
const TEST_ONLY_KEYS: [&str; 5] = ["examples", "near_misses", "source", "about", "fixture"];

fn strip(value: serde_json::Value) -> serde_json::Value {
    use serde_json::Value;
    match value {
        // A sourced phrase becomes its text.
        Value::Object(map) if map.contains_key("text") && map.contains_key("source") => map["text"].clone(),
        Value::Object(map) => Value::Object(
            map.into_iter().filter(|(k, _)| !TEST_ONLY_KEYS.contains(&k.as_str())).map(|(k, v)| (k, strip(v))).collect(),
        ),
        Value::Array(items) => Value::Array(items.into_iter().map(strip).collect()),
        other => other,
    }
}

fn main() {
    println!("cargo:rerun-if-changed=rules");
    let out_dir = env::var("OUT_DIR").unwrap();
    let root = env::var("CARGO_MANIFEST_DIR").unwrap();
    let compact = env::var("CARGO_CFG_TARGET_ARCH").as_deref() == Ok("wasm32")
        && env::var("PROFILE").as_deref() == Ok("release");
    let embed = |relative: &str| -> String {
        let source = format!("{root}/{relative}");
        if !compact {
            return source;
        }
        let value: serde_json::Value = serde_json::from_str(&fs::read_to_string(&source).unwrap())
            .unwrap_or_else(|e| panic!("{relative}: {e}"));
        let target = Path::new(&out_dir).join(relative.replace('/', "_"));
        fs::write(&target, serde_json::to_string(&strip(value)).unwrap()).unwrap();
        target.to_string_lossy().into_owned()
    };
    let mut files: Vec<String> = fs::read_dir("rules/lang")
        .expect("rules/lang exists")
        .filter_map(|e| e.ok())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".json"))
        .collect();
    files.sort();
    let mut out = String::from("pub const LANGUAGE_FILES: &[(&str, &str)] = &[\n");
    for f in &files {
        out.push_str(&format!("    ({f:?}, include_str!({:?})),\n", embed(&format!("rules/lang/{f}"))));
    }
    out.push_str("];\n");
    out.push_str(&format!("pub const PAGE_RULES: &str = include_str!({:?});\n", embed("rules/pages.json")));
    fs::write(Path::new(&out_dir).join("rule_files.rs"), out).unwrap();
}
