//! The body of an article: its typed blocks as HTML elements, text always as text.

use broadsheet_core::model::{Article, Block, Inline};
use yew::prelude::*;

use super::media_caption;

/// Paragraphs, lead-ins, headings, quotes, lists and media captions, in reading order.
pub fn article_body(article: &Article) -> Html {
    html! {
        <div class="bs-body">
            for block in article.blocks.iter() {
                {block_html(block)}
            }
        </div>
    }
}

fn block_html(block: &Block) -> Html {
    match block {
        Block::Paragraph { content } => html! { <p>{inlines(content)}</p> },
        Block::LeadIn { text } => html! { <p class="bs-lead-in">{text.as_ref()}</p> },
        // The article's headline is the reader's h2, so its headings start at h3.
        Block::Heading { level, text } => {
            let tag = match level {
                0..=2 => "h3",
                3 => "h4",
                4 => "h5",
                _ => "h6",
            };
            html! { <@{tag} class="bs-subhead">{text.as_ref()}</@> }
        }
        Block::Quote { content } => html! { <blockquote><p>{inlines(content)}</p></blockquote> },
        Block::List { ordered, items } => {
            let items = items.iter().map(|item| html! { <li>{inlines(item)}</li> });
            if *ordered {
                html! { <ol>{for items}</ol> }
            } else {
                html! { <ul>{for items}</ul> }
            }
        }
        Block::Media { media } => media_caption(media),
    }
}

fn inlines(content: &[Inline]) -> Html {
    content
        .iter()
        .map(|inline| match inline {
            Inline::Text { text } => html! { {text.as_ref()} },
            Inline::Emphasis { text } => html! { <em>{text.as_ref()}</em> },
            Inline::Strong { text } => html! { <strong>{text.as_ref()}</strong> },
            Inline::Code { text } => html! { <code>{text.as_ref()}</code> },
            // Only http and https addresses reach the corpus (see the core's Markdown reader).
            Inline::Link { text, href } => html! {
                <a href={href.to_string()} rel="noopener noreferrer nofollow" target="_blank">{text.as_ref()}</a>
            },
        })
        .collect()
}
