//! The Broadsheet widget as a page of its own. Widgets mount once the loader
//! (`static/broadsheet.js`) has handed over the articles with `load`.

fn main() {
    broadsheet_widget::start();
}
