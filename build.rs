//! Compiles the articles folder for builds that carry it in, those with the `embedded` feature
//! (native and component tests): `$OUT_DIR/corpus.bin`, included by `src/corpus.rs`. The
//! widget's wasm does not carry it: every build writes `broadsheet-articles.bin` beside it
//! (`scripts/build-articles`, run by Trunk), so that changing an article rebuilds no code.
//!
//! The folder is `articles/` unless `BROADSHEET_ARTICLES` names another (relative paths are
//! taken from this directory). Any problem in any article stops the build with a report that
//! names the file and line.

#[cfg(not(feature = "embedded"))]
fn main() {
    println!("cargo:rerun-if-changed=build.rs");
}

#[cfg(feature = "embedded")]
fn main() {
    use std::path::PathBuf;
    use std::{env, fs, process};

    println!("cargo:rerun-if-changed=build.rs");
    println!("cargo:rerun-if-env-changed=BROADSHEET_ARTICLES");
    let dir =
        PathBuf::from(env::var_os("BROADSHEET_ARTICLES").unwrap_or_else(|| "articles".into()));
    println!("cargo:rerun-if-changed={}", dir.display());
    let out = PathBuf::from(env::var_os("OUT_DIR").unwrap_or_default()).join("corpus.bin");
    match broadsheet_compiler::compile::compile_dir(&dir) {
        Ok(compiled) => {
            for warning in &compiled.warnings {
                println!("cargo:warning={}", warning.to_string().replace('\n', " "));
            }
            if let Err(err) = fs::write(&out, compiled.bytes) {
                eprintln!("error: cannot write {}: {err}", out.display());
                process::exit(1);
            }
        }
        Err(report) => {
            eprintln!(
                "{report}\nerror: the articles in {} need fixing (see above)",
                dir.display()
            );
            process::exit(1);
        }
    }
}
