//! The Broadsheet widget as a page of its own: mounts into every `[data-broadsheet]` element.

fn main() {
    broadsheet_widget::start();
}
