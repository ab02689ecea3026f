//! What the core reads in some text, for checking rules against sentences
//! worded otherwise than the rule files' own (as Meta rewords its pages, or
//! as a translation tool would put the English ones):
//!
//!     cargo run --example read -- de < sentences.txt
//!     cargo run --example read -- de https://www.facebook.com/privacy/policy/ < notice.txt
//!
//! For each line of stdin it prints the signals, fields and wording rules
//! of that language found in it, then what kind of page all the lines make
//! together at the URL (by default a contact form under an id the rules do
//! not know, so that the words decide). The page has no form controls, so
//! the code step, which needs its code field, shows only as its signal.
use objection::phrases::{index, Meaning};
use objection::rules::rules;
use objection::snapshot::{Block, Snapshot};
use objection::text::fold_plain;
use std::io::Read;

fn main() {
    let mut args = std::env::args().skip(1);
    let lang = args.next().unwrap_or_else(|| "en".into());
    let url = args.next().unwrap_or_else(|| "https://www.facebook.com/help/contact/111122223333444".into());
    let Some(lang_index) = rules().languages.iter().position(|l| l.lang == lang) else {
        eprintln!("no rule file for {lang:?}");
        std::process::exit(2);
    };
    let mut input = String::new();
    std::io::stdin().read_to_string(&mut input).expect("text on stdin");
    let lines: Vec<&str> = input.lines().filter(|l| !l.trim().is_empty()).collect();
    let index = index();
    for line in &lines {
        let folded = fold_plain(line);
        let mut found: Vec<String> = Vec::new();
        for hit in index.find(&folded).iter().filter(|h| h.lang == lang_index) {
            let name = match hit.meaning {
                Meaning::Flag(flat) => {
                    let (li, ri) = index.flag_rules[flat];
                    rules().languages[li].flags[ri].id.clone()
                }
                other => format!("{other:?}"),
            };
            let entry = format!("{name} \"{}\"", &folded[hit.start..hit.end]);
            if !found.contains(&entry) {
                found.push(entry);
            }
        }
        println!("{line}\n    {}", if found.is_empty() { "(nothing)".to_string() } else { found.join("; ") });
    }
    let page = Snapshot {
        url,
        lang: lang.clone(),
        blocks: lines.iter().map(|l| Block { text: l.to_string(), tag: "p".into(), ..Default::default() }).collect(),
        ..Default::default()
    };
    match objection::analyse(&page) {
        Some(a) => {
            let flags: Vec<&str> = a.findings.iter().map(|f| f.rule.as_str()).collect();
            println!("page: {:?} in {:?}; flagged: {}", a.page.kind, a.lang, if flags.is_empty() { "nothing".into() } else { flags.join(", ") });
        }
        None => println!("page: not one Objection recognises"),
    }
}
