//! A media caption inside an article.

use broadsheet_core::model::Media;
use yew::prelude::*;

use crate::format;

/// A figure marking where a video clip sat in the original, with its date and length.
pub fn media_caption(media: &Media) -> Html {
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
