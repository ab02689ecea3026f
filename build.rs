//! Embeds every rule file under `rules/` so that adding a language is adding
//! a file: no list to keep in step by hand.
use std::{env, fs, path::Path};

fn main() {
    let dir = Path::new("rules/lang");
    println!("cargo:rerun-if-changed=rules");
    let mut files: Vec<String> = fs::read_dir(dir)
        .expect("rules/lang exists")
        .filter_map(|e| e.ok())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".json"))
        .collect();
    files.sort();
    let root = env::var("CARGO_MANIFEST_DIR").unwrap();
    let mut out = String::from("pub const LANGUAGE_FILES: &[(&str, &str)] = &[\n");
    for f in &files {
        out.push_str(&format!("    ({f:?}, include_str!({:?})),\n", format!("{root}/rules/lang/{f}")));
    }
    out.push_str("];\n");
    out.push_str(&format!(
        "pub const PAGE_RULES: &str = include_str!({:?});\n",
        format!("{root}/rules/pages.json")
    ));
    fs::write(Path::new(&env::var("OUT_DIR").unwrap()).join("rule_files.rs"), out).unwrap();
}
