//! A media caption inside an article.

use broadsheet_core::model::Media;
use yew::prelude::*;

use crate::format;

/// Props of [`MediaCaption`].
#[derive(Properties, PartialEq)]
pub struct MediaCaptionProps {
    /// The clip the caption stands for.
    pub media: Media,
}

/// A figure marking where a video clip sat in the original, with its date and length.
#[component]
pub fn MediaCaption(props: &MediaCaptionProps) -> Html {
    let media = &props.media;
    html! {
        <figure class="bs-media">
            <span class="bs-media-icon" aria-hidden="true">{"▶"}</span>
            <figcaption>
                {"Video · "}
                <time datetime={media.date.to_string()}>{format::date(media.date)}</time>
                {" · "}
                <span aria-label={format!("{} seconds", media.duration_secs)}>
                    {format::duration(media.duration_secs)}
                </span>
            </figcaption>
        </figure>
    }
}
