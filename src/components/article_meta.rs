//! The line of facts under a headline.

use yew::prelude::*;

use crate::format;
use std::rc::Rc;

use broadsheet_core::model::Article;

/// Props of [`ArticleMeta`].
#[derive(Properties, PartialEq)]
pub struct ArticleMetaProps {
    /// The article described.
    pub article: Rc<Article>,
    /// Whether to add the author and word count (in the reader), not only the essentials.
    #[prop_or_default]
    pub full: bool,
}

/// Publication, author, date, section and reading time, separated by middle dots.
#[component]
pub fn ArticleMeta(props: &ArticleMetaProps) -> Html {
    let article = &props.article;
    let date = article.date.map(|d| {
        html! { <time datetime={d.date.to_string()}>{format::dated(d)}</time> }
    });
    let text = |s: &str| html! { {s.to_owned()} };
    let parts = [
        article.source.as_deref().map(text),
        article
            .author
            .as_deref()
            .filter(|_| props.full)
            .map(|a| text(&format!("by {a}"))),
        date,
        Some(article.section.as_ref())
            .filter(|s| !s.is_empty())
            .map(text),
        Some(text(&format!(
            "{} read",
            format::minutes(article.reading_minutes)
        ))),
        props
            .full
            .then(|| text(&format::count(article.word_count as usize, "word", "words"))),
    ];
    html! {
        <p class="bs-meta">
            for part in parts.into_iter().flatten() {
                <span>{part}</span>
            }
        </p>
    }
}
