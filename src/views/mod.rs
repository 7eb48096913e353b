//! The two screens of a widget: the list of articles with the search and the summary
//! ([`list_view`]) and one article in full ([`Reader`]). [`App`](crate::components::App)
//! shows one of them; both read the articles and act on the state through the
//! [`Shared`](crate::components::Shared) handle it gives them.

mod list;
mod reader;

pub use list::{list_view, ListView};
pub use reader::{Reader, ReaderProps};
