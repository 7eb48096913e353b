//! The search engine over the packed sample corpus, as the widget runs it.

use std::path::PathBuf;

use broadsheet_compiler::compile::load_dir;
use broadsheet_compiler::compile::pack;
use broadsheet_engine::search::{search, How, Query, Results};
use broadsheet_engine::Engine;

fn corpus() -> &'static Engine {
    thread_local! {
        static PACKED: &'static Engine = {
            let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../articles");
            let bytes = pack(&load_dir(&dir).articles);
            Box::leak(Box::new(Engine::open(Box::leak(bytes.into_boxed_slice())).unwrap()))
        };
    }
    PACKED.with(|packed| *packed)
}

fn run(query: &str) -> Results {
    search(corpus(), &Query::parse(query))
}

fn ids(results: &Results) -> Vec<String> {
    results
        .hits
        .iter()
        .map(|h| corpus().article(h.article).unwrap().id.to_string())
        .collect()
}

#[test]
fn words_rank_headlines_first() {
    let r = run("harbour wall");
    let found = ids(&r);
    assert!(found.len() >= 4, "{found:?}");
    assert!(
        found[..3].contains(&"local/lowmoor-harbour-wall-collapses".to_owned()),
        "{found:?}"
    );
    assert!(r.terms.contains("harbour") && r.terms.contains("wall"));
    assert!(r.hits.windows(2).all(|w| w[0].score >= w[1].score));
}

#[test]
fn the_word_being_typed_matches_as_a_prefix() {
    let found = ids(&run("northreach observ"));
    assert!(
        found.contains(&"science/northreach-comet-discovery".to_owned()),
        "{found:?}"
    );
    assert!(
        !ids(&run("northreach observ ")).is_empty(),
        "other words match as prefixes too, more weakly"
    );
}

/// Whether the words `prefix` starts hold more than two postings an article of `packed`.
fn broad(packed: &Engine, prefix: &str) -> bool {
    let index = packed.index();
    index.postings_len(index.prefixed(prefix)) > 2 * packed.len()
}

#[test]
fn the_start_of_a_word_nearly_every_article_has_waits_for_the_next_letter() {
    // `th` starts `the`, `that`, `this`…, `co` `comet`, `council`, `could`…
    assert!(broad(corpus(), "th") && broad(corpus(), "co"));
    assert!(!broad(corpus(), "the") && !broad(corpus(), "harb"));
    // Neither is a word itself: each waits, and the results stay as they were.
    assert_eq!(ids(&run("harbour th")), ids(&run("harbour")));
    assert_eq!(ids(&run("comet OR co")), ids(&run("comet")));
    let waiting = run("co");
    assert_eq!(ids(&waiting), ids(&run("")));
    assert!(waiting.groups.is_empty() && waiting.terms.is_empty());
    // Typed to its end, it is a word like any other.
    assert!(!run("co ").groups.is_empty());
    // A start that narrows still matches as a start.
    assert!(run("harb").matched[0].iter().any(|c| c.how == How::Start));
}

#[test]
fn a_word_nearly_every_article_has_counts_alone_while_typed() {
    let dir = std::env::temp_dir().join(format!("broadsheet-broad-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    broadsheet_compiler::generate::generate(&dir, 200, 3).unwrap();
    let bytes = pack(&load_dir(&dir).articles);
    let _ = std::fs::remove_dir_all(&dir);
    let packed = Engine::open(Box::leak(bytes.into_boxed_slice())).unwrap();
    // `to` starts `to`, `told`, `town`, `today`…: it and its own endings count, no other word.
    assert!(broad(&packed, "to"));
    let typed = search(&packed, &Query::parse("to"));
    assert!(!typed.hits.is_empty() && typed.terms.contains("to"));
    assert!(typed.matched[0].iter().all(|c| c.how != How::Start));
    // Typed to its end, it matches the words it starts too, more weakly.
    let whole = search(&packed, &Query::parse("to "));
    let index = packed.index();
    let starts: Vec<&str> = (whole.matched[0].iter())
        .filter(|c| c.how == How::Start)
        .map(|c| index.term(c.term))
        .collect();
    assert!(!starts.is_empty());
    assert!(starts.iter().all(|t| !typed.terms.contains(t)));
}

#[test]
fn typing_mistakes_are_corrected_and_said() {
    let r = run("obsevatory comet");
    assert!(ids(&r).contains(&"science/northreach-comet-discovery".to_owned()));
    assert_eq!(
        r.corrected,
        [("obsevatory".to_owned(), "observatory".to_owned())]
    );
    assert_eq!(
        r.suggestion("Obsevatory comet").as_deref(),
        Some("observatory comet")
    );
    // Short words are not guessed at.
    assert!(run("xq").hits.is_empty());
}

#[test]
fn english_endings_match() {
    let r = run("comets ");
    assert!(ids(&r).contains(&"science/northreach-comet-discovery".to_owned()));
    assert!(r.corrected.is_empty());
}

#[test]
fn phrases_exclusions_and_or() {
    assert!(
        ids(&run("\"harbour wall\"")).contains(&"local/lowmoor-harbour-wall-collapses".to_owned())
    );
    assert!(run("\"wall harbour\"").hits.len() < run("\"harbour wall\"").hits.len());
    let without = ids(&run("harbour -storm"));
    assert!(
        !without.contains(&"local/lowmoor-harbour-wall-collapses".to_owned()),
        "{without:?}"
    );
    assert!(!without.is_empty());
    let either = ids(&run("comet OR otters"));
    assert!(either.contains(&"science/valley-river-otters-return".to_owned()));
    assert!(either.contains(&"science/northreach-comet-discovery".to_owned()));
}

#[test]
fn field_filters() {
    let count = |q: &str| run(q).hits.len();
    assert_eq!(count("source:\"fenwick evening post\""), 3);
    assert_eq!(count("topic:sport"), 3);
    assert!(ids(&run("person:varga"))
        .iter()
        .all(|id| id.contains("northreach") || id.contains("library") || id.contains("comet")));
    assert_eq!(count("person:\"mao ning\""), 1);
    assert_eq!(count("org:pentagon"), 1);
    assert_eq!(count("place:singapore"), 1);
    assert_eq!(count("has:video"), 6);
    assert_eq!(count("after:2025-07"), 2);
    assert_eq!(
        count("before:2025-01-10"),
        2,
        "the seed (2023) and the ferry story"
    );
    assert_eq!(count("after:2025-03 before:2025-04 topic:culture"), 1);
}

#[test]
fn nothing_together_drops_the_word_in_the_way_and_says_so() {
    let r = run("harbour xylophone");
    assert_eq!(r.dropped, ["xylophone"]);
    assert!(!r.hits.is_empty());
    let none = run("xylophone glockenspiel");
    assert!(none.hits.is_empty());
    assert!(
        none.dropped.is_empty(),
        "nothing dropped when nothing is shown"
    );
}

#[test]
fn case_and_accents_do_not_matter() {
    assert_eq!(
        ids(&run("PENTAGÓN")),
        ["world/china-rejects-defense-ministers-meeting"]
    );
}

#[test]
fn facets_count_what_was_found() {
    use broadsheet_engine::facets::facets;
    let r = run("topic:sport");
    let f = facets(corpus(), &r.articles());
    assert_eq!(f.topics.first(), Some(&("sport".to_owned(), 3)));
    assert_eq!(
        f.sources,
        [
            ("Valley Signal".to_owned(), 2),
            ("The Lowmoor Courier".to_owned(), 1)
        ]
    );
    assert_eq!(f.months.len(), 3);
    let all = facets(corpus(), &run("").articles());
    let total: usize = all.sources.iter().map(|(_, n)| n).sum();
    assert_eq!(total, 21, "every article has a publication");
    assert!(
        all.places.iter().any(|(p, n)| p == "Lowmoor" && *n >= 2),
        "{:?}",
        all.places
    );
}

#[test]
fn results_sort_by_date_either_way() {
    use broadsheet_engine::facets::{sort, Sort};
    let date = |a: usize| corpus().facts(a).and_then(|f| f.date).map(|d| d.date);
    let mut hits = run("harbour").hits;
    sort(corpus(), &mut hits, Sort::Oldest);
    let dates: Vec<_> = hits.iter().map(|h| date(h.article)).collect();
    assert!(dates.windows(2).all(|w| w[0] <= w[1]), "{dates:?}");
    sort(corpus(), &mut hits, Sort::Newest);
    let dates: Vec<_> = hits.iter().map(|h| date(h.article)).collect();
    assert!(dates.windows(2).all(|w| w[0] >= w[1]), "{dates:?}");
    assert_eq!(Sort::parse("oldest"), Some(Sort::Oldest));
    assert_eq!(Sort::parse("random"), None);
    for sort in [Sort::Relevance, Sort::Newest, Sort::Oldest] {
        assert_eq!(Sort::parse(sort.name()), Some(sort));
    }
}

#[test]
fn a_selection_gets_key_sentences_from_several_articles() {
    use broadsheet_engine::summary::central::selection_sentences;
    let found: Vec<usize> = run("harbour").hits.iter().map(|h| h.article).collect();
    let chosen = selection_sentences(corpus(), &found, 4);
    assert_eq!(chosen.len(), 4, "{chosen:?}");
    let mut articles: Vec<usize> = chosen.iter().map(|k| k.article).collect();
    articles.dedup();
    assert_eq!(articles.len(), 4, "one sentence an article: {chosen:?}");
    assert!(
        chosen
            .iter()
            .any(|k| k.text.to_lowercase().contains("harbour wall")),
        "{chosen:?}"
    );
    for k in &chosen {
        let article = corpus().article(k.article).unwrap();
        assert_eq!(k.title, article.title, "each sentence names its article");
        assert!(article.key_sentences.iter().any(|s| *s == k.text));
    }
    assert!(selection_sentences(corpus(), &[], 4).is_empty());
}

#[test]
fn a_selection_summary_adds_up() {
    use broadsheet_engine::summary::timeline::Unit;
    use broadsheet_engine::summary::Summary;
    let everything = run("").articles();
    let all = Summary::of(corpus(), &everything);
    assert_eq!(all.count, 21);
    let minutes: u32 = (0..21)
        .filter_map(|i| corpus().facts(i))
        .map(|f| f.reading_minutes)
        .sum();
    assert_eq!(all.reading_minutes, minutes);
    let timeline = all.timeline.as_ref().expect("the articles are dated");
    // The seed (April 2023) and the samples (2025): too long for weeks.
    assert_eq!(timeline.unit, Unit::Month);
    assert_eq!(timeline.first.to_string(), "2023-04-17");
    let dated = (0..21)
        .filter(|&i| corpus().facts(i).is_some_and(|f| f.date.is_some()))
        .count();
    assert_eq!(timeline.bins.iter().map(|b| b.count).sum::<usize>(), dated);
    assert_eq!(all.sentences.len(), 4);

    let sport = Summary::of(corpus(), &run("topic:sport").articles());
    assert_eq!(sport.count, 3);
    assert_eq!(sport.facets.topics.first(), Some(&("sport".to_owned(), 3)));
    assert!(sport.timeline.is_some_and(|t| t.bins.len() <= 36));
    let nothing = Summary::of(corpus(), &[]);
    assert_eq!(
        (nothing.count, nothing.timeline, nothing.sentences.len()),
        (0, None, 0)
    );
}

#[test]
fn each_hit_says_why_it_matched() {
    use broadsheet_engine::search::rank::{explain, Field};
    use broadsheet_engine::search::How;
    let r = run("lowmoor walls ");
    let first = corpus().article(r.hits[0].article).unwrap();
    let why = explain(corpus(), r.hits[0].article, &first, &r);
    assert_eq!(why.len(), 2, "{why:?}");
    assert_eq!(
        (
            why[0].wanted.as_str(),
            why[0].term.as_str(),
            why[0].how,
            why[0].field
        ),
        ("lowmoor", "lowmoor", How::Exact, Field::Headline),
        "{why:?}"
    );
    assert_eq!(
        (why[1].wanted.as_str(), why[1].how),
        ("walls", How::Ending),
        "{why:?}"
    );
    assert_eq!(why[1].term, "wall");

    let r = run("obsevatory ");
    let first = corpus().article(r.hits[0].article).unwrap();
    let why = explain(corpus(), r.hits[0].article, &first, &r);
    assert_eq!(
        (why[0].term.as_str(), why[0].how),
        ("observatory", How::Typo),
        "{why:?}"
    );

    // Past the first page, the reasons are worked out when asked for, the same way.
    let r = run("the ");
    assert!(r.hits.len() > 20 && r.why.len() == 20, "{}", r.hits.len());
    let last = r.hits[20].article;
    let why = explain(corpus(), last, &corpus().article(last).unwrap(), &r);
    assert_eq!(why.len(), 1);
    assert_eq!((why[0].term.as_str(), why[0].how), ("the", How::Exact));

    // A word left out by the loosening is not explained.
    let r = run("pentagon xylophone ");
    let first = corpus().article(r.hits[0].article).unwrap();
    let why = explain(corpus(), r.hits[0].article, &first, &r);
    assert_eq!(why.len(), 1);
    assert_eq!(why[0].wanted, "pentagon");
    assert_eq!(why[0].field, Field::Body);

    // Found only through the publication's name, the section or a tag: said so, never silent.
    let r = run("harbour");
    let only_named = r
        .hits
        .iter()
        .map(|h| (h.article, corpus().article(h.article).unwrap()))
        .find(|(_, a)| {
            !a.title.to_lowercase().contains("harbour")
                && !a.body_text().any(|t| t.to_lowercase().contains("harbour"))
        });
    let (number, article) = only_named.expect("an article found through its publication");
    assert!(article
        .source
        .as_deref()
        .is_some_and(|s| s.to_lowercase().starts_with("harbour")));
    let why = explain(corpus(), number, &article, &r);
    assert_eq!(
        (why.len(), why[0].term.as_str(), why[0].how, why[0].field),
        (1, "harbourline", How::Start, Field::Publication),
        "{why:?}"
    );
    let r = run("sport ");
    for hit in r.hits.iter().take(25) {
        let article = corpus().article(hit.article).unwrap();
        let why = explain(corpus(), hit.article, &article, &r);
        assert_eq!(why.len(), 1, "{} {why:?}", article.id);
    }
}

#[test]
fn words_standing_together_rank_above_words_apart() {
    // The newer article has the words far apart: by the first stage it would come first.
    let packed = packed_from(
        "proximity",
        &[
            (
                "apart.md",
                "---\ntitle: Town news\ndate: 2025-05-02\n---\nThe museum opened its doors on \
                 Monday with a new exhibition of paintings and old maps from the county.\n\nIn \
                 other news, the council said work on the harbour would start in the autumn \
                 after a long delay.\n",
            ),
            (
                "together.md",
                "---\ntitle: Town news\ndate: 2025-05-01\n---\nThe council said work would \
                 start in the autumn after a long delay and much discussion.\n\nVisitors to \
                 the harbour museum will find the doors open again on Monday, the curator said.\n",
            ),
        ],
    );
    let found = search(&packed, &Query::parse("harbour museum "));
    let order: Vec<&str> = found
        .hits
        .iter()
        .map(|h| packed.id(h.article).unwrap())
        .collect();
    assert_eq!(order, ["together", "apart"]);
}

/// A corpus of these files (name, text), packed.
fn packed_from(name: &str, files: &[(&str, &str)]) -> Engine {
    use broadsheet_compiler::compile::load_dir;
    let dir = std::env::temp_dir().join(format!("broadsheet-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    for (file, text) in files {
        std::fs::write(dir.join(file), text).unwrap();
    }
    let articles = load_dir(&dir).articles;
    assert_eq!(articles.len(), files.len());
    let _ = std::fs::remove_dir_all(&dir);
    Engine::open(Box::leak(pack(&articles).into_boxed_slice())).unwrap()
}

#[test]
fn chinese_and_japanese_text_is_searchable() {
    let packed = packed_from(
        "cjk",
        &[
            (
                "beijing.md",
                "---\ntitle: 北京大学举办开放日\nlang: zh\ndate: 2025-05-02\n---\n北京大学周六举办开放日，数千名学生参观了校园。\n",
            ),
            (
                "tokyo.md",
                "---\ntitle: 東京で桜が満開\nlang: ja\ndate: 2025-04-01\n---\n東京の桜が満開になりました。多くの人が公園を訪れました。\n",
            ),
        ],
    );
    let ids = |q: &str| -> Vec<&str> {
        search(&packed, &Query::parse(q))
            .hits
            .iter()
            .map(|h| packed.id(h.article).unwrap())
            .collect()
    };
    assert_eq!(ids("大学"), ["beijing"], "a word inside a run");
    assert_eq!(ids("北京大学 "), ["beijing"]);
    assert_eq!(ids("桜"), ["tokyo"], "one character, as it is being typed");
    assert_eq!(ids("公園 "), ["tokyo"]);
    assert!(ids("上海 ").is_empty());
}

#[test]
fn facts_by_name_number_agree_with_facts() {
    use broadsheet_format::packed::FactNumbers;
    let p = corpus();
    let mut numbers = FactNumbers::default();
    for i in 0..p.len() {
        let facts = p.facts(i).unwrap();
        assert!(p.fact_numbers(i, &mut numbers));
        let names =
            |list: &[usize]| -> Vec<&str> { list.iter().map(|&n| p.name(n).unwrap()).collect() };
        assert_eq!(numbers.source.map(|n| p.name(n).unwrap()), facts.source);
        assert_eq!(p.name(numbers.section), Some(facts.section));
        assert_eq!(names(&numbers.tags), facts.tags);
        assert_eq!(names(&numbers.people), facts.people);
        assert_eq!(names(&numbers.places), facts.places);
        assert_eq!(names(&numbers.organizations), facts.organizations);
        assert_eq!(
            (numbers.date, numbers.reading_minutes),
            (facts.date, facts.reading_minutes)
        );
    }
    assert!(!p.fact_numbers(p.len(), &mut numbers), "no such article");
}

#[test]
fn the_filter_index_lists_exactly_the_articles_that_carry_each_name() {
    use broadsheet_format::filters::{Kind, KINDS};
    let p = corpus();
    let mut checked = 0;
    for kind in KINDS {
        for name in 0..p.name_count() {
            let listed: Vec<usize> = p.filters().articles(kind, name).collect();
            let carrying: Vec<usize> = (0..p.len())
                .filter(|&i| {
                    let facts = p.facts(i).unwrap();
                    let wanted = p.name(name);
                    let mut names = match kind {
                        Kind::Source => facts.source.into_iter().collect(),
                        Kind::Topic => [vec![facts.section], facts.tags].concat(),
                        Kind::Person => facts.people,
                        Kind::Place => facts.places,
                        Kind::Organization => facts.organizations,
                    }
                    .into_iter();
                    names.any(|n| Some(n) == wanted)
                })
                .collect();
            assert_eq!(listed, carrying, "{kind:?} {:?}", p.name(name));
            checked += usize::from(!listed.is_empty());
        }
    }
    assert!(checked > 50, "only {checked} names carried by an article");
    // The filters read it: `place:lowmoor` finds what carries a place named Lowmoor.
    let lowmoor: Vec<String> = ids(&run("place:lowmoor"));
    // No gazetteer knows Lowmoor: an article that names it only in passing ("the Lowmoor
    // lifeboat") learns it from those that report from it. Nine of the ten articles that
    // name it carry it; the tenth names it only inside "Lowmoor Rowing Club".
    assert_eq!(lowmoor.len(), 9, "{lowmoor:?}");
    assert!(lowmoor.contains(&"culture/marigold-descendants-gather".to_owned()));
    for id in &lowmoor {
        let i = (0..p.len())
            .find(|&i| p.id(i) == Some(id.as_str()))
            .unwrap();
        assert!(p
            .facts(i)
            .unwrap()
            .places
            .iter()
            .any(|n| n.contains("Lowmoor")));
    }
}

#[test]
fn american_spellings_find_british_ones_without_a_correction() {
    let r = run("harbor wall");
    assert!(r.corrected.is_empty(), "{:?}", r.corrected);
    let found = ids(&r);
    assert!(
        found[..3].contains(&"local/lowmoor-harbour-wall-collapses".to_owned()),
        "{found:?}"
    );
    let sorted = |query: &str| {
        let mut found = ids(&run(query));
        found.sort();
        found
    };
    assert_eq!(sorted("harbors"), sorted("harbours"));
    assert!(!sorted("harbors").is_empty());
}

#[test]
fn snippets_come_from_the_block_with_most_matches() {
    use broadsheet_engine::search::highlight::snippet;
    let r = run("harbour wall ");
    assert_eq!(r.snippets.len(), r.hits.len().min(20));
    for &(article, block) in &r.snippets {
        let a = corpus().article(article).unwrap();
        let hinted = snippet(&a, &r.terms, Some(block)).expect("the block has a match");
        // The number is the block's among all the article's blocks, media captions included:
        // the snippet's opening stands in that block's text.
        let opening: String = hinted.chars().take(24).collect();
        assert!(
            a.blocks[block]
                .plain_text()
                .contains(opening.trim_end_matches('…')),
            "{hinted} is not from block {block} of {}",
            a.id
        );
        let lower = hinted.to_lowercase();
        assert!(
            lower.contains("harbour") || lower.contains("wall"),
            "{hinted}"
        );
    }
    // After a media caption, the number still names the block the words are in.
    let r = run("silence OR harbour");
    let seed = |&&(article, _): &&(usize, usize)| {
        corpus().article(article).unwrap().id.starts_with("world/")
    };
    let &(article, block) = r
        .snippets
        .iter()
        .find(seed)
        .expect("the seed article is found");
    let seed = corpus().article(article).unwrap();
    assert!(seed
        .blocks
        .iter()
        .take(block)
        .any(|b| matches!(b, broadsheet_format::model::Block::Media { .. })));
    assert!(seed.blocks[block].plain_text().contains("radio silence"));
    let hinted = snippet(&seed, &r.terms, Some(block)).unwrap();
    assert!(hinted.contains("radio silence"), "{hinted}");
    // Without a hint, every block is looked at.
    let first = corpus().article(r.hits[0].article).unwrap();
    assert!(snippet(&first, &r.terms, None).is_some());
    assert_eq!(snippet(&first, &r.terms, Some(10_000)), None);
}

#[test]
fn marks_filter_what_a_reader_has_read_and_saved() {
    use broadsheet_engine::search::query::{READ, SAVED};
    use broadsheet_engine::search::search_marked;
    let n = corpus().len();
    let mut marks = vec![0u8; n];
    marks[0] = READ;
    marks[1] = READ | SAVED;
    marks[2] = SAVED;
    let found = |query: &str, marks: &[u8]| -> Vec<usize> {
        let mut hits: Vec<usize> = search_marked(corpus(), &Query::parse(query), marks)
            .hits
            .iter()
            .map(|h| h.article)
            .collect();
        hits.sort_unstable();
        hits
    };
    assert_eq!(found("is:saved", &marks), [1, 2]);
    assert_eq!(found("is:read", &marks), [0, 1]);
    assert_eq!(found("is:unread", &marks), (2..n).collect::<Vec<_>>());
    assert_eq!(found("is:read -is:saved", &marks), [0]);
    // Marks shorter than the corpus: the rest is unmarked; none at all, nothing is read.
    assert_eq!(found("is:unread", &marks[..1]), (1..n).collect::<Vec<_>>());
    assert!(found("is:read", &[]).is_empty());
    assert_eq!(found("is:unread", &[]).len(), n);
}

#[test]
fn a_whole_word_marks_whole_words_and_the_word_being_typed_marks_starts() {
    // "li" is a whole word here (another follows): it must not mark "lifting" or "like".
    let r = run("li shangfu");
    assert!(r.terms.contains("li") && r.terms.contains("shangfu"));
    for start in ["lifting", "like", "lighting", "library", "lindqvist"] {
        assert!(
            !r.terms.contains(start),
            "{start} marked for the whole word li"
        );
    }
    // The word being typed marks what it may become.
    let typing = run("harbour wa");
    assert!(typing.terms.contains("wall"));
    // A whole word still marks its endings.
    let endings = run("comet ");
    assert!(endings.terms.contains("comet") && endings.terms.contains("comets"));
}
