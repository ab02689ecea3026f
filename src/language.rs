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

/// A page's text overrules its `lang` attribute only when it is at least
/// this sure, in stopwords and phrases, and this many times surer of its
/// own language than of the attribute's.
const OVERRULE_SCORE: usize = 8;
const OVERRULE_RATIO: usize = 3;

/// The supported language of a page, or `None` when neither its `lang`
/// attribute nor its text tells one. `phrase_langs` gives, for each rule
/// phrase found in the page, the index of its language in `rules`.
///
/// The attribute decides unless the text plainly says otherwise: a form
/// left untranslated under a translated interface (`lang="en"` around
/// German wording) is answered in the form's language, the one its reader
/// and Meta's reviewer read.
pub fn detect<'a>(
    rules: &Rules,
    lang_attr: &str,
    texts: impl Iterator<Item = &'a str>,
    phrase_langs: impl Iterator<Item = usize>,
) -> Option<String> {
    let scores = text_scores(rules, texts, phrase_langs);
    let by_text = best_of(&scores);
    let attr = rules.language_for_subtag(&primary_subtag(lang_attr)).map(|l| l.lang.as_str());
    let chosen = match (attr.and_then(|a| rules.languages.iter().position(|l| l.lang == a)), by_text) {
        (Some(at), Some((best, score))) if best != at && score >= OVERRULE_SCORE && score >= OVERRULE_RATIO * scores[at] => best,
        (Some(at), _) => at,
        (None, Some((best, score))) if score >= 3 => best,
        (None, _) => return None,
    };
    Some(rules.languages[chosen].lang.clone())
}

/// The language with the highest score and its score; `None` on a tie.
/// A phrase every language shares ("Meta AI") or everyday words two
/// languages share do not choose between them.
fn best_of(scores: &[usize]) -> Option<(usize, usize)> {
    let best = scores.iter().copied().enumerate().max_by_key(|&(_, s)| s)?;
    let tied = scores.iter().filter(|&&s| s == best.1).count() > 1;
    (!tied).then_some(best)
}

/// Each language's score for the page: its stopwords in a sample of the
/// text, and [`PHRASE_WEIGHT`] for each of its phrases found.
fn text_scores<'a>(rules: &Rules, texts: impl Iterator<Item = &'a str>, phrase_langs: impl Iterator<Item = usize>) -> Vec<usize> {
    let mut sample = String::new();
    for t in texts {
        if sample.len() >= SAMPLE_BYTES {
            break;
        }
        // A long block counts only as far as the sample goes: a page of one
        // huge block costs no more than any other.
        let mut end = t.len().min(SAMPLE_BYTES - sample.len());
        while !t.is_char_boundary(end) {
            end -= 1;
        }
        sample.push_str(&t[..end]);
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
    scores
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
    fn plain_text_in_another_language_overrules_the_attribute() {
        let de = "Einspruch gegen die Verwendung deiner Informationen für KI bei Meta. Du hast das Recht, der Verwendung deiner Informationen zur Entwicklung und Verbesserung von KI bei Meta zu widersprechen. Wohnsitzland. E-Mail-Adresse. Wie wirkt sich diese Verarbeitung auf dich aus?";
        assert_eq!(detect(rules(), "en", [de].into_iter(), std::iter::empty()), Some("de".into()));
        // A few words of another language do not: a quote, a name, a footer.
        let en_with_a_quote = "You have the right to object. Your objection will be sent to Meta and we will let you know. „Du kannst widersprechen“ is what the German page says.";
        assert_eq!(detect(rules(), "en", [en_with_a_quote].into_iter(), std::iter::empty()), Some("en".into()));
        // Languages that share their everyday words keep the attribute's.
        let nb = "Du har rett til å protestere mot at opplysningene dine brukes til KI hos Meta. Vi vil ikke bruke dem, og du kan gjøre det her for deg og for de andre.";
        assert_eq!(detect(rules(), "nb", [nb].into_iter(), std::iter::empty()), Some("nb".into()));
        assert_eq!(detect(rules(), "da", [nb].into_iter(), std::iter::empty()), Some("da".into()));
    }

    #[test]
    fn one_huge_block_is_sampled_up_to_a_letter_boundary() {
        let german = "Wir können die Daten für dich und mit dir nicht verwenden, und du bist für das zuständig. ";
        let mut huge = german.repeat((SAMPLE_BYTES - 200) / german.len());
        // A two-byte letter across the sample's end.
        huge.push_str(&"x".repeat(SAMPLE_BYTES - 1 - huge.len()));
        huge.push_str(&format!("ü {}", german.repeat(10_000)));
        assert!(!huge.is_char_boundary(SAMPLE_BYTES));
        assert_eq!(detect(rules(), "", [huge.as_str()].into_iter(), std::iter::empty()), Some("de".into()));
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
