//! Rust constant expressions for the model's values.

use std::borrow::Cow;
use std::fmt::Write;

use crate::model::{Article, Block, Date, Dated, Inline, Media, Precision, Quote};

/// A value that can be written as a Rust constant expression of itself.
pub trait Emit {
    /// Appends the expression to `out`.
    fn emit(&self, out: &mut String);
}

impl Emit for Cow<'static, str> {
    fn emit(&self, out: &mut String) {
        // `{:?}` of a str is a valid Rust string literal: quotes, backslashes and
        // non-printing characters come out escaped.
        let _ = write!(out, "B({:?})", self.as_ref());
    }
}

impl<T: Emit + Clone> Emit for Cow<'static, [T]> {
    fn emit(&self, out: &mut String) {
        out.push_str("B(&[");
        for item in self.iter() {
            item.emit(out);
            out.push(',');
        }
        out.push_str("])");
    }
}

impl<T: Emit> Emit for Option<T> {
    fn emit(&self, out: &mut String) {
        match self {
            Some(value) => {
                out.push_str("Some(");
                value.emit(out);
                out.push(')');
            }
            None => out.push_str("None"),
        }
    }
}

macro_rules! emit_display {
    ($($ty:ty),*) => {$(
        impl Emit for $ty {
            fn emit(&self, out: &mut String) {
                let _ = write!(out, "{self}");
            }
        }
    )*};
}
emit_display!(bool, u8, u16, u32);

/// Writes `Path { field: value, ... }`.
fn fields(out: &mut String, path: &str, fields: &[(&str, &dyn Emit)]) {
    out.push_str(path);
    out.push_str(" {");
    for (name, value) in fields {
        out.push_str(name);
        out.push(':');
        value.emit(out);
        out.push(',');
    }
    out.push('}');
}

macro_rules! emit_struct {
    ($ty:ident { $($field:ident),* $(,)? }) => {
        impl Emit for $ty {
            fn emit(&self, out: &mut String) {
                fields(out, stringify!($ty), &[$((stringify!($field), &self.$field as &dyn Emit)),*]);
            }
        }
    };
}

emit_struct!(Article {
    id,
    title,
    source,
    section,
    date,
    author,
    url,
    lang,
    tags,
    summary,
    blocks,
    teaser,
    word_count,
    reading_minutes,
    people,
    places,
    organizations,
    quotes,
    key_sentences,
    keywords,
    related,
    terms,
});
emit_struct!(Quote { text, speaker });
emit_struct!(Media {
    date,
    duration_secs
});
emit_struct!(Dated { date, precision });
emit_struct!(Date { year, month, day });

impl Emit for Precision {
    fn emit(&self, out: &mut String) {
        out.push_str(match self {
            Precision::Year => "Precision::Year",
            Precision::Month => "Precision::Month",
            Precision::Day => "Precision::Day",
        });
    }
}

impl Emit for Block {
    fn emit(&self, out: &mut String) {
        match self {
            Block::Paragraph { content } => {
                fields(out, "Block::Paragraph", &[("content", content)])
            }
            Block::LeadIn { text } => fields(out, "Block::LeadIn", &[("text", text)]),
            Block::Heading { level, text } => {
                fields(out, "Block::Heading", &[("level", level), ("text", text)])
            }
            Block::Quote { content } => fields(out, "Block::Quote", &[("content", content)]),
            Block::List { ordered, items } => fields(
                out,
                "Block::List",
                &[("ordered", ordered), ("items", items)],
            ),
            Block::Media { media } => fields(out, "Block::Media", &[("media", media)]),
        }
    }
}

impl Emit for Inline {
    fn emit(&self, out: &mut String) {
        match self {
            Inline::Text { text } => fields(out, "Inline::Text", &[("text", text)]),
            Inline::Emphasis { text } => fields(out, "Inline::Emphasis", &[("text", text)]),
            Inline::Strong { text } => fields(out, "Inline::Strong", &[("text", text)]),
            Inline::Code { text } => fields(out, "Inline::Code", &[("text", text)]),
            Inline::Link { text, href } => {
                fields(out, "Inline::Link", &[("text", text), ("href", href)])
            }
        }
    }
}
