//! The whole build, stage by stage: compiling an articles folder into the bytes the widget
//! includes (their layout is `broadsheet_format::packed`'s). The same articles always give
//! byte-identical output.

use std::fmt::Write;
use std::path::Path;

use broadsheet_engine::summary::central::of_articles;
use broadsheet_engine::summary::KEY_SENTENCES;
use broadsheet_format::model::Article;
use broadsheet_format::packed;

use crate::content::Corpus;
use crate::diagnostic::Diagnostic;
use crate::{analyse, content, index};

/// Stages 1 and 2: the articles under `dir`, read, parsed and analysed, with every problem.
pub fn load_dir(dir: &Path) -> Corpus {
    analyse::analyse(content::read_dir(dir))
}

/// Stages 3 and 4: the compiled corpus of analysed `articles`, with the key sentences of the
/// summary of all of them (shown until the articles' text has arrived).
pub fn pack(articles: &[Article]) -> Vec<u8> {
    let [mut first, text] = pack_apart(articles);
    first.extend(text);
    first
}

/// [`pack`]'s two files apart: the first and the text.
fn pack_apart(articles: &[Article]) -> [Vec<u8>; 2] {
    let lead = of_articles(articles, KEY_SENTENCES);
    let lead: Vec<(usize, &str)> = lead.iter().map(|k| (k.article, k.text.as_str())).collect();
    packed::write_with(articles, &index::build(articles), &lead, |pack| {
        crate::parallel::runs(articles, |_, run| run.iter().map(pack).collect::<Vec<_>>()).concat()
    })
}

/// How many of the newest articles a large archive's first file starts with, as a corpus of
/// their own (see `broadsheet_format::packed`): the widget is live on them while the rest
/// comes. 5,000 generated articles are about 0.7 MB brotli, against 10.6 MB for 100,000.
pub const NEWEST: usize = 5_000;

/// The files the widget loads for analysed `articles`: the first and the text. The first
/// starts with the newest `newest` articles' own when there are more than twice as many in
/// all (below that the whole archive arrives in at most about twice the time).
pub fn pack_files(articles: &[Article], newest: usize) -> (Vec<u8>, Vec<u8>) {
    let newest = (newest > 0 && articles.len() > newest.saturating_mul(2))
        .then(|| articles.get(..newest))
        .flatten();
    // The newest articles' corpus beside the whole archive's, which runs on one core at times.
    let ([first, text], newest) = std::thread::scope(|scope| {
        let newest = newest.map(|articles| scope.spawn(|| pack_apart(articles)));
        let files = pack_apart(articles);
        let newest = newest.map(|n| n.join().unwrap_or_else(|p| std::panic::resume_unwind(p)));
        (files, newest)
    });
    let Some([mut out, _]) = newest else {
        return (first, text);
    };
    out.splice(..4, *packed::NEWEST_MAGIC);
    out.extend(first);
    (out, text)
}

/// The result of compiling an articles folder that has no errors.
#[derive(Debug)]
pub struct Compiled {
    /// The compiled corpus.
    pub bytes: Vec<u8>,
    /// Problems that did not stop the build.
    pub warnings: Vec<Diagnostic>,
    /// The closing line of the report, e.g. `compiled 21 articles from 21 files`.
    pub outcome: String,
}

/// Compiles every article under `dir`, or returns the full report of every problem found.
pub fn compile_dir(dir: &Path) -> Result<Compiled, String> {
    let corpus = analyse::analyse(content::read_dir(dir));
    if corpus.has_errors() {
        let mut report = String::new();
        for diagnostic in &corpus.diagnostics {
            let _ = writeln!(report, "{diagnostic}");
        }
        report.push_str(&corpus.outcome());
        return Err(report);
    }
    Ok(Compiled {
        bytes: pack(&corpus.articles),
        outcome: corpus.outcome(),
        warnings: corpus.diagnostics,
    })
}
