//! What a reader should know about how the query was read: corrections and dropped words.

use yew::prelude::*;

use crate::state::Found;

/// "Read as: obsevatory → observatory", with a button to search for the corrected words,
/// and "No article has all of …; showing …". Nothing when the query was read as typed.
pub fn search_notice(query: &str, found: &Found, on_search: &Callback<String>) -> Html {
    let results = &found.0;
    let suggestion = results.suggestion(query);
    let dropped = (!results.dropped.is_empty()).then(|| {
        let kept: Vec<&str> = results
            .groups
            .iter()
            .filter(|g| !results.dropped.contains(g))
            .map(String::as_str)
            .collect();
        html! { <>{"No article has all of "}{results.groups.join(", ")}{"; showing "}{kept.join(", ")}{"."}</> }
    });
    if suggestion.is_none() && dropped.is_none() {
        return Html::default();
    }
    let corrected = results
        .corrected
        .iter()
        .map(|(typed, read)| [typed.as_str(), " → ", read.as_str()].concat())
        .collect::<Vec<_>>()
        .join(", ");
    html! {
        <div class="bs-notice">
            if let Some(suggestion) = suggestion {
                <p>
                    {"Read as: "}{corrected}{". "}
                    <button
                        type="button"
                        class="bs-link"
                        onclick={on_search.reform(move |_: MouseEvent| suggestion.clone())}
                    >
                        {"Search for the corrected words"}
                    </button>
                </p>
            }
            if let Some(dropped) = dropped {
                <p>{dropped}</p>
            }
        </div>
    }
}
