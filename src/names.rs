//! A full name in the two parts a form may ask for ("First name", "Last
//! name"). The settings keep the name whole, as the user writes it, and may
//! say which words are the family name; without that, the family name is
//! the last word, or the words from a particle on ("van der Berg"), or the
//! first word for a user whose language is Hungarian, where the family
//! name comes first ("Nagy Anna").

/// Words that start a family name when they follow the given name:
/// "Ludwig van Beethoven", "María de la Cruz", "Seán Ó Briain". Compared
/// in lower case; a particle that comes first is a given name.
const PARTICLES: [&str; 26] = [
    "van", "von", "vom", "zu", "zur", "de", "del", "della", "dei", "di", "da", "das", "dos", "do", "du", "der", "den",
    "des", "la", "le", "ten", "ter", "af", "ó", "ní", "mac",
];

fn is_particle(word: &str) -> bool {
    PARTICLES.contains(&crate::text::fold_plain(word).as_str())
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NameParts {
    pub given: String,
    pub family: String,
}

/// The words of `family` at the start or the end of `full`, word for word
/// (spaces between words need not match): where they are, and the rest.
fn without_words<'a>(full: &[&'a str], family: &[&str]) -> Option<Vec<&'a str>> {
    if family.is_empty() || family.len() >= full.len() {
        return None;
    }
    if full[full.len() - family.len()..] == *family {
        Some(full[..full.len() - family.len()].to_vec())
    } else if full[..family.len()] == *family {
        // Family name first, as in Hungarian: "Nagy Anna".
        Some(full[family.len()..].to_vec())
    } else {
        None
    }
}

/// Whether `family` is the first or last words of `full`, leaving a given
/// name: what the settings check before storing a family name.
pub fn is_part_of(full: &str, family: &str) -> bool {
    let full: Vec<&str> = full.split_whitespace().collect();
    let family: Vec<&str> = family.split_whitespace().collect();
    without_words(&full, &family).is_some()
}

/// The given and family name in `full`. `family` is the family name the
/// user saved, if any; one that is not part of the full name is taken as
/// it is, with the full name as the given name. Without one, `family_first`
/// takes the first word for the family name.
pub fn split(full: &str, family: &str, family_first: bool) -> NameParts {
    let words: Vec<&str> = full.split_whitespace().collect();
    let family_words: Vec<&str> = family.split_whitespace().collect();
    if !family_words.is_empty() {
        let given = without_words(&words, &family_words).unwrap_or(words);
        return NameParts { given: given.join(" "), family: family_words.join(" ") };
    }
    if words.len() < 2 {
        return NameParts { given: words.join(" "), family: String::new() };
    }
    if family_first {
        return NameParts { given: words[1..].join(" "), family: words[0].to_string() };
    }
    let last = words.len() - 1;
    let from = (1..last).find(|&i| is_particle(words[i])).unwrap_or(last);
    NameParts { given: words[..from].join(" "), family: words[from..].join(" ") }
}

/// A family name spread over `boxes` boxes, as Spanish forms ask for
/// "Primer apellido" and "Segundo apellido": the first surname (with the
/// particles before it, "de la Fuente") in the first box, the rest in the
/// second, and nothing for any further box.
pub fn in_boxes(family: &str, boxes: usize) -> Vec<String> {
    let words: Vec<&str> = family.split_whitespace().collect();
    if boxes < 2 {
        return vec![words.join(" "); boxes];
    }
    let first = words.iter().position(|w| !is_particle(w)).map_or(words.len(), |i| i + 1);
    let mut out = vec![words[..first].join(" "), words[first..].join(" ")];
    out.resize(boxes, String::new());
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parts(full: &str, family: &str) -> (String, String) {
        let p = split(full, family, false);
        (p.given, p.family)
    }

    #[test]
    fn the_last_word_is_the_family_name_when_nothing_says_otherwise() {
        assert_eq!(parts("Anna Schmidt", ""), ("Anna".into(), "Schmidt".into()));
        assert_eq!(parts("Anna  Maria Schmidt ", ""), ("Anna Maria".into(), "Schmidt".into()));
        assert_eq!(parts("Anna-Lena Müller-Lüdenscheidt", ""), ("Anna-Lena".into(), "Müller-Lüdenscheidt".into()));
    }

    #[test]
    fn a_particle_starts_the_family_name() {
        assert_eq!(parts("Jan van der Berg", ""), ("Jan".into(), "van der Berg".into()));
        assert_eq!(parts("María José de la Cruz", ""), ("María José".into(), "de la Cruz".into()));
        assert_eq!(parts("Seán Ó Briain", ""), ("Seán".into(), "Ó Briain".into()));
        // First or last, a particle is a name like any other.
        assert_eq!(parts("Van Morrison", ""), ("Van".into(), "Morrison".into()));
        assert_eq!(parts("Anna Maria Da", ""), ("Anna Maria".into(), "Da".into()));
    }

    #[test]
    fn the_saved_family_name_decides_at_the_end_or_at_the_start() {
        assert_eq!(parts("María José García López", "García López"), ("María José".into(), "García López".into()));
        assert_eq!(parts("Nagy Anna", "Nagy"), ("Anna".into(), "Nagy".into()));
        assert_eq!(parts("María  José García   López", "García López"), ("María José".into(), "García López".into()));
        // Not part of the full name: taken as it is, never lost.
        assert_eq!(parts("Anna Schmidt", "Meier"), ("Anna Schmidt".into(), "Meier".into()));
    }

    #[test]
    fn in_hungarian_the_family_name_comes_first() {
        let p = split("Nagy Anna Mária", "", true);
        assert_eq!((p.given.as_str(), p.family.as_str()), ("Anna Mária", "Nagy"));
        // A saved family name still decides.
        let p = split("Anna Nagy", "Nagy", true);
        assert_eq!((p.given.as_str(), p.family.as_str()), ("Anna", "Nagy"));
        assert_eq!(split("Anna", "", true).given, "Anna");
    }

    #[test]
    fn two_surname_boxes_get_one_surname_each() {
        assert_eq!(in_boxes("García López", 2), ["García", "López"]);
        assert_eq!(in_boxes("de la Fuente García", 2), ["de la Fuente", "García"]);
        assert_eq!(in_boxes("García", 2), ["García", ""]);
        assert_eq!(in_boxes("García López", 1), ["García López"]);
        assert_eq!(in_boxes("García López Pérez", 3), ["García", "López Pérez", ""]);
    }

    #[test]
    fn one_word_or_none_is_a_given_name_only() {
        assert_eq!(parts("Madonna", ""), ("Madonna".into(), String::new()));
        assert_eq!(parts("  ", ""), (String::new(), String::new()));
    }

    #[test]
    fn a_family_name_must_leave_a_given_name() {
        assert!(is_part_of("María José García López", "García López"));
        assert!(is_part_of("Nagy Anna", "Nagy"));
        assert!(!is_part_of("Anna Schmidt", "Anna Schmidt"));
        assert!(!is_part_of("Anna Schmidt", "Schmi"));
        assert!(!is_part_of("Anna Maria Schmidt", "Maria"));
        assert!(!is_part_of("", "Schmidt"));
    }
}
