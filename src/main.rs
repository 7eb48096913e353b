//! The Broadsheet widget as a page of its own. Nothing runs at start-up: the loader
//! (`static/broadsheet.js`) hands over the articles with `load`, which mounts the widgets.

fn main() {}
