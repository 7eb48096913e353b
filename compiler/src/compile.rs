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
    let lead = of_articles(articles, KEY_SENTENCES);
    let lead: Vec<(usize, &str)> = lead.iter().map(|k| (k.article, k.text.as_str())).collect();
    packed::write(articles, &index::build(articles), &lead)
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
