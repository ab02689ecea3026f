//! ISO 3166-1 alpha-2 country codes, the ones whose residents Meta's EU/EEA
//! objection forms concern listed first. Names come from the browser
//! (`Intl.DisplayNames`), in whatever language a page or the user needs.

/// EU member states, then the rest of the EEA, then the UK and Switzerland.
pub const PRIORITY: &[&str] = &[
    "AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IE", "IT", "LV", "LT",
    "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE", "IS", "LI", "NO", "GB", "CH",
];

/// The international dialling code of each country offered first: a form
/// that asks for the country as the phone number's prefix lists only these
/// ("+351"), not the country's name.
const DIALLING: &[(&str, &str)] = &[
    ("AT", "+43"), ("BE", "+32"), ("BG", "+359"), ("HR", "+385"), ("CY", "+357"), ("CZ", "+420"), ("DK", "+45"),
    ("EE", "+372"), ("FI", "+358"), ("FR", "+33"), ("DE", "+49"), ("GR", "+30"), ("HU", "+36"), ("IE", "+353"),
    ("IT", "+39"), ("LV", "+371"), ("LT", "+370"), ("LU", "+352"), ("MT", "+356"), ("NL", "+31"), ("PL", "+48"),
    ("PT", "+351"), ("RO", "+40"), ("SK", "+421"), ("SI", "+386"), ("ES", "+34"), ("SE", "+46"), ("IS", "+354"),
    ("LI", "+423"), ("NO", "+47"), ("GB", "+44"), ("CH", "+41"),
];

pub fn dialling_code(code: &str) -> Option<&'static str> {
    DIALLING.iter().find(|(c, _)| *c == code).map(|(_, d)| *d)
}

/// Every officially assigned ISO 3166-1 alpha-2 code.
pub const ALL: &str = "AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW";

pub fn is_code(code: &str) -> bool {
    code.len() == 2 && ALL.split(' ').any(|c| c == code)
}

/// All codes in the order the options page lists them: priority first.
pub fn ordered() -> Vec<&'static str> {
    let mut out: Vec<&str> = PRIORITY.to_vec();
    out.extend(ALL.split(' ').filter(|c| !PRIORITY.contains(c)));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_country_offered_first_has_its_dialling_code() {
        for code in PRIORITY {
            assert!(dialling_code(code).is_some_and(|d| d.starts_with('+') && d.len() >= 3), "{code}");
        }
        assert_eq!(dialling_code("PT"), Some("+351"));
        assert_eq!(dialling_code("US"), None);
    }

    #[test]
    fn list_is_complete_and_priority_is_valid() {
        assert_eq!(ALL.split(' ').count(), 249);
        assert!(PRIORITY.iter().all(|c| is_code(c)));
        assert_eq!(ordered().len(), 249);
        assert!(!is_code("XX") && !is_code("de") && !is_code("EU"));
    }
}
