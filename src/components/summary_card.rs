//! The summary card: what the shown articles add up to.

use broadsheet_core::summary::Summary;
use yew::prelude::*;

use crate::format;
use crate::state::{Corpus, Found};

/// Count, reading time and publications of the articles `found`. The count is a live region,
/// so screen readers announce it as the list changes.
pub fn summary_card(corpus: Corpus, found: &Found) -> Html {
    let summary = Summary::of(found.articles().filter_map(|i| corpus.facts(i)));
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
    html! {
        <section class="bs-summary" aria-label="Summary">
            <p class="bs-summary-count" role="status" aria-live="polite" aria-atomic="true">{count}</p>
            if summary.count > 0 {
                <dl class="bs-summary-facts">
                    <div>
                        <dt>{"Reading time"}</dt>
                        <dd>{format::minutes(summary.reading_minutes)}</dd>
                    </div>
                    if !summary.publications.is_empty() {
                        <div>
                            <dt>{"Publications"}</dt>
                            <dd>
                                <ul class="bs-chips">
                                    for (name, n) in summary.publications.iter() {
                                        <li class="bs-chip">{*name}<span class="bs-chip-count">{n.to_string()}</span></li>
                                    }
                                </ul>
                            </dd>
                        </div>
                    }
                </dl>
            }
        </section>
    }
}
