//! Component tests: the real widget mounted into a fresh element of a real browser page.
//! Run with `cargo test --target wasm32-unknown-unknown --profile component-test` (see scripts/test).
#![cfg(target_arch = "wasm32")]
// A test's unwrap is its report of what went wrong.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

use wasm_bindgen::JsCast;
use wasm_bindgen_test::{wasm_bindgen_test, wasm_bindgen_test_configure};
use web_sys::{
    Element, Event, EventInit, HtmlElement, HtmlInputElement, KeyboardEvent, KeyboardEventInit,
};

wasm_bindgen_test_configure!(run_in_browser);

const SEED_TITLE: &str = "China rejects meeting of defense ministers with US";

fn document() -> web_sys::Document {
    web_sys::window().unwrap().document().unwrap()
}

/// A new element at the end of the page, holding a freshly mounted widget with a name of its
/// own in the page address.
async fn mount_widget() -> Element {
    mount_named(&next_name()).await
}

/// A name no widget has yet. Also clears the fragment, where the test runner leaves an entry
/// of its own (`#wbg_style=…`): a fragment the page uses makes the widget keep its state in
/// `history.state` instead (the end-to-end tests cover that), and these tests read the
/// fragment.
fn next_name() -> String {
    use std::sync::atomic::{AtomicUsize, Ordering};
    static NEXT: AtomicUsize = AtomicUsize::new(1);
    let window = web_sys::window().unwrap();
    if window.location().hash().unwrap().contains("wbg_") {
        let path = window.location().pathname().unwrap() + &window.location().search().unwrap();
        window
            .history()
            .unwrap()
            .replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&path))
            .unwrap();
    }
    format!("t{}", NEXT.fetch_add(1, Ordering::Relaxed))
}

async fn mount_named(name: &str) -> Element {
    let host = document().create_element("div").unwrap();
    host.set_id(name);
    document().body().unwrap().append_child(&host).unwrap();
    std::mem::forget(broadsheet_widget::mount(host.clone()));
    yew::scheduler::flush().await;
    host
}

fn find(host: &Element, selector: &str) -> Option<Element> {
    host.query_selector(selector).unwrap()
}

fn texts(host: &Element, selector: &str) -> Vec<String> {
    let list = host.query_selector_all(selector).unwrap();
    (0..list.length())
        .map(|i| list.item(i).unwrap().text_content().unwrap_or_default())
        .collect()
}

/// How the summary counts articles: `1 article`, `2 articles`.
fn articles(n: usize) -> String {
    if n == 1 {
        "1 article".to_owned()
    } else {
        format!("{n} articles")
    }
}

async fn type_query(host: &Element, query: &str) {
    let input: HtmlInputElement = find(host, "input[type=search]")
        .unwrap()
        .dyn_into()
        .unwrap();
    input.set_value(query);
    fire(&input, "input").await;
}

/// Dispatches a bubbling event named `name` at `target`, as the browser does for a reader.
async fn fire(target: &web_sys::EventTarget, name: &str) {
    let init = EventInit::new();
    init.set_bubbles(true);
    target
        .dispatch_event(&Event::new_with_event_init_dict(name, &init).unwrap())
        .unwrap();
    yew::scheduler::flush().await;
}

async fn click(element: &Element) {
    element.dyn_ref::<HtmlElement>().unwrap().click();
    yew::scheduler::flush().await;
}

async fn press(element: &Element, key: &str) {
    let init = KeyboardEventInit::new();
    init.set_key(key);
    init.set_bubbles(true);
    let event = KeyboardEvent::new_with_keyboard_event_init_dict("keydown", &init).unwrap();
    element.dispatch_event(&event).unwrap();
    yew::scheduler::flush().await;
}

fn focused_text() -> String {
    document()
        .active_element()
        .and_then(|e| e.text_content())
        .unwrap_or_default()
}

#[wasm_bindgen_test]
async fn lists_every_article_a_page_at_a_time_with_a_summary() {
    let host = mount_widget().await;
    // 21 articles: a page of 20, newest first, and a button for the rest.
    assert_eq!(texts(&host, "[role=status]"), [articles(21)]);
    assert_eq!(texts(&host, ".bs-card-title").len(), 20);
    assert_eq!(texts(&host, ".bs-more"), ["Show more (1 left)"]);
    click(&find(&host, ".bs-more").unwrap()).await;
    let titles = texts(&host, ".bs-card-title");
    assert_eq!(titles.len(), 21);
    assert_eq!(
        titles.last().map(|t| t.trim()),
        Some(SEED_TITLE),
        "the oldest comes last"
    );
    assert!(find(&host, ".bs-more").is_none());
    let meta = texts(&host, ".bs-card .bs-meta").join("\n");
    assert!(meta.contains("Complete News World"), "{meta}");
    assert!(meta.contains("2 min read"), "{meta}");
}

#[wasm_bindgen_test]
async fn typing_filters_the_list_and_explains_an_empty_result() {
    let host = mount_widget().await;
    let all = 21;

    type_query(&host, "zzqx wqzz").await;
    assert!(texts(&host, ".bs-card").is_empty());
    let empty = texts(&host, ".bs-empty").join("");
    assert!(empty.contains("No article matches “zzqx wqzz”"), "{empty}");
    assert_eq!(
        texts(&host, "[role=status]"),
        [format!("0 of {}", articles(all))]
    );

    // Mid-word the seed is still found: "defen" begins "defense".
    type_query(&host, "Shangri DEFEN").await;
    let titles = texts(&host, ".bs-card-title");
    assert_eq!(titles.len(), 1, "{titles:?}");
    assert_eq!(titles[0].trim(), SEED_TITLE);

    type_query(&host, "").await;
    assert_eq!(texts(&host, ".bs-card").len(), 20, "a page again");
}

#[wasm_bindgen_test]
async fn matched_words_are_marked_and_misspellings_read_and_offered() {
    let host = mount_widget().await;
    type_query(&host, "pentagn").await;
    let titles = texts(&host, ".bs-card-title");
    assert_eq!(titles.len(), 1, "{titles:?}");
    let marks = texts(&host, ".bs-card mark");
    assert!(marks.iter().any(|m| m == "Pentagon"), "{marks:?}");
    let notice = texts(&host, ".bs-notice").join("");
    assert!(notice.contains("pentagn → pentagon"), "{notice}");
    click(&find(&host, ".bs-notice button").unwrap()).await;
    let input: HtmlInputElement = find(&host, "input[type=search]")
        .unwrap()
        .dyn_into()
        .unwrap();
    assert_eq!(input.value(), "pentagon");
    assert!(find(&host, ".bs-notice").is_none());
}

#[wasm_bindgen_test]
async fn words_that_match_nothing_together_are_left_out_visibly() {
    let host = mount_widget().await;
    type_query(&host, "pentagon xylophone ").await;
    assert_eq!(texts(&host, ".bs-card-title").len(), 1);
    let notice = texts(&host, ".bs-notice").join("");
    assert_eq!(
        notice,
        "No article has all of pentagon, xylophone; showing pentagon."
    );
}

#[wasm_bindgen_test]
async fn a_query_is_shown_as_text_never_as_markup() {
    let host = mount_widget().await;
    type_query(&host, "<img src=zz onerror=zzq>").await;
    assert!(find(&host, "img").is_none());
    let empty = texts(&host, ".bs-empty").join("");
    assert!(empty.contains("<img src=zz onerror=zzq>"), "{empty}");
}

#[wasm_bindgen_test]
async fn the_reader_opens_with_focus_and_escape_returns_to_the_card() {
    let host = mount_widget().await;
    type_query(&host, "pentagon").await;
    let open = find(&host, ".bs-card-open").unwrap();
    click(&open).await;

    let heading = find(&host, "h2").unwrap();
    assert_eq!(heading.text_content().unwrap(), SEED_TITLE);
    assert_eq!(focused_text(), SEED_TITLE, "the headline takes the focus");
    assert!(
        find(&host, ".bs-list").is_none(),
        "the reader replaces the list"
    );
    assert_eq!(
        texts(&host, ".bs-lead-in"),
        [
            "One of the recent incidents between the two states:",
            "While relations with the US remain on hold, China-Russia cooperation is growing closer:",
        ]
    );
    // Eleven paragraphs, and the note where the original has a video.
    assert_eq!(texts(&host, ".bs-body > p:not(.bs-media)").len(), 11);
    // The video is a note about the original, not a player.
    assert_eq!(
        texts(&host, ".bs-media"),
        ["The original has a video here (17 April 2023, 0:20)."]
    );
    // The seed article has no address of its original: nothing to link to.
    assert!(find(&host, ".bs-media a").is_none());
    assert_eq!(
        find(&host, ".bs-media time")
            .unwrap()
            .get_attribute("datetime")
            .as_deref(),
        Some("2023-04-17")
    );

    press(&heading, "Escape").await;
    assert!(find(&host, ".bs-reader").is_none());
    assert_eq!(
        focused_text().trim(),
        SEED_TITLE,
        "focus returns to the article's card"
    );
    let input: HtmlInputElement = find(&host, "input[type=search]")
        .unwrap()
        .dyn_into()
        .unwrap();
    assert_eq!(input.value(), "pentagon", "the query survives reading");
}

#[wasm_bindgen_test]
async fn the_summary_card_stays_as_the_reader_left_it_while_an_article_is_open() {
    let host = mount_widget().await;
    let facets = find(&host, ".bs-facets").expect("the summary card is unfolded");
    click(&find(&host, ".bs-facets > summary").unwrap()).await;
    pause(50).await;
    assert!(facets.has_attribute("open"));
    assert!(
        find(&host, ".bs-facets .bs-chips").is_some(),
        "the chips are built"
    );
    click(&find(&host, ".bs-card-open").unwrap()).await;
    assert!(
        find(&host, ".bs-summary").is_none(),
        "the reader replaces the list"
    );
    click(&find(&host, ".bs-back").unwrap()).await;
    let facets = find(&host, ".bs-facets").expect("the card is unfolded again");
    assert!(
        facets.has_attribute("open"),
        "the facets' disclosure is still open"
    );
    assert!(find(&host, ".bs-facets .bs-chips").is_some());
}

#[wasm_bindgen_test]
async fn the_back_button_returns_to_the_list() {
    let host = mount_widget().await;
    click(&find(&host, ".bs-card-open").unwrap()).await;
    click(&find(&host, ".bs-back").unwrap()).await;
    assert!(find(&host, ".bs-list").is_some());
}

fn hash() -> String {
    web_sys::window().unwrap().location().hash().unwrap()
}

/// Waits up to a second for `selector` to match in `host`; fails when it does not.
async fn wait_for(host: &Element, selector: &str) {
    for _ in 0..50 {
        if find(host, selector).is_some() {
            return;
        }
        pause(20).await;
    }
    panic!("nothing matches {selector} after a second");
}

/// Waits `ms` milliseconds.
async fn pause(ms: u64) {
    yew::platform::time::sleep(std::time::Duration::from_millis(ms)).await;
}

/// Typing then a step at once: the entry before the step keeps what was typed.
#[wasm_bindgen_test]
async fn a_step_right_after_typing_keeps_the_typing_in_the_entry_before_it() {
    let name = next_name();
    let host = mount_named(&name).await;
    type_query(&host, "pentagon").await;
    click(&find(&host, ".bs-card-open").unwrap()).await;
    assert!(hash().contains(&format!("{name}.a=")), "{}", hash());
    let history = web_sys::window().unwrap().history().unwrap();
    history.back().unwrap();
    // Back lands on the typed query, with the list.
    wait_for(&host, ".bs-list").await;
    assert!(hash().contains(&format!("{name}.q=pentagon")), "{}", hash());
    assert!(!hash().contains(&format!("{name}.a=")), "{}", hash());
    assert_eq!(texts(&host, ".bs-card-title").len(), 1);
    // The waiting write does not come back to undo Back.
    pause(400).await;
    assert!(!hash().contains(&format!("{name}.a=")), "{}", hash());
}

/// Two widgets: typing in one, then a step in the other. The entry before the step holds the
/// typing; Back brings it back, and nothing waiting undoes Back later.
#[wasm_bindgen_test]
async fn a_step_in_one_widget_keeps_the_typing_in_another() {
    let (a, b) = (next_name(), next_name());
    let host_a = mount_named(&a).await;
    let host_b = mount_named(&b).await;
    type_query(&host_a, "pentagon").await;
    let history = web_sys::window().unwrap().history().unwrap();
    click(&find(&host_b, ".bs-card-open").unwrap()).await;
    assert!(hash().contains(&format!("{a}.q=pentagon")), "{}", hash());
    assert!(hash().contains(&format!("{b}.a=")), "{}", hash());
    history.back().unwrap();
    wait_for(&host_b, ".bs-list").await;
    assert!(hash().contains(&format!("{a}.q=pentagon")), "{}", hash());
    assert!(!hash().contains(&format!("{b}.a=")), "{}", hash());
    pause(400).await;
    assert!(!hash().contains(&format!("{b}.a=")), "{}", hash());
    assert_eq!(texts(&host_a, ".bs-card-title").len(), 1);
}

/// Leaving the page writes the typing that waits at once.
#[wasm_bindgen_test]
async fn leaving_the_page_writes_the_typing_at_once() {
    let name = next_name();
    let host = mount_named(&name).await;
    type_query(&host, "comet").await;
    assert!(!hash().contains(&format!("{name}.q=")), "{}", hash());
    fire(&web_sys::window().unwrap(), "pagehide").await;
    assert!(hash().contains(&format!("{name}.q=comet")), "{}", hash());
}

/// A query past what the address keeps is left out of it (the article still goes in).
#[wasm_bindgen_test]
async fn a_query_too_long_for_the_address_is_left_out_of_it() {
    let name = next_name();
    let host = mount_named(&name).await;
    type_query(&host, &"北京".repeat(1001)).await;
    pause(400).await;
    assert!(!hash().contains(&format!("{name}.q=")), "{}", hash());
    type_query(&host, &"北京".repeat(1000)).await;
    pause(400).await;
    assert!(hash().contains(&format!("{name}.q=")), "{}", hash());
}

fn set_hash_and_pop(hash: &str) {
    let window = web_sys::window().unwrap();
    window
        .history()
        .unwrap()
        .replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(hash))
        .unwrap();
    window
        .dispatch_event(&Event::new("popstate").unwrap())
        .unwrap();
}

#[wasm_bindgen_test]
async fn the_query_and_the_open_article_live_in_the_address() {
    let name = next_name();
    let host = mount_named(&name).await;
    type_query(&host, "pentagon").await;
    // Typing reaches the address once it pauses, not at every keystroke.
    assert!(!hash().contains(&format!("{name}.q=")), "{}", hash());
    pause(400).await;
    assert!(hash().contains(&format!("{name}.q=pentagon")), "{}", hash());
    click(&find(&host, ".bs-card-open").unwrap()).await;
    assert!(
        hash().contains(&format!(
            "{name}.a=world%2Fchina-rejects-defense-ministers-meeting"
        )),
        "{}",
        hash()
    );
    // Back: the address without the article brings the list back, query kept.
    set_hash_and_pop(&format!("#{name}.q=pentagon"));
    yew::scheduler::flush().await;
    assert!(find(&host, ".bs-reader").is_none());
    assert_eq!(texts(&host, ".bs-card-title").len(), 1);
}

#[wasm_bindgen_test]
async fn a_link_opens_the_widget_where_it_points() {
    let name = next_name();
    let other = next_name();
    web_sys::window()
        .unwrap()
        .history()
        .unwrap()
        .replace_state_with_url(
            &wasm_bindgen::JsValue::NULL,
            "",
            Some(&format!(
                "#{other}.q=zzz&{name}.q=comet&{name}.a=science%2Fnorthreach-comet-discovery"
            )),
        )
        .unwrap();
    let host = mount_named(&name).await;
    let heading = find(&host, "h2").unwrap().text_content().unwrap();
    assert_eq!(heading, "Northreach Observatory spots a new comet");
    // Another widget's entries are left as they were.
    click(&find(&host, ".bs-back").unwrap()).await;
    assert!(hash().contains(&format!("{other}.q=zzz")), "{}", hash());
    assert!(!hash().contains(&format!("{name}.a=")), "{}", hash());
    let input: HtmlInputElement = find(&host, "input[type=search]")
        .unwrap()
        .dyn_into()
        .unwrap();
    assert_eq!(input.value(), "comet");
}

/// Opens the facet chips, as a click on their disclosure does.
async fn open_facets(host: &Element) {
    let details: web_sys::HtmlDetailsElement =
        find(host, ".bs-facets").unwrap().dyn_into().unwrap();
    details.set_open(true);
    details
        .dispatch_event(&Event::new("toggle").unwrap())
        .unwrap();
    yew::scheduler::flush().await;
}

/// The facet chip whose text (its accessible name) is `label`: `sport 3 articles`.
fn chip(host: &Element, label: &str) -> Element {
    let chips = host.query_selector_all(".bs-facets .bs-chip").unwrap();
    (0..chips.length())
        .filter_map(|i| chips.item(i)?.dyn_into::<Element>().ok())
        .find(|c| c.text_content().as_deref() == Some(label))
        .unwrap_or_else(|| panic!("no chip {label}: {:?}", texts(host, ".bs-summary .bs-chip")))
}

fn query_text(host: &Element) -> String {
    find(host, "input[type=search]")
        .unwrap()
        .dyn_into::<HtmlInputElement>()
        .unwrap()
        .value()
}

#[wasm_bindgen_test]
async fn facet_chips_count_add_filters_and_come_out_one_by_one_or_all() {
    let host = mount_widget().await;
    assert!(find(&host, ".bs-filters").is_none(), "no filters yet");
    assert!(
        find(&host, ".bs-facets .bs-chip").is_none(),
        "closed, no chips are built"
    );
    open_facets(&host).await;
    let sport = chip(&host, "sport 3 articles");
    assert_eq!(
        sport.get_attribute("aria-pressed").as_deref(),
        Some("false")
    );
    click(&sport).await;
    assert_eq!(query_text(&host), "topic:sport ");
    assert_eq!(
        texts(&host, "[role=status]"),
        [format!("3 of {}", articles(21))]
    );
    assert_eq!(texts(&host, ".bs-card").len(), 3);
    assert_eq!(texts(&host, ".bs-filters .bs-chip"), ["Topic: sport×"]);
    let sport = chip(&host, "sport 3 articles");
    assert_eq!(sport.get_attribute("aria-pressed").as_deref(), Some("true"));

    // A second facet narrows further; the counts are those of the selection.
    click(&chip(&host, "Valley Signal 2 articles")).await;
    assert_eq!(query_text(&host), "topic:sport source:\"Valley Signal\" ");
    assert_eq!(texts(&host, ".bs-card").len(), 2);
    assert_eq!(
        texts(&host, ".bs-filters .bs-chip"),
        ["Topic: sport×", "Publication: Valley Signal×"]
    );

    // Out one by one from the bar, then all at once.
    click(&find(&host, ".bs-filters .bs-chip").unwrap()).await;
    assert_eq!(query_text(&host), "source:\"Valley Signal\" ");
    click(&chip(&host, "sport 2 articles")).await;
    assert_eq!(
        texts(&host, ".bs-filters li").len(),
        3,
        "two chips and Clear all"
    );
    click(&find(&host, ".bs-filters .bs-link").unwrap()).await;
    assert_eq!(query_text(&host).trim(), "");
    assert_eq!(texts(&host, "[role=status]"), [articles(21)]);
    assert!(find(&host, ".bs-filters").is_none());
}

#[wasm_bindgen_test]
async fn the_order_can_be_chosen_and_lives_in_the_address() {
    let name = next_name();
    let host = mount_named(&name).await;
    let select: web_sys::HtmlSelectElement = find(&host, "select").unwrap().dyn_into().unwrap();
    assert_eq!(select.value(), "relevance");
    select.set_value("oldest");
    fire(&select, "change").await;
    let first = texts(&host, ".bs-card-title");
    assert_eq!(
        first.first().map(|t| t.trim()),
        Some(SEED_TITLE),
        "oldest first"
    );
    assert!(hash().contains(&format!("{name}.s=oldest")), "{}", hash());

    // Back to the address without an order: newest first again.
    set_hash_and_pop("#");
    yew::scheduler::flush().await;
    let first = texts(&host, ".bs-card-title");
    assert_ne!(first.first().map(|t| t.trim()), Some(SEED_TITLE));
    let select: web_sys::HtmlSelectElement = find(&host, "select").unwrap().dyn_into().unwrap();
    assert_eq!(select.value(), "relevance");
}

#[wasm_bindgen_test]
async fn the_summary_has_a_timeline_and_key_sentences_that_open_their_article() {
    let host = mount_widget().await;
    let chart = find(&host, ".bs-summary svg[role=img]").unwrap();
    let alt = chart.get_attribute("aria-label").unwrap();
    assert_eq!(
        alt,
        "17 April 2023 – 19 July 2025; most in January 2025: 3 articles"
    );
    // April 2023 to July 2025, a bar a month.
    assert_eq!(
        host.query_selector_all(".bs-summary rect")
            .unwrap()
            .length(),
        28
    );
    let bars = texts(&host, ".bs-summary rect title");
    assert_eq!(
        bars.first().map(String::as_str),
        Some("April 2023: 1 article")
    );

    // The two people, places and organizations most named, in view; a click filters by one.
    let named = texts(&host, ".bs-named .bs-chip");
    assert_eq!(named.len(), 6, "{named:?}");
    assert_eq!(named[0], "Elsbeth Varga 4 articles");
    click(&find(&host, ".bs-named .bs-chip").unwrap()).await;
    assert_eq!(query_text(&host), "person:\"Elsbeth Varga\" ");
    assert_eq!(
        texts(&host, "[role=status]"),
        [format!("4 of {}", articles(21))]
    );
    type_query(&host, "").await;

    let sentences = host.query_selector_all(".bs-key-sentences li").unwrap();
    assert_eq!(sentences.length(), 4);
    let link = find(&host, ".bs-key-sentences button").unwrap();
    let title = link.text_content().unwrap();
    click(&link).await;
    let heading = find(&host, "h2").unwrap().text_content().unwrap();
    assert_eq!(heading, title);

    // A selection with one article: its own sentence, and a one-day span.
    click(&find(&host, ".bs-back").unwrap()).await;
    type_query(&host, "pentagon").await;
    let alt = find(&host, ".bs-summary svg")
        .unwrap()
        .get_attribute("aria-label")
        .unwrap();
    assert_eq!(alt, "17 April 2023");
    assert_eq!(texts(&host, ".bs-key-sentences li").len(), 1);
}

#[wasm_bindgen_test]
async fn each_card_says_why_it_matched() {
    let host = mount_widget().await;
    assert!(
        find(&host, ".bs-why").is_none(),
        "nothing to explain without a query"
    );
    type_query(&host, "lowmoor walls ").await;
    let why = texts(&host, ".bs-card .bs-why");
    assert!(!why.is_empty());
    assert!(
        why[0].starts_with("Matched “lowmoor” in the headline; “wall” for “walls” in "),
        "{why:?}"
    );
    type_query(&host, "obsevatory").await;
    let why = texts(&host, ".bs-card .bs-why");
    assert!(
        why.iter()
            .all(|w| w.contains("“observatory” for “obsevatory” (corrected)")),
        "{why:?}"
    );
    // Every card says why, also when only its publication's name matched.
    type_query(&host, "harbour").await;
    let cards = texts(&host, ".bs-card").len();
    let why = texts(&host, ".bs-card .bs-why");
    assert_eq!(why.len(), cards, "{why:?}");
    assert!(
        why.iter()
            .any(|w| w == "Matched “harbourline” for “harbour…” in the publication."),
        "{why:?}"
    );
}

#[wasm_bindgen_test]
async fn the_reader_shows_the_article_at_a_glance() {
    let host = mount_widget().await;
    type_query(&host, "pentagon").await;
    click(&find(&host, ".bs-card-open").unwrap()).await;
    let glance = find(&host, "aside.bs-glance").unwrap();
    assert_eq!(
        glance.get_attribute("aria-label").as_deref(),
        Some("At a glance")
    );
    let brief = texts(&host, ".bs-glance .bs-key-sentences li");
    assert!((3..=5).contains(&brief.len()), "{brief:?}");
    let facts: Vec<String> = texts(&host, ".bs-glance dt")
        .into_iter()
        .zip(texts(&host, ".bs-glance dd"))
        .map(|(name, value)| format!("{name}: {value}"))
        .collect();
    let fact = |name: &str| {
        facts
            .iter()
            .find(|f| f.starts_with(name))
            .cloned()
            .unwrap_or_else(|| panic!("no {name} in {facts:?}"))
    };
    assert!(fact("Who: ").contains("Li Shangfu"), "{facts:?}");
    assert!(fact("Where: ").contains("Singapore"), "{facts:?}");
    assert_eq!(
        fact("When: "),
        "When: 17 April 2023 (published), February 2023, March 2023"
    );
    assert_eq!(
        find(&host, ".bs-glance time")
            .unwrap()
            .get_attribute("datetime")
            .as_deref(),
        Some("2023-04-17")
    );
}

/// Between articles: the next and previous results by button and by key, from anywhere in the
/// reader; related articles; the way to the original.
#[wasm_bindgen_test]
async fn the_reader_steps_through_the_results_and_to_related_articles() {
    let host = mount_widget().await;
    let titles = texts(&host, ".bs-card-title");
    click(&find(&host, ".bs-card-open").unwrap()).await;
    let shown = || {
        find(&host, ".bs-reader-title")
            .unwrap()
            .text_content()
            .unwrap()
    };
    assert_eq!(shown(), titles[0]);
    // The first result has no previous one.
    assert!(find(&host, ".bs-previous").is_none());
    click(&find(&host, ".bs-next").unwrap()).await;
    assert_eq!(shown(), titles[1]);
    // Keys work from the body's text, not only from the headline.
    let paragraph = || find(&host, ".bs-body p").unwrap();
    press(&paragraph(), "]").await;
    assert_eq!(shown(), titles[2]);
    press(&paragraph(), "p").await;
    assert_eq!(shown(), titles[1]);
    click(&find(&host, ".bs-previous").unwrap()).await;
    assert_eq!(shown(), titles[0]);
    // Up to three related articles (as many as the build found alike), each with its
    // publication and date; one opens.
    let related = texts(&host, ".bs-related .bs-link");
    assert!((1..=3).contains(&related.len()), "{related:?}");
    assert_eq!(texts(&host, ".bs-related .bs-meta").len(), related.len());
    click(&find(&host, ".bs-related .bs-link").unwrap()).await;
    assert_eq!(shown(), related[0]);
    press(&find(&host, ".bs-body p").unwrap(), "Escape").await;
    assert!(find(&host, ".bs-list").is_some());
}

#[wasm_bindgen_test]
async fn an_article_with_an_original_links_to_it_safely() {
    let host = mount_widget().await;
    type_query(&host, "comet discovery northreach").await;
    click(&find(&host, ".bs-card-open").unwrap()).await;
    let link = find(&host, ".bs-original a").expect("a link to the original");
    assert!(link.get_attribute("href").unwrap().starts_with("https://"));
    assert_eq!(
        link.get_attribute("rel").as_deref(),
        Some("noopener noreferrer")
    );
}
