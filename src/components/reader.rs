//! The reader: one article in full.

use yew::prelude::*;

use super::{article_meta, glance, use_article, ArticleBody};
use crate::state::Corpus;

/// Props of [`Reader`].
#[derive(Properties, PartialEq)]
pub struct ReaderProps {
    /// All articles.
    pub corpus: Corpus,
    /// The article to show.
    pub index: usize,
    /// Called when the reader goes back to the list (the back button or Escape).
    pub on_close: Callback<()>,
}

/// Headline, facts, the article at a glance, and its body. The headline takes the focus on opening, so
/// keyboard and screen-reader users land at the start of the text.
#[component]
pub fn Reader(props: &ReaderProps) -> Html {
    let heading = use_node_ref();
    {
        let heading = heading.clone();
        use_effect_with(props.index, move |_| {
            if let Some(heading) = heading.cast::<web_sys::HtmlElement>() {
                let _ = heading.focus();
            }
        });
    }
    let Some(article) = use_article(props.corpus, props.index) else {
        return Html::default();
    };
    let onkeydown = {
        let on_close = props.on_close.clone();
        Callback::from(move |event: KeyboardEvent| {
            if event.key() == "Escape" {
                on_close.emit(());
            }
        })
    };
    let onclick = props.on_close.reform(|_: MouseEvent| ());
    html! {
        <article class="bs-reader" {onkeydown}>
            <button type="button" class="bs-back" {onclick}>{"← All articles"}</button>
            <h2 class="bs-reader-title" tabindex="-1" ref={heading}>{article.title.as_ref()}</h2>
            {article_meta(&article, true)}
            {glance(&article)}
            <ArticleBody key={props.index} article={article.clone()} />
        </article>
    }
}
