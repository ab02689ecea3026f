//! Reads the packed rules `build.rs` writes: every string the engine uses,
//! in a fixed order, each followed by U+001F; a list is its length, then its
//! items. The order here is the order `build.rs` writes, field by field, and
//! `tests/rules.rs` checks the result equals the JSON rule files.

use super::{Answers, FieldLabels, FlagRule, HostGroup, KnownForm, LanguageRules, Markers, PageRules, Phrase, Rules, Signals};
use super::{Category, Severity};
use std::collections::BTreeMap;

struct Reader<'a> {
    parts: std::str::Split<'a, char>,
}

impl Reader<'_> {
    fn string(&mut self) -> Result<String, String> {
        self.parts.next().map(str::to_owned).ok_or_else(|| "the packed rules end early".to_owned())
    }

    fn count(&mut self) -> Result<usize, String> {
        let s = self.string()?;
        s.parse().map_err(|_| format!("the packed rules have {s:?} where a count belongs"))
    }

    fn each<T>(&mut self, mut read: impl FnMut(&mut Self) -> Result<T, String>) -> Result<Vec<T>, String> {
        (0..self.count()?).map(|_| read(self)).collect()
    }

    fn strings(&mut self) -> Result<Vec<String>, String> {
        self.each(Self::string)
    }

    fn phrases(&mut self) -> Result<Vec<Phrase>, String> {
        self.each(|r| r.string().map(Phrase::Unverified))
    }

    /// Pairs of strings. Inserted one by one: collecting would sort, and
    /// bring a sort routine into the module for a few entries.
    fn map(&mut self) -> Result<BTreeMap<String, String>, String> {
        let mut map = BTreeMap::new();
        for (key, value) in self.each(|r| Ok((r.string()?, r.string()?)))? {
            map.insert(key, value);
        }
        Ok(map)
    }

    fn optional(&mut self) -> Result<Option<String>, String> {
        Ok(self.strings()?.pop())
    }

    fn pages(&mut self) -> Result<PageRules, String> {
        Ok(PageRules {
            hosts: self.each(|r| {
                Ok(HostGroup { platform: r.string()?, exact: r.strings()?, locale_subdomains_of: r.optional()? })
            })?,
            contact_form_prefixes: self.strings()?,
            forms: self.each(|r| {
                Ok(KnownForm { id: r.string()?, kind: r.string()?, platform: r.string()?, ..Default::default() })
            })?,
            notice_paths: self.strings()?,
            peoples_paths: self.strings()?,
            peoples_segments: self.strings()?,
            own_text_hosts: self.strings()?,
            own_text_paths: self.strings()?,
            notification_paths: self.strings()?,
            form_for_platform: self.map()?,
        })
    }

    fn flag(&mut self) -> Result<FlagRule, String> {
        let id = self.string()?;
        let category = self.string()?;
        let category = Category::ALL
            .into_iter()
            .find(|c| c.as_str() == category)
            .ok_or_else(|| format!("rule {id}: no category {category:?}"))?;
        let severity = match self.string()?.as_str() {
            "low" => Severity::Low,
            "medium" => Severity::Medium,
            "high" => Severity::High,
            other => return Err(format!("rule {id}: no severity {other:?}")),
        };
        Ok(FlagRule {
            id,
            category,
            severity,
            message: self.optional()?,
            phrases: self.phrases()?,
            examples: Vec::new(),
            near_misses: Vec::new(),
        })
    }

    fn language(&mut self) -> Result<LanguageRules, String> {
        Ok(LanguageRules {
            lang: self.string()?,
            name: self.string()?,
            aliases: self.strings()?,
            stopwords: self.strings()?,
            signals: Signals {
                ai_topic: self.phrases()?,
                objection: self.phrases()?,
                legitimate_interests: self.phrases()?,
                objection_title: self.phrases()?,
                third_party: self.phrases()?,
                pre_step: self.phrases()?,
                code_step: self.phrases()?,
                confirmed: self.phrases()?,
                acknowledged: self.phrases()?,
                ai_notification: self.phrases()?,
            },
            fields: FieldLabels {
                email: self.phrases()?,
                country: self.phrases()?,
                full_name: self.phrases()?,
                phone: self.phrases()?,
                statement: self.phrases()?,
                code: self.phrases()?,
                exclude: self.phrases()?,
                given_name: self.phrases()?,
                family_name: self.phrases()?,
                name_part: self.phrases()?,
            },
            answers: Answers { yes: self.phrases()?, object_option: self.phrases()? },
            markers: Markers { optional: self.phrases()?, required: self.phrases()?, conditions: self.phrases()?, grants: self.phrases()? },
            flags: self.each(Self::flag)?,
            statement: self.string()?,
            country_names: self.map()?,
        })
    }
}

/// The rules from their packed form.
pub fn read(packed: &str) -> Result<Rules, String> {
    let mut reader = Reader { parts: packed.split('\u{1f}') };
    let pages = reader.pages()?;
    let languages = reader.each(Reader::language)?;
    match reader.string()?.as_str() {
        "" => Ok(Rules { pages, languages }),
        extra => Err(format!("the packed rules go on after the last language: {extra:?}")),
    }
}

#[cfg(test)]
mod tests {
    use super::read;

    #[test]
    fn broken_packed_rules_are_reported_not_panicked_on() {
        let whole = super::super::PACKED_RULES;
        assert!(read(whole).is_ok());
        for cut in [0, 1, whole.len() / 3, whole.len() - 1] {
            let cut = (0..=cut).rev().find(|&i| whole.is_char_boundary(i)).unwrap();
            assert!(read(&whole[..cut]).is_err(), "cut at {cut} was read as whole rules");
        }
        assert!(read(&format!("{whole}more\u{1f}")).unwrap_err().contains("after the last language"));
        // The packed rules open with the number of host groups.
        assert!(read(&format!("x{whole}")).unwrap_err().contains("where a count belongs"));
    }
}
