//! The summary card: what the shown articles add up to, and chips that narrow them down.

use broadsheet_core::search::query::{with_filter, without, written_filters, Written};
use broadsheet_core::summary::timeline::Timeline;
use broadsheet_core::summary::Summary;
use broadsheet_core::text::words;
use yew::prelude::*;

use crate::format;
use crate::state::Corpus;

/// Values of a facet shown as chips.
const CHIPS: usize = 6;
/// People, places and organizations shown in view, of each.
const NAMED: usize = 2;

/// Count, reading time, a timeline, key sentences (each opening its article), the people,
/// places and organizations most named and, behind a disclosure, every facet's chips (each
/// chip adds its filter to `query`, or takes it out) of the articles in `summary`.
/// The count is a live region, so screen readers announce it as the list changes.
///
/// The chips are only built while the disclosure is open (`facets_open`; `on_toggle` hears
/// it open and close): closed, typing does not rebuild them.
pub fn summary_card(
    corpus: Corpus,
    summary: &Summary,
    query: &str,
    facets_open: bool,
    on_toggle: &Callback<bool>,
    on_filter: &Callback<String>,
    on_open: &Callback<usize>,
) -> Html {
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
    let written = written_filters(query);
    let ontoggle = on_toggle.reform(|event: Event| {
        event
            .target_dyn_into::<web_sys::HtmlDetailsElement>()
            .is_some_and(|details| details.open())
    });
    let f = &summary.facets;
    let groups = [
        ("Publications", "source", &f.sources),
        ("Topics", "topic", &f.topics),
        ("People", "person", &f.people),
        ("Places", "place", &f.places),
        ("Organizations", "org", &f.organizations),
        ("Months", "date", &f.months),
    ];
    html! {
        <section class="bs-summary" aria-label="Summary">
            <p class="bs-summary-count" role="status" aria-live="polite" aria-atomic="true">{count}</p>
            if summary.count > 0 {
                <dl class="bs-summary-facts">
                    <div>
                        <dt>{"Reading time"}</dt>
                        <dd>{format::minutes(summary.reading_minutes)}</dd>
                    </div>
                    if let Some(timeline) = &summary.timeline {
                        <div>
                            <dt>{"Published"}</dt>
                            <dd>{timeline_chart(timeline)}</dd>
                        </div>
                    }
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
                                                onclick={let a = k.article; on_open.reform(move |_: MouseEvent| a)}
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
                                    {chips(field, values.get(..NAMED.min(values.len())).unwrap_or(&[]), query, &written, on_filter)}
                                }
                            </dd>
                        </div>
                    }
                </dl>
                <details class="bs-facets" open={facets_open} {ontoggle}>
                    <summary>{"Filter by publication, topic, person, place, organization or month"}</summary>
                    if facets_open {
                        <dl class="bs-summary-facts">
                            for (label, field, values) in groups {
                                if !values.is_empty() {
                                    <div class="bs-summary-wide">
                                        <dt>{label}</dt>
                                        <dd>{chips(field, values, query, &written, on_filter)}</dd>
                                    </div>
                                }
                            }
                        </dl>
                    }
                </details>
            }
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
                    aria-label={format!("{shown}: {}", format::count(*n, "article", "articles"))}
                    onclick={on_filter.reform(move |_: MouseEvent| next.clone())}
                >
                    {shown.clone()}<span class="bs-chip-count">{n.to_string()}</span>
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
