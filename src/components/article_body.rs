//! The body of an article: its typed blocks as HTML elements, text always as text. A long
//! article is put on the page a piece at a time, one piece a frame, so that its start shows
//! at once and the page never waits for the rest.

use std::rc::Rc;

use broadsheet_format::model::{Article, Block, Inline};
use yew::prelude::*;

use super::media_caption;

/// Blocks in one piece of the body.
const PIECE: usize = 400;

/// Props of [`ArticleBody`].
#[derive(Properties, Clone)]
pub struct ArticleBodyProps {
    /// The article, compared by identity.
    pub article: Rc<Article>,
}

impl PartialEq for ArticleBodyProps {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.article, &other.article)
    }
}

/// Paragraphs, lead-ins, headings, quotes, lists and media captions, in reading order: the
/// first piece at once, the next one a frame later, and so on.
#[component]
pub fn ArticleBody(props: &ArticleBodyProps) -> Html {
    let total = props.article.blocks.len().div_ceil(PIECE);
    let shown = use_state_eq(|| 1);
    {
        let shown = shown.clone();
        use_effect_with((*shown, total), move |&(now, total)| {
            if now < total {
                yew::platform::spawn_local(async move {
                    yew::platform::time::sleep(std::time::Duration::from_millis(1)).await;
                    shown.set(now + 1);
                });
            }
        });
    }
    html! {
        <div class="bs-body">
            // Pieces only ever follow one another in order: by position, no keys needed.
            for piece in 0..(*shown).min(total) {
                <Piece article={props.article.clone()} {piece} />
            }
        </div>
    }
}

/// Props of [`Piece`].
#[derive(Properties, Clone)]
struct PieceProps {
    article: Rc<Article>,
    piece: usize,
}

impl PartialEq for PieceProps {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.article, &other.article) && self.piece == other.piece
    }
}

/// One piece of the body: rendered once, left alone as the next pieces arrive.
#[component]
fn Piece(props: &PieceProps) -> Html {
    let start = props.piece * PIECE;
    let end = (start + PIECE).min(props.article.blocks.len());
    let blocks = props.article.blocks.get(start..end).unwrap_or_default();
    let url = props.article.url.as_deref();
    html! {
        for block in blocks.iter() {
            {block_html(block, url)}
        }
    }
}

/// One block; `url` is the original's, for a video note's link.
fn block_html(block: &Block, url: Option<&str>) -> Html {
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
        Block::Media { media } => media_caption(media, url),
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
