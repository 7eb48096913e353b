//! Web addresses in articles: only `http` and `https`, checked as a whole, not by prefix.

/// `raw` as an http or https address, its scheme in lower case, or `None` when it is anything
/// else: another scheme (in any case, `javascript:` among them), no host, or characters a URL
/// cannot hold unescaped (spaces, controls, quotes, `<`, `>`, a backslash…), which would make
/// it more than one address or something other than an address.
pub fn web_address(raw: &str) -> Option<String> {
    let raw = raw.trim();
    let (scheme, rest) = raw.split_once(':')?;
    if !scheme.eq_ignore_ascii_case("http") && !scheme.eq_ignore_ascii_case("https") {
        return None;
    }
    let after = rest.strip_prefix("//")?;
    let host_end = after.find(['/', '?', '#']).unwrap_or(after.len());
    let host = after.get(..host_end)?;
    let host_ok = !host.is_empty()
        && host
            .chars()
            .all(|c| c.is_alphanumeric() || matches!(c, '-' | '.' | ':' | '[' | ']' | '_'));
    let rest_ok = !raw.chars().any(|c| {
        c.is_whitespace()
            || c.is_control()
            || matches!(c, '"' | '<' | '>' | '\\' | '`' | '{' | '}' | '|' | '^')
    });
    (host_ok && rest_ok).then(|| format!("{}:{rest}", scheme.to_ascii_lowercase()))
}

#[cfg(test)]
mod tests {
    use super::web_address;

    #[test]
    fn http_and_https_in_any_case_and_nothing_else() {
        assert_eq!(
            web_address(" HTTPS://Example.org/a?b=c#d ").as_deref(),
            Some("https://Example.org/a?b=c#d")
        );
        assert_eq!(
            web_address("http://localhost:8080/").as_deref(),
            Some("http://localhost:8080/")
        );
        assert_eq!(
            web_address("https://bücher.example/").as_deref(),
            Some("https://bücher.example/")
        );
        for bad in [
            "javascript:alert(1)",
            "JaVaScRiPt:alert(1)",
            "data:text/html,x",
            "vbscript:x",
            "https:example.org",
            "https://",
            "https:///path",
            "https://user@evil.example/",
            "https://ok.example/\"><script>",
            "https://ok.example/a b",
            "https://ok.example/\tx",
            "https://ok.example\\@evil.example",
            "/relative",
            "",
        ] {
            assert_eq!(web_address(bad), None, "{bad}");
        }
    }
}
