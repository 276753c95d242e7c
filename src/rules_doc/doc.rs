//! The rule book as a small document tree, built once from the dataset and
//! rendered as Markdown or HTML: both formats then say exactly the same
//! thing, and each renderer only has to escape text, never to know the
//! dataset.

/// A piece of running text. Renderers escape every string they are given.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Span {
    Text(String),
    /// An id, shown in a fixed-width face.
    Code(String),
    Strong(String),
    Em(String),
    /// A web address, shown as itself so it survives printing. Only
    /// `http(s)://` addresses become links; anything else stays text.
    Link(String),
}

/// One line of spans.
pub type Line = Vec<Span>;

/// A list item; `children` are indented under it, `after` is a paragraph
/// that follows them inside the same item.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Item {
    pub line: Line,
    pub children: Vec<Item>,
    pub after: Option<Line>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Block {
    /// Level 1 is the title; level 2 starts a major section (a new page
    /// when printed); `anchor` is the section's id in HTML.
    Heading {
        level: u8,
        text: String,
        anchor: String,
    },
    Para(Line),
    List(Vec<Item>),
    /// `head` names each column with its share of the width in percent,
    /// which keeps long ids and addresses from pushing a printed table
    /// off the page.
    Table {
        head: Vec<(String, u8)>,
        rows: Vec<Vec<Line>>,
    },
    /// Signature rows: one per name (an empty name leaves a blank).
    SignOff {
        names: Vec<String>,
    },
}

/// The whole document, in reading order.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Doc {
    pub title: String,
    pub blocks: Vec<Block>,
}

impl Doc {
    pub fn heading(&mut self, level: u8, text: impl Into<String>, anchor: impl Into<String>) {
        self.blocks.push(Block::Heading {
            level,
            text: text.into(),
            anchor: anchor.into(),
        });
    }

    pub fn para(&mut self, line: Line) {
        self.blocks.push(Block::Para(line));
    }

    pub fn list(&mut self, items: Vec<Item>) {
        if !items.is_empty() {
            self.blocks.push(Block::List(items));
        }
    }
}

pub fn text(s: impl Into<String>) -> Span {
    Span::Text(s.into())
}

pub fn code(s: impl Into<String>) -> Span {
    Span::Code(s.into())
}

pub fn strong(s: impl Into<String>) -> Span {
    Span::Strong(s.into())
}

pub fn em(s: impl Into<String>) -> Span {
    Span::Em(s.into())
}

impl Item {
    pub fn new(line: Line) -> Item {
        Item {
            line,
            ..Item::default()
        }
    }
}
