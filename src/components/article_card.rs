//! One article in the list.

use yew::prelude::*;

use broadsheet_engine::search::highlight::snippet;
use broadsheet_engine::search::rank::explain;

use broadsheet_engine::search::query::READ;

use super::{
    article_link, article_meta, marked, save_toggle, use_article, with_attributes, Shared,
};
use crate::format;
use crate::state::{Action, Found};

/// Props of [`ArticleCard`].
#[derive(Properties, PartialEq)]
pub struct ArticleCardProps {
    /// What the widget shares.
    pub shared: Shared,
    /// The article this card shows.
    pub index: usize,
    /// What the search found: its matched words are marked.
    pub found: Found,
    /// Whether the card takes the keyboard focus when it appears.
    pub focus: bool,
    /// The reader's marks of the article (`READ`, `SAVED`).
    pub marks: u8,
}

/// Headline (a link that opens the article), whether it has been read, publication,
/// section, reading time, teaser, why it matched the query, and a toggle that saves it.
/// Opening and saving act on the widget's state directly (through [`Shared`](crate::components::Shared)).
#[component]
pub fn ArticleCard(props: &ArticleCardProps) -> Html {
    let button = use_node_ref();
    {
        let button = button.clone();
        use_effect_with(props.focus, move |&focus| {
            if let Some(button) = button.cast::<web_sys::HtmlElement>().filter(|_| focus) {
                // The card is brought to the middle of the view: the focus alone can leave it
                // off screen (after Back, the browser restores an older scroll position).
                let options = web_sys::FocusOptions::new();
                options.set_prevent_scroll(true);
                let _ = button.focus_with_options(&options);
                // After the task, so that the browser's own scroll restoration (Back) is done.
                yew::platform::spawn_local(async move {
                    yew::platform::time::sleep(std::time::Duration::ZERO).await;
                    let place = web_sys::ScrollIntoViewOptions::new();
                    place.set_block(web_sys::ScrollLogicalPosition::Center);
                    button.scroll_into_view_with_scroll_into_view_options(&place);
                });
            }
        });
    }
    let shared = &props.shared;
    let article = use_article(Some(shared.corpus), props.index);
    let Some(article) = article else {
        return Html::default();
    };
    let index = props.index;
    let act = |action: fn(usize) -> Action| {
        let dispatch = shared.dispatch.clone();
        Callback::from(move |_: MouseEvent| dispatch.dispatch(action(index)))
    };
    let results = &props.found.0;
    let block = results
        .snippets
        .iter()
        .find(|(a, _)| *a == props.index)
        .map(|(_, b)| *b);
    let snippet =
        snippet(&article, &results.terms, block).unwrap_or_else(|| article.teaser.to_string());
    let why = format::why(&explain(
        shared.corpus.0,
        props.index,
        &article,
        &props.found.0,
    ));
    let read = props.marks & READ != 0;
    let class = if read { "bs-card bs-read" } else { "bs-card" };
    let card = html! {
        <li>
            <h3 class="bs-card-title">
                {article_link(shared, index, "bs-card-open", None, button, marked(&article.title, &props.found.0.terms))}
            </h3>
            {save_toggle(props.marks, ["Save ", &article.title].concat(), act(Action::ToggleSaved))}
            if read {
                <span class="bs-read-mark">{"Read"}</span>
            }
            {article_meta(&article, false)}
            <p class="bs-teaser">
                {marked(&snippet, &props.found.0.terms)}
            </p>
            if !why.is_empty() {
                <p class="bs-why">{why}</p>
            }
        </li>
    };
    with_attributes(card, &["class"], [Some(class.into())])
}
