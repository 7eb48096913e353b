//! `broadsheet-prerender DIR`: renders the widget's first screen (the summary card and the
//! first page of the list, as a reader who has never been here sees them) with the widget's own
//! components, natively, and writes it into `DIR/index.html`'s `<broadsheet-news>` element as a
//! declarative shadow root, built the way `static/broadsheet.js` builds the element's own. The
//! page shows the articles at first paint and without JavaScript; the loader puts the live
//! widget in its place once the WebAssembly runs (the release build's Trunk hook runs this).

use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::{env, fs};

use broadsheet_widget::components::{App, AppProps};
use yew::LocalServerRenderer;

/// The element the first screen goes into, as the page writes it.
const ELEMENT: &str = "<broadsheet-news>";

fn main() -> ExitCode {
    let Some(dir) = env::args_os().nth(1).map(PathBuf::from) else {
        eprintln!("usage: broadsheet-prerender DIR (the folder holding the built index.html)");
        return ExitCode::from(2);
    };
    match prerender(&dir.join("index.html")) {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("error: {message}");
            ExitCode::FAILURE
        }
    }
}

fn prerender(page: &Path) -> Result<(), String> {
    let html =
        fs::read_to_string(page).map_err(|e| format!("cannot read {}: {e}", page.display()))?;
    let at = match html
        .match_indices(ELEMENT)
        .map(|(at, _)| at)
        .collect::<Vec<_>>()[..]
    {
        [at] => at + ELEMENT.len(),
        [] => {
            return Err(format!(
                "{}: no {ELEMENT} element (without attributes) to render the first screen into",
                page.display()
            ))
        }
        _ => {
            return Err(format!(
                "{}: more than one {ELEMENT} element; the first screen is rendered into one",
                page.display()
            ))
        }
    };
    let screen = futures_executor::block_on(
        LocalServerRenderer::<App>::with_props(yew::props!(AppProps {}))
            .hydratable(false)
            .render(),
    );
    // The loader's shadow root: the stylesheet, then the mount the widget renders into; marked
    // as prerendered, so that the loader knows to replace it.
    let root = [
        r#"<template shadowrootmode="open"><link rel="stylesheet" href="broadsheet.css" /><div class="bs-mount" data-prerendered="">"#,
        &screen,
        "</div></template>",
    ]
    .concat();
    let (head, tail) = html.split_at(at);
    fs::write(page, [head, &root, tail].concat())
        .map_err(|e| format!("cannot write {}: {e}", page.display()))
}
