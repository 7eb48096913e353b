//! An article at a glance: its key sentences, its five Ws and its quotes.

use broadsheet_engine::summary::five_ws::{FiveWs, Source};
use broadsheet_format::model::Article;
use yew::prelude::*;

use crate::format;

/// Quotes shown at most.
const QUOTES: usize = 3;

/// "In brief" (the key sentences, or the author's summary), then what, who, where and when,
/// and who said what.
pub fn glance(article: &Article) -> Html {
    let ws = FiveWs::of(article);
    let brief: Vec<String> = if article.key_sentences.is_empty() {
        article.summary.iter().map(|s| s.to_string()).collect()
    } else {
        article
            .key_sentences
            .iter()
            .map(|s| s.to_string())
            .collect()
    };
    // The lead is often the first key sentence already.
    let what = Some(ws.what).filter(|w| !w.is_empty() && !brief.contains(w));
    let who: Vec<String> = ws.people.into_iter().chain(ws.organizations).collect();
    let fact = |name: &'static str, value: Html| {
        html! { <div><dt>{name}</dt><dd>{value}</dd></div> }
    };
    let when = ws.when.iter().enumerate().map(|(i, w)| {
        let note = match w.source {
            Source::Published => " (published)",
            Source::Text => "",
            Source::Video => " (video)",
        };
        html! {
            <>
                {if i > 0 { ", " } else { "" }}
                <time datetime={w.dated.date.to_string()}>{format::dated(w.dated)}</time>
                {note}
            </>
        }
    });
    html! {
        <aside class="bs-glance" aria-label="At a glance">
            if !brief.is_empty() {
                <h3 class="bs-glance-title">{"In brief"}</h3>
                <ul class="bs-key-sentences">
                    for s in brief {
                        <li>{s}</li>
                    }
                </ul>
            }
            <dl class="bs-summary-facts">
                if let Some(what) = what {
                    {fact("What", html! { {what} })}
                }
                if !who.is_empty() {
                    {fact("Who", html! { {who.join(", ")} })}
                }
                if !ws.places.is_empty() {
                    {fact("Where", html! { {ws.places.join(", ")} })}
                }
                if !ws.when.is_empty() {
                    {fact("When", when.collect::<Html>())}
                }
                if !article.quotes.is_empty() {
                    {fact("Quoted", html! {
                        <ul class="bs-quotes">
                            for q in article.quotes.iter().take(QUOTES) {
                                <li>
                                    <q>{q.text.to_string()}</q>
                                    if let Some(speaker) = &q.speaker {
                                        {" — "}{speaker.to_string()}
                                    }
                                </li>
                            }
                        </ul>
                    })}
                }
            </dl>
        </aside>
    }
}
