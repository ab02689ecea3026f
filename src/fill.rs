//! The prefill plan: which control gets which value, what is left alone
//! and what only the user can do. The content script carries it out; it
//! never submits, and a control that already has a value is never touched.

use crate::fields::{choices_meaning, FieldMatch};
use crate::phrases::{Meaning, PhraseIndex, Role};
use crate::prefs::Preferences;
use crate::recognise::{PageKind, Recognition};
use crate::snapshot::{ChoiceOption, Control, LabelSource};
use crate::text::{fold_plain, is_sentence_end};
use serde::Serialize;

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "type", rename_all = "kebab-case")]
pub enum Action {
    /// Type this text (native setter plus `input` and `change` events).
    SetText { value: String },
    /// Pick this option of a native `<select>`.
    SelectIndex { index: usize },
    /// Open an ARIA picker and choose the option the core then names
    /// (see [`choose_option`]) from these accepted texts. A picker with a
    /// search box may list only some options until something is typed:
    /// then `search` is typed and the options it leaves are offered.
    Choose {
        accept: Vec<String>,
        #[serde(skip_serializing_if = "Option::is_none")]
        search: Option<String>,
        /// Instead of `accept`: the option that says this, however the
        /// form words it (sent back with the options, see [`choose`]).
        #[serde(skip_serializing_if = "Option::is_none")]
        meaning: Option<OptionMeaning>,
    },
    /// Tick this radio button or checkbox.
    Check,
    /// Type the phone number: `national`, without the dialling code, if
    /// the country picker chosen before it turned out to list dialling
    /// codes (see [`Chosen::prefixes`]), else `value`. A custom picker's
    /// options are only known once it is open.
    SetPhone { value: String, national: String },
}

/// What the core chose among a custom picker's options.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Chosen {
    pub index: Option<usize>,
    /// The options are dialling codes ("+351", "Portugal (+351)"): the
    /// phone number typed after it goes without its own.
    pub prefixes: bool,
}

/// What a picker's option must say where no fixed text names it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, serde::Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum OptionMeaning {
    /// The third-party form's request to object ("Objection to processing").
    ObjectOption,
}

/// [`choose_option`] for a custom picker, or the option with `meaning`,
/// and whether the picker lists prefixes.
pub fn choose(options: &[ChoiceOption], accept: &[String], meaning: Option<OptionMeaning>) -> Chosen {
    let index = match meaning {
        Some(OptionMeaning::ObjectOption) => options.iter().position(|o| says(crate::phrases::index(), &o.text, Meaning::ObjectOption)),
        None => choose_option(options, accept),
    };
    Chosen { index, prefixes: lists_prefixes(options) }
}

/// Whether `text` holds a phrase with `meaning`.
fn says(index: &PhraseIndex, text: &str, meaning: Meaning) -> bool {
    index.find(&fold_plain(text)).iter().any(|h| h.meaning == meaning)
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Fill {
    pub key: u32,
    /// What the value is, for the banner's list ("email", "answer", ...).
    pub what: String,
    pub action: Action,
}

/// What a plan can leave to the user, each said in the banner by its own
/// message (`task_code` ...): the emailed code, the third-party form's
/// questions about prompts and screenshots, a declaration to tick, a
/// statement box too small for the statement's first sentence.
pub const USER_TASKS: [&str; 4] = [TASK_CODE, TASK_EVIDENCE, TASK_TICK, TASK_SHORTEN];

/// The fill's name (`Fill::what`) of a country asked as a list of dialling
/// prefixes ("+351", "PT +351"): the user reads "Country code" filled.
pub const COUNTRY_CODE: &str = "countryCode";
const TASK_CODE: &str = "code";
const TASK_EVIDENCE: &str = "evidence";
const TASK_TICK: &str = "tick";
const TASK_SHORTEN: &str = "shorten";

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct FillPlan {
    pub fills: Vec<Fill>,
    /// Fields that already had a value, left as they are.
    pub kept: Vec<String>,
    /// Fields found but with nothing saved for them.
    pub missing: Vec<String>,
    /// What only the user can do here: one of [`USER_TASKS`].
    pub user_tasks: Vec<String>,
    /// The first field still needing the user, to focus after filling.
    pub focus: Option<u32>,
}

/// What the content script should type for a country, in preference order:
/// the name the rules give in the form's language (only where browsers
/// have none), the names the browser gave for the code, then the code,
/// then its dialling code (for a picker of phone prefixes).
fn country_texts(code: &str, lang: &str, names: &[String]) -> Vec<String> {
    let own = crate::rules::rules().language(lang).and_then(|l| l.country_names.get(code));
    let mut out: Vec<String> = own.into_iter().chain(names).filter(|n| !n.trim().is_empty()).cloned().collect();
    out.push(code.to_string());
    out.extend(crate::countries::dialling_code(code).map(str::to_string));
    out.dedup();
    out
}

/// An option's text without what decorates the name in it: a code or a
/// dialling code in brackets after it ("Portugal (PT)", "Portugal (+351)")
/// and a flag or other symbols around it ("🇵🇹 Portugal").
fn bare_name(text: &str) -> &str {
    let mut t = text.trim();
    if let Some(open) = t.rfind(" (").filter(|_| t.ends_with(')')) {
        let inside = &t[open + 2..t.len() - 1];
        let code = (2..=3).contains(&inside.len()) && inside.chars().all(|c| c.is_ascii_alphabetic());
        let dialling = inside.strip_prefix('+').is_some_and(|d| !d.is_empty() && d.chars().all(|c| c.is_ascii_digit()));
        if code || dialling {
            t = &t[..open];
        }
    }
    t.trim_matches(|c: char| !c.is_alphanumeric())
}

/// Index of the option that stands for one of `accept` (compared folded):
/// its text or value is the name or code, or its text is the name with a
/// code in brackets or a flag beside it (see [`bare_name`]). A dialling code ("+351")
/// matches an option showing it among other text ("PT +351") or whose
/// value is its digits.
pub fn choose_option(options: &[ChoiceOption], accept: &[String]) -> Option<usize> {
    let wanted: Vec<String> = accept.iter().map(|a| fold_plain(a)).filter(|w| !w.is_empty()).collect();
    let matches = |o: &ChoiceOption, w: &str| {
        let text = fold_plain(&o.text);
        if let Some(digits) = w.strip_prefix('+') {
            let shows = text.split(|c: char| !(c.is_ascii_digit() || c == '+')).any(|t| t == w);
            return shows || o.value.trim() == w || o.value.trim() == digits;
        }
        // "Ja, es geht um KI bei Meta": an answer said, then explained.
        let said_first = text.strip_prefix(w).is_some_and(|rest| rest.starts_with(','));
        text == w || fold_plain(&o.value) == w || bare_name(&text) == w || said_first
    };
    // Every option is tried against the first name before the next name, so
    // an exact name wins over a code that happens to be another option's value.
    wanted.iter().find_map(|w| options.iter().position(|o| matches(o, w)))
}

/// Text for a box that takes at most `max` UTF-16 units (its `maxlength`):
/// the text itself when it fits, else as many of its sentences, from the
/// first, as fit whole. `None` when not even the first does: a cut
/// sentence could say something else than the whole.
fn fit_to(text: &str, max: usize) -> Option<String> {
    let units = |s: &str| s.encode_utf16().count();
    if units(text) <= max {
        return Some(text.to_string());
    }
    let mut fitting = None;
    for (i, c) in text.char_indices() {
        let end = i + c.len_utf8();
        if !is_sentence_end(c) {
            continue;
        }
        if units(&text[..end]) > max {
            break;
        }
        // A sentence goes on after "Art. 21" or "čl. 21": the next one starts
        // after a space with a capital letter.
        let rest = &text[end..];
        let next = rest.trim_start().chars().next();
        if rest.starts_with(char::is_whitespace) && next.is_some_and(char::is_uppercase) {
            fitting = Some(text[..end].to_string());
        }
    }
    fitting
}

/// A control holds nothing yet: a select on its empty placeholder option, an
/// input with no text, an ARIA picker nobody has set (the content script
/// reports those as empty). A select still on its first option counts as
/// empty too unless someone picked it: the browser shows the first option
/// until a choice is made, whether it reads "Vyberte" (with no value of its
/// own) or is simply the first country of the list. An option the page
/// itself selected further down is kept.
fn is_empty(c: &Control) -> bool {
    c.value.trim().is_empty() || (c.tag == "select" && c.selected == Some(0) && !c.touched)
}

/// A picker whose options are mostly dialling codes ("+351", "PT +351",
/// "Portugal (+351)").
pub(crate) fn lists_prefixes(options: &[ChoiceOption]) -> bool {
    let is_prefix = |w: &str| {
        let w = w.trim_matches(|c| c == '(' || c == ')');
        w.strip_prefix('+').is_some_and(|d| !d.is_empty() && d.chars().all(|c| c.is_ascii_digit()))
    };
    let named = options.iter().filter(|o| !o.text.trim().is_empty()).count();
    let prefixes = options.iter().filter(|o| o.text.split_whitespace().any(is_prefix)).count();
    named > 0 && prefixes * 2 > named
}

/// The number without the country's dialling code, when it starts with it
/// ("+351 912 345 678" and "+351912345678" alike); any other number whole.
fn national_part(phone: &str, country: &str) -> String {
    let Some(dial) = crate::countries::dialling_code(country) else { return phone.to_string() };
    let mut rest = phone;
    for d in dial.chars() {
        match rest.trim_start().strip_prefix(d) {
            Some(r) => rest = r,
            None => return phone.to_string(),
        }
    }
    rest.trim().to_string()
}

pub fn plan(
    recognition: &Recognition,
    lang: &str,
    controls: &[Control],
    fields: &[FieldMatch],
    prefs: &Preferences,
    country_names: &[String],
    index: &PhraseIndex,
) -> FillPlan {
    let mut plan = FillPlan::default();
    let control = |key: u32| controls.iter().find(|c| c.key == key);
    // A country asked as the phone number's prefix ("+351") takes that part
    // of the number: the phone field then gets the rest.
    let countries: Vec<&Control> = fields.iter().filter(|m| m.role == Role::Country).filter_map(|m| control(m.key)).collect();
    let prefix_asked = countries.iter().any(|c| lists_prefixes(&c.options));
    // A custom picker for the country shows its options only when opened:
    // whether they are dialling codes is known then.
    let picker_asked = countries.iter().any(|c| c.tag == "combobox" || c.typeahead);
    // The name in parts, the family name spread over its boxes ("Primer
    // apellido", "Segundo apellido"), in page order.
    let name_parts = prefs.name_parts();
    let family_keys: Vec<u32> = fields.iter().filter(|m| m.role == Role::FamilyName).map(|m| m.key).collect();
    let surnames = crate::names::in_boxes(&name_parts.family, family_keys.len());
    for m in fields {
        let Some(c) = control(m.key) else { continue };
        // A country asked as the phone's prefix is named as the form asks it.
        let name = if m.role == Role::Country && lists_prefixes(&c.options) { COUNTRY_CODE } else { m.role.name() }.to_string();
        if m.role == Role::Code {
            plan.user_tasks.push(TASK_CODE.into());
            if is_empty(c) && plan.focus.is_none() {
                plan.focus = Some(c.key);
            }
            continue;
        }
        if !is_empty(c) {
            plan.kept.push(name);
            continue;
        }
        let value = match m.role {
            Role::Email => prefs.email_for(&recognition.platform).to_string(),
            Role::Country => prefs.country.clone(),
            Role::FullName => prefs.full_name.clone(),
            Role::GivenName => name_parts.given.clone(),
            Role::FamilyName => {
                let at = family_keys.iter().position(|k| *k == m.key).unwrap_or(0);
                // A second surname box is for a second surname, if there is one.
                if at > 0 && surnames[at].is_empty() {
                    continue;
                }
                surnames[at].clone()
            }
            Role::Phone if prefix_asked => national_part(&prefs.phone, &prefs.country),
            Role::Phone => prefs.phone.clone(),
            Role::Statement => prefs.statement_for(lang),
            Role::Code => unreachable!(),
        };
        if value.is_empty() {
            plan.missing.push(name);
            plan.focus.get_or_insert(c.key);
            continue;
        }
        let action = match (m.role, c.tag.as_str()) {
            (Role::Country, "select") => {
                match choose_option(&c.options, &country_texts(&value, lang, country_names)) {
                    Some(index) => Action::SelectIndex { index },
                    None => {
                        plan.missing.push(name);
                        plan.focus.get_or_insert(c.key);
                        continue;
                    }
                }
            }
            (Role::Country, "combobox") => Action::Choose { accept: country_texts(&value, lang, country_names), search: None, meaning: None },
            (Role::Country, "input") if c.typeahead => {
                let accept = country_texts(&value, lang, country_names);
                Action::Choose { search: accept.first().cloned(), accept, meaning: None }
            }
            (Role::Country, _) => Action::SetText { value: country_texts(&value, lang, country_names).swap_remove(0) },
            (Role::Phone, _) if picker_asked && !prefix_asked => {
                let national = national_part(&value, &prefs.country);
                if national == value { Action::SetText { value } } else { Action::SetPhone { value, national } }
            }
            _ => Action::SetText { value },
        };
        // Text longer than the box takes would be cut by no one but the
        // server: the statement is shortened to whole sentences, anything
        // else is left to the user.
        let action = match (action, c.max_length) {
            (Action::SetText { value }, Some(max)) => {
                let max = max as usize;
                let fitted = if m.role == Role::Statement { fit_to(&value, max) } else { (value.encode_utf16().count() <= max).then_some(value) };
                match fitted {
                    Some(value) => Action::SetText { value },
                    None => {
                        // A box too small for even the statement's first
                        // sentence wants the user's own, shorter words:
                        // the banner says so rather than just "still to fill".
                        if m.role == Role::Statement { plan.user_tasks.push(TASK_SHORTEN.into()) } else { plan.missing.push(name) }
                        plan.focus.get_or_insert(c.key);
                        continue;
                    }
                }
            }
            (action, _) => action,
        };
        plan.fills.push(Fill { key: c.key, what: name, action });
    }
    // The phone waits for the picker whose options it depends on.
    plan.fills.sort_by_key(|f| matches!(f.action, Action::SetPhone { .. }));
    // Whether the form offers the choice at all, as radio buttons or
    // checkboxes; ticked if none of them is yet.
    let tick = |plan: &mut FillPlan, meaning: Meaning, what: &str| -> bool {
        let keys = choices_meaning(controls, index, meaning);
        if keys.iter().filter_map(|k| control(*k)).any(|c| c.checked) {
            return true;
        }
        let Some(target) = keys.first().and_then(|k| control(*k)) else { return false };
        // Another answer to the same question is the user's: it stays.
        let answered = !target.group.is_empty() && controls.iter().any(|c| c.group == target.group && c.checked);
        if answered {
            plan.kept.push(what.into());
        } else {
            plan.fills.push(Fill { key: target.key, what: what.into(), action: Action::Check });
        }
        true
    };
    if recognition.pre_step && !tick(&mut plan, Meaning::Yes, "answer") {
        answer_yes_in_a_list(&mut plan, lang, controls, fields, index);
    }
    if recognition.kind == PageKind::ThirdPartyForm {
        if !tick(&mut plan, Meaning::ObjectOption, "objection_option") {
            choose_objection_in_a_list(&mut plan, controls, fields, index);
        }
        plan.user_tasks.push(TASK_EVIDENCE.into());
    }
    // A country asked as radio buttons, one per country under a legend that
    // names the field: the saved country's button is ticked.
    if let Some(group) = countries.is_empty().then(|| country_radios(controls, index)).flatten() {
        let what = Role::Country.name().to_string();
        let options: Vec<ChoiceOption> = group.iter().map(|c| ChoiceOption { value: c.value.clone(), text: own_label(c) }).collect();
        if group.iter().any(|c| c.checked) {
            plan.kept.push(what);
        } else if let Some(i) = (!prefs.country.is_empty()).then(|| choose_option(&options, &country_texts(&prefs.country, lang, country_names))).flatten() {
            // In page order among the fields, as the banner lists what it filled.
            let at = plan.fills.iter().position(|f| f.key > group[i].key).unwrap_or(plan.fills.len());
            plan.fills.insert(at, Fill { key: group[i].key, what, action: Action::Check });
        } else {
            plan.missing.push(what);
            plan.focus.get_or_insert(group[0].key);
        }
    }
    // A box to tick that the plan leaves, a declaration such as "I confirm
    // that the information I gave is correct", is the user's to read and
    // tick: the banner says so, where the page would say it only once the
    // user sends the form. A box among others of its name (the third-party
    // form's requests) is an answer, not a declaration.
    if matches!(recognition.kind, PageKind::ObjectionForm | PageKind::ThirdPartyForm) {
        let is_box = |c: &&Control| c.tag == "input" && c.input_type == "checkbox" && !c.disabled;
        let alone = |c: &Control| controls.iter().filter(is_box).filter(|o| o.group == c.group).count() == 1;
        let planned = |c: &Control| plan.fills.iter().any(|f| f.key == c.key);
        if let Some(declaration) = controls.iter().filter(is_box).find(|c| !c.checked && alone(c) && !planned(c)) {
            plan.user_tasks.push(TASK_TICK.into());
            plan.focus.get_or_insert(declaration.key);
        }
    }
    plan
}

/// A question asked as a list to pick from, a `<select>` or a custom
/// picker, rather than as radio buttons: the first list no field role has
/// taken for which `pick` has an answer gets it, or keeps the one already
/// chosen. Whether one was found.
fn answer_in_a_list(plan: &mut FillPlan, controls: &[Control], fields: &[FieldMatch], what: &str, pick: impl Fn(&Control) -> Option<Action>) -> bool {
    let free = |c: &&Control| !c.disabled && !fields.iter().any(|f| f.key == c.key);
    let Some((c, action)) = controls.iter().filter(free).find_map(|c| pick(c).map(|a| (c, a))) else { return false };
    if is_empty(c) {
        plan.fills.push(Fill { key: c.key, what: what.into(), action });
    } else {
        plan.kept.push(what.into());
    }
    true
}

/// The third-party form's request asked as a list: the option that
/// objects is chosen. A select that offers it comes first; else a custom
/// picker, which shows its options only once open: the content script
/// sends them back, and the core names the one that objects.
fn choose_objection_in_a_list(plan: &mut FillPlan, controls: &[Control], fields: &[FieldMatch], index: &PhraseIndex) {
    const WHAT: &str = "objection_option";
    let in_select = |c: &Control| {
        (c.tag == "select")
            .then(|| c.options.iter().position(|o| says(index, &o.text, Meaning::ObjectOption)))
            .flatten()
            .map(|i| Action::SelectIndex { index: i })
    };
    let in_picker = |c: &Control| {
        (c.tag == "combobox").then(|| Action::Choose { accept: Vec::new(), search: None, meaning: Some(OptionMeaning::ObjectOption) })
    };
    if !answer_in_a_list(plan, controls, fields, WHAT, in_select) {
        answer_in_a_list(plan, controls, fields, WHAT, in_picker);
    }
}

/// The pre-step question asked as a list: its "yes" is chosen.
fn answer_yes_in_a_list(plan: &mut FillPlan, lang: &str, controls: &[Control], fields: &[FieldMatch], index: &PhraseIndex) {
    let is_yes = |text: &str| {
        let t = fold_plain(text);
        index.find(&t).iter().any(|h| h.meaning == Meaning::Yes && h.start == 0)
    };
    let accept: Vec<String> = crate::rules::rules()
        .language(lang)
        .map(|l| l.answers.yes.iter().map(|p| p.text().trim_end_matches('*').to_string()).collect())
        .unwrap_or_default();
    answer_in_a_list(plan, controls, fields, "answer", |c| match c.tag.as_str() {
        "select" => c.options.iter().position(|o| is_yes(&o.text)).map(|index| Action::SelectIndex { index }),
        "combobox" if !accept.is_empty() => Some(Action::Choose { accept: accept.clone(), search: None, meaning: None }),
        _ => None,
    });
}

/// The radio buttons of the first group whose legend names the country
/// field ("Country of residence" over "Germany", "Portugal", …), in page order.
fn country_radios<'c>(controls: &'c [Control], index: &PhraseIndex) -> Option<Vec<&'c Control>> {
    let is_radio = |c: &&Control| c.tag == "input" && c.input_type == "radio" && !c.disabled && !c.group.is_empty();
    let asks_country = |c: &&Control| {
        crate::fields::label_texts(c)
            .any(|(source, text)| source == LabelSource::Legend && index.find(&text).iter().any(|h| h.meaning == Meaning::Field(Role::Country)))
    };
    let first = controls.iter().filter(is_radio).find(asks_country)?;
    Some(controls.iter().filter(is_radio).filter(|c| c.group == first.group).collect())
}

/// A choice's own label (the country a radio button stands for), not the
/// question it answers.
fn own_label(c: &Control) -> String {
    c.labels
        .iter()
        .find(|l| matches!(l.source, LabelSource::LabelWrap | LabelSource::LabelFor | LabelSource::AriaLabel | LabelSource::AriaLabelledby) && !l.text.trim().is_empty())
        .map(|l| l.text.trim().to_string())
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn opt(value: &str, text: &str) -> ChoiceOption {
        ChoiceOption { value: value.into(), text: text.into() }
    }

    #[test]
    fn options_by_code_name_or_text() {
        let options = vec![opt("", "Select a country"), opt("AT", "Austria"), opt("de", "Germany")];
        assert_eq!(choose_option(&options, &["Deutschland".into(), "DE".into()]), Some(2));
        assert_eq!(choose_option(&options, &["Österreich".into(), "Austria".into(), "AT".into()]), Some(1));
        let dialling = vec![opt("", "Selecione"), opt("BR", "Brasil (+55)"), opt("PT", "Portugal (+351)")];
        assert_eq!(choose_option(&dialling, &["Portugal".into(), "PT".into()]), Some(2));
        assert_eq!(choose_option(&dialling, &["Port".into()]), None);
        // A picker of phone prefixes: the country's dialling code, tried last.
        let prefixes = vec![opt("1", "+1"), opt("351", "+351"), opt("3510", "+3510"), opt("49", "DE +49")];
        let portugal = country_texts("PT", "en", &["Portugal".into()]);
        assert_eq!(choose_option(&prefixes, &portugal), Some(1));
        assert_eq!(choose_option(&prefixes, &country_texts("DE", "de", &["Deutschland".into()])), Some(3));
        let by_value = vec![opt("", "Code"), opt("351", "🇵🇹")];
        assert_eq!(choose_option(&by_value, &portugal), Some(1));
        assert_eq!(national_part("+351 912 345 678", "PT"), "912 345 678");
        assert_eq!(national_part("+351912345678", "PT"), "912345678");
        assert_eq!(national_part("+49 30 1234", "PT"), "+49 30 1234", "another country's number is left whole");
        assert_eq!(national_part("912 345 678", "PT"), "912 345 678");
        assert!(lists_prefixes(&prefixes));
        assert!(!lists_prefixes(&[opt("PT", "Portugal"), opt("DE", "Deutschland")]));
        assert!(lists_prefixes(&dialling));
        // Icelandic, which the browser names in English: the rules' own name.
        let icelandic = vec![opt("", "Veldu"), opt("1", "Portúgal"), opt("2", "Pólland")];
        assert_eq!(choose_option(&icelandic, &country_texts("PT", "is", &["Portugal".into()])), Some(1));
        // A name still wins over a prefix another option shows.
        let both = vec![opt("x", "+351"), opt("PT", "Portugal")];
        assert_eq!(choose_option(&both, &portugal), Some(1));
        let by_text = vec![opt("1", "Portugal"), opt("2", "España")];
        assert_eq!(choose_option(&by_text, &["España".into(), "ES".into()]), Some(1));
        assert_eq!(choose_option(&by_text, &["France".into(), "FR".into()]), None);
        // Names decorated with a flag or a bracketed code, the value saying nothing.
        let flagged = vec![opt("1", "🇦🇹 Austria"), opt("2", "🇵🇹 Portugal"), opt("3", "Spain 🇪🇸")];
        assert_eq!(choose_option(&flagged, &portugal), Some(1));
        assert_eq!(choose_option(&flagged, &["Spain".into()]), Some(2));
        let coded = vec![opt("a", "Austria (AT)"), opt("b", "Portugal (PT)"), opt("c", "Congo (Brazzaville)")];
        assert_eq!(choose_option(&coded, &portugal), Some(1));
        assert_eq!(choose_option(&coded, &["Congo".into()]), None, "only a code in brackets is taken off");
    }

    #[test]
    fn the_third_party_request_asked_as_a_list_gets_the_objection_chosen() {
        use crate::snapshot::Label;
        let third_party = Recognition { kind: PageKind::ThirdPartyForm, platform: "facebook".into(), form_id: None, pre_step: false };
        let prefs = Preferences { email: "ana@example.org".into(), ..Default::default() };
        let email = Control { key: 1, tag: "input".into(), input_type: "email".into(), ..Default::default() };
        let fields = [FieldMatch { key: 1, role: Role::Email, score: 20 }];
        let request = |selected: i32| Control {
            key: 2,
            tag: "select".into(),
            labels: vec![Label { source: LabelSource::LabelFor, text: "What would you like to do?".into() }],
            options: vec![opt("", "Select"), opt("access", "Access my information"), opt("object", "Objection to processing"), opt("other", "I have a different issue")],
            selected: Some(selected),
            value: if selected > 0 { "x".into() } else { String::new() },
            ..Default::default()
        };
        let run = |controls: &[Control]| plan(&third_party, "en", controls, &fields, &prefs, &[], crate::phrases::index());
        let p = run(&[email.clone(), request(0)]);
        assert!(p.fills.iter().any(|f| f.key == 2 && f.action == Action::SelectIndex { index: 2 } && f.what == "objection_option"), "{:?}", p.fills);
        // Another request the user chose stays.
        let chosen = run(&[email.clone(), request(1)]);
        assert!(chosen.fills.iter().all(|f| f.key != 2));
        assert!(chosen.kept.contains(&"objection_option".to_string()));
        // A custom picker: its options come back with the meaning to choose by.
        let picker = Control { key: 3, tag: "combobox".into(), ..Default::default() };
        let p = run(&[email.clone(), picker]);
        let Some(Fill { action: Action::Choose { meaning, accept, .. }, .. }) = p.fills.iter().find(|f| f.key == 3) else { panic!("{:?}", p.fills) };
        assert_eq!((*meaning, accept.len()), (Some(OptionMeaning::ObjectOption), 0));
        let shown = [opt("", "Auskunft über meine Informationen"), opt("", "Widerspruch gegen die Verarbeitung"), opt("", "Anderes Anliegen")];
        assert_eq!(choose(&shown, &[], Some(OptionMeaning::ObjectOption)).index, Some(1));
        assert_eq!(choose(&shown[..1], &[], Some(OptionMeaning::ObjectOption)).index, None);
        // Not on the form for one's own information, where no request is asked.
        let own = Recognition { kind: PageKind::ObjectionForm, ..third_party.clone() };
        assert!(plan(&own, "en", &[email, request(0)], &fields, &prefs, &[], crate::phrases::index()).fills.iter().all(|f| f.key != 2));
    }

    #[test]
    fn a_declaration_to_tick_is_left_to_the_user_and_said_but_answers_are_not() {
        let objection = Recognition { kind: PageKind::ObjectionForm, platform: "facebook".into(), form_id: None, pre_step: false };
        let prefs = Preferences { email: "ana@example.org".into(), ..Default::default() };
        let email = Control { key: 1, tag: "input".into(), input_type: "email".into(), ..Default::default() };
        let tickbox = |key: u32, group: &str, checked: bool| Control { key, tag: "input".into(), input_type: "checkbox".into(), group: group.into(), checked, ..Default::default() };
        let fields = [FieldMatch { key: 1, role: Role::Email, score: 20 }];
        let run = |controls: &[Control]| plan(&objection, "en", controls, &fields, &prefs, &[], crate::phrases::index());

        let p = run(&[email.clone(), tickbox(2, "confirm", false)]);
        assert_eq!(p.user_tasks, ["tick"]);
        assert_eq!(p.focus, Some(2), "the box is where the user goes next");
        assert!(p.fills.iter().all(|f| f.key != 2), "never ticked for the user");
        assert!(run(&[email.clone(), tickbox(2, "confirm", true)]).user_tasks.is_empty(), "already ticked");
        assert!(run(&[email.clone(), tickbox(2, "request", false), tickbox(3, "request", false)]).user_tasks.is_empty(), "answers to one question");
        assert!(run(&[email.clone(), tickbox(2, "", false), tickbox(3, "", false)]).user_tasks.is_empty(), "unnamed boxes side by side");
        assert_eq!(run(&[email.clone(), tickbox(2, "", false)]).user_tasks, ["tick"], "one unnamed box");
        let disabled = Control { disabled: true, ..tickbox(2, "", false) };
        assert!(run(&[email.clone(), disabled]).user_tasks.is_empty());
        // Only on the forms: a box on the code step or a notice is none of Objection's business.
        let code = Recognition { kind: PageKind::CodeStep, ..objection.clone() };
        assert!(plan(&code, "en", &[email, tickbox(2, "", false)], &fields, &prefs, &[], crate::phrases::index()).user_tasks.is_empty());
    }

    #[test]
    fn a_phone_after_a_custom_picker_goes_without_its_prefix_if_the_picker_lists_them() {
        let recognition = Recognition { kind: PageKind::ObjectionForm, platform: "whatsapp".into(), form_id: None, pre_step: false };
        let prefs = Preferences { country: "PT".into(), phone: "+351 912 345 678".into(), ..Default::default() };
        // The phone comes first in the page; the picker is still filled first.
        let controls = [
            Control { key: 1, tag: "input".into(), input_type: "tel".into(), ..Default::default() },
            Control { key: 2, tag: "combobox".into(), ..Default::default() },
        ];
        let fields = [FieldMatch { key: 1, role: Role::Phone, score: 20 }, FieldMatch { key: 2, role: Role::Country, score: 20 }];
        let p = plan(&recognition, "pt", &controls, &fields, &prefs, &["Portugal".into()], crate::phrases::index());
        let actions: Vec<(u32, &Action)> = p.fills.iter().map(|f| (f.key, &f.action)).collect();
        assert!(matches!(actions[0], (2, Action::Choose { .. })), "{actions:?}");
        assert_eq!(actions[1], (1, &Action::SetPhone { value: "+351 912 345 678".into(), national: "912 345 678".into() }));
        let prefixes = [opt("", "Selecione"), opt("", "Brasil (+55)"), opt("", "Portugal (+351)")];
        assert_eq!(choose(&prefixes, &country_texts("PT", "pt", &["Portugal".into()]), None), Chosen { index: Some(2), prefixes: true });
        let names = [opt("BR", "Brasil"), opt("PT", "Portugal")];
        assert_eq!(choose(&names, &["Portugal".into()], None), Chosen { index: Some(1), prefixes: false });
    }

    #[test]
    fn a_name_in_parts_and_two_surname_boxes_get_one_part_each() {
        use crate::snapshot::Label;
        let recognition = Recognition { kind: PageKind::ObjectionForm, platform: "facebook".into(), form_id: None, pre_step: false };
        let text = |key: u32, label: &str| Control {
            key,
            tag: "input".into(),
            input_type: "text".into(),
            labels: vec![Label { source: LabelSource::LabelFor, text: label.into() }],
            ..Default::default()
        };
        let index = crate::phrases::index();
        let controls = [text(1, "Nombre"), text(2, "Primer apellido"), text(3, "Segundo apellido")];
        let fields = crate::fields::match_fields(&controls, index);
        let values = |prefs: &Preferences| -> Vec<(u32, String)> {
            plan(&recognition, "es", &controls, &fields, prefs, &[], index)
                .fills
                .into_iter()
                .map(|f| match f.action {
                    Action::SetText { value } => (f.key, value),
                    other => panic!("{other:?}"),
                })
                .collect()
        };
        let two = Preferences { full_name: "María José García López".into(), family_name: "García López".into(), ..Default::default() };
        assert_eq!(values(&two), [(1, "María José".into()), (2, "García".into()), (3, "López".into())]);
        // One surname: the second box is left empty, and not asked of the user.
        let one = Preferences { full_name: "Ana Silva".into(), ..Default::default() };
        assert_eq!(values(&one), [(1, "Ana".into()), (2, "Silva".into())]);
        assert!(!plan(&recognition, "es", &controls, &fields, &one, &[], index).missing.contains(&"familyName".to_string()));
    }

    #[test]
    fn the_pre_step_is_answered_yes_unless_the_user_answered_it() {
        use crate::snapshot::Label;
        let recognition = Recognition { kind: PageKind::ObjectionForm, platform: "facebook".into(), form_id: None, pre_step: true };
        let radio = |key: u32, text: &str, checked: bool| Control {
            key,
            tag: "input".into(),
            input_type: "radio".into(),
            labels: vec![Label { source: LabelSource::LabelWrap, text: text.into() }],
            checked,
            group: "group-1".into(),
            ..Default::default()
        };
        let index = crate::phrases::index();
        let plan_for = |controls: &[Control]| plan(&recognition, "de", controls, &[], &Preferences::default(), &[], index);
        let fresh = plan_for(&[radio(1, "Ja", false), radio(2, "Nein", false)]);
        assert_eq!(fresh.fills, [Fill { key: 1, what: "answer".into(), action: Action::Check }]);
        let answered = plan_for(&[radio(1, "Ja", false), radio(2, "Nein", true)]);
        assert!(answered.fills.is_empty(), "the user's answer stays");
        assert_eq!(answered.kept, ["answer"]);
        let already = plan_for(&[radio(1, "Ja", true), radio(2, "Nein", false)]);
        assert!(already.fills.is_empty() && already.kept.is_empty());
        // The question as a list: its "yes" is picked, unless one is picked.
        let list = |selected: i32| Control {
            key: 3,
            tag: "select".into(),
            options: vec![opt("", "Auswählen"), opt("n", "Nein"), opt("y", "Ja, es geht um KI bei Meta")],
            selected: Some(selected),
            value: if selected == 0 { String::new() } else { "n".into() },
            ..Default::default()
        };
        assert_eq!(plan_for(&[list(0)]).fills, [Fill { key: 3, what: "answer".into(), action: Action::SelectIndex { index: 2 } }]);
        assert_eq!(plan_for(&[list(1)]).kept, ["answer"], "the user's answer stays");
        let picker = Control { key: 4, tag: "combobox".into(), ..Default::default() };
        let chosen = plan_for(&[picker]);
        assert!(matches!(&chosen.fills[..], [Fill { key: 4, action: Action::Choose { accept, .. }, .. }] if accept.iter().any(|a| a == "Ja")));
        // The picker's options, once open: the "yes" explained after a comma.
        let Action::Choose { accept, .. } = &chosen.fills[0].action else { unreachable!() };
        assert_eq!(choose_option(&[opt("", "Nein, um etwas anderes"), opt("", "Ja, es geht um KI bei Meta")], accept), Some(1));
    }

    #[test]
    fn a_country_asked_as_radio_buttons_gets_the_saved_countrys_button() {
        use crate::snapshot::Label;
        let recognition = Recognition { kind: PageKind::ObjectionForm, platform: "facebook".into(), form_id: None, pre_step: false };
        let radio = |key: u32, value: &str, text: &str, checked: bool| Control {
            key,
            tag: "input".into(),
            input_type: "radio".into(),
            value: value.into(),
            labels: vec![Label { source: LabelSource::LabelWrap, text: text.into() }, Label { source: LabelSource::Legend, text: "Country of residence".into() }],
            checked,
            group: "c".into(),
            ..Default::default()
        };
        let index = crate::phrases::index();
        let prefs = Preferences { country: "PT".into(), ..Default::default() };
        let plan_for = |controls: &[Control], prefs: &Preferences| plan(&recognition, "en", controls, &[], prefs, &["Portugal".into()], index);
        let fresh = plan_for(&[radio(1, "DE", "Germany", false), radio(2, "x2", "Portugal", false)], &prefs);
        assert_eq!(fresh.fills, [Fill { key: 2, what: "country".into(), action: Action::Check }]);
        let by_value = plan_for(&[radio(1, "DE", "Deutschland", false), radio(2, "PT", "Portugal 🇵🇹", false)], &prefs);
        assert_eq!(by_value.fills.len(), 1);
        let chosen = plan_for(&[radio(1, "DE", "Germany", true), radio(2, "PT", "Portugal", false)], &prefs);
        assert!(chosen.fills.is_empty() && chosen.kept == ["country"], "the user's choice stays");
        let absent = plan_for(&[radio(1, "DE", "Germany", false), radio(2, "ES", "Spain", false)], &prefs);
        assert!(absent.fills.is_empty() && absent.missing == ["country"]);
        let unsaved = plan_for(&[radio(1, "DE", "Germany", false)], &Preferences::default());
        assert_eq!(unsaved.missing, ["country"]);
        // Asked before the email, it is filled, and listed, before the email.
        let email = Control { key: 9, tag: "input".into(), input_type: "email".into(), ..Default::default() };
        let with_email = plan(&recognition, "en", &[radio(1, "DE", "Germany", false), radio(2, "PT", "Portugal", false), email], &[FieldMatch { key: 9, role: Role::Email, score: 20 }], &Preferences { email: "ana@example.org".into(), ..prefs.clone() }, &["Portugal".into()], index);
        assert_eq!(with_email.fills.iter().map(|f| f.what.as_str()).collect::<Vec<_>>(), ["country", "email"]);
        // Radio buttons under another question are not a country list.
        let other = |key: u32, text: &str| Control { labels: vec![Label { source: LabelSource::LabelWrap, text: text.into() }, Label { source: LabelSource::Legend, text: "What would you like to do?".into() }], ..radio(key, "", text, false) };
        assert!(plan_for(&[other(1, "Portugal")], &prefs).fills.is_empty());
    }

    #[test]
    fn a_country_search_box_is_typed_into_then_chosen_from() {
        use crate::snapshot::Label;
        let recognition = Recognition { kind: PageKind::ObjectionForm, platform: "instagram".into(), form_id: None, pre_step: false };
        let prefs = Preferences { email: "ana@example.org".into(), country: "PT".into(), ..Default::default() };
        let label = |text: &str| vec![Label { source: LabelSource::LabelFor, text: text.into() }];
        let controls = [
            Control { key: 1, tag: "input".into(), input_type: "text".into(), typeahead: true, labels: label("Bopælsland"), ..Default::default() },
            Control { key: 2, tag: "input".into(), input_type: "text".into(), labels: label("Land"), ..Default::default() },
        ];
        let index = crate::phrases::index();
        let names = ["Portugal".to_string()];
        let fields = |key| [FieldMatch { key, role: Role::Country, score: 20 }];
        let typeahead = plan(&recognition, "da", &controls, &fields(1), &prefs, &names, index);
        assert_eq!(typeahead.fills[0].action, Action::Choose { accept: country_texts("PT", "da", &names), search: Some("Portugal".into()), meaning: None });
        // A plain text box takes the name as text.
        let plain = plan(&recognition, "da", &controls, &fields(2), &prefs, &names, index);
        assert_eq!(plain.fills[0].action, Action::SetText { value: "Portugal".into() });
    }

    #[test]
    fn a_statement_box_too_small_for_the_first_sentence_is_left_to_the_user_and_said() {
        let objection = Recognition { kind: PageKind::ObjectionForm, platform: "facebook".into(), form_id: None, pre_step: false };
        let prefs = Preferences { email: "ana@example.org".into(), ..Default::default() };
        let why = |max: u32| Control { key: 2, tag: "textarea".into(), max_length: Some(max), ..Default::default() };
        let fields = [FieldMatch { key: 2, role: Role::Statement, score: 20 }];
        let run = |max: u32| plan(&objection, "en", &[why(max)], &fields, &prefs, &[], crate::phrases::index());
        let small = run(20);
        assert!(small.fills.is_empty(), "{:?}", small.fills);
        assert_eq!(small.user_tasks, ["shorten"]);
        assert!(small.missing.is_empty(), "said once, with its reason");
        assert_eq!(small.focus, Some(2), "the box is where the user goes next");
        let roomy = run(2000);
        assert!(roomy.user_tasks.is_empty() && roomy.fills.iter().any(|f| f.key == 2), "{roomy:?}");
    }

    #[test]
    fn a_statement_too_long_for_its_box_keeps_the_whole_sentences_that_fit() {
        let statement = |lang: &str| crate::rules::rules().language(lang).unwrap().statement.clone();
        let en = statement("en");
        assert_eq!(fit_to(&en, 10_000).as_deref(), Some(en.as_str()));
        let first = fit_to(&en, 200).expect("the first sentence fits");
        assert!(en.starts_with(&first) && first.ends_with('.') && first.len() < en.len(), "{first}");
        assert!(fit_to(&en, first.encode_utf16().count() - 1).is_none(), "no cut sentence");
        let two = fit_to(&en, 400).unwrap();
        assert!(two.len() > first.len() && en[two.len()..].starts_with(' '), "{two}");
        // "čl. 21 odst. 1" is not the end of a sentence.
        let cs = statement("cs");
        let cs_first = fit_to(&cs, 250).unwrap();
        assert!(cs_first.contains("odst. 1") && cs_first.ends_with('.'), "{cs_first}");
        // maxlength counts UTF-16 units: an emoji is two.
        assert_eq!(fit_to("Ab 😀. Cd.", 7).as_deref(), Some("Ab 😀."));
        assert_eq!(fit_to("Ab 😀. Cd.", 5), None);
    }

    #[test]
    fn a_select_on_its_first_option_is_empty_until_someone_picks_it() {
        let select = |value: &str, selected: i32, touched: bool| Control {
            tag: "select".into(),
            value: value.into(),
            selected: Some(selected),
            touched,
            options: vec![opt("Vyberte", "Vyberte"), opt("Slovensko", "Slovensko")],
            ..Default::default()
        };
        assert!(is_empty(&select("Vyberte", 0, false)), "a placeholder without a value of its own");
        assert!(is_empty(&select("", 0, false)));
        assert!(!is_empty(&select("Vyberte", 0, true)), "the user chose the first option");
        assert!(!is_empty(&select("Slovensko", 1, false)), "the page selected a country");
        let input = Control { tag: "input".into(), value: "x".into(), selected: None, ..Default::default() };
        assert!(!is_empty(&input));
    }
}
