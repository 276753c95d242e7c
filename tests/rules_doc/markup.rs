//! Dataset text with markup in it stays text in both formats.

use super::*;

/// The valid fixture with markup characters in every kind of text.
fn hostile() -> (Dataset, String) {
    let text = VALID
        .replacen(
            "title: \"Acne scar treatments: a consultation guide\"",
            "title: \"A <script>alert('x')</script> & *guide* | v1\"",
            1,
        )
        .replacen(
            "label: \"Boxcar\"",
            r#"label: "Boxcar | sharp <b>edges</b> & *deep* _pits_ [x](y) \\ end""#,
            1,
        )
        .replacen("name: \"TCA CROSS\"", "name: \"TCA <CROSS> | *focal*\"", 1)
        .replacen(
            "[\"How many sessions do you expect I need?\"]",
            "[\"1. How many | sessions?\", \"# Not a heading\"]",
            1,
        )
        .replacen(
            "(id: \"lee2002\", citation: \"",
            "(id: \"lee2002\", link: \"javascript:alert(1)\", citation: \"A | B *C* ",
            1,
        );
    let data = check_text("h.ron", &text).unwrap().dataset;
    assert!(
        data.meta.title.contains("<script>"),
        "the fixture was edited"
    );
    assert!(data
        .references
        .iter()
        .any(|r| r.link.as_deref() == Some("javascript:alert(1)")));
    (data, text)
}

/// Table lines, cut at unescaped pipes.
fn table_cells(line: &str) -> usize {
    let mut count = 0;
    let mut prev = ' ';
    for c in line.chars() {
        if c == '|' && prev != '\\' {
            count += 1;
        }
        prev = c;
    }
    count
}

#[test]
fn markup_in_dataset_text_stays_text_in_markdown() {
    let (data, text) = hostile();
    let doc = render(&data, &text, Format::Markdown);
    // Every row of a table has as many cells as its header.
    let mut header_cells = None;
    for line in doc.lines() {
        if line.starts_with('|') {
            let n = table_cells(line);
            let expected = *header_cells.get_or_insert(n);
            assert_eq!(n, expected, "row {line:?}");
        } else {
            header_cells = None;
        }
    }
    assert!(doc.contains(
        r"| `boxcar` | Boxcar \| sharp \<b\>edges\</b\> & \*deep\* \_pits\_ \[x\](y) \\ end |"
    ));
    assert!(doc.contains(r"# Rule book: A \<script\>alert('x')\</script\> & \*guide\* | v1"));
    assert!(doc.contains(r"### TCA \<CROSS\> | \*focal\* · tca\_cross"));
    assert!(doc.contains("  - 1\\. How many | sessions?\n  - \\# Not a heading\n"));
    assert!(!doc.contains("<script>"));
    // A link that is not http(s) is text, not a link.
    assert!(!doc.contains("<javascript:"));
    assert!(doc.contains("| `lee2002` | A \\| B \\*C\\* "));
}

#[test]
fn markup_in_dataset_text_stays_text_in_html() {
    let (data, text) = hostile();
    let page = render(&data, &text, Format::Html);
    assert_inert_printable_page(&page);
    assert!(page.contains("<title>Rule book: A &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; *guide* | v1</title>"));
    assert!(page.contains(
        "<td>Boxcar | sharp &lt;b&gt;edges&lt;/b&gt; &amp; *deep* _pits_ [x](y) \\ end</td>"
    ));
    assert!(!page.contains("<b>"));
    assert!(!page.to_ascii_lowercase().contains("href=\"javascript"));
    assert!(page.contains("<td>javascript:alert(1)</td>"));
}
