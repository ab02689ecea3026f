//! Embeds every rule file under `rules/` so that adding a language is adding
//! a file: no list to keep in step by hand.
//!
//! Two forms are embedded. The JSON files as written, for the native tests,
//! which also read the examples, near misses and sources. And a packed form
//! for the engine: only what matching uses, as plain strings in a fixed order,
//! read back by `src/rules/packed.rs` without a JSON parser. In the
//! WebAssembly build that saves the rule types' deserialisers and most of the
//! JSON punctuation. A test checks both forms give the same rules.
use serde_json::Value;
use std::{env, fs, path::Path};

/// Separates the packed strings; no rule text may contain it.
const SEP: char = '\u{1f}';

/// The phrase lists of a language file, in the order the engine reads them.
const LANGUAGE_LISTS: [&str; 26] = [
    "signals.ai_topic",
    "signals.objection",
    "signals.legitimate_interests",
    "signals.objection_title",
    "signals.third_party",
    "signals.pre_step",
    "signals.code_step",
    "signals.confirmed",
    "signals.acknowledged",
    "signals.ai_notification",
    "fields.email",
    "fields.country",
    "fields.full_name",
    "fields.phone",
    "fields.statement",
    "fields.code",
    "fields.exclude",
    "fields.given_name",
    "fields.family_name",
    "fields.name_part",
    "answers.yes",
    "answers.object_option",
    "markers.optional",
    "markers.required",
    "markers.conditions",
    "markers.grants",
];

struct Packer {
    out: String,
    file: String,
}

impl Packer {
    fn fail(&self, what: &str) -> ! {
        panic!("{}: {what}", self.file)
    }

    fn get<'v>(&self, value: &'v Value, path: &str) -> &'v Value {
        path.split('.').fold(value, |v, key| &v[key])
    }

    fn text(&mut self, s: &str) {
        if s.contains(SEP) {
            self.fail(&format!("{s:?} contains U+001F"));
        }
        self.out.push_str(s);
        self.out.push(SEP);
    }

    fn string(&mut self, value: &Value, path: &str) {
        match self.get(value, path).as_str() {
            Some(s) => self.text(s),
            None => self.fail(&format!("{path} is not a string")),
        }
    }

    /// A list of strings or phrases (`{"text", "source"}` keeps its text);
    /// a missing list is empty.
    fn list(&mut self, value: &Value, path: &str) {
        let items = match self.get(value, path) {
            Value::Null => Vec::new(),
            Value::Array(items) => items.clone(),
            _ => self.fail(&format!("{path} is not a list")),
        };
        self.text(&items.len().to_string());
        for item in &items {
            match item.as_str().or_else(|| item["text"].as_str()) {
                Some(s) => self.text(s),
                None => self.fail(&format!("{path} holds {item}, not a phrase")),
            }
        }
    }

    /// An optional string, as a list of none or one.
    fn optional(&mut self, value: &Value, key: &str) {
        match &value[key] {
            Value::Null => self.text("0"),
            Value::String(s) => {
                self.text("1");
                self.text(s);
            }
            _ => self.fail(&format!("{key} is not a string")),
        }
    }

    fn each(&mut self, value: &Value, path: &str, mut pack: impl FnMut(&mut Self, &Value)) {
        let items = match self.get(value, path).as_array() {
            Some(items) => items.clone(),
            None => self.fail(&format!("{path} is not a list")),
        };
        self.text(&items.len().to_string());
        for item in &items {
            pack(self, item);
        }
    }

    fn pages(&mut self, p: &Value) {
        self.each(p, "hosts", |w, h| {
            w.string(h, "platform");
            w.list(h, "exact");
            w.optional(h, "locale_subdomains_of");
        });
        self.list(p, "contact_form_prefixes");
        self.each(p, "forms", |w, f| {
            for key in ["id", "kind", "platform"] {
                w.string(f, key);
            }
        });
        self.list(p, "notice_paths");
        self.list(p, "peoples_paths");
        self.list(p, "peoples_segments");
        self.list(p, "own_text_hosts");
        self.list(p, "own_text_paths");
        self.list(p, "notification_paths");
        self.map(p, "form_for_platform");
    }

    /// An object of strings as pairs; a missing one is empty.
    fn map(&mut self, value: &Value, key: &str) {
        let empty = serde_json::Map::new();
        let map = match &value[key] {
            Value::Null => &empty,
            Value::Object(map) => map,
            _ => self.fail(&format!("{key} is not an object")),
        };
        self.text(&map.len().to_string());
        for (name, item) in map {
            self.text(name);
            match item.as_str() {
                Some(s) => self.text(s),
                None => self.fail(&format!("{key}.{name} is not a string")),
            }
        }
    }

    fn language(&mut self, l: &Value) {
        self.string(l, "lang");
        self.string(l, "name");
        self.list(l, "aliases");
        self.list(l, "stopwords");
        for path in LANGUAGE_LISTS {
            self.list(l, path);
        }
        self.each(l, "flags", |w, f| {
            for key in ["id", "category", "severity"] {
                w.string(f, key);
            }
            w.optional(f, "message");
            w.list(f, "phrases");
        });
        self.string(l, "statement");
        self.map(l, "country_names");
    }
}

fn read(root: &str, relative: &str) -> Value {
    serde_json::from_str(&fs::read_to_string(format!("{root}/{relative}")).unwrap())
        .unwrap_or_else(|e| panic!("{relative}: {e}"))
}

fn main() {
    println!("cargo:rerun-if-changed=rules");
    let out_dir = env::var("OUT_DIR").unwrap();
    let root = env::var("CARGO_MANIFEST_DIR").unwrap();
    let mut files: Vec<String> = fs::read_dir("rules/lang")
        .expect("rules/lang exists")
        .filter_map(|e| e.ok())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".json"))
        .collect();
    files.sort();

    let mut packer = Packer { out: String::new(), file: "rules/pages.json".into() };
    packer.pages(&read(&root, "rules/pages.json"));
    packer.text(&files.len().to_string());
    for f in &files {
        packer.file = format!("rules/lang/{f}");
        packer.language(&read(&root, &packer.file.clone()));
    }
    let packed = Path::new(&out_dir).join("rules.packed");
    fs::write(&packed, packer.out).unwrap();

    let mut out = String::from("pub const LANGUAGE_FILES: &[(&str, &str)] = &[\n");
    for f in &files {
        out.push_str(&format!("    ({f:?}, include_str!({:?})),\n", format!("{root}/rules/lang/{f}")));
    }
    out.push_str("];\n");
    out.push_str(&format!("pub const PAGE_RULES: &str = include_str!({:?});\n", format!("{root}/rules/pages.json")));
    out.push_str(&format!("pub const PACKED_RULES: &str = include_str!({:?});\n", packed.to_string_lossy()));
    fs::write(Path::new(&out_dir).join("rule_files.rs"), out).unwrap();
}
