//! What a host page asks of one widget, read from the element's attributes. A wrong value
//! never stops the widget: it falls back to the default and says on the console which
//! attribute held what, and what was expected.

use broadsheet_engine::facets::Sort;
use web_sys::Element;

use crate::state::PAGE;

/// How much of the widget shows.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Layout {
    /// Search, summary card and list.
    #[default]
    Full,
    /// Search and list, tighter: for a sidebar. The summary card is left out unless
    /// `summary` asks for it.
    Compact,
}

/// How the summary card shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SummaryMode {
    /// In full above the list.
    Open,
    /// Folded behind a disclosure the reader can open.
    Closed,
    /// Not at all.
    None,
}

/// The widget's colours.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Theme {
    /// The reader's light or dark preference.
    #[default]
    Auto,
    /// Always light.
    Light,
    /// Always dark.
    Dark,
}

/// Everything a host can set on a widget, with its defaults.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Options {
    /// `query`: the query shown first, when the page address holds none.
    pub query: String,
    /// `filter`: a query every result must also match, which the reader cannot take out.
    pub filter: String,
    /// `page-size`: results a page of the list shows (1 to 100).
    pub page_size: usize,
    /// `sort`: the first order of the results.
    pub sort: Sort,
    /// `layout`.
    pub layout: Layout,
    /// `summary`.
    pub summary: SummaryMode,
    /// `address`: whether the widget keeps its state in the page address.
    pub address: bool,
    /// `theme`.
    pub theme: Theme,
    /// `article`: the id of the article open first, when the page address holds none.
    pub article: Option<String>,
    /// `article-pages`: where each article's own page is (`<article-pages><id>/`, as the
    /// release build writes them); the widget's links to an article point there. Without it
    /// they point to the article in this page's address.
    pub article_pages: Option<String>,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            query: String::new(),
            filter: String::new(),
            page_size: PAGE,
            sort: Sort::Relevance,
            layout: Layout::Full,
            summary: SummaryMode::Open,
            address: true,
            theme: Theme::Auto,
            article: None,
            article_pages: None,
        }
    }
}

/// The most results a page of the list may show.
const MAX_PAGE_SIZE: usize = 100;

impl Options {
    /// Reads the options from `host`'s attributes; each wrong value is reported by `warn`
    /// and replaced by its default.
    pub fn read(host: &Element) -> Options {
        Options::from_attributes(|name| host.get_attribute(name), |message| warn(&message))
    }

    /// Reads the options through `attribute` (an attribute's value by name), reporting wrong
    /// values to `warn`.
    pub fn from_attributes(
        attribute: impl Fn(&str) -> Option<String>,
        mut warn: impl FnMut(String),
    ) -> Options {
        let mut options = Options::default();
        let mut choose = |name: &str, expected: &str| -> Option<String> {
            let value = attribute(name)?;
            let trimmed = value.trim().to_ascii_lowercase();
            // Split at a character, not at " | ": a string pattern brings its own searcher
            // into the wasm (2 KB).
            let mut choices = expected.split('|').map(str::trim);
            if choices.clone().any(|choice| choice == trimmed) {
                Some(trimmed)
            } else {
                warn(format!(
                    "Broadsheet: {name}=\"{value}\" is not one of {expected}; using {}",
                    choices.next().unwrap_or_default()
                ));
                None
            }
        };
        if let Some(sort) = choose("sort", "relevance | newest | oldest") {
            options.sort = Sort::parse(&sort).unwrap_or_default();
        }
        let layout = choose("layout", "full | compact");
        if layout.as_deref() == Some("compact") {
            options.layout = Layout::Compact;
            options.summary = SummaryMode::None;
        }
        options.summary = match choose("summary", "open | closed | none").as_deref() {
            Some("open") => SummaryMode::Open,
            Some("closed") => SummaryMode::Closed,
            Some("none") => SummaryMode::None,
            _ => options.summary,
        };
        options.address = choose("address", "fragment | none").as_deref() != Some("none");
        options.theme = match choose("theme", "auto | light | dark").as_deref() {
            Some("light") => Theme::Light,
            Some("dark") => Theme::Dark,
            _ => Theme::Auto,
        };
        if let Some(value) = attribute("page-size") {
            match value.trim().parse::<usize>() {
                Ok(n) if (1..=MAX_PAGE_SIZE).contains(&n) => options.page_size = n,
                _ => warn(format!(
                    "Broadsheet: page-size=\"{value}\" is not a whole number from 1 to {MAX_PAGE_SIZE}; using {PAGE}"
                )),
            }
        }
        options.query = attribute("query").unwrap_or_default();
        options.filter = attribute("filter").unwrap_or_default();
        let given = |name| {
            attribute(name)
                .map(|v| v.trim().to_owned())
                .filter(|v| !v.is_empty())
        };
        options.article = given("article");
        options.article_pages = given("article-pages");
        options
    }
}

/// A warning on the console.
fn warn(message: &str) {
    web_sys::console::warn_1(&message.into());
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(pairs: &[(&str, &str)]) -> (Options, Vec<String>) {
        let mut warnings = Vec::new();
        let options = Options::from_attributes(
            |name| {
                pairs
                    .iter()
                    .find(|(n, _)| *n == name)
                    .map(|(_, v)| (*v).to_owned())
            },
            |message| warnings.push(message),
        );
        (options, warnings)
    }

    #[test]
    fn no_attributes_give_the_defaults() {
        assert_eq!(read(&[]), (Options::default(), Vec::new()));
    }

    #[test]
    fn every_option_is_read() {
        let (options, warnings) = read(&[
            ("query", "harbour"),
            ("filter", "topic:sport"),
            ("page-size", " 5 "),
            ("sort", "Oldest"),
            ("layout", "compact"),
            ("summary", "closed"),
            ("address", "none"),
            ("theme", "dark"),
            ("article", "world/harbour-reopens"),
            ("article-pages", "../a/"),
        ]);
        assert_eq!(warnings, Vec::<String>::new());
        assert_eq!(
            options,
            Options {
                query: "harbour".into(),
                filter: "topic:sport".into(),
                page_size: 5,
                sort: Sort::Oldest,
                layout: Layout::Compact,
                summary: SummaryMode::Closed,
                address: false,
                theme: Theme::Dark,
                article: Some("world/harbour-reopens".into()),
                article_pages: Some("../a/".into()),
            }
        );
        // Compact leaves the summary out unless it is asked for.
        assert_eq!(read(&[("layout", "compact")]).0.summary, SummaryMode::None);
    }

    #[test]
    fn wrong_values_fall_back_and_name_the_attribute() {
        let (options, warnings) = read(&[
            ("page-size", "lots"),
            ("sort", "random"),
            ("theme", "sepia"),
        ]);
        assert_eq!(options, Options::default());
        assert_eq!(
            warnings,
            [
                "Broadsheet: sort=\"random\" is not one of relevance | newest | oldest; using relevance",
                "Broadsheet: theme=\"sepia\" is not one of auto | light | dark; using auto",
                "Broadsheet: page-size=\"lots\" is not a whole number from 1 to 100; using 20",
            ]
        );
        assert_eq!(read(&[("page-size", "0")]).0.page_size, PAGE);
        assert_eq!(read(&[("page-size", "101")]).0.page_size, PAGE);
    }
}
