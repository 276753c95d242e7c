//! The printable handout: everything a person takes to their clinician.

use std::fmt::Write;

use crate::advice::Advice;
use crate::dataset::{Dataset, Level, Tier};
use crate::interview::visibility;
use crate::words;

use super::explain::{sentence, Explained, RuleRef};
use super::handout;

/// `date` is the day it was generated (YYYY-MM-DD), passed in to keep this pure.
pub fn render(data: &Dataset, advice: &Advice, date: &str) -> String {
    render_explained(data, advice, date, None)
}

/// As [`render`]; with `explained`, each treatment, caveat and note also
/// names the rules that produced it (`report --explain`).
pub fn render_explained(
    data: &Dataset,
    advice: &Advice,
    date: &str,
    explained: Option<&Explained>,
) -> String {
    let rules = |refs: Option<&[RuleRef]>, indent: &str| {
        refs.map_or(String::new(), |r| {
            format!("{indent}- **{}:** {}\n", words::from_rules(), sentence(r))
        })
    };
    let meta = &data.meta;
    let mut s = String::new();
    // Writing to a String cannot fail, so results are ignored throughout.
    let _ = writeln!(s, "# {}\n", meta.title);
    let _ = writeln!(
        s,
        "{}: {date} · {} {}, {} {}\n",
        words::generated(),
        words::dataset(),
        meta.version,
        words::reviewed(),
        meta.reviewed
    );
    if let Some(e) = explained {
        let _ = writeln!(s, "{}\n", e.intro());
    }
    let _ = writeln!(
        s,
        "> **{}:** {}\n",
        words::important(),
        one_line(&meta.disclaimer)
    );

    before_anything(&mut s, data, advice);

    let _ = writeln!(s, "## {}\n", words::your_answers());
    // What matters and readiness have their own sections below.
    let own = |id: &str| super::decision::is_decision_question(data, id);
    for (q, chosen) in advice.answers.in_order(data).filter(|(q, _)| !own(&q.id)) {
        let labels: Vec<&str> = chosen
            .iter()
            .filter_map(|o| q.option(o).map(|c| c.label.as_str()))
            .collect();
        let _ = writeln!(s, "- **{}:** {}", q.title, labels.join(", "));
    }
    let missing: Vec<&str> = visibility::unanswered(data, &advice.answers)
        .iter()
        .filter(|q| !own(&q.id))
        .map(|q| q.title.as_str())
        .collect();
    if !missing.is_empty() {
        let _ = writeln!(s, "- **{}:** {}", words::not_answered(), missing.join(", "));
    }
    s.push('\n');

    // What a clinician reads first, within two printed pages: what
    // matters, readiness, the options and the comparison; then details.
    handout::what_matters(&mut s, data, advice);
    handout::readiness(&mut s, data, advice);
    handout::at_a_glance(&mut s, data, advice);
    // As many options in the first table as keep this part to two pages;
    // a long "Before anything else" moves the comparison after the details.
    let first = (0..=handout::FIRST)
        .rev()
        .find(|&n| {
            let mut head = s.clone();
            handout::comparison_first(&mut head, data, advice, n);
            handout::printed_lines(&head) <= handout::TWO_PAGES
        })
        .unwrap_or(0);
    handout::comparison_first(&mut s, data, advice, first);
    let _ = writeln!(s, "{}\n", words::decision::DETAILS_MARK);
    let _ = writeln!(s, "## {}\n", words::decision::treatments_in_detail());
    for (tier, heading, intro) in words::tier_headings() {
        let mut items = advice.in_tier(tier).peekable();
        if items.peek().is_none() {
            continue;
        }
        let _ = writeln!(s, "### {heading}\n\n{intro}\n");
        for t in items {
            let tr = t.treatment;
            let _ = writeln!(s, "#### {}\n", tr.name);
            let _ = writeln!(s, "- **{}:** {}", words::why(), t.reasons.join(" "));
            s.push_str(&rules(explained.map(|e| e.treatment(&tr.id)), ""));
            if tier != Tier::NotAdvised {
                let _ = writeln!(
                    s,
                    "- **{}:** {}",
                    words::what_it_is(),
                    one_line(&tr.summary)
                );
                let _ = writeln!(s, "- **{}:** {}", words::sessions(), one_line(&tr.sessions));
                let _ = writeln!(s, "- **{}:** {}", words::downtime(), one_line(&tr.downtime));
                let _ = writeln!(
                    s,
                    "- **{}:** {}",
                    words::expect(),
                    one_line(&tr.what_to_expect)
                );
                let _ = writeln!(s, "- **{}:** {}", words::risks(), one_line(&tr.risks));
            }
            let _ = writeln!(s, "- *{}*", cites(&tr.references));
            s.push('\n');
        }
    }

    let _ = writeln!(s, "## {}\n", words::caveats());
    if advice.caveats.is_empty() {
        let _ = writeln!(s, "{}\n", words::no_caveats());
    }
    for (level, heading) in words::level_headings() {
        let mut items = advice.at_level(level).peekable();
        if items.peek().is_none() {
            continue;
        }
        let _ = writeln!(s, "### {heading}\n");
        for c in items {
            let mut text = one_line(&c.caveat.text);
            for r in &c.reasons {
                text.push(' ');
                text.push_str(r);
            }
            let _ = writeln!(
                s,
                "- **{}.** {} *{}*",
                c.caveat.title,
                text,
                cites(&c.caveat.references)
            );
            s.push_str(&rules(explained.map(|e| e.caveat(&c.caveat.id)), "  "));
        }
        s.push('\n');
    }

    if !advice.notes.is_empty() {
        let _ = writeln!(s, "## {}\n", words::what_to_expect());
        for n in &advice.notes {
            let mut text = one_line(&n.note.text);
            for r in &n.reasons {
                text.push(' ');
                text.push_str(r);
            }
            let _ = writeln!(
                s,
                "- **{}.** {} *{}*",
                n.note.title,
                text,
                cites(&n.note.references)
            );
            s.push_str(&rules(explained.map(|e| e.note(&n.note.id)), "  "));
        }
        s.push('\n');
    }

    let asks = advice.questions_to_ask();
    if !asks.is_empty() {
        let _ = writeln!(s, "## {}\n", words::questions_to_ask());
        // Grouped under each treatment's name, so no name sits in brackets
        // after a question (names hold brackets of their own).
        let mut current = "";
        for (t, q) in asks {
            if t.id != current {
                let _ = writeln!(
                    s,
                    "{}**{}**\n",
                    if current.is_empty() { "" } else { "\n" },
                    t.name
                );
                current = &t.id;
            }
            let _ = writeln!(s, "- [ ] {q}");
        }
        s.push('\n');
    }

    handout::comparison_rest(&mut s, data, advice, first);

    let _ = writeln!(s, "## {}\n", words::references());
    // The comparison's and the readiness check's sources too.
    let mut ids = advice.reference_ids(data);
    for id in super::decision::reference_ids(data, advice) {
        if !ids.contains(&id) {
            ids.push(id);
        }
    }
    for id in ids {
        if let Some(r) = data.reference(id) {
            match &r.link {
                Some(link) => {
                    let _ = writeln!(s, "- [{}] {} <{}>", r.id, r.citation, link);
                }
                None => {
                    let _ = writeln!(s, "- [{}] {}", r.id, r.citation);
                }
            }
        }
    }
    let _ = writeln!(s, "\n---\n\n*{}*\n", one_line(&meta.disclaimer));
    handout::about_footer(&mut s, data);
    s
}

/// First, before the answers and any treatment: answers that do not fit
/// together (a quoted box) and every caveat that usually means waiting.
fn before_anything(s: &mut String, data: &Dataset, advice: &Advice) {
    let wait: Vec<_> = advice.at_level(Level::Defer).collect();
    if wait.is_empty() && advice.conflicts.is_empty() {
        return;
    }
    let _ = writeln!(s, "## {}\n", words::before_anything());
    if !advice.conflicts.is_empty() {
        let _ = writeln!(
            s,
            "> **{}** {}\n>",
            words::conflicts_intro(),
            words::conflicts_as_given()
        );
        for c in &advice.conflicts {
            let _ = writeln!(
                s,
                "> - {} *({}: {})*",
                one_line(&c.conflict.message),
                words::questions_involved(),
                c.titles(data).join(", ")
            );
        }
        s.push('\n');
    }
    if !wait.is_empty() {
        let _ = writeln!(s, "**{}:**\n", words::level_heading(Level::Defer));
        for c in wait {
            let why = if c.reasons.is_empty() {
                String::new()
            } else {
                format!(" *{}: {}*", words::why(), c.reasons.join(" "))
            };
            let _ = writeln!(
                s,
                "- **{}.** {}{why}",
                c.caveat.title,
                one_line(&c.caveat.text),
            );
        }
        s.push('\n');
    }
}

/// Dataset text may hold newlines; inside a list item they would break it.
fn one_line(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn cites(refs: &[String]) -> String {
    let ids: Vec<String> = refs.iter().map(|r| format!("[{r}]")).collect();
    crate::tr!("sources-ids", ids = ids.join(" "))
}
