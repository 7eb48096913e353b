//! What the page address says about each widget, as plain text in and out: no browser here,
//! so that it is tested natively. `history` reads and writes the real
//! address with these.
//!
//! A widget's state is `<name>.q=<query>&<name>.s=<order>&<name>.a=<article id>` in the
//! fragment while the fragment is empty or the widgets' own. Any other fragment is the host
//! page's (a hash router's `#/inbox`, an anchor's `#section2`) and is left byte for byte.

use broadsheet_engine::facets::Sort;

/// What the address says about one widget.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Address {
    /// The query.
    pub query: String,
    /// The id of the open article.
    pub article: Option<String>,
    /// The order of the results (relevance when the address does not say).
    pub sort: Sort,
}

/// Whether `key` names a widget's entry: `<name>.q`, `<name>.s` or `<name>.a`.
fn is_widget_key(key: &str) -> bool {
    key.rsplit_once('.').is_some_and(|(name, field)| {
        matches!(field, "q" | "s" | "a")
            && !name.is_empty()
            && name
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
    })
}

/// Whether the fragment (without its `#`) is free for the widgets: empty, or holding only
/// widgets' entries.
pub fn is_widgets(fragment: &str) -> bool {
    fragment.is_empty()
        || fragment.split('&').all(|pair| {
            pair.split_once('=')
                .is_some_and(|(key, _)| is_widget_key(key))
        })
}

/// What a widgets' `fragment` says about the widget called `name`, its values read with
/// `decode` (percent-decoding).
pub fn parse(fragment: &str, name: &str, decode: impl Fn(&str) -> String) -> Address {
    let mut address = Address::default();
    for pair in fragment.split('&') {
        let Some((key, value)) = pair.split_once('=') else {
            continue;
        };
        match key.strip_prefix(name).and_then(|k| k.strip_prefix('.')) {
            Some("q") => address.query = decode(value),
            Some("a") => address.article = Some(decode(value)).filter(|a| !a.is_empty()),
            Some("s") => address.sort = Sort::parse(value).unwrap_or_default(),
            _ => {}
        }
    }
    address
}

/// The fragment (with its `#`, or empty) that says `address` for the widget `name` and keeps
/// the other widgets' entries of `current`, a widgets' fragment; values written with
/// `encode` (percent-encoding).
pub fn fragment(
    current: &str,
    name: &str,
    address: &Address,
    encode: impl Fn(&str) -> String,
) -> String {
    let own = |key: &str| key.strip_prefix(name).is_some_and(|k| k.starts_with('.'));
    let mut hash = String::new();
    let mut add = |parts: &[&str]| {
        hash.push(if hash.is_empty() { '#' } else { '&' });
        parts.iter().for_each(|p| hash.push_str(p));
    };
    for pair in current.split('&') {
        if !pair.is_empty() && !own(pair.split('=').next().unwrap_or("")) {
            add(&[pair]);
        }
    }
    if !address.query.is_empty() {
        add(&[name, ".q=", &encode(&address.query)]);
    }
    if address.sort != Sort::Relevance {
        add(&[name, ".s=", address.sort.name()]);
    }
    if let Some(article) = &address.article {
        add(&[name, ".a=", &encode(article)]);
    }
    hash
}

/// `id` as a URL path: each byte but letters, digits, `-._~` and the `/` between folders
/// percent-encoded (lower-case hexadecimal, which browsers read alike). The path of the article's own page under `article-pages`, and the value
/// of `<name>.a=` in the links the widget writes.
pub fn path(id: &str) -> String {
    let mut out = String::with_capacity(id.len());
    for byte in id.bytes() {
        if byte.is_ascii_alphanumeric() || b"-._~/".contains(&byte) {
            out.push(char::from(byte));
        } else {
            out.push('%');
            for nibble in [byte >> 4, byte & 15] {
                out.extend(char::from_digit(u32::from(nibble), 16));
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_become_paths() {
        assert_eq!(path("world/harbour-reopens"), "world/harbour-reopens");
        assert_eq!(path("a b&c=d#e%f?"), "a%20b%26c%3dd%23e%25f%3f");
        assert_eq!(path("café/ü"), "caf%c3%a9/%c3%bc");
    }

    /// Enough percent-encoding for the tests: spaces, `&`, `=`, `#` and `%`.
    fn encode(text: &str) -> String {
        let mut out = String::new();
        for c in text.chars() {
            match c {
                ' ' => out.push_str("%20"),
                '&' => out.push_str("%26"),
                '=' => out.push_str("%3D"),
                '#' => out.push_str("%23"),
                '%' => out.push_str("%25"),
                c => out.push(c),
            }
        }
        out
    }

    fn decode(text: &str) -> String {
        [
            ("%20", " "),
            ("%26", "&"),
            ("%3D", "="),
            ("%23", "#"),
            ("%25", "%"),
        ]
        .iter()
        .fold(text.to_owned(), |t, (from, to)| t.replace(from, to))
    }

    #[test]
    fn a_widgets_entries_are_read_by_its_name_only() {
        let fragment = "news.q=harbour%20wall&sport.q=cup&news.s=oldest&news.a=world/seed";
        assert_eq!(
            parse(fragment, "news", decode),
            Address {
                query: "harbour wall".into(),
                article: Some("world/seed".into()),
                sort: Sort::Oldest,
            }
        );
        assert_eq!(parse(fragment, "sport", decode).query, "cup");
        assert_eq!(parse(fragment, "new", decode), Address::default());
        // An unknown order, an empty article or a pair without `=` read as nothing.
        let odd = "news.s=sideways&news.a=&news.q";
        assert_eq!(parse(odd, "news", decode), Address::default());
    }

    #[test]
    fn a_hosts_fragment_is_not_the_widgets() {
        assert!(is_widgets(""));
        assert!(is_widgets("news.q=a&side-bar_2.s=newest"));
        for host in [
            "/inbox",
            "section2",
            "q=a",
            ".q=a",
            "news.x=1",
            "news q.q=a",
        ] {
            assert!(!is_widgets(host), "{host}");
        }
    }

    #[test]
    fn writing_keeps_the_other_widgets_and_drops_what_is_default() {
        let current = "sport.q=cup&news.q=old&news.a=x";
        let address = Address {
            query: "a&b = c #1".into(),
            article: None,
            sort: Sort::Newest,
        };
        let written = fragment(current, "news", &address, encode);
        assert_eq!(
            written,
            "#sport.q=cup&news.q=a%26b%20%3D%20c%20%231&news.s=newest"
        );
        // What is written reads back the same, and the other widget is untouched.
        let back = written.trim_start_matches('#');
        assert!(is_widgets(back));
        assert_eq!(parse(back, "news", decode), address);
        assert_eq!(parse(back, "sport", decode).query, "cup");
        // Nothing to say: an empty fragment.
        assert_eq!(
            fragment("news.q=old", "news", &Address::default(), encode),
            ""
        );
    }
}
