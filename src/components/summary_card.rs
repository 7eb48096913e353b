//! The summary card: what the shown articles add up to, and chips that narrow them down.

use broadsheet_engine::search::query::{with_filter, without, Written};
use broadsheet_engine::summary::timeline::Timeline;
use broadsheet_engine::summary::Summary;
use broadsheet_format::text::words;
use yew::prelude::*;

use broadsheet_engine::search::query::{READ, SAVED};

use std::rc::Rc;

use super::Shared;
use crate::format;
use crate::marks;
use crate::options::SummaryMode;
use crate::state::{Action, Found};

/// Values of a facet shown as chips.
const CHIPS: usize = 6;
/// People, places and organizations shown in view, of each.
const NAMED: usize = 2;

/// Props of [`SummaryCard`].
#[derive(Properties, Clone)]
pub struct SummaryCardProps {
    /// What the widget shares.
    pub shared: Shared,
    /// What the shown articles add up to.
    pub summary: Rc<Summary>,
    /// The shown articles.
    pub found: Found,
    /// The query, which the chips add their filters to.
    pub query: AttrValue,
    /// The reader's marks, by article.
    pub marks: Rc<Vec<u8>>,
    /// The host's `summary` option: open or closed at first.
    pub mode: SummaryMode,
    /// Where the reader's choices are stored; the card keeps whether it is unfolded there.
    pub store: AttrValue,
    /// The host element, whose width decides whether the card starts unfolded.
    pub host: Option<web_sys::Element>,
    /// Whether the card is unfolded, and under which `summary` option the reader chose so:
    /// held by the widget, so that it outlasts the card while an article is open (see
    /// [`Fold::new`]).
    pub fold: UseStateHandle<Fold>,
    /// Whether the disclosure of every facet's chips is open, held by the widget likewise.
    pub facets: UseStateHandle<bool>,
}

/// Whether the summary card is unfolded, and the `summary` option the choice was made under:
/// a new option folds or unfolds the card again.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Fold {
    /// The option.
    pub mode: SummaryMode,
    /// Whether the card is unfolded.
    pub open: bool,
}

impl Fold {
    /// How the card starts: on a narrow screen as one line, on a wide one as the reader last
    /// left it there (unfolded at first), folded under `summary="closed"`. The loader applies
    /// the same rule (600 px, the stored `…:summary`) to the first screen rendered at build
    /// time, before the wasm runs (`#keep` in `static/broadsheet.js`): change both together.
    pub fn new(mode: SummaryMode, host: &Option<web_sys::Element>, store: &str) -> Fold {
        let open = mode == SummaryMode::Open
            && wide(host)
            && marks::load(&[store, "summary"].concat()) != Ok(Some("0".to_owned()));
        Fold { mode, open }
    }
}

/// Whether the widget is wide enough (600 px) for the card to start unfolded (outside a
/// browser, at build time, it is).
fn wide(host: &Option<web_sys::Element>) -> bool {
    let width = match host {
        Some(host) => f64::from(host.client_width()),
        // Rendered at build time, with no window: the first screen is laid out wide.
        None => crate::window()
            .map_or(Some(f64::INFINITY), |w| {
                w.inner_width().ok().and_then(|w| w.as_f64())
            })
            .unwrap_or(0.0),
    };
    width >= 600.0
}

impl PartialEq for SummaryCardProps {
    fn eq(&self, other: &Self) -> bool {
        // The summary is made anew only when what was found is.
        Rc::ptr_eq(&self.summary, &other.summary)
            && self.shared == other.shared
            && self.found == other.found
            && self.query == other.query
            && Rc::ptr_eq(&self.marks, &other.marks)
            && (self.mode, &self.store, &self.host) == (other.mode, &other.store, &other.host)
            && (self.fold == other.fold && self.facets == other.facets)
    }
}

/// One line (count, unread, reading time, dates) that unfolds into a timeline, key sentences
/// (each opening its article), the people, places and organizations most named, the reader's
/// unread and saved articles and, behind a disclosure, every facet's chips (each chip adds
/// its filter to the query, or takes it out). The count is a live region, so screen readers
/// announce it as the list changes.
///
/// What is folded away is not built: folded, typing does not rebuild it; and it renders
/// again only when its props change.
#[component]
pub fn SummaryCard(props: &SummaryCardProps) -> Html {
    let shared = props.shared.clone();
    let fold = &props.fold;
    let open = if fold.mode == props.mode {
        fold.open
    } else {
        props.mode == SummaryMode::Open && wide(&props.host)
    };
    let on_fold = {
        let (fold, store, mode, host) = (
            fold.clone(),
            props.store.clone(),
            props.mode,
            props.host.clone(),
        );
        move |now: bool| {
            if now != open {
                if wide(&host) {
                    marks::save(&[&store, "summary"].concat(), if now { "1" } else { "0" });
                }
                fold.set(Fold { mode, open: now });
            }
        }
    };
    let (facets_open, facets) = (*props.facets, props.facets.clone());
    let on_facets = move |now: bool| facets.set(now);
    let corpus = shared.corpus;
    let (summary, found, query, marks) =
        (&props.summary, &props.found, &*props.query, &props.marks);
    let dispatch = shared.dispatch;
    let on_filter = {
        let dispatch = dispatch.clone();
        Callback::from(move |query| dispatch.dispatch(Action::Filter(query)))
    };
    let on_filter = &on_filter;
    let total = corpus.len();
    // A large archive's newest articles, while the rest is on its way, say so (in as few
    // words as the whole archive's line: a line that wraps differently moves what is below).
    let total_text = format::count(
        total,
        "article",
        if corpus.is_newest() {
            "newest articles"
        } else {
            "articles"
        },
    );
    let count = if summary.count == total {
        total_text
    } else {
        format!("{} of {total_text}", summary.count)
    };
    let marked = |bits: u8| {
        found
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
    let all: Vec<usize> = found.articles().collect();
    let on_read = {
        let dispatch = dispatch.clone();
        Callback::from(move |_: MouseEvent| dispatch.dispatch(Action::MarkRead(all.clone())))
    };
    html! {
        <section class="bs-summary" aria-label="Summary">
            <details class="bs-summary-fold" {open} ontoggle={Callback::from(move |e| on_fold(opened(e)))}>
                <summary class="bs-summary-line">
                    <span class="bs-summary-count" role="status" aria-live="polite" aria-atomic="true">{count}</span>
                    {line}
                </summary>
                if open && summary.count > 0 {
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
                                    <button type="button" class="bs-link" onclick={on_read}>
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
                                                    onclick={let (a, d) = (k.article, dispatch.clone()); Callback::from(move |_: MouseEvent| d.dispatch(Action::Open(a)))}
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
                    <details class="bs-facets" open={facets_open} ontoggle={Callback::from(move |e| on_facets(opened(e)))}>
                        <summary>{"Filter by publication, topic, person, place, organization or month"}</summary>
                        if facets_open {
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
