//! The response's human-readable narrative (XHTML): the results as the
//! handout gives them, so a record system that shows only narratives still
//! shows the advice and the disclaimer. Limited to FHIR's narrative
//! elements (div, h3, h4, p, ul, li, b, i).

use std::fmt::Write;

use crate::advice::Advice;
use crate::dataset::{Dataset, Level};
use crate::words;

/// The `text` element: `status: generated` and the div.
pub fn div(data: &Dataset, advice: &Advice) -> String {
    let meta = &data.meta;
    let mut s = String::from(r#"<div xmlns="http://www.w3.org/1999/xhtml">"#);
    // Writing to a String cannot fail, so results are ignored throughout.
    let _ = write!(s, "<h3>{}</h3>", esc(&meta.title));
    let _ = write!(
        s,
        "<p><b>{}:</b> {}</p>",
        esc(words::important()),
        esc(&meta.disclaimer)
    );
    before_anything(&mut s, advice);
    let _ = write!(s, "<h4>{}</h4><ul>", words::your_answers());
    for (title, labels) in crate::report::answers_in_words(data, &advice.answers) {
        let _ = write!(
            s,
            "<li><b>{}:</b> {}</li>",
            esc(title),
            esc(&labels.join(", "))
        );
    }
    s.push_str("</ul>");
    let _ = write!(s, "<h4>{}</h4>", words::treatments());
    if advice.treatments.is_empty() {
        let _ = write!(s, "<p>{}</p>", esc(words::no_treatments()));
    }
    for (tier, heading, _) in words::tier_headings() {
        let mut items = advice.in_tier(tier).peekable();
        if items.peek().is_none() {
            continue;
        }
        let _ = write!(s, "<p><b>{}</b></p><ul>", esc(heading));
        for t in items {
            let _ = write!(
                s,
                "<li><b>{}.</b> {}</li>",
                esc(&t.treatment.name),
                esc(&t.reasons.join(" "))
            );
        }
        s.push_str("</ul>");
    }
    let _ = write!(s, "<h4>{}</h4>", words::caveats());
    if advice.caveats.is_empty() {
        let _ = write!(s, "<p>{}</p>", esc(words::no_caveats()));
    }
    for (level, heading) in words::level_headings() {
        let mut items = advice.at_level(level).peekable();
        if items.peek().is_none() {
            continue;
        }
        let _ = write!(s, "<p><b>{}</b></p><ul>", esc(heading));
        for c in items {
            let _ = write!(
                s,
                "<li><b>{}.</b> {}</li>",
                esc(&c.caveat.title),
                esc(&c.caveat.text)
            );
        }
        s.push_str("</ul>");
    }
    let _ = write!(s, "<p><i>{}</i></p></div>", esc(&meta.disclaimer));
    s
}

/// First, as on every result: answers that do not fit together and every
/// caveat that usually means waiting.
fn before_anything(s: &mut String, advice: &Advice) {
    let wait: Vec<_> = advice.at_level(Level::Defer).collect();
    if wait.is_empty() && advice.conflicts.is_empty() {
        return;
    }
    let _ = write!(s, "<h4>{}</h4><ul>", words::before_anything());
    for c in &advice.conflicts {
        let _ = write!(
            s,
            "<li><b>{}</b> {}</li>",
            esc(words::conflicts_intro()),
            esc(&c.conflict.message)
        );
    }
    for c in wait {
        let _ = write!(
            s,
            "<li><b>{}.</b> {}</li>",
            esc(&c.caveat.title),
            esc(&c.caveat.text)
        );
    }
    s.push_str("</ul>");
}

/// Dataset text is plain text: escaped for XHTML, whitespace folded.
pub fn esc(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for (i, word) in text.split_whitespace().enumerate() {
        if i > 0 {
            out.push(' ');
        }
        for c in word.chars() {
            match c {
                '&' => out.push_str("&amp;"),
                '<' => out.push_str("&lt;"),
                '>' => out.push_str("&gt;"),
                '"' => out.push_str("&quot;"),
                _ => out.push(c),
            }
        }
    }
    out
}
