//! Compiling an articles folder into the bytes the widget includes at build time (see
//! [`crate::pack`]). The same articles always give byte-identical output.

use std::fmt::Write;
use std::path::Path;

use crate::content::load_dir;
use crate::diagnostic::Diagnostic;

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
    let corpus = load_dir(dir);
    if corpus.has_errors() {
        let mut report = String::new();
        for diagnostic in &corpus.diagnostics {
            let _ = writeln!(report, "{diagnostic}");
        }
        report.push_str(&corpus.outcome());
        return Err(report);
    }
    Ok(Compiled {
        bytes: crate::pack::pack(&corpus.articles),
        outcome: corpus.outcome(),
        warnings: corpus.diagnostics,
    })
}
