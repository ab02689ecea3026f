//! The page's language: its `lang` attribute first, then its text.

use crate::rules::Rules;
use crate::text::fold_plain;
use std::collections::HashMap;

/// How much text is enough to tell the language; more only costs time.
const SAMPLE_BYTES: usize = 16 * 1024;

/// Primary subtag of a `lang` attribute: `"pt-BR"` gives `"pt"`.
pub fn primary_subtag(lang: &str) -> String {
    lang.trim().split(['-', '_']).next().unwrap_or("").to_ascii_lowercase()
}

/// The supported language of a page, or `None` when neither its `lang`
/// attribute nor its text tells one.
pub fn detect<'a>(rules: &Rules, lang_attr: &str, texts: impl Iterator<Item = &'a str>) -> Option<String> {
    if let Some(l) = rules.language_for_subtag(&primary_subtag(lang_attr)) {
        return Some(l.lang.clone());
    }
    let mut sample = String::new();
    for t in texts {
        if sample.len() >= SAMPLE_BYTES {
            break;
        }
        sample.push_str(t);
        sample.push(' ');
    }
    let folded = fold_plain(&sample);
    let mut counts: HashMap<&str, usize> = HashMap::new();
    for word in folded.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()) {
        *counts.entry(word).or_default() += 1;
    }
    rules
        .languages
        .iter()
        .map(|l| (l.stopwords.iter().map(|w| counts.get(w.as_str()).copied().unwrap_or(0)).sum::<usize>(), l))
        .filter(|(score, _)| *score >= 3)
        .max_by_key(|(score, _)| *score)
        .map(|(_, l)| l.lang.clone())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::rules;

    #[test]
    fn attribute_wins_and_aliases_map() {
        assert_eq!(detect(rules(), "de-AT", std::iter::empty()), Some("de".into()));
        assert_eq!(detect(rules(), "pt_BR", std::iter::empty()), Some("pt".into()));
        assert_eq!(detect(rules(), "no", std::iter::empty()), Some("nb".into()));
    }

    #[test]
    fn text_tells_when_attribute_is_missing() {
        let de = "Du kannst der Verwendung deiner Informationen zu diesen Zwecken widersprechen. Wir werden die Informationen nicht mehr verwenden und du bist nicht allein.";
        assert_eq!(detect(rules(), "", [de].into_iter()), Some("de".into()));
        let pl = "Możesz wyrazić sprzeciw wobec wykorzystywania Twoich informacji. Jeśli Twój sprzeciw zostanie uwzględniony, będzie miał zastosowanie w przyszłości i nie tylko na tym koncie.";
        assert_eq!(detect(rules(), "x-unknown", [pl].into_iter()), Some("pl".into()));
        assert_eq!(detect(rules(), "", ["12345 ---"].into_iter()), None);
    }
}
