//! `scarguide rules`: the review document. The shipped dataset's Markdown
//! names every item and places every rule under each item it affects
//! (counted against the dataset, never against a hand-written list); a
//! fixture shows guards and reviewers; the HTML is balanced, inert and
//! printable; dataset text cannot break either format.

use scarguide::dataset::{self, check_text, Dataset, Effect};
use scarguide::rules_doc::{self, html, markdown, words, Format, Source};

mod markup;

const GUARDS: &str = include_str!("../fixtures/rules_guards.ron");
const VALID: &str = include_str!("../fixtures/valid.ron");
const DATE: &str = "2026-12-01";

fn shipped() -> Dataset {
    dataset::embedded().unwrap().dataset
}

fn render(data: &Dataset, text: &str, format: Format) -> String {
    let source = Source {
        name: "test.ron",
        text,
    };
    rules_doc::render(data, source, DATE, format)
}

fn one_line(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Text as it appears in running Markdown, and in a table cell.
fn md(s: &str) -> String {
    markdown::escape(&one_line(s), false)
}

fn cell(s: &str) -> String {
    markdown::escape(&one_line(s), true)
}

/// The part of `doc` under the heading line `heading`, up to the next
/// heading of level 2 or 3.
fn section<'a>(doc: &'a str, heading: &str) -> &'a str {
    let start = doc
        .find(&format!("\n{heading}\n"))
        .unwrap_or_else(|| panic!("no heading {heading:?}"))
        + heading.len()
        + 2;
    let rest = &doc[start..];
    let end = ["\n### ", "\n## "]
        .iter()
        .filter_map(|h| rest.find(h))
        .min()
        .unwrap_or(rest.len());
    &rest[..end]
}

/// The rule numbers cited in a piece of the document, in order.
fn cited_rules(text: &str) -> Vec<usize> {
    text.split("*(rule ")
        .skip(1)
        .map(|s| {
            let n: String = s.chars().take_while(char::is_ascii_digit).collect();
            n.parse().unwrap()
        })
        .collect()
}

/// The rules (numbered from 1) with an effect on `id` of the kind `pick`
/// accepts, once per effect.
/// Which id an effect is about, for one kind of item.
type Pick = fn(&Effect) -> Option<&str>;

fn expected_rules(data: &Dataset, id: &str, pick: Pick) -> Vec<usize> {
    let mut found = Vec::new();
    for (i, rule) in data.rules.iter().enumerate() {
        for e in &rule.then {
            if pick(e) == Some(id) {
                found.push(i + 1);
            }
        }
    }
    found
}

fn treatment_id(e: &Effect) -> Option<&str> {
    match e {
        Effect::Treatment { id, .. } | Effect::Limit { id, .. } => Some(id),
        _ => None,
    }
}

fn caveat_id(e: &Effect) -> Option<&str> {
    match e {
        Effect::Caveat { id, .. } => Some(id),
        _ => None,
    }
}

fn note_id(e: &Effect) -> Option<&str> {
    match e {
        Effect::Note { id, .. } => Some(id),
        _ => None,
    }
}

#[test]
fn shipped_markdown_names_every_item_of_the_dataset() {
    let data = shipped();
    let doc = render(&data, dataset::EMBEDDED, Format::Markdown);
    let mut missing = Vec::new();
    let mut need = |what: String| {
        if !doc.contains(&what) {
            missing.push(what);
        }
    };
    need(md(&data.meta.title));
    need(md(&data.meta.version));
    need(md(&data.meta.reviewed));
    for (i, q) in data.questions.iter().enumerate() {
        let n = i + 1;
        need(format!(
            "### {n}. {}",
            md(&format!("{} · {}", q.title, q.id))
        ));
        need(md(&q.prompt));
        for o in &q.options {
            need(format!("| `{}` | {} |", o.id, cell(&o.label)));
        }
    }
    for t in &data.treatments {
        need(format!("### {}", md(&format!("{} · {}", t.name, t.id))));
        need(md(&t.risks));
    }
    for e in data.caveats.iter().chain(&data.notes) {
        need(format!("### {}", md(&format!("{} · {}", e.title, e.id))));
        need(md(&e.text));
    }
    for c in &data.conflicts {
        need(format!("### {}", md(&c.id)));
        need(md(&c.message));
    }
    for r in &data.references {
        need(format!("| `{}` | {} |", r.id, cell(&r.citation)));
        if let Some(link) = &r.link {
            need(format!("<{link}>"));
        }
    }
    assert!(
        missing.is_empty(),
        "missing from the rule book: {missing:#?}"
    );
    // With no reviewers or review-by date in the shipped meta, it says so.
    if data.meta.reviewers.is_empty() {
        assert!(doc.contains("| Reviewers | *not set* |"));
    }
}

#[test]
fn shipped_markdown_puts_every_rule_under_each_item_it_affects() {
    let data = shipped();
    let doc = render(&data, dataset::EMBEDDED, Format::Markdown);
    let mut total = 0;
    let groups: [(Vec<(&str, &str)>, Pick); 3] = [
        (
            data.treatments
                .iter()
                .map(|t| (t.name.as_str(), t.id.as_str()))
                .collect(),
            treatment_id,
        ),
        (
            data.caveats
                .iter()
                .map(|e| (e.title.as_str(), e.id.as_str()))
                .collect(),
            caveat_id,
        ),
        (
            data.notes
                .iter()
                .map(|e| (e.title.as_str(), e.id.as_str()))
                .collect(),
            note_id,
        ),
    ];
    for (items, pick) in groups {
        for (name, id) in items {
            let heading = format!("### {}", md(&format!("{name} · {id}")));
            let part = section(&doc, &heading);
            let mut cited = cited_rules(part);
            cited.sort_unstable();
            let expected = expected_rules(&data, id, pick);
            assert_eq!(cited, expected, "rules cited under {id}");
            if !expected.is_empty() {
                assert!(
                    part.contains(&format!("({}):**", expected.len())),
                    "{id} states its count"
                );
            }
            total += expected.len();
        }
    }
    // Every effect of every rule was found under exactly one item.
    let effects: usize = data.rules.iter().map(|r| r.then.len()).sum();
    assert_eq!(total, effects);
    // Line numbers point at the rule in the file.
    let line = dataset::SourceMap::scan(dataset::EMBEDDED).line("rules.0");
    assert!(doc.contains(&format!("*(rule 1, line {})*", line.unwrap())));
}

#[test]
fn guards_reviewers_and_conflicts_are_shown_in_both_formats() {
    let data = check_text("g.ron", GUARDS).unwrap();
    assert!(!data.has_errors(), "{:?}", data.problems);
    let data = data.dataset;
    assert_eq!(data.guards.len(), 3);
    let doc = render(&data, GUARDS, Format::Markdown);
    let page = render(&data, GUARDS, Format::Html);
    let expect_md = [
        "| Reviewers | Dr Ada Example (dermatology); Sam Reviewer, nurse specialist |".to_string(),
        "| Review by | 2027-11-21 |".to_string(),
        "- Name: Dr Ada Example (dermatology)".to_string(),
        "- Name: Sam Reviewer, nurse specialist".to_string(),
        "### pregnant\\_no\\_procedure\\_above\\_consider".to_string(),
        "- **Why:** Procedures are put off until after pregnancy and breastfeeding.".to_string(),
        "- **When:** health history includes “Pregnant or breastfeeding”".to_string(),
        "- **Why:** *not set*".to_string(),
        "- **When:** all of these hold:".to_string(),
        "  - skin type is “Rarely burns, tans easily”, “Very rarely burns, tans very easily” or “Never burns, deeply pigmented”".to_string(),
        "  - recovery time is not “Two weeks or more”".to_string(),
        "- **When:** always".to_string(),
        "- **Questions offered:** Scar types (scar\\_types), How noticeable (severity)".to_string(),
    ];
    for want in &expect_md {
        assert!(doc.contains(want.as_str()), "markdown lacks {want:?}");
    }
    for g in &data.guards {
        for d in &g.then {
            let said = words::demand(&data, d);
            assert!(doc.contains(&format!("  - {}\n", md(&said))), "{said}");
            assert!(
                page.contains(&format!("<li>{}</li>", html::escape(&said))),
                "{said}"
            );
        }
        assert!(page.contains(&format!("<h3 id=\"g-{}\">{}</h3>", g.id, g.id)));
    }
    assert!(
        page.contains("<tr><td>Dr Ada Example (dermatology)</td><td></td><td></td><td></td></tr>")
    );
    assert!(page.contains("<td>2027-11-21</td>"));
    assert!(doc.contains("**Reviewed version:** 0.1.0"));
}

#[test]
fn without_reviewers_the_sign_off_leaves_blanks_and_meta_says_not_set() {
    let data = check_text("v.ron", VALID).unwrap().dataset;
    let doc = render(&data, VALID, Format::Markdown);
    assert!(doc.contains("| Reviewers | *not set* |"));
    assert!(doc.contains("| Review by | *not set* |"));
    assert!(doc.contains("*This dataset has no guards yet.*"));
    assert_eq!(doc.matches("- Name: ______").count(), 2);
    let page = render(&data, VALID, Format::Html);
    assert_eq!(
        page.matches("<tr><td></td><td></td><td></td><td></td></tr>")
            .count(),
        2
    );
}

/// Every element opened is closed, in order (void elements excepted);
/// returns the first problem.
fn tag_balance(page: &str) -> Result<(), String> {
    const VOID: [&str; 5] = ["meta", "br", "hr", "col", "!doctype"];
    let mut stack: Vec<String> = Vec::new();
    let mut rest = page;
    while let Some(i) = rest.find('<') {
        rest = &rest[i + 1..];
        let end = rest.find('>').ok_or("a tag is never closed with >")?;
        let tag = &rest[..end];
        rest = &rest[end + 1..];
        let name: String = tag
            .trim_start_matches('/')
            .chars()
            .take_while(|c| !c.is_whitespace())
            .collect::<String>()
            .to_ascii_lowercase();
        if tag.contains('<') {
            return Err(format!("a raw < inside tag {tag:?}"));
        }
        if VOID.contains(&name.as_str()) {
            continue;
        }
        if tag.starts_with('/') {
            match stack.pop() {
                Some(open) if open == name => {}
                other => return Err(format!("</{name}> closes {other:?}")),
            }
        } else {
            stack.push(name);
        }
    }
    if stack.is_empty() {
        Ok(())
    } else {
        Err(format!("never closed: {stack:?}"))
    }
}

#[test]
fn the_tag_balance_check_finds_unclosed_and_crossed_tags() {
    assert!(tag_balance("<ul><li>a</li></ul>").is_ok());
    assert!(tag_balance("<ul><li>a</ul>").is_err());
    assert!(tag_balance("<p><em>a</p></em>").is_err());
    assert!(tag_balance("<p>a").is_err());
}

/// The HTML checks every page must pass.
fn assert_inert_printable_page(page: &str) {
    tag_balance(page).unwrap();
    assert!(page.starts_with("<!DOCTYPE html>"));
    let lower = page.to_ascii_lowercase();
    assert!(!lower.contains("<script"), "no scripts");
    assert!(!lower.contains("<link"), "no linked stylesheets");
    assert!(!lower.contains("src="), "nothing fetched");
    assert!(!lower.contains("@import"), "no imported styles");
    assert!(!lower.contains("url("), "no fetched fonts or images");
    for href in lower.split("href=\"").skip(1) {
        assert!(
            href.starts_with('#') || href.starts_with("https://") || href.starts_with("http://"),
            "href to {}",
            &href[..href.len().min(40)]
        );
    }
    assert!(page.contains("@media print"));
    assert!(page.contains("break-before: page"));
}

#[test]
fn shipped_html_is_one_balanced_self_contained_printable_page() {
    let data = shipped();
    let page = render(&data, dataset::EMBEDDED, Format::Html);
    assert_inert_printable_page(&page);
    for t in &data.treatments {
        assert!(page.contains(&html::escape(&format!("{} · {}", t.name, t.id))));
    }
    // Each major section starts a printed page.
    assert_eq!(page.matches("<section class=\"major\"").count(), 9);
    let guards = check_text("g.ron", GUARDS).unwrap().dataset;
    assert_inert_printable_page(&render(&guards, GUARDS, Format::Html));
}
