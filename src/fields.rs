//! Which form control is which: every label source of every control is
//! matched against the field phrases of every language, weighted by how much
//! that source can be trusted, and each role goes to its best control.

use crate::phrases::{Meaning, PhraseIndex, Role};
use crate::snapshot::{Control, LabelSource};
use crate::text::fold_plain;
use serde::Serialize;

/// Below this a control is not taken for a role: one weak hint (a nearby
/// word, a textarea without a label) is not enough to fill it.
const MIN_SCORE: u32 = 6;

fn weight(source: LabelSource) -> u32 {
    match source {
        LabelSource::LabelFor | LabelSource::LabelWrap | LabelSource::AriaLabelledby | LabelSource::AriaLabel => 10,
        LabelSource::Placeholder | LabelSource::Title | LabelSource::Legend => 6,
        LabelSource::Name | LabelSource::Id => 5,
        LabelSource::Nearby => 4,
        LabelSource::AriaDescribedby => 2,
        LabelSource::Container => 0,
        LabelSource::Autocomplete => 12,
    }
}

const WHOLE_NEARBY_WEIGHT: u32 = 8;

/// `autocomplete` tokens that name a role outright (HTML's autofill names).
fn autocomplete_role(token: &str) -> Option<Role> {
    Some(match token {
        "email" => Role::Email,
        "country" | "country-name" => Role::Country,
        "name" => Role::FullName,
        "given-name" => Role::GivenName,
        "family-name" => Role::FamilyName,
        "tel" => Role::Phone,
        "one-time-code" => Role::Code,
        _ => return None,
    })
}

/// `fullName`, `contact_email[0]` and `country-code` become plain words.
fn words_of_identifier(id: &str) -> String {
    let mut out = String::with_capacity(id.len() + 4);
    let mut prev_lower = false;
    for c in id.chars() {
        if c.is_uppercase() && prev_lower {
            out.push(' ');
        }
        prev_lower = c.is_lowercase() || c.is_ascii_digit();
        out.push(if c.is_alphanumeric() { c } else { ' ' });
    }
    out
}

fn is_text_like(c: &Control) -> bool {
    match c.tag.as_str() {
        "textarea" => true,
        "input" => matches!(c.input_type.as_str(), "" | "text" | "email" | "tel" | "number"),
        _ => false,
    }
}

fn fits(role: Role, c: &Control) -> bool {
    match role {
        Role::Statement => is_text_like(c) && c.input_type != "email" && c.input_type != "tel",
        Role::Country => matches!(c.tag.as_str(), "select" | "combobox") || (c.tag == "input" && c.input_type == "text"),
        Role::Email | Role::FullName | Role::GivenName | Role::FamilyName | Role::Phone | Role::Code => {
            c.tag == "input" && is_text_like(c)
        }
    }
}

/// The folded texts of a control's labels with their sources, identifiers
/// turned into words. A select's prompt, the option without a value that
/// stands first ("Select your country", "Asuinmaa"), is its placeholder.
pub fn label_texts(c: &Control) -> impl Iterator<Item = (LabelSource, String)> + '_ {
    let prompt = (c.tag == "select").then(|| c.options.first()).flatten().filter(|o| o.value.trim().is_empty());
    c.labels
        .iter()
        .map(|l| {
            let text = match l.source {
                LabelSource::Name | LabelSource::Id => fold_plain(&words_of_identifier(&l.text)),
                _ => fold_plain(&l.text),
            };
            (l.source, text)
        })
        .chain(prompt.map(|o| (LabelSource::Placeholder, fold_plain(&o.text))))
}

/// A list whose values are nearly all country codes is a country picker,
/// whatever its label says (or whether it has one). Twenty options at
/// least, nine in ten of them codes: a language picker's values ("de",
/// "en", "el") are only partly country codes.
fn lists_country_codes(c: &Control) -> bool {
    let values: Vec<&str> = c.options.iter().map(|o| o.value.trim()).filter(|v| !v.is_empty()).collect();
    let codes = values.iter().filter(|v| crate::countries::is_code(&v.to_ascii_uppercase())).count();
    values.len() >= 20 && codes * 10 >= values.len() * 9
}

/// Whether flag rule `flat` of the index is a demand for justification.
pub(crate) fn asks_justification(index: &PhraseIndex, flat: usize) -> bool {
    index.flag_categories[flat] == crate::rules::Category::JustificationDemand
}

/// Whether a label is nothing but an email address, as an example of what
/// to type: `name@example.com`, `z.B. max@beispiel.de`.
fn looks_like_an_email_address(text: &str) -> bool {
    let last = text.split_whitespace().last().unwrap_or("");
    let Some((user, domain)) = last.split_once('@') else { return false };
    text.split_whitespace().count() <= 3
        && !user.is_empty()
        && domain.split('.').count() >= 2
        && domain.split('.').all(|part| !part.is_empty() && part.chars().all(|c| c.is_alphanumeric() || c == '-'))
}

/// Whether a label is an example phone number: `+351 912 345 678`,
/// `(0)30 1234567`, nothing but digits, spaces and the signs numbers are
/// written with. A code's example ("123456", "000 000") has fewer digits
/// than a number with its area code, and no `+`.
fn looks_like_a_phone_number(text: &str) -> bool {
    let text = text.trim();
    let digits = text.chars().filter(|c| c.is_ascii_digit()).count();
    (digits >= 8 || (text.starts_with('+') && digits >= 6)) && text.chars().all(|c| c.is_ascii_digit() || " +-()./".contains(c))
}

/// Each role's score for one control, `None` if it must never be filled.
pub fn score_control(c: &Control, index: &PhraseIndex) -> Option<Scores> {
    if c.disabled || matches!(c.input_type.as_str(), "password" | "search" | "hidden" | "file" | "submit" | "button") {
        return None;
    }
    let mut score = [0u32; ROLES.len()];
    // A picker's prompt says how to use it ("Search for a country", "Søg
    // efter land"): its search words say nothing about what it asks.
    let picker = matches!(c.tag.as_str(), "select" | "combobox") || c.typeahead;
    for (source, text) in label_texts(c) {
        if source == LabelSource::Container {
            continue;
        }
        if source == LabelSource::Autocomplete {
            for token in text.split(' ') {
                if token == "off" {
                    continue;
                }
                if let Some(r) = autocomplete_role(token) {
                    score[r as usize] += 12;
                }
            }
            continue;
        }
        // An example address ("name@example.com") as the placeholder says
        // what the box takes, whatever words the address holds ("name").
        if looks_like_an_email_address(&text) {
            score[Role::Email as usize] += weight(source);
            continue;
        }
        if looks_like_a_phone_number(&text) {
            score[Role::Phone as usize] += weight(source);
            continue;
        }
        // Per role, the longest phrase this label matched: "enter the code
        // sent to your email" is a code field, not an email field.
        let mut longest = [0usize; ROLES.len()];
        let mut whole = [false; ROLES.len()];
        let hits = index.find(&text);
        for hit in &hits {
            // The phrase found for role `r`, and whether it is the whole
            // label but for the trailing `marks`.
            let mut note = |r: Role, marks: &[char]| {
                longest[r as usize] = longest[r as usize].max(hit.end - hit.start);
                whole[r as usize] |= hit.start == 0 && hit.end == text.trim_end_matches(marks).len();
            };
            match hit.meaning {
                // Exclusions from what the control says it is; a nearby text
                // mentioning "comments" says nothing about this control. Nor
                // does an exclusion inside a longer field phrase: French
                // "comment ce traitement vous affecte" asks how, and holds
                // English "comment".
                Meaning::ExcludeField if !matches!(source, LabelSource::Nearby | LabelSource::AriaDescribedby) => {
                    let within_field = hits.iter().any(|h| {
                        matches!(h.meaning, Meaning::Field(_)) && h.start <= hit.start && h.end >= hit.end && h.end - h.start > hit.end - hit.start
                    });
                    if !within_field && !(picker && matches!(source, LabelSource::Placeholder | LabelSource::Title)) {
                        return None;
                    }
                }
                // Wording that asks for a justification ("tell us how this
                // processing affects you"), as the rules flag it, names the
                // box that asks for it: the flag rules word that question in
                // more ways than the field lists.
                Meaning::Flag(flat) if asks_justification(index, flat) => note(Role::Statement, &[':', '*', ' ', '?', '.']),
                // Likewise the code step's wording names the code's box:
                // "enter the 6-digit code we sent to your email" is no
                // email field.
                Meaning::Signal(crate::phrases::Signal::CodeStep) => note(Role::Code, &[':', '*', ' ', '.']),
                Meaning::Field(r) => note(r, &[':', '*', ' ']),
                _ => {}
            }
        }
        for (r, len) in longest.iter().enumerate() {
            if *len > 0 {
                // Text beside a control that is nothing but a field name
                // ("Land", "E-mail:") is a label without the markup.
                let w = if source == LabelSource::Nearby && whole[r] { WHOLE_NEARBY_WEIGHT } else { weight(source) };
                score[r] += w + (*len as u32 / 5).min(6);
            }
        }
    }
    // What a picker lists says what it is, whatever its label: country
    // codes, or dialling prefixes ("+39", "+351") for the phone's country.
    if c.tag == "select" && (lists_country_codes(c) || crate::fill::lists_prefixes(&c.options)) {
        score[Role::Country as usize] += MIN_SCORE;
    }
    match c.input_type.as_str() {
        "email" => score[Role::Email as usize] += 8,
        "tel" => score[Role::Phone as usize] += 8,
        _ => {}
    }
    Some(score)
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct FieldMatch {
    /// The content script's key of the control.
    pub key: u32,
    pub role: Role,
    pub score: u32,
}

/// Every role, in the order of [`Role`]'s values.
const ROLES: [Role; 8] = [
    Role::Email,
    Role::Country,
    Role::FullName,
    Role::GivenName,
    Role::FamilyName,
    Role::Phone,
    Role::Statement,
    Role::Code,
];

/// A control's score for each role, indexed by the role's value.
pub type Scores = [u32; ROLES.len()];

/// Best control for each role, each control used once.
pub fn match_fields(controls: &[Control], index: &PhraseIndex) -> Vec<FieldMatch> {
    match_scored(controls, &score_controls(controls, index), index)
}

/// [`score_control`] for each control, in order: the analysis needs the
/// scores twice (the fields, and whether anything can be filled), and each
/// costs a phrase search per label.
pub fn score_controls(controls: &[Control], index: &PhraseIndex) -> Vec<Option<Scores>> {
    let mut scores: Vec<Option<Scores>> = controls.iter().map(|c| score_control(c, index)).collect();
    for run in digit_box_runs(controls) {
        for s in scores[run].iter_mut().flatten() {
            s[Role::Code as usize] += MIN_SCORE;
        }
    }
    scores
}

/// A code asked one digit per box: a run of at least four one-character
/// text boxes, side by side in the page. Their labels rarely say more
/// than "Digit 1" or nothing at all, in any language; the shape says it.
fn digit_box_runs(controls: &[Control]) -> Vec<std::ops::Range<usize>> {
    const MIN_BOXES: usize = 4;
    let one_char = |c: &Control| c.tag == "input" && is_text_like(c) && c.max_length == Some(1);
    let mut runs = Vec::new();
    let mut start = 0;
    for i in 0..=controls.len() {
        if i < controls.len() && one_char(&controls[i]) {
            continue;
        }
        if i - start >= MIN_BOXES {
            runs.push(start..i);
        }
        start = i + 1;
    }
    runs
}

/// [`match_fields`] from scores already made, one per control.
pub fn match_scored(controls: &[Control], scores: &[Option<Scores>], index: &PhraseIndex) -> Vec<FieldMatch> {
    let mut candidates: Vec<FieldMatch> = Vec::new();
    // Per control, the role it is most clearly for.
    let mut best: Vec<FieldMatch> = Vec::new();
    let mut names_a_part = false;
    for (c, score) in controls.iter().zip(scores) {
        let Some(score) = *score else { continue };
        names_a_part |= asks_name_part(c, index);
        let mut top: Option<FieldMatch> = None;
        for role in ROLES {
            let s = score[role as usize];
            if s >= MIN_SCORE && fits(role, c) {
                let m = FieldMatch { key: c.key, role, score: s };
                candidates.push(m);
                if top.map_or(true, |t| s > t.score) {
                    top = Some(m);
                }
            }
        }
        best.extend(top);
    }
    // A name asked for in parts ("First name", "Last name") gets each part
    // and the full name nowhere: all of it in one part would be wrong. One
    // control labelled with a part says so by itself; two that are above
    // all name fields say so in any language. A part named by the word for
    // the whole name is the part no other control asks for: "Nome" beside
    // "Cognome" is the given name, "Nom" beside "Prénom" the family name.
    if names_a_part || best.iter().filter(|m| m.role == Role::FullName).count() > 1 {
        let asked = |role: Role| candidates.iter().any(|m| m.role == role);
        let other_part = match (asked(Role::GivenName), asked(Role::FamilyName)) {
            (false, true) => Some(Role::GivenName),
            (true, false) => Some(Role::FamilyName),
            _ => None,
        };
        let named_whole = |key: u32| best.iter().any(|b| b.key == key && b.role == Role::FullName);
        candidates.retain_mut(|m| match (m.role, other_part) {
            (Role::FullName, Some(part)) if named_whole(m.key) => {
                m.role = part;
                true
            }
            (Role::FullName, _) => false,
            _ => true,
        });
    }
    // Highest score first; on a tie, the earlier control in the page.
    candidates.sort_by(|a, b| b.score.cmp(&a.score).then(a.key.cmp(&b.key)));
    // Kept in page order as they are chosen (each control at most once).
    let mut chosen: Vec<FieldMatch> = Vec::new();
    for m in candidates {
        if chosen.iter().any(|c| c.role == m.role || c.key == m.key) {
            continue;
        }
        let at = chosen.partition_point(|c| c.key < m.key);
        chosen.insert(at, m);
    }
    // "Confirm email address": a second control that is above all an email
    // field gets the same address. "Segundo apellido": a second control
    // that is above all a family-name field gets the second surname.
    for m in best.iter().filter(|m| matches!(m.role, Role::Email | Role::FamilyName)) {
        if !chosen.iter().any(|c| c.key == m.key) {
            let at = chosen.partition_point(|c| c.key < m.key);
            chosen.insert(at, *m);
        }
    }
    chosen
}

/// Whether a control asks for one part of a name: a label whose longest
/// name phrase is a part ("first name", "Nachname", "prénom") rather than
/// the whole name ("first and last name", "Vor- und Nachname"), or the
/// autofill names for a part.
fn asks_name_part(c: &Control, index: &PhraseIndex) -> bool {
    label_texts(c).any(|(source, text)| match source {
        LabelSource::Autocomplete => text.split(' ').any(|t| matches!(t, "given-name" | "family-name" | "additional-name")),
        LabelSource::Nearby | LabelSource::AriaDescribedby | LabelSource::Container => false,
        _ => {
            let (mut part, mut whole) = (0, 0);
            for hit in index.find(&text) {
                match hit.meaning {
                    Meaning::NamePart | Meaning::Field(Role::GivenName | Role::FamilyName) => part = part.max(hit.end - hit.start),
                    Meaning::Field(Role::FullName) => whole = whole.max(hit.end - hit.start),
                    _ => {}
                }
            }
            part > whole
        }
    })
}

/// On a form to object for one's own data, the one text box that no rule
/// claims is the box asking how the processing affects the person, whatever
/// its label says: Meta words that question differently from year to year
/// and language to language. Only on that form: the third-party form's text
/// boxes ask for prompts and evidence, which the statement does not answer.
pub fn with_lone_text_box(mut fields: Vec<FieldMatch>, controls: &[Control], index: &PhraseIndex) -> Vec<FieldMatch> {
    if fields.iter().any(|f| f.role == Role::Statement) {
        return fields;
    }
    let mut boxes = controls.iter().filter(|c| c.tag == "textarea" && score_control(c, index).is_some());
    let (Some(only), None) = (boxes.next(), boxes.next()) else { return fields };
    if fields.iter().any(|f| f.key == only.key) {
        return fields;
    }
    let at = fields.partition_point(|f| f.key < only.key);
    fields.insert(at, FieldMatch { key: only.key, role: Role::Statement, score: MIN_SCORE });
    fields
}

/// Whether a control's own labels say it must be filled, may be left empty,
/// or neither; the DOM's `required` counts as saying so.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Necessity {
    Required,
    Optional,
    Unstated,
}

pub fn necessity(c: &Control, index: &PhraseIndex) -> Necessity {
    let mut optional = false;
    let mut required_word = false;
    let mut star = false;
    for (source, text) in label_texts(c) {
        if matches!(source, LabelSource::Name | LabelSource::Id | LabelSource::Autocomplete) {
            continue;
        }
        star |= text.ends_with('*');
        for hit in index.find(&text) {
            match hit.meaning {
                Meaning::Optional => optional = true,
                Meaning::Required => required_word = true,
                _ => {}
            }
        }
    }
    // "niet verplicht", "nem kötelező": the word for "required" inside the
    // words for "optional" does not make a field required.
    if c.required || star || (required_word && !optional) {
        Necessity::Required
    } else if optional {
        Necessity::Optional
    } else {
        Necessity::Unstated
    }
}

/// Controls whose label matches the given meaning (the "yes" answer, the
/// objection option), for radio buttons and checkboxes.
pub fn choices_meaning(controls: &[Control], index: &PhraseIndex, meaning: Meaning) -> Vec<u32> {
    controls
        .iter()
        .filter(|c| c.tag == "input" && matches!(c.input_type.as_str(), "radio" | "checkbox") && !c.disabled)
        .filter(|c| {
            label_texts(c)
                .filter(|(s, _)| !matches!(s, LabelSource::Nearby | LabelSource::Legend | LabelSource::Name | LabelSource::Id | LabelSource::Container))
                .any(|(_, t)| index.find(&t).iter().any(|h| h.meaning == meaning))
        })
        .map(|c| c.key)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::phrases::index;
    use crate::snapshot::Label;

    fn control(key: u32, tag: &str, ty: &str, labels: &[(LabelSource, &str)]) -> Control {
        Control {
            key,
            tag: tag.into(),
            input_type: ty.into(),
            labels: labels.iter().map(|(s, t)| Label { source: *s, text: t.to_string() }).collect(),
            ..Default::default()
        }
    }

    #[test]
    fn identifiers_become_words() {
        assert_eq!(words_of_identifier("fullName"), "full Name");
        assert_eq!(words_of_identifier("contact_email[0]"), "contact email 0 ");
    }

    #[test]
    fn search_and_comment_boxes_are_never_the_statement() {
        let controls = vec![
            control(1, "input", "search", &[(LabelSource::Placeholder, "Search Facebook")]),
            control(2, "textarea", "", &[(LabelSource::AriaLabel, "Write a comment…")]),
            control(3, "textarea", "", &[(LabelSource::LabelFor, "Please tell us how this processing impacts you")]),
        ];
        let m = match_fields(&controls, index());
        assert_eq!(m.len(), 1);
        assert_eq!((m[0].key, m[0].role), (3, Role::Statement));
    }

    #[test]
    fn a_country_picker_prompting_a_search_is_still_the_country() {
        let mut picker = control(1, "input", "text", &[(LabelSource::LabelFor, "Bopælsland"), (LabelSource::Placeholder, "Søg efter land")]);
        picker.typeahead = true;
        let site_search = control(2, "input", "text", &[(LabelSource::Placeholder, "Søg efter land")]);
        let m = match_fields(&[picker, site_search], index());
        assert_eq!(m.iter().map(|m| (m.key, m.role)).collect::<Vec<_>>(), [(1, Role::Country)]);
    }

    #[test]
    fn autocomplete_and_type_are_enough_for_email() {
        let controls = vec![control(7, "input", "email", &[(LabelSource::Autocomplete, "email")])];
        assert_eq!(match_fields(&controls, index())[0].role, Role::Email);
    }

    #[test]
    fn a_tooltip_names_a_control_that_has_nothing_else() {
        let controls = vec![
            control(1, "input", "text", &[(LabelSource::Title, "Adresse e-mail")]),
            control(2, "textarea", "", &[(LabelSource::Title, "Justification (facultatif)")]),
        ];
        let roles: Vec<_> = match_fields(&controls, index()).iter().map(|m| (m.key, m.role)).collect();
        assert_eq!(roles, [(1, Role::Email), (2, Role::Statement)]);
    }

    fn select_of(key: u32, options: &[(&str, &str)]) -> Control {
        let mut c = control(key, "select", "", &[]);
        c.options = options.iter().map(|(v, t)| crate::snapshot::ChoiceOption { value: v.to_string(), text: t.to_string() }).collect();
        c
    }

    #[test]
    fn a_selects_prompt_option_names_it() {
        let prompted = select_of(1, &[("", "Asuinmaa"), ("FI", "Suomi"), ("PT", "Portugali")]);
        assert_eq!(match_fields(&[prompted], index()).iter().map(|m| (m.key, m.role)).collect::<Vec<_>>(), [(1, Role::Country)]);
        // A first option that has a value is a choice, not a prompt.
        let unprompted = select_of(2, &[("maa", "Maa"), ("meri", "Meri")]);
        assert!(match_fields(&[unprompted], index()).is_empty());
    }

    #[test]
    fn a_select_of_country_codes_is_the_country_whatever_its_label() {
        let codes: Vec<(&str, &str)> = crate::countries::PRIORITY.iter().map(|c| (*c, "")).collect();
        assert_eq!(match_fields(&[select_of(1, &codes)], index())[0].role, Role::Country);
        // Languages share some codes with countries ("de", "it"), not nine in ten.
        let languages = ["bg", "cs", "da", "de", "el", "en", "es", "et", "fi", "fr", "ga", "hr", "hu", "it", "lt", "lv", "mt", "nl", "pl", "pt", "ro", "sk", "sl", "sv"];
        let languages: Vec<(&str, &str)> = languages.iter().map(|l| (*l, "")).collect();
        assert!(match_fields(&[select_of(2, &languages)], index()).is_empty());
    }

    #[test]
    fn a_select_of_dialling_prefixes_is_the_country_of_the_phone() {
        let prefixes = select_of(1, &[("", "Seleziona"), ("39", "+39"), ("351", "+351"), ("49", "+49")]);
        let mut phone = control(2, "input", "tel", &[(LabelSource::LabelWrap, "Numero di telefono WhatsApp")]);
        phone.labels.push(Label { source: LabelSource::Name, text: "ph".into() });
        let roles: Vec<_> = match_fields(&[prefixes, phone], index()).iter().map(|m| (m.key, m.role)).collect();
        assert_eq!(roles, [(1, Role::Country), (2, Role::Phone)]);
    }

    #[test]
    fn a_lone_textarea_is_not_filled() {
        let controls = vec![control(1, "textarea", "", &[])];
        assert!(match_fields(&controls, index()).is_empty());
    }

    #[test]
    fn necessity_from_dom_and_label() {
        let mut c = control(1, "textarea", "", &[(LabelSource::LabelFor, "Reason (optional)")]);
        assert_eq!(necessity(&c, index()), Necessity::Optional);
        c.required = true;
        assert_eq!(necessity(&c, index()), Necessity::Required);
        let star = control(2, "textarea", "", &[(LabelSource::LabelFor, "Explanation *")]);
        assert_eq!(necessity(&star, index()), Necessity::Required);
        // "(optional)" beside the label, in the control's container.
        let beside = control(3, "textarea", "", &[
            (LabelSource::AriaLabelledby, "Wie wirkt sich diese Verarbeitung auf dich aus?"),
            (LabelSource::Container, "Wie wirkt sich diese Verarbeitung auf dich aus? (optional)"),
        ]);
        assert_eq!(necessity(&beside, index()), Necessity::Optional);
        // The container says nothing about what the control asks.
        let hint = control(4, "input", "text", &[(LabelSource::Container, "E-Mail-Adresse")]);
        assert!(match_fields(&[hint], index()).is_empty());
    }

    #[test]
    fn an_exclusion_inside_a_field_phrase_rules_nothing_out() {
        // French "comment" (how) is English "comment": the statement's own
        // phrase holds it.
        let how = control(1, "textarea", "", &[(LabelSource::LabelFor, "Comment ce traitement vous affecte-t-il ?")]);
        assert_eq!(match_fields(&[how], index()).iter().map(|m| m.role).collect::<Vec<_>>(), vec![Role::Statement]);
        // A comment box is still no place for the statement.
        for label in ["Commentaire", "Write a comment…", "Comments", "Add a comment"] {
            let comment = control(1, "textarea", "", &[(LabelSource::LabelFor, label)]);
            assert!(score_control(&comment, index()).is_none(), "{label}");
        }
    }

    #[test]
    fn a_french_question_starting_with_comment_is_no_comment_box() {
        // No phrase of the rules covers this wording: the lone box of the
        // form is the statement, "Comment" is French for "how".
        let email = control(1, "input", "email", &[(LabelSource::LabelFor, "Adresse e-mail")]);
        let how = control(2, "textarea", "", &[(LabelSource::LabelFor, "Comment le traitement de vos informations vous touche-t-il ?")]);
        let controls = [email, how];
        let fields = with_lone_text_box(match_fields(&controls, index()), &controls, index());
        assert_eq!(fields.iter().map(|f| (f.key, f.role)).collect::<Vec<_>>(), vec![(1, Role::Email), (2, Role::Statement)]);
    }

    #[test]
    fn the_one_unclaimed_text_box_is_the_statement() {
        let email = control(1, "input", "email", &[(LabelSource::LabelFor, "E-mailadres")]);
        let why = control(2, "textarea", "", &[(LabelSource::LabelFor, "Vertel ons waarom")]);
        let fields = match_fields(&[email.clone(), why.clone()], index());
        assert!(fields.iter().all(|f| f.role != Role::Statement), "no rule knows this label: {fields:?}");
        let with = with_lone_text_box(fields.clone(), &[email.clone(), why.clone()], index());
        assert_eq!(with.iter().map(|f| (f.key, f.role)).collect::<Vec<_>>(), vec![(1, Role::Email), (2, Role::Statement)]);

        // Two unclaimed boxes: which one is meant is not for Objection to guess.
        let other = control(3, "textarea", "", &[(LabelSource::LabelFor, "Noch etwas?")]);
        let controls = [email.clone(), why.clone(), other];
        assert_eq!(with_lone_text_box(match_fields(&controls, index()), &controls, index()), match_fields(&controls, index()));

        // A disabled box is nobody's to fill.
        let disabled = Control { disabled: true, ..why };
        let controls = [email, disabled];
        assert!(with_lone_text_box(match_fields(&controls, index()), &controls, index()).iter().all(|f| f.role != Role::Statement));
    }

    #[test]
    fn a_name_in_parts_gets_its_parts_and_a_confirmation_email_the_address() {
        let controls = [
            control(1, "input", "text", &[(LabelSource::LabelFor, "First name")]),
            control(2, "input", "text", &[(LabelSource::LabelFor, "Last name")]),
            control(3, "input", "email", &[(LabelSource::LabelFor, "Email address")]),
            control(4, "input", "email", &[(LabelSource::LabelFor, "Confirm email address")]),
            control(5, "input", "text", &[(LabelSource::LabelFor, "Enter the code we sent to your email")]),
        ];
        let got: Vec<(u32, Role)> = match_fields(&controls, index()).iter().map(|m| (m.key, m.role)).collect();
        assert_eq!(got, vec![(1, Role::GivenName), (2, Role::FamilyName), (3, Role::Email), (4, Role::Email), (5, Role::Code)]);

        // A middle name is neither part: it is left to the user.
        let three = [
            control(1, "input", "text", &[(LabelSource::LabelFor, "First name")]),
            control(2, "input", "text", &[(LabelSource::LabelFor, "Middle name")]),
            control(3, "input", "text", &[(LabelSource::LabelFor, "Last name")]),
        ];
        let got: Vec<(u32, Role)> = match_fields(&three, index()).iter().map(|m| (m.key, m.role)).collect();
        assert_eq!(got, vec![(1, Role::GivenName), (3, Role::FamilyName)]);

        // One name field, whatever its wording, still gets the full name.
        let one = [control(1, "input", "text", &[(LabelSource::LabelFor, "First and last name")])];
        assert_eq!(match_fields(&one, index()).iter().map(|m| m.role).collect::<Vec<_>>(), vec![Role::FullName]);
    }

    #[test]
    fn an_example_address_as_the_placeholder_makes_the_box_the_email() {
        let controls = [
            control(1, "input", "text", &[(LabelSource::Placeholder, "name@example.com"), (LabelSource::Name, "contact")]),
            control(2, "input", "text", &[(LabelSource::Placeholder, "z. B. max.mustermann@beispiel.de")]),
        ];
        for c in &controls {
            let got: Vec<Role> = match_fields(std::slice::from_ref(c), index()).iter().map(|m| m.role).collect();
            assert_eq!(got, [Role::Email], "{:?}", c.labels);
        }
        assert!(!looks_like_an_email_address("Send us an email at the address you use"));
        assert!(!looks_like_an_email_address("@meta"));
        assert!(!looks_like_an_email_address("Your name"));
        // An example number likewise makes the box the phone's.
        let phone = control(3, "input", "text", &[(LabelSource::Placeholder, "+351 912 345 678")]);
        assert_eq!(match_fields(&[phone], index()).iter().map(|m| m.role).collect::<Vec<_>>(), [Role::Phone]);
        assert!(!looks_like_a_phone_number("2025"), "a year is no number to call");
        assert!(!looks_like_a_phone_number("Code: 123456"));
        assert!(!looks_like_a_phone_number("123456") && !looks_like_a_phone_number("000 000"), "a code's example");
        assert!(looks_like_a_phone_number("030 12345678"));
    }

    #[test]
    fn a_code_asked_one_digit_per_box_is_the_code_whatever_its_labels() {
        let digit = |key: u32, labels: &[(LabelSource, &str)]| Control { max_length: Some(1), ..control(key, "input", "text", labels) };
        let unlabelled: Vec<Control> = (1..=6).map(|k| digit(k, &[])).collect();
        let roles = |controls: &[Control]| match_fields(controls, index()).iter().map(|m| (m.key, m.role)).collect::<Vec<_>>();
        assert_eq!(roles(&unlabelled), vec![(1, Role::Code)]);
        let numbered: Vec<Control> = (1..=6).map(|k| digit(k, &[(LabelSource::AriaLabel, "Číslice")])).collect();
        assert_eq!(roles(&numbered), vec![(1, Role::Code)]);
        // Three one-letter boxes are initials or a short answer, not a code;
        // nor is a run broken by another control.
        assert!(roles(&unlabelled[..3]).is_empty());
        let mut broken = unlabelled.clone();
        broken[3] = control(4, "input", "text", &[]);
        assert!(roles(&broken).is_empty());
        // The email beside the boxes is still the email.
        let mut with_email = vec![control(9, "input", "email", &[(LabelSource::LabelFor, "Email")])];
        with_email.extend(unlabelled.iter().cloned());
        assert_eq!(roles(&with_email), vec![(1, Role::Code), (9, Role::Email)]);
    }

    #[test]
    fn the_word_for_the_name_beside_one_part_is_the_other_part() {
        let form = |first: &str, second: &str| {
            [
                control(1, "input", "text", &[(LabelSource::LabelFor, first)]),
                control(2, "input", "text", &[(LabelSource::LabelFor, second)]),
                control(3, "input", "email", &[(LabelSource::LabelFor, "E-mail")]),
            ]
        };
        // Both parts named, or one named and the other called "name":
        // "Nom" beside "Prénom" is the family name, "Nome" beside
        // "Cognome" the given name.
        for (first, second) in [
            ("Prénom", "Nom"),
            ("Nombre", "Apellidos"),
            ("Nome", "Cognome"),
            ("Prenume", "Nume"),
            ("Vorname", "Name"),
            ("Imię", "Nazwisko"),
            ("Ime", "Prezime"),
            ("Vardas", "Pavardė"),
            ("Jméno", "Příjmení"),
            ("Voornaam", "Achternaam"),
        ] {
            let roles: Vec<Role> = match_fields(&form(first, second), index()).iter().map(|m| m.role).collect();
            assert_eq!(roles, vec![Role::GivenName, Role::FamilyName, Role::Email], "{first} / {second}");
        }
        // Two boxes called "Name": which is which is not for Objection to guess.
        let roles: Vec<Role> = match_fields(&form("Name", "Name"), index()).iter().map(|m| m.role).collect();
        assert_eq!(roles, vec![Role::Email]);
        // The whole name in one field, even where its words name the parts.
        for whole in ["Prénom et nom", "Vor- und Nachname", "Nome e cognome", "Imię i nazwisko", "First and last name"] {
            let one = [control(1, "input", "text", &[(LabelSource::LabelFor, whole)])];
            assert_eq!(match_fields(&one, index()).iter().map(|m| m.role).collect::<Vec<_>>(), vec![Role::FullName], "{whole}");
        }
        let by_autofill = [
            control(1, "input", "text", &[(LabelSource::Autocomplete, "given-name"), (LabelSource::Placeholder, "Name")]),
            control(2, "input", "text", &[(LabelSource::Placeholder, "Name")]),
        ];
        let got: Vec<(u32, Role)> = match_fields(&by_autofill, index()).iter().map(|m| (m.key, m.role)).collect();
        assert_eq!(got, vec![(1, Role::GivenName), (2, Role::FamilyName)]);
    }
}

