//! The user's saved details and statements, and the rules they must meet
//! before anything is stored.

use crate::countries;
use crate::rules::rules;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// Version of the stored and exported preferences format.
pub const SCHEMA_VERSION: u32 = 1;

pub const PLATFORMS: [&str; 4] = ["facebook", "instagram", "whatsapp", "meta"];

const MAX_NAME_CHARS: usize = 200;
const MAX_STATEMENT_CHARS: usize = 5000;

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct PlatformOverride {
    #[serde(default)]
    pub email: String,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Preferences {
    #[serde(default)]
    pub email: String,
    /// ISO 3166-1 alpha-2 code of the country of residence.
    #[serde(default)]
    pub country: String,
    #[serde(default)]
    pub full_name: String,
    /// Which words of the full name are the family name, for forms that
    /// ask for the name in parts; empty: worked out from the name.
    #[serde(default)]
    pub family_name: String,
    /// International format, `+` and country code first (WhatsApp asks).
    #[serde(default)]
    pub phone: String,
    /// The user's own language: the statement used when a form's language
    /// has none.
    #[serde(default)]
    pub language: String,
    /// The user's statements by language; a language without one uses the
    /// default text of the rule file.
    #[serde(default)]
    pub statements: BTreeMap<String, String>,
    /// Per-platform differences, e.g. another email for Instagram.
    #[serde(default)]
    pub overrides: BTreeMap<String, PlatformOverride>,
}

/// The stored and exported form: versioned, so later formats can migrate.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StoredPreferences {
    pub version: u32,
    pub preferences: Preferences,
}

/// Why a value was refused: the field it concerns and a reason code; the
/// UI shows the message `error_<code>` from `_locales`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Problem {
    pub field: String,
    pub code: String,
    /// Extra detail, e.g. the parser's message for a malformed file.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub detail: String,
}

fn problem(field: &str, code: &str) -> Problem {
    Problem { field: field.into(), code: code.into(), detail: String::new() }
}

pub fn is_valid_email(email: &str) -> bool {
    let Some((local, domain)) = email.rsplit_once('@') else { return false };
    email.len() <= 254
        && !local.is_empty()
        && local.len() <= 64
        && !email.chars().any(|c| c.is_whitespace() || c.is_control() || matches!(c, '<' | '>' | ',' | ';' | '"'))
        && !local.contains('@')
        && domain.contains('.')
        && domain.split('.').all(|l| !l.is_empty() && !l.starts_with('-') && !l.ends_with('-'))
}

pub fn is_valid_phone(phone: &str) -> bool {
    let Some(rest) = phone.strip_prefix('+') else { return false };
    let digits = rest.chars().filter(char::is_ascii_digit).count();
    rest.chars().all(|c| c.is_ascii_digit() || matches!(c, ' ' | '-' | '(' | ')' | '.'))
        && (8..=15).contains(&digits)
        && !rest.starts_with('0')
}

fn has_control_chars(s: &str) -> bool {
    s.chars().any(|c| c.is_control() && c != '\n' && c != '\r' && c != '\t')
}

impl Preferences {
    /// Trim what a user may have pasted with stray spaces, and upper-case
    /// the country code.
    pub fn tidy(mut self) -> Self {
        self.email = self.email.trim().to_string();
        self.country = self.country.trim().to_ascii_uppercase();
        self.full_name = self.full_name.trim().to_string();
        self.family_name = self.family_name.trim().to_string();
        self.phone = self.phone.trim().to_string();
        self.language = self.language.trim().to_ascii_lowercase();
        self.statements.retain(|_, s| !s.trim().is_empty());
        for s in self.statements.values_mut() {
            *s = s.trim().to_string();
        }
        for o in self.overrides.values_mut() {
            o.email = o.email.trim().to_string();
        }
        self.overrides.retain(|_, o| !o.email.is_empty());
        self
    }

    /// Every problem, so the user can fix them all at once. Email and
    /// country are required: every objection form asks for them.
    pub fn validate(&self) -> Vec<Problem> {
        let mut out = Vec::new();
        if self.email.is_empty() {
            out.push(problem("email", "email_missing"));
        } else if !is_valid_email(&self.email) {
            out.push(problem("email", "email_invalid"));
        }
        if self.country.is_empty() {
            out.push(problem("country", "country_missing"));
        } else if !countries::is_code(&self.country) {
            out.push(problem("country", "country_unknown"));
        }
        if self.full_name.chars().count() > MAX_NAME_CHARS || has_control_chars(&self.full_name) {
            out.push(problem("fullName", "name_invalid"));
        }
        if !self.family_name.is_empty() && !crate::names::is_part_of(&self.full_name, &self.family_name) {
            out.push(problem("familyName", "family_name_not_in_name"));
        }
        if !self.phone.is_empty() && !is_valid_phone(&self.phone) {
            out.push(problem("phone", "phone_invalid"));
        }
        if !self.language.is_empty() && rules().language(&self.language).is_none() {
            out.push(problem("language", "language_unknown"));
        }
        for (lang, text) in &self.statements {
            if rules().language(lang).is_none() {
                out.push(problem("statement", "language_unknown"));
            } else if text.chars().count() > MAX_STATEMENT_CHARS || has_control_chars(text) {
                out.push(problem("statement", "statement_too_long"));
            }
        }
        for (platform, o) in &self.overrides {
            if !PLATFORMS.contains(&platform.as_str()) {
                out.push(problem("overrides", "platform_unknown"));
            } else if !is_valid_email(&o.email) {
                out.push(problem(&format!("email_{platform}"), "email_invalid"));
            }
        }
        out
    }

    /// The email for a platform: its override, else the main one.
    pub fn email_for(&self, platform: &str) -> &str {
        self.overrides.get(platform).map_or(self.email.as_str(), |o| o.email.as_str())
    }

    /// The given and family name, for a form that asks for them apart.
    pub fn name_parts(&self) -> crate::names::NameParts {
        // Hungarian names put the family name first ("Nagy Anna").
        crate::names::split(&self.full_name, &self.family_name, self.language == "hu")
    }

    /// The statement for a form in `lang`: the user's text in that language,
    /// else the default text in that language, else the user's own
    /// language, else English.
    pub fn statement_for(&self, lang: &str) -> String {
        if let Some(s) = self.statements.get(lang) {
            return s.clone();
        }
        if let Some(l) = rules().language(lang) {
            return l.statement.clone();
        }
        if let Some(s) = self.statements.get(&self.language) {
            return s.clone();
        }
        let fallback = rules().language(&self.language).or_else(|| rules().language("en"));
        fallback.map(|l| l.statement.clone()).unwrap_or_default()
    }
}

/// Parse, tidy and validate preferences from JSON, as stored or exported
/// (`{"version":1,"preferences":{...}}`). Nothing partial is ever returned.
pub fn parse_stored(json: &str) -> Result<Preferences, Vec<Problem>> {
    let stored: StoredPreferences = serde_json::from_str(json).map_err(|e| {
        vec![Problem { field: "file".into(), code: "file_malformed".into(), detail: e.to_string() }]
    })?;
    if stored.version != SCHEMA_VERSION {
        return Err(vec![Problem {
            field: "file".into(),
            code: "file_version".into(),
            detail: stored.version.to_string(),
        }]);
    }
    let prefs = stored.preferences.tidy();
    let problems = prefs.validate();
    if problems.is_empty() {
        Ok(prefs)
    } else {
        Err(problems)
    }
}

pub fn to_stored_json(prefs: &Preferences) -> String {
    serde_json::to_string_pretty(&StoredPreferences { version: SCHEMA_VERSION, preferences: prefs.clone() })
        .expect("preferences serialise")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn valid() -> Preferences {
        Preferences { email: "ana@example.org".into(), country: "PT".into(), ..Default::default() }
    }

    #[test]
    fn emails() {
        for ok in ["a@b.co", "first.last+ai@mail.example.eu"] {
            assert!(is_valid_email(ok), "{ok}");
        }
        for bad in ["", "a@b", "@b.co", "a b@c.de", "a@b..de", "a@-b.de", "<a@b.de>", "a@b.de,c@d.de"] {
            assert!(!is_valid_email(bad), "{bad}");
        }
    }

    #[test]
    fn phones() {
        assert!(is_valid_phone("+49 170 1234567"));
        assert!(is_valid_phone("+351 912-345-678"));
        assert!(!is_valid_phone("0170 1234567"));
        assert!(!is_valid_phone("+49 abc"));
        assert!(!is_valid_phone("+123"));
    }

    #[test]
    fn every_problem_is_reported() {
        let p = Preferences { email: "nope".into(), country: "XX".into(), phone: "12".into(), ..Default::default() };
        let codes: Vec<_> = p.validate().into_iter().map(|p| p.code).collect();
        assert_eq!(codes, ["email_invalid", "country_unknown", "phone_invalid"]);
        assert!(valid().validate().is_empty());
    }

    #[test]
    fn a_family_name_is_words_of_the_full_name() {
        let mut p = valid();
        p.full_name = "María José García López".into();
        p.family_name = "García López".into();
        assert!(p.validate().is_empty());
        assert_eq!(p.name_parts().given, "María José");
        p.family_name = "Martínez".into();
        assert_eq!(p.validate(), [problem("familyName", "family_name_not_in_name")]);
        p.full_name.clear();
        assert_eq!(p.validate(), [problem("familyName", "family_name_not_in_name")]);
        // Older settings have no family name: read as before.
        let old = r#"{"version":1,"preferences":{"email":"a@b.de","country":"DE","fullName":"Jan van der Berg"}}"#;
        let parts = parse_stored(old).unwrap().name_parts();
        assert_eq!((parts.given.as_str(), parts.family.as_str()), ("Jan", "van der Berg"));
        // A Hungarian user's name puts the family name first.
        let hu = Preferences { full_name: "Nagy Anna".into(), language: "hu".into(), ..valid() };
        assert_eq!(hu.name_parts().family, "Nagy");
    }

    #[test]
    fn tidy_trims_and_uppercases() {
        let p = Preferences { email: " a@b.de ".into(), country: "de".into(), ..Default::default() }.tidy();
        assert_eq!((p.email.as_str(), p.country.as_str()), ("a@b.de", "DE"));
    }

    #[test]
    fn statement_falls_back_in_order() {
        let mut p = valid();
        p.language = "pt".into();
        p.statements.insert("pt".into(), "Oponho-me.".into());
        assert_eq!(p.statement_for("pt"), "Oponho-me.");
        assert_eq!(p.statement_for("de"), rules().language("de").unwrap().statement);
        assert_eq!(p.statement_for("zz"), "Oponho-me.");
    }

    #[test]
    fn override_email_per_platform() {
        let mut p = valid();
        p.overrides.insert("instagram".into(), PlatformOverride { email: "ig@example.org".into() });
        assert_eq!(p.email_for("instagram"), "ig@example.org");
        assert_eq!(p.email_for("facebook"), "ana@example.org");
    }

    #[test]
    fn import_round_trip_and_refusals() {
        let json = to_stored_json(&valid());
        assert_eq!(parse_stored(&json).unwrap(), valid());
        assert_eq!(parse_stored("{not json").unwrap_err()[0].code, "file_malformed");
        assert_eq!(parse_stored(r#"{"version":9,"preferences":{}}"#).unwrap_err()[0].code, "file_version");
        let unknown = r#"{"version":1,"preferences":{"email":"a@b.de","country":"DE","password":"x"}}"#;
        assert_eq!(parse_stored(unknown).unwrap_err()[0].code, "file_malformed");
        let invalid = r#"{"version":1,"preferences":{"email":"a@b","country":"DE"}}"#;
        assert_eq!(parse_stored(invalid).unwrap_err()[0].code, "email_invalid");
    }
}
