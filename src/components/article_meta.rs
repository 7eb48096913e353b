//! The line of facts under a headline.

use broadsheet_format::model::Article;
use yew::prelude::*;

use crate::format;

/// Publication, author (when `full`), date, section, reading time and (when `full`) word
/// count, separated by middle dots.
pub fn article_meta(article: &Article, full: bool) -> Html {
    let date = article.date.map(|d| {
        html! { <time datetime={d.date.to_string()}>{format::dated(d)}</time> }
    });
    let text = |s: &str| html! { {s.to_owned()} };
    let parts = [
        article.source.as_deref().map(text),
        article
            .author
            .as_deref()
            .filter(|_| full)
            .map(|a| html! { <>{"by "}{a.to_owned()}</> }),
        date,
        Some(article.section.as_ref())
            .filter(|s| !s.is_empty())
            .map(text),
        Some(html! { <>{format::minutes(article.reading_minutes)}{" read"}</> }),
        full.then(|| text(&format::count(article.word_count as usize, "word", "words"))),
    ];
    html! {
        <p class="bs-meta">
            for part in parts.into_iter().flatten() {
                <span>{part}</span>
            }
        </p>
    }
}
