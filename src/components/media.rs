//! Where the original had a video.

use broadsheet_format::model::Media;
use yew::prelude::*;

use crate::format;

/// A note that the original has a video clip here, with its date and length, and a link to
/// the original (`url`) where it can be watched, when the article has one. Not a player:
/// the widget has only the text.
pub fn media_caption(media: &Media, url: Option<&str>) -> Html {
    html! {
        <p class="bs-media">
            {"The original has a video here ("}
            <time datetime={media.date.to_string()}>{format::date(media.date)}</time>
            {", "}
            <span aria-label={format!("{} seconds", media.duration_secs)}>
                {format::duration(media.duration_secs)}
            </span>
            {")."}
            if let Some(url) = url {
                {" "}<a href={url.to_owned()} rel="noopener noreferrer" target="_blank">{"Watch it in the original"}</a>
            }
        </p>
    }
}
