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

/// What one rule phrase of a language found in the page counts for it, in
/// stopwords: a language's own field labels and sentences ("Bopælsland",
/// "indsigelse") tell apart languages whose everyday words are the same
/// (Danish and Norwegian, Czech and Slovak), and name the language of a
/// page too short to have many everyday words (a code step, a question).
const PHRASE_WEIGHT: usize = 3;

/// The supported language of a page, or `None` when neither its `lang`
/// attribute nor its text tells one. `phrase_langs` gives, for each rule
/// phrase found in the page, the index of its language in `rules`.
pub fn detect<'a>(
    rules: &Rules,
    lang_attr: &str,
    texts: impl Iterator<Item = &'a str>,
    phrase_langs: impl Iterator<Item = usize>,
) -> Option<String> {
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
    let mut scores: Vec<usize> =
        rules.languages.iter().map(|l| l.stopwords.iter().map(|w| counts.get(w.as_str()).copied().unwrap_or(0)).sum()).collect();
    for li in phrase_langs {
        if let Some(score) = scores.get_mut(li) {
            *score += PHRASE_WEIGHT;
        }
    }
    // A tie names no language: a phrase every language shares ("Meta AI")
    // or everyday words two languages share do not choose between them.
    let best = scores.iter().copied().enumerate().max_by_key(|&(_, s)| s)?;
    let tied = scores.iter().filter(|&&s| s == best.1).count() > 1;
    (best.1 >= 3 && !tied).then(|| rules.languages[best.0].lang.clone())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::rules;

    #[test]
    fn attribute_wins_and_aliases_map() {
        assert_eq!(detect(rules(), "de-AT", std::iter::empty(), std::iter::empty()), Some("de".into()));
        assert_eq!(detect(rules(), "pt_BR", std::iter::empty(), std::iter::empty()), Some("pt".into()));
        assert_eq!(detect(rules(), "no", std::iter::empty(), std::iter::empty()), Some("nb".into()));
    }

    #[test]
    fn text_tells_when_attribute_is_missing() {
        let de = "Du kannst der Verwendung deiner Informationen zu diesen Zwecken widersprechen. Wir werden die Informationen nicht mehr verwenden und du bist nicht allein.";
        assert_eq!(detect(rules(), "", [de].into_iter(), std::iter::empty()), Some("de".into()));
        let pl = "Możesz wyrazić sprzeciw wobec wykorzystywania Twoich informacji. Jeśli Twój sprzeciw zostanie uwzględniony, będzie miał zastosowanie w przyszłości i nie tylko na tym koncie.";
        assert_eq!(detect(rules(), "x-unknown", [pl].into_iter(), std::iter::empty()), Some("pl".into()));
        assert_eq!(detect(rules(), "", ["12345 ---"].into_iter(), std::iter::empty()), None);
    }

    #[test]
    fn the_rules_own_phrases_tell_apart_languages_with_the_same_everyday_words() {
        let at = |lang: &str| rules().languages.iter().position(|l| l.lang == lang).unwrap();
        // Everyday words Danish and Norwegian share: no language between them.
        let shared = "Du har ret til at gøre det, og vi er her for dig og for de andre, som er med.";
        let tie = detect(rules(), "", [shared].into_iter(), std::iter::empty());
        assert!(tie.is_none() || tie == Some("da".into()), "{tie:?}");
        // One Danish phrase found ("indsigelse") settles it.
        assert_eq!(detect(rules(), "", [shared].into_iter(), [at("da")].into_iter()), Some("da".into()));
        // A page too short for everyday words: its phrases name the language,
        // unless every language has them.
        assert_eq!(detect(rules(), "", ["Kod"].into_iter(), [at("pl"), at("pl")].into_iter()), Some("pl".into()));
        let everyone = (0..rules().languages.len()).collect::<Vec<_>>();
        assert_eq!(detect(rules(), "", ["Meta AI"].into_iter(), everyone.into_iter()), None);
    }

    #[test]
    fn pages_without_a_lang_attribute_get_the_language_of_their_words() {
        use crate::snapshot::{Block, Snapshot};
        for (lang, text) in [
            ("da", "Gør indsigelse mod, at dine oplysninger bruges til AI hos Meta. Bopælsland. E-mailadresse. Fortæl os, hvordan denne behandling påvirker dig."),
            ("pl", "Wysłaliśmy kod na adres a***@example.org. Wprowadź kod, aby potwierdzić sprzeciw."),
            ("de", "Bezieht sich deine Anfrage auf KI bei Meta?"),
            ("cs", "Týká se vaše žádost AI ve společnosti Meta?"),
        ] {
            let page = Snapshot {
                url: "https://www.facebook.com/help/contact/712876720715583".into(),
                blocks: vec![Block { text: text.into(), ..Default::default() }],
                ..Default::default()
            };
            assert_eq!(crate::analyse(&page).map(|a| a.lang), Some(lang.to_string()), "{text}");
        }
    }
}
