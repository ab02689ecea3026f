//! Which pages are Meta's own: https only, host names matched exactly against
//! the allow-list in `rules/pages.json`. Page text never makes a host Meta's,
//! because phishing copies of the Privacy Center use the same words.

use crate::rules::PageRules;

/// The parts of a URL the core decides on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PageUrl {
    pub host: String,
    pub path: String,
}

/// Parse an absolute `https://` URL; anything else (http, ports, user info,
/// other schemes) is `None`, and so never Meta's.
pub fn parse_https(url: &str) -> Option<PageUrl> {
    let rest = url.strip_prefix("https://")?;
    let end = rest.find(['/', '?', '#']).unwrap_or(rest.len());
    let authority = &rest[..end];
    if authority.is_empty() || authority.contains(['@', ':', '\\']) {
        return None;
    }
    let host = authority.trim_end_matches('.').to_ascii_lowercase();
    let after = &rest[end..];
    let path_end = after.find(['?', '#']).unwrap_or(after.len());
    let path = if after.starts_with('/') { &after[..path_end] } else { "/" };
    Some(PageUrl { host, path: path.to_string() })
}

/// The URL a page is at: the one it reports (`location.href`) if it has the
/// host the browser vouches for (`sender.url`), else the browser's. A page
/// moves within its own site without loading (`history.pushState`, as
/// Facebook's app does), and the browser's URL stays the one it loaded at;
/// no page can report another host than its own.
pub fn page_url(reported: &str, vouched: &str) -> String {
    match (parse_https(reported), parse_https(vouched)) {
        (Some(r), Some(v)) if r.host == v.host => reported.to_string(),
        _ => vouched.to_string(),
    }
}

fn is_locale_label(label: &str) -> bool {
    let b = label.as_bytes();
    b.len() == 5 && b[2] == b'-' && b[..2].iter().chain(&b[3..]).all(u8::is_ascii_lowercase)
}

/// The platform (`facebook`, `instagram`, `whatsapp`, `meta`) of an
/// allow-listed host, or `None` for every other host.
pub fn platform_of<'r>(rules: &'r PageRules, host: &str) -> Option<&'r str> {
    rules.hosts.iter().find_map(|g| {
        let exact = g.exact.iter().any(|h| h == host);
        let locale = g.locale_subdomains_of.as_deref().is_some_and(|domain| {
            host.strip_suffix(domain)
                .and_then(|p| p.strip_suffix('.'))
                .is_some_and(is_locale_label)
        });
        (exact || locale).then_some(g.platform.as_str())
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::rules;

    #[test]
    fn a_page_reports_its_path_but_never_its_host() {
        let loaded = "https://www.facebook.com/?sk=h_chr";
        let moved = "https://www.facebook.com/help/contact/6359191084165019";
        assert_eq!(page_url(moved, loaded), moved, "moved within the site without loading");
        assert_eq!(page_url("https://evil.example/help/contact/6359191084165019", loaded), loaded);
        assert_eq!(page_url("https://help.instagram.com/contact/233964459562201", loaded), loaded, "another Meta host too");
        assert_eq!(page_url("http://www.facebook.com/help/contact/1", loaded), loaded);
        assert_eq!(page_url("https://www.facebook.com:8443/x", loaded), loaded);
        assert_eq!(page_url("", loaded), loaded);
    }

    #[test]
    fn parses_only_plain_https_urls() {
        let u = parse_https("https://www.facebook.com/help/contact/1?x=1#y").unwrap();
        assert_eq!(u.host, "www.facebook.com");
        assert_eq!(u.path, "/help/contact/1");
        assert_eq!(parse_https("https://help.instagram.com").unwrap().path, "/");
        assert!(parse_https("http://www.facebook.com/").is_none());
        assert!(parse_https("https://www.facebook.com:8443/").is_none());
        assert!(parse_https("https://evil.com@www.facebook.com/").is_none());
        assert!(parse_https("javascript:alert(1)").is_none());
    }

    #[test]
    fn allow_list_is_exact() {
        let p = &rules().pages;
        assert_eq!(platform_of(p, "www.facebook.com"), Some("facebook"));
        assert_eq!(platform_of(p, "fr-fr.facebook.com"), Some("facebook"));
        assert_eq!(platform_of(p, "m.facebook.com"), Some("facebook"));
        assert_eq!(platform_of(p, "help.instagram.com"), Some("instagram"));
        assert_eq!(platform_of(p, "www.whatsapp.com"), Some("whatsapp"));
        for lookalike in [
            "www.facebook.com.evil.example",
            "facebook.com-help.example",
            "wwwfacebook.com",
            "fr-fr.facebook.co",
            "f-rfr.facebook.com",
            "a.fr-fr.facebook.com",
            "verication-carefb-caseus.xyz",
            "537coffeeroaster.com",
            "help.instagram.com.phish.example",
        ] {
            assert_eq!(platform_of(p, lookalike), None, "{lookalike}");
        }
    }
}
