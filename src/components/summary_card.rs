//! The summary card: what the shown articles add up to, and chips that narrow them down.

use broadsheet_engine::search::query::{with_filter, without, Written};
use broadsheet_engine::summary::timeline::Timeline;
use broadsheet_engine::summary::Summary;
use broadsheet_format::text::words;
use yew::prelude::*;

use broadsheet_engine::search::query::{READ, SAVED};

use crate::format;
use crate::state::{Corpus, Found};

/// Values of a facet shown as chips.
const CHIPS: usize = 6;
/// People, places and organizations shown in view, of each.
const NAMED: usize = 2;

/// What the summary card shows and what it calls.
pub struct SummaryCard<'a> {
    /// All articles.
    pub corpus: Corpus,
    /// What the shown articles add up to.
    pub summary: &'a Summary,
    /// The shown articles.
    pub found: &'a Found,
    /// The query, which the chips add their filters to.
    pub query: &'a str,
    /// The reader's marks, by article.
    pub marks: &'a [u8],
    /// Whether the card is unfolded (folded, it is one line).
    pub open: bool,
    /// Whether the disclosure of every facet's chips is open.
    pub facets_open: bool,
    /// Hears the card fold and unfold.
    pub on_fold: &'a Callback<bool>,
    /// Hears the facets' disclosure open and close.
    pub on_toggle: &'a Callback<bool>,
    /// Gets the query a chip makes.
    pub on_filter: &'a Callback<String>,
    /// Gets an article to open (a key sentence's).
    pub on_open: &'a Callback<usize>,
    /// Gets the articles "Mark all read" marks.
    pub on_read: &'a Callback<Vec<usize>>,
}

/// One line (count, unread, reading time, dates) that unfolds into a timeline, key sentences
/// (each opening its article), the people, places and organizations most named, the reader's
/// unread and saved articles and, behind a disclosure, every facet's chips (each chip adds
/// its filter to the query, or takes it out). The count is a live region, so screen readers
/// announce it as the list changes.
///
/// What is folded away is not built: folded, typing does not rebuild it.
pub fn summary_card(card: &SummaryCard<'_>) -> Html {
    let SummaryCard {
        corpus,
        summary,
        found,
        query,
        marks,
        on_filter,
        ..
    } = *card;
    let total = corpus.len();
    let count = if summary.count == total {
        format::count(total, "article", "articles")
    } else {
        format!(
            "{} of {}",
            summary.count,
            format::count(total, "article", "articles")
        )
    };
    let marked = |bits: u8| {
        card.found
            .articles()
            .filter(|&i| marks.get(i).is_some_and(|m| m & bits != 0))
            .count()
    };
    let unread = summary.count.saturating_sub(marked(READ));
    let saved = marked(SAVED);
    let mut line = String::new();
    if summary.count > 0 {
        line = format!(
            " · {unread} unread · {}",
            format::minutes(summary.reading_minutes)
        );
        if let Some(t) = &summary.timeline {
            line.push_str(" · ");
            line.push_str(&format::span(t.first, t.last));
        }
    }
    let written = found.0.written.as_slice();
    let opened = |event: Event| {
        event
            .target_dyn_into::<web_sys::HtmlDetailsElement>()
            .is_some_and(|details| details.open())
    };
    let f = &summary.facets;
    let groups = [
        ("Publications", "source", &f.sources),
        ("Topics", "topic", &f.topics),
        ("People", "person", &f.people),
        ("Places", "place", &f.places),
        ("Organizations", "org", &f.organizations),
        ("Months", "date", &f.months),
    ];
    let all: Vec<usize> = card.found.articles().collect();
    html! {
        <section class="bs-summary" aria-label="Summary">
            <details class="bs-summary-fold" open={card.open} ontoggle={card.on_fold.reform(opened)}>
                <summary class="bs-summary-line">
                    <span class="bs-summary-count" role="status" aria-live="polite" aria-atomic="true">{count}</span>
                    {line}
                </summary>
                if card.open && summary.count > 0 {
                    <dl class="bs-summary-facts">
                        if let Some(timeline) = &summary.timeline {
                            <div>
                                <dt>{"Published"}</dt>
                                <dd>{timeline_chart(timeline)}</dd>
                            </div>
                        }
                        <div class="bs-marks">
                            <dt>{"Your reading"}</dt>
                            <dd>
                                {chips("is", &[("Unread".to_owned(), unread), ("Saved".to_owned(), saved)].into_iter().filter(|(_, n)| *n > 0).collect::<Vec<_>>(), query, written, on_filter)}
                                if unread > 0 {
                                    <button type="button" class="bs-link" onclick={card.on_read.reform(move |_: MouseEvent| all.clone())}>
                                        {"Mark all read"}
                                    </button>
                                }
                            </dd>
                        </div>
                        if !summary.sentences.is_empty() {
                            <div class="bs-summary-wide">
                                <dt>{"In brief"}</dt>
                                <dd>
                                    <ul class="bs-key-sentences">
                                        for k in summary.sentences.iter() {
                                            <li>
                                                {k.text.clone()}{" — "}
                                                <button
                                                    type="button"
                                                    class="bs-link"
                                                    onclick={let a = k.article; card.on_open.reform(move |_: MouseEvent| a)}
                                                >
                                                    {k.title.clone()}
                                                </button>
                                            </li>
                                        }
                                    </ul>
                                </dd>
                            </div>
                        }
                        if !(f.people.is_empty() && f.places.is_empty() && f.organizations.is_empty()) {
                            <div class="bs-summary-wide bs-named">
                                <dt>{"Most named"}</dt>
                                <dd>
                                    for (field, values) in [("person", &f.people), ("place", &f.places), ("org", &f.organizations)] {
                                        {chips(field, values.get(..NAMED.min(values.len())).unwrap_or(&[]), query, written, on_filter)}
                                    }
                                </dd>
                            </div>
                        }
                    </dl>
                    <details class="bs-facets" open={card.facets_open} ontoggle={card.on_toggle.reform(opened)}>
                        <summary>{"Filter by publication, topic, person, place, organization or month"}</summary>
                        if card.facets_open {
                            <dl class="bs-summary-facts">
                                for (label, field, values) in groups {
                                    if !values.is_empty() {
                                        <div class="bs-summary-wide">
                                            <dt>{label}</dt>
                                            <dd>{chips(field, values, query, written, on_filter)}</dd>
                                        </div>
                                    }
                                }
                            </dl>
                        }
                    </details>
                }
            </details>
        </section>
    }
}

/// A toggle chip for each value of a facet, with its count; the first few in view, the rest
/// behind a disclosure.
fn chips(
    field: &'static str,
    values: &[(String, usize)],
    query: &str,
    written: &[Written],
    on_filter: &Callback<String>,
) -> Html {
    let chip = |(value, n): &(String, usize)| {
        let shown = format::month_or(value);
        let on = written
            .iter()
            .find(|w| !w.negated && w.field == field && words(&w.value).eq(words(value)));
        let next = match on {
            Some(w) => without(query, w.range.clone()),
            None => with_filter(query, field, value),
        };
        html! {
            <li>
                <button
                    type="button"
                    class="bs-chip"
                    aria-pressed={if on.is_some() { "true" } else { "false" }}
                    onclick={on_filter.reform(move |_: MouseEvent| next.clone())}
                >
                    // The name read out is the visible text with its unit: "Lowmoor 4 articles".
                    {shown}{" "}<span class="bs-chip-count">{n.to_string()}<span class="bs-hidden">{if *n == 1 { " article" } else { " articles" }}</span></span>
                </button>
            </li>
        }
    };
    let (first, rest) = values.split_at(values.len().min(CHIPS));
    html! {
        <>
            <ul class="bs-chips">{for first.iter().map(chip)}</ul>
            if !rest.is_empty() {
                <details class="bs-chips-more">
                    <summary>{format!("{} more", rest.len())}</summary>
                    <ul class="bs-chips">{for rest.iter().map(chip)}</ul>
                </details>
            }
        </>
    }
}

/// Bars of the timeline in an inline SVG (themed by `currentColor`), with a text alternative
/// and each bar's date and count as its tooltip.
fn timeline_chart(t: &Timeline) -> Html {
    const HEIGHT: usize = 32;
    let most = t.bins.iter().map(|b| b.count).max().unwrap_or(0).max(1);
    let busiest = t.bins.iter().rev().max_by_key(|b| b.count);
    let span = if t.first == t.last {
        format::date(t.first)
    } else {
        format!("{} – {}", format::date(t.first), format::date(t.last))
    };
    let alt = match busiest {
        Some(b) if b.count > 1 => format!(
            "{span}; most in {}: {}",
            b.label(t.unit),
            format::count(b.count, "article", "articles")
        ),
        _ => span.clone(),
    };
    html! {
        <figure class="bs-timeline">
            <svg
                class="bs-timeline-chart"
                role="img"
                aria-label={alt}
                viewBox={format!("0 0 {} {HEIGHT}", t.bins.len() * 4)}
                preserveAspectRatio="none"
            >
                for (i, b) in t.bins.iter().enumerate() {
                    <rect
                        x={(i * 4).to_string()}
                        y={(HEIGHT - b.count * HEIGHT / most).to_string()}
                        width="3"
                        height={(b.count * HEIGHT / most).to_string()}
                    >
                        <title>{format!("{}: {}", b.label(t.unit), format::count(b.count, "article", "articles"))}</title>
                    </rect>
                }
            </svg>
            <figcaption>{span}</figcaption>
        </figure>
    }
}
