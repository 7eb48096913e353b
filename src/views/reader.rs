//! The reader: one article in full.

use yew::prelude::*;

use crate::components::{
    article_link, article_meta, glance, link, save_toggle, use_article, ArticleBody, Shared,
};
use crate::state::Action;
use broadsheet_engine::search::query::SAVED;
use broadsheet_format::packed::Facts;

/// The way back to the list.
const BACK: &str = "← All articles";
/// In place of an article's text until it arrives (if it cannot, the widget says why above).
const PENDING: &str = "The rest of the article is not here yet.";

/// Props of [`Reader`].
#[derive(Properties, PartialEq)]
pub struct ReaderProps {
    /// What the widget shares.
    pub shared: Shared,
    /// The article to show.
    pub index: usize,
    /// The articles before and after it in the current results, in their current order.
    pub neighbours: (Option<usize>, Option<usize>),
    /// Whether the article is saved.
    pub saved: bool,
}

/// Headline, facts, the article at a glance, its body, the way to the original, related
/// articles, and the previous and next results; a toggle saves it. The headline takes the focus on opening, so
/// keyboard and screen-reader users land at the start of the text; the widget's top is
/// scrolled into view only when it is out of view. Keys, anywhere inside: Escape goes back,
/// `[` or `p` to the previous result, `]` or `n` to the next. Going back, opening another
/// article and saving act on the widget's state directly (through [`Shared`](crate::components::Shared)).
#[component]
pub fn Reader(props: &ReaderProps) -> Html {
    let heading = use_node_ref();
    let top = use_node_ref();
    {
        let (heading, top) = (heading.clone(), top.clone());
        use_effect_with(props.index, move |_| {
            if let Some(heading) = heading.cast::<web_sys::HtmlElement>() {
                let options = web_sys::FocusOptions::new();
                options.set_prevent_scroll(true);
                let _ = heading.focus_with_options(&options);
            }
            if let (Some(top), Some(window)) = (top.cast::<web_sys::Element>(), crate::window()) {
                let y = top.get_bounding_client_rect().top();
                let height = window.inner_height().ok().and_then(|h| h.as_f64());
                if y < 0.0 || height.is_some_and(|h| y > h) {
                    top.scroll_into_view();
                }
            }
        });
    }
    let shared = props.shared.clone();
    let article = use_article(Some(shared.corpus), props.index);
    let Some(article) = article else {
        return Html::default();
    };
    let (previous, next) = props.neighbours;
    let onkeydown = {
        let dispatch = shared.dispatch.clone();
        Callback::from(move |event: KeyboardEvent| {
            if event.ctrl_key() || event.meta_key() || event.alt_key() {
                return;
            }
            let to = match event.key().as_str() {
                "Escape" => return dispatch.dispatch(Action::Close),
                "[" | "p" => previous,
                "]" | "n" => next,
                _ => return,
            };
            if let Some(to) = to {
                event.prevent_default();
                dispatch.dispatch(Action::Open(to));
            }
        })
    };
    let dispatch = shared.dispatch.clone();
    let onclick = Callback::from(move |_: MouseEvent| dispatch.dispatch(Action::Close));
    let (corpus, index) = (shared.corpus, props.index);
    let dispatch = shared.dispatch.clone();
    let on_save =
        Callback::from(move |_: MouseEvent| dispatch.dispatch(Action::ToggleSaved(index)));
    let title = move |i: usize| {
        corpus
            .get(i)
            .map(|a| a.title.to_string())
            .unwrap_or_default()
    };
    let step = |to: Option<usize>, label: &'static str, class: &'static str| {
        to.map(|to| {
            article_link(
                &shared,
                to,
                class,
                Some(title(to)),
                NodeRef::default(),
                label.into(),
            )
        })
    };
    let related: Vec<usize> = article
        .related
        .iter()
        .filter_map(|id| corpus.find(id))
        .collect();
    html! {
        // Focusable, so that a click into the text keeps the keys inside the reader.
        <article class="bs-reader" tabindex="-1" {onkeydown} ref={top}>
            <div class="bs-reader-bar">
                // With pages of their own, a link to the front page (a page without
                // JavaScript has no other way back).
                if shared.pages {
                    {link(&shared, [&shared.links, "../"].concat(), "bs-back", None, NodeRef::default(), BACK.into(), Action::Close)}
                } else {
                    <button type="button" class="bs-back" {onclick}>{BACK}</button>
                }
                {save_toggle(if props.saved { SAVED } else { 0 }, "Save".to_owned(), on_save)}
            </div>
            <h2 class="bs-reader-title" tabindex="-1" ref={heading}>{article.title.as_ref()}</h2>
            {article_meta(&article, true)}
            if let Some(url) = &article.url {
                <p class="bs-original">
                    <a href={url.to_string()} rel="noopener noreferrer" target="_blank">{"Read the original"}</a>
                </p>
            }
            if corpus.has_text() {
                {glance(&article)}
                // Another article's body starts over (from its first piece).
                <ArticleBody key={article.id.as_ref()} article={article.clone()} />
            } else {
                // The articles' text follows the rest (`Corpus::load`): the opening until then.
                <p>{article.teaser.as_ref()}</p>
                <p class="bs-pending" role="status">{PENDING}</p>
            }
            if !related.is_empty() {
                <section class="bs-related" aria-label="Related articles">
                    <h3>{"Related"}</h3>
                    <ul>
                        for i in related {
                            <li>
                                {article_link(&shared, i, "bs-link", None, NodeRef::default(), title(i).into())}
                                {corpus.facts(i).map(|f| related_facts(&f))}
                            </li>
                        }
                    </ul>
                </section>
            }
            if previous.is_some() || next.is_some() {
                <nav class="bs-steps" aria-label="Previous and next result">
                    {step(previous, "← Previous", "bs-previous")}
                    {step(next, "Next →", "bs-next")}
                </nav>
            }
        </article>
    }
}

/// A related article's publication and date, after its headline.
fn related_facts(facts: &Facts<'_>) -> Html {
    let mut parts: Vec<String> = facts.source.map(str::to_owned).into_iter().collect();
    parts.extend(facts.date.map(crate::format::dated));
    html! { <span class="bs-meta">{parts.join(" · ")}</span> }
}
