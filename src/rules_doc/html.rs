//! The rule book as one self-contained HTML page: inline CSS, no scripts,
//! nothing fetched, so it can be mailed, archived and printed as it is.
//! Print styles start each major section on a new page and show links as
//! their address; no background colours are needed.

use std::fmt::Write;

use super::doc::{Block, Doc, Item, Line, Span};

const STYLE: &str = r#"
body { font: 11pt/1.45 system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif;
  color: #111; max-width: 52rem; margin: 2rem auto; padding: 0 1rem; }
h1 { font-size: 1.7em; margin: 0 0 .4em; }
h2 { font-size: 1.35em; border-bottom: 2px solid #333; padding-bottom: .15em; margin: 2.2em 0 .6em; }
h3 { font-size: 1.08em; margin: 1.6em 0 .3em; }
code { font-family: ui-monospace, Menlo, Consolas, "Liberation Mono", monospace; font-size: .9em; }
table { border-collapse: collapse; width: 100%; table-layout: fixed; margin: .5em 0 1.2em; }
td code { overflow-wrap: anywhere; }
th, td { border: 1px solid #888; padding: .25em .5em; text-align: left; vertical-align: top; }
th { font-weight: 600; border-bottom-width: 2px; }
ul { padding-left: 1.4em; margin: .3em 0 .8em; }
li { margin: .2em 0; }
li > p { margin: .3em 0 0; }
a { color: #0645ad; overflow-wrap: anywhere; }
nav ol { columns: 2; }
table.signoff td { height: 3em; }
@page { margin: 16mm 14mm; }
@media print {
  /* A little room on the right: collapsed borders sit half outside. */
  body { max-width: none; margin: 0; padding: 0 2px; font-size: 10pt; }
  section.major { break-before: page; page-break-before: always; }
  h2, h3 { break-after: avoid; page-break-after: avoid; }
  tr, li, table.signoff { break-inside: avoid; page-break-inside: avoid; }
  thead { display: table-header-group; }
  a { color: inherit; text-decoration: none; }
  nav a { color: inherit; }
}
"#;

pub fn render(doc: &Doc) -> String {
    let mut s = String::new();
    let _ = write!(
        s,
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <title>{}</title>\n<style>{STYLE}</style>\n</head>\n<body>\n<main>\n",
        escape(&doc.title)
    );
    let mut open = false;
    for block in &doc.blocks {
        match block {
            Block::Heading {
                level: 2,
                text,
                anchor,
            } => {
                if open {
                    s.push_str("</section>\n");
                } else {
                    // The contents go after the title and the line under it.
                    contents(&mut s, doc);
                }
                let _ = writeln!(
                    s,
                    "<section class=\"major\" id=\"{}\">\n<h2>{}</h2>",
                    anchor_id(anchor),
                    escape(text)
                );
                open = true;
            }
            Block::Heading {
                level,
                text,
                anchor,
            } => {
                let n = (*level).clamp(1, 6);
                let _ = writeln!(
                    s,
                    "<h{n} id=\"{}\">{}</h{n}>",
                    anchor_id(anchor),
                    escape(text)
                );
            }
            Block::Para(line) => {
                let _ = writeln!(s, "<p>{}</p>", line_html(line));
            }
            Block::List(items) => list(&mut s, items),
            Block::Table { head, rows } => table(&mut s, head, rows),
            Block::SignOff { names } => sign_off(&mut s, names),
        }
    }
    if open {
        s.push_str("</section>\n");
    }
    s.push_str("</main>\n</body>\n</html>\n");
    s
}

/// A numbered list of the major sections, linking within the page.
fn contents(s: &mut String, doc: &Doc) {
    s.push_str("<nav aria-label=\"Contents\">\n<h2>Contents</h2>\n<ol>\n");
    for block in &doc.blocks {
        if let Block::Heading {
            level: 2,
            text,
            anchor,
        } = block
        {
            // "3. Treatments": the list numbers them already.
            let name = text.split_once(". ").map_or(text.as_str(), |(_, n)| n);
            let _ = writeln!(
                s,
                "<li><a href=\"#{}\">{}</a></li>",
                anchor_id(anchor),
                escape(name)
            );
        }
    }
    s.push_str("</ol>\n</nav>\n");
}

fn list(s: &mut String, items: &[Item]) {
    s.push_str("<ul>\n");
    for item in items {
        let _ = write!(s, "<li>{}", line_html(&item.line));
        if !item.children.is_empty() {
            s.push('\n');
            list(s, &item.children);
        }
        if let Some(after) = &item.after {
            let _ = write!(s, "<p>{}</p>", line_html(after));
        }
        s.push_str("</li>\n");
    }
    s.push_str("</ul>\n");
}

fn table(s: &mut String, head: &[(String, u8)], rows: &[Vec<Line>]) {
    s.push_str("<table>\n<colgroup>");
    for (_, width) in head {
        let _ = write!(s, "<col style=\"width: {width}%\">");
    }
    s.push_str("</colgroup>\n<thead><tr>");
    for (h, _) in head {
        let _ = write!(s, "<th scope=\"col\">{}</th>", escape(h));
    }
    s.push_str("</tr></thead>\n<tbody>\n");
    for row in rows {
        s.push_str("<tr>");
        for cell in row {
            let _ = write!(s, "<td>{}</td>", line_html(cell));
        }
        s.push_str("</tr>\n");
    }
    s.push_str("</tbody>\n</table>\n");
}

fn sign_off(s: &mut String, names: &[String]) {
    s.push_str(
        "<table class=\"signoff\">\n<colgroup><col style=\"width: 30%\">\
         <col style=\"width: 20%\"><col style=\"width: 16%\"><col style=\"width: 34%\">\
         </colgroup>\n<thead><tr><th scope=\"col\">Reviewer name</th>\
         <th scope=\"col\">Role</th><th scope=\"col\">Date</th>\
         <th scope=\"col\">Signature</th></tr></thead>\n<tbody>\n",
    );
    for name in names {
        let _ = writeln!(
            s,
            "<tr><td>{}</td><td></td><td></td><td></td></tr>",
            escape(name)
        );
    }
    s.push_str("</tbody>\n</table>\n");
}

fn line_html(line: &Line) -> String {
    let mut out = String::new();
    for span in line {
        match span {
            Span::Text(t) => out.push_str(&escape(t)),
            Span::Code(c) => {
                let _ = write!(out, "<code>{}</code>", escape(c));
            }
            Span::Strong(t) => {
                let _ = write!(out, "<strong>{}</strong>", escape(t));
            }
            Span::Em(t) => {
                let _ = write!(out, "<em>{}</em>", escape(t));
            }
            Span::Link(url) => out.push_str(&link(url)),
        }
    }
    out
}

/// An http(s) address as a link whose text is the address itself, so the
/// printed page shows where it goes. Anything else (`javascript:`, a typo)
/// is only text.
fn link(url: &str) -> String {
    if url.starts_with("https://") || url.starts_with("http://") {
        let url = escape(url);
        format!("<a href=\"{url}\">{url}</a>")
    } else {
        escape(url)
    }
}

/// Escapes text for element content and quoted attribute values.
pub fn escape(t: &str) -> String {
    let mut out = String::with_capacity(t.len());
    for c in t.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// An id attribute from dataset ids: letters, digits, `-` and `_` only.
fn anchor_id(a: &str) -> String {
    a.chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '-' || c == '_' {
                c
            } else {
                '-'
            }
        })
        .collect()
}
