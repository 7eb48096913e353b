//! Markdown bodies: headings, paragraphs with emphasis and links, lists, block quotes.
//!
//! Raw HTML and images are left out (article text is only ever shown as text); links keep
//! their address only when it is http or https. What only looks like HTML, angle brackets
//! around words that name no HTML element (`<Sedio N.V.>`, as newswires mark companies),
//! stays in the text: Markdown would otherwise take a paragraph that starts with one for an
//! HTML block and drop all of it.

use std::path::Path;

use pulldown_cmark::{Event, HeadingLevel, Parser, Tag, TagEnd};

use super::raw::special_block;
use super::Parsed;
use crate::diagnostic::Diagnostic;
use broadsheet_format::model::{Block, Inline};

/// What a paragraph-like run of inlines belongs to.
#[derive(Default)]
struct Builder {
    blocks: Vec<Block>,
    /// The inlines being collected.
    inlines: Vec<Inline>,
    /// Emphasis and strong nesting.
    emphasis: u32,
    strong: u32,
    /// The address of the link being read, if it is one worth keeping.
    link: Option<Option<String>>,
    link_text: String,
    /// Inside an image: its alt text is not body text.
    image: u32,
    /// Inside a code block.
    code_block: bool,
    /// Block quote nesting and the inlines gathered for the outermost one.
    quote: u32,
    quote_inlines: Vec<Inline>,
    /// List nesting, the outermost list's kind and its items.
    list: u32,
    list_ordered: bool,
    items: Vec<Vec<Inline>>,
    /// The level of the heading being read.
    heading: Option<u8>,
    /// The first level-1 heading: the headline when front matter gives none.
    title: Option<String>,
    /// The text of the HTML block being read.
    html_block: Option<String>,
    errors: Vec<Diagnostic>,
}

/// Appends `inline`, merging it into the last one when both are the same kind of text.
fn push_inline(inlines: &mut Vec<Inline>, inline: Inline) {
    if let (Some(Inline::Text { text: last }), Inline::Text { text }) =
        (inlines.last_mut(), &inline)
    {
        last.to_mut().push_str(text);
        return;
    }
    if inline.text().is_empty() {
        return;
    }
    inlines.push(inline);
}

/// Trims the whitespace at both ends of a run of inlines.
fn trim(mut inlines: Vec<Inline>) -> Vec<Inline> {
    let set = |inline: &mut Inline, f: fn(&str) -> &str| {
        let text = match inline {
            Inline::Text { text }
            | Inline::Emphasis { text }
            | Inline::Strong { text }
            | Inline::Code { text }
            | Inline::Link { text, .. } => text,
        };
        *text = f(text).to_owned().into();
    };
    if let Some(first) = inlines.first_mut() {
        set(first, str::trim_start);
    }
    if let Some(last) = inlines.last_mut() {
        set(last, str::trim_end);
    }
    inlines.retain(|i| !i.text().is_empty());
    inlines
}

impl Builder {
    fn text(&mut self, text: &str) {
        if self.image > 0 {
            return;
        }
        if self.link.is_some() {
            self.link_text.push_str(text);
            return;
        }
        let text = text.to_owned().into();
        let inline = if self.code_block {
            Inline::Code { text }
        } else if self.strong > 0 {
            Inline::Strong { text }
        } else if self.emphasis > 0 {
            Inline::Emphasis { text }
        } else {
            Inline::Text { text }
        };
        push_inline(&mut self.inlines, inline);
    }

    /// Ends a paragraph-like run: it joins the quote or list around it, or becomes a block.
    fn end_run(&mut self, path: &Path, line: usize) {
        let inlines = trim(std::mem::take(&mut self.inlines));
        if inlines.is_empty() {
            return;
        }
        if self.list > 0 {
            match self.items.last_mut() {
                Some(item) if !item.is_empty() => {
                    push_inline(item, Inline::Text { text: " ".into() });
                    item.extend(inlines);
                }
                Some(item) => item.extend(inlines),
                None => self.items.push(inlines),
            }
        } else if self.quote > 0 {
            if !self.quote_inlines.is_empty() {
                push_inline(&mut self.quote_inlines, Inline::Text { text: " ".into() });
            }
            self.quote_inlines.extend(inlines);
        } else if let Some(level) = self.heading {
            let text: String = inlines.iter().map(Inline::text).collect();
            if level == 1 && self.title.is_none() && self.blocks.is_empty() {
                self.title = Some(text);
            } else {
                self.blocks.push(Block::Heading {
                    level: level.max(2),
                    text: text.into(),
                });
            }
        } else {
            let plain = match inlines.as_slice() {
                [Inline::Text { text }] => Some(text.to_string()),
                _ => None,
            };
            match plain.map(|text| special_block(path, line, &text)) {
                Some(Ok(Some(block))) => self.blocks.push(block),
                Some(Err(err)) => self.errors.push(err),
                _ => self.blocks.push(Block::Paragraph {
                    content: inlines.into(),
                }),
            }
        }
    }
}

/// The elements of HTML (and the obsolete ones still met in old pages), sorted.
#[rustfmt::skip]
const ELEMENTS: &[&str] = &[
    "a", "abbr", "acronym", "address", "applet", "area", "article", "aside", "audio", "b",
    "base", "basefont", "bdi", "bdo", "big", "blink", "blockquote", "body", "br", "button",
    "canvas", "caption", "center", "cite", "code", "col", "colgroup", "data", "datalist", "dd",
    "del", "details", "dfn", "dialog", "dir", "div", "dl", "dt", "em", "embed", "fieldset",
    "figcaption", "figure", "font", "footer", "form", "frame", "frameset", "h1", "h2", "h3",
    "h4", "h5", "h6", "head", "header", "hgroup", "hr", "html", "i", "iframe", "image", "img",
    "input", "ins", "kbd", "label", "legend", "li", "link", "main", "map", "mark", "marquee",
    "math", "menu", "meta", "meter", "nav", "nobr", "noembed", "noframes", "noscript", "object",
    "ol", "optgroup", "option", "output", "p", "param", "picture", "plaintext", "pre",
    "progress", "q", "rp", "rt", "ruby", "s", "samp", "script", "search", "section", "select",
    "slot", "small", "source", "span", "strike", "strong", "style", "sub", "summary", "sup",
    "svg", "table", "tbody", "td", "template", "textarea", "tfoot", "th", "thead", "time",
    "title", "tr", "track", "tt", "u", "ul", "var", "video", "wbr", "xmp",
];

/// Whether raw HTML as Markdown found it is markup to leave out: a comment, a declaration,
/// or a tag of an HTML element. `<Sedio N.V.>` is text.
fn is_markup(html: &str) -> bool {
    let html = html.trim_start();
    let Some(rest) = html.strip_prefix('<') else {
        return false;
    };
    if rest.starts_with(['!', '?']) {
        return true;
    }
    let rest = rest.strip_prefix('/').unwrap_or(rest);
    let name: String = rest
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric())
        .map(|c| c.to_ascii_lowercase())
        .collect();
    ELEMENTS.binary_search(&name.as_str()).is_ok()
}

/// Parses a Markdown body whose first line is line `first_line` of `path`.
pub fn parse_markdown(
    path: &Path,
    text: &str,
    first_line: usize,
    known_title: Option<&str>,
) -> Result<Parsed, Vec<Diagnostic>> {
    let mut b = Builder::default();
    let line_at =
        |offset: usize| first_line + text.get(..offset).unwrap_or("").matches('\n').count();
    for (event, range) in Parser::new(text).into_offset_iter() {
        let line = line_at(range.start);
        match event {
            Event::Start(Tag::Heading { level, .. }) => {
                b.end_run(path, line);
                b.heading = Some(match level {
                    HeadingLevel::H1 => 1,
                    HeadingLevel::H2 => 2,
                    HeadingLevel::H3 => 3,
                    HeadingLevel::H4 => 4,
                    HeadingLevel::H5 => 5,
                    HeadingLevel::H6 => 6,
                });
            }
            Event::End(TagEnd::Heading(_)) => {
                b.end_run(path, line);
                b.heading = None;
            }
            Event::End(TagEnd::Paragraph) | Event::End(TagEnd::Item) => b.end_run(path, line),
            Event::Start(Tag::CodeBlock(_)) => b.code_block = true,
            Event::End(TagEnd::CodeBlock) => {
                b.end_run(path, line);
                b.code_block = false;
            }
            Event::Start(Tag::BlockQuote(_)) => {
                b.end_run(path, line);
                b.quote += 1;
            }
            Event::End(TagEnd::BlockQuote(_)) => {
                b.end_run(path, line);
                b.quote = b.quote.saturating_sub(1);
                if b.quote == 0 && b.list == 0 {
                    let content = std::mem::take(&mut b.quote_inlines);
                    if !content.is_empty() {
                        b.blocks.push(Block::Quote {
                            content: content.into(),
                        });
                    }
                }
            }
            Event::Start(Tag::List(start)) => {
                b.end_run(path, line);
                if b.list == 0 {
                    b.list_ordered = start.is_some();
                }
                b.list += 1;
            }
            Event::End(TagEnd::List(_)) => {
                b.end_run(path, line);
                b.list = b.list.saturating_sub(1);
                if b.list == 0 {
                    let items: Vec<_> = std::mem::take(&mut b.items)
                        .into_iter()
                        .filter(|item| !item.is_empty())
                        .map(Into::into)
                        .collect();
                    if !items.is_empty() {
                        b.blocks.push(Block::List {
                            ordered: b.list_ordered,
                            items: items.into(),
                        });
                    }
                }
            }
            Event::Start(Tag::Item) => {
                b.end_run(path, line);
                b.items.push(Vec::new());
            }
            Event::Start(Tag::Emphasis) => b.emphasis += 1,
            Event::End(TagEnd::Emphasis) => b.emphasis = b.emphasis.saturating_sub(1),
            Event::Start(Tag::Strong) => b.strong += 1,
            Event::End(TagEnd::Strong) => b.strong = b.strong.saturating_sub(1),
            Event::Start(Tag::Link { dest_url, .. }) => {
                b.link = Some(super::web_address(&dest_url));
                b.link_text.clear();
            }
            Event::End(TagEnd::Link) => {
                let mut text = std::mem::take(&mut b.link_text);
                let href = b.link.take().flatten();
                // A link whose text was all markup (an image, raw HTML) shows its address.
                if text.trim().is_empty() {
                    text = href.clone().unwrap_or_default();
                }
                let inline = match href {
                    Some(href) => Inline::Link {
                        text: text.into(),
                        href: href.into(),
                    },
                    None => Inline::Text { text: text.into() },
                };
                push_inline(&mut b.inlines, inline);
            }
            Event::Start(Tag::Image { .. }) => b.image += 1,
            Event::End(TagEnd::Image) => b.image = b.image.saturating_sub(1),
            Event::Text(text) => b.text(&text),
            Event::Code(code) => {
                if b.link.is_some() {
                    b.link_text.push_str(&code);
                } else {
                    push_inline(
                        &mut b.inlines,
                        Inline::Code {
                            text: code.to_string().into(),
                        },
                    );
                }
            }
            Event::SoftBreak | Event::HardBreak => b.text(" "),
            Event::Start(Tag::HtmlBlock) => b.html_block = Some(String::new()),
            Event::Html(html) => {
                if let Some(block) = b.html_block.as_mut() {
                    block.push_str(&html);
                }
            }
            Event::End(TagEnd::HtmlBlock) => {
                let block = b.html_block.take().unwrap_or_default();
                if !is_markup(&block) {
                    b.text(&block.split_whitespace().collect::<Vec<_>>().join(" "));
                    b.end_run(path, line);
                }
            }
            Event::InlineHtml(html) if !is_markup(&html) => b.text(&html),
            _ => {}
        }
    }
    b.end_run(path, line_at(text.len()));
    if !b.errors.is_empty() {
        return Err(b.errors);
    }
    let title = known_title.map(str::to_owned).or(b.title);
    let Some(title) = title else {
        return Err(vec![Diagnostic::error(
            path,
            Some(first_line),
            "the article has no headline",
        )
        .hint(
            "add `title: ...` to the front matter, or start the text with a `# Headline` line",
        )]);
    };
    if b.blocks.is_empty() {
        return Err(vec![Diagnostic::error(
            path,
            Some(first_line),
            format!("the article has a headline (\"{title}\") but no body"),
        )
        .hint("add the article's text below the headline")]);
    }
    Ok(Parsed {
        title,
        source: None,
        blocks: b.blocks,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(text: &str) -> Parsed {
        parse_markdown(Path::new("a.md"), text, 1, None).unwrap()
    }

    #[test]
    fn structure_becomes_typed_blocks() {
        let p = parse("# Title\n\nSome *soft* and **bold** [link](https://x.org) [bad](javascript:alert(1)).\n\n## Sub\n\n- one\n- two\n  - nested\n\n> quoted\n> text\n\n1. first\n");
        assert_eq!(p.title, "Title");
        let Block::Paragraph { content } = &p.blocks[0] else {
            panic!("{:?}", p.blocks)
        };
        assert_eq!(
            content.as_ref(),
            [
                Inline::Text {
                    text: "Some ".into()
                },
                Inline::Emphasis {
                    text: "soft".into()
                },
                Inline::Text {
                    text: " and ".into()
                },
                Inline::Strong {
                    text: "bold".into()
                },
                Inline::Text { text: " ".into() },
                Inline::Link {
                    text: "link".into(),
                    href: "https://x.org".into()
                },
                Inline::Text {
                    text: " bad.".into()
                },
            ]
        );
        assert_eq!(
            p.blocks[1],
            Block::Heading {
                level: 2,
                text: "Sub".into()
            }
        );
        let Block::List {
            ordered: false,
            items,
        } = &p.blocks[2]
        else {
            panic!("{:?}", p.blocks[2])
        };
        let texts: Vec<String> = items
            .iter()
            .map(|i| i.iter().map(Inline::text).collect())
            .collect();
        assert_eq!(texts, ["one", "two", "nested"]);
        assert_eq!(p.blocks[3].plain_text(), "quoted text");
        assert!(matches!(p.blocks[3], Block::Quote { .. }));
        assert!(matches!(p.blocks[4], Block::List { ordered: true, .. }));
    }

    #[test]
    fn html_and_images_are_not_body_text() {
        let p =
            parse("# T\n\n<script>alert(1)</script>\n\nText ![alt words](x.png) <b>here</b>.\n");
        assert_eq!(p.blocks.len(), 1);
        assert_eq!(p.blocks[0].plain_text(), "Text  here.");
    }

    #[test]
    fn angle_brackets_around_names_are_text_not_html() {
        let p = parse(
            "# T\n\n<Massachusetts Financial Services Co>\nsaid it set the payout.\n\n\
             Shares of <Sedio N.V.> rose; <B>bold</B> and <!-- a note --> go.\n\n\
             <div>\nleft out\n</div>\n",
        );
        let texts: Vec<String> = p.blocks.iter().map(Block::plain_text).collect();
        assert_eq!(
            texts,
            [
                "<Massachusetts Financial Services Co> said it set the payout.",
                "Shares of <Sedio N.V.> rose; bold and  go."
            ]
        );
    }

    #[test]
    fn the_element_list_is_sorted() {
        assert!(ELEMENTS.windows(2).all(|w| w[0] < w[1]));
        assert!(is_markup("<script>") && is_markup("</DIV>") && is_markup("<!doctype html>"));
        assert!(!is_markup("<CPML>") && !is_markup("<Woodco Inc>") && !is_markup("a < b"));
    }

    #[test]
    fn links_keep_their_paragraph_and_any_case_of_scheme() {
        let p = parse(
            "# T\n\n[<img src=x onerror=alert(1)>](https://ok.example/)\n\n[x](HTTPS://example.org) and [y](JavaScript:alert(1)).\n",
        );
        assert_eq!(p.blocks.len(), 2, "{:?}", p.blocks);
        let links = |block: &Block| match block {
            Block::Paragraph { content } => content
                .iter()
                .filter_map(|inline| match inline {
                    Inline::Link { text, href } => Some((text.to_string(), href.to_string())),
                    _ => None,
                })
                .collect::<Vec<_>>(),
            _ => Vec::new(),
        };
        assert_eq!(
            links(&p.blocks[0]),
            [(
                "https://ok.example/".to_owned(),
                "https://ok.example/".to_owned()
            )]
        );
        assert_eq!(
            links(&p.blocks[1]),
            [("x".to_owned(), "https://example.org".to_owned())]
        );
        assert_eq!(p.blocks[1].plain_text(), "x and y.");
    }

    #[test]
    fn captions_and_lead_ins_as_in_plain_text() {
        let p = parse("# T\n\nWhat happened next:\n\n04/17/2023 | 00:20 min\n\nBody.");
        assert!(matches!(p.blocks[0], Block::LeadIn { .. }));
        assert!(matches!(p.blocks[1], Block::Media { .. }));
    }

    #[test]
    fn no_headline_is_an_error() {
        let err = parse_markdown(Path::new("a.md"), "Just text.", 4, None).unwrap_err();
        assert_eq!(err[0].line, Some(4));
    }
}
