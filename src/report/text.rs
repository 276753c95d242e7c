//! The report as plain text for a terminal or a screen reader: headings on
//! their own line as written (capitals are spelt out or shouted by screen
//! readers), no colour, no box drawing, wrapped to a width (80 by default).

use crate::advice::{values, Advice};
use crate::dataset::{Dataset, Level, Tier};
use crate::interview::visibility;
use crate::words;

use super::decision;
use super::explain::{sentence, Explained, RuleRef};

pub const WIDTH: usize = 80;

struct Out {
    text: String,
    width: usize,
}

impl Out {
    fn para(&mut self, indent: usize, s: &str) {
        self.hang(indent, indent, s);
    }

    /// First line at `first` spaces, the rest at `rest`.
    fn hang(&mut self, first: usize, rest: usize, s: &str) {
        let a = " ".repeat(first);
        let b = " ".repeat(rest);
        for (i, part) in s.split('\n').enumerate() {
            let opts = textwrap::Options::new(self.width.max(rest + 20))
                .initial_indent(if i == 0 { &a } else { &b })
                .subsequent_indent(&b);
            for line in textwrap::wrap(part, opts) {
                self.text.push_str(line.trim_end());
                self.text.push('\n');
            }
        }
    }

    fn heading(&mut self, s: &str) {
        self.blank();
        self.text.push_str(s);
        self.text.push('\n');
    }

    fn blank(&mut self) {
        if !self.text.is_empty() && !self.text.ends_with("\n\n") {
            self.text.push('\n');
        }
    }
}

pub fn render(data: &Dataset, advice: &Advice, width: usize) -> String {
    render_explained(data, advice, width, None)
}

/// As [`render`]; with `explained`, each treatment, caveat and note also
/// names the rules that produced it (`report --explain`).
pub fn render_explained(
    data: &Dataset,
    advice: &Advice,
    width: usize,
    explained: Option<&Explained>,
) -> String {
    let rules = |o: &mut Out, refs: Option<&[RuleRef]>| {
        if let Some(refs) = refs {
            o.hang(
                4,
                6,
                &format!("{}: {}", words::from_rules(), sentence(refs)),
            );
        }
    };
    let mut o = Out {
        text: String::new(),
        width,
    };
    let meta = &data.meta;
    o.para(0, &meta.title);
    o.para(
        0,
        &format!(
            "{} {}, {} {}",
            words::dataset(),
            meta.version,
            words::reviewed(),
            meta.reviewed
        ),
    );
    if let Some(e) = explained {
        // Broken at spaces only, so the file's path stays whole.
        let opts = textwrap::Options::new(o.width)
            .word_separator(textwrap::WordSeparator::AsciiSpace)
            .word_splitter(textwrap::WordSplitter::NoHyphenation);
        for line in textwrap::wrap(&e.intro(), opts) {
            o.text.push_str(line.trim_end());
            o.text.push('\n');
        }
    }
    o.blank();
    o.hang(
        0,
        2,
        &format!("{}: {}", words::important(), meta.disclaimer),
    );

    before_anything(&mut o, data, advice);

    o.heading(words::your_answers());
    for (title, labels) in super::answers_in_words(data, &advice.answers) {
        o.hang(2, 4, &format!("{title}: {}", labels.join(", ")));
    }
    let missing: Vec<&str> = visibility::unanswered(data, &advice.answers)
        .iter()
        .map(|q| q.title.as_str())
        .collect();
    if !missing.is_empty() {
        o.hang(
            2,
            4,
            &format!("{}: {}", words::not_answered(), missing.join(", ")),
        );
    }

    said(&mut o, decision::what_matters_said(data, advice));
    said(&mut o, decision::readiness_said(data, advice));

    if advice.treatments.is_empty() {
        o.heading(words::treatments());
        o.para(2, words::no_treatments());
    }
    // Within a tier, what fits what matters to the person comes first.
    let ordered = values::ordered(data, advice);
    let chosen = values::chosen(data, &advice.answers);
    let skin = values::skin(data, &advice.answers);
    for (tier, heading, intro) in words::tier_headings() {
        let mut items = ordered.iter().filter(|t| t.tier == tier).peekable();
        if items.peek().is_none() {
            continue;
        }
        o.heading(heading);
        o.para(2, intro);
        for t in items {
            o.blank();
            o.hang(2, 4, &format!("* {}", t.treatment.name));
            if let Some(f) = words::decision::fits(&values::fit(t.treatment, &chosen, skin)) {
                o.hang(4, 6, &f);
            }
            o.hang(4, 6, &format!("{}: {}", words::why(), t.reasons.join(" ")));
            rules(&mut o, explained.map(|e| e.treatment(&t.treatment.id)));
            if tier != Tier::NotAdvised {
                o.hang(
                    4,
                    6,
                    &format!("{}: {}", words::sessions(), t.treatment.sessions),
                );
                o.hang(
                    4,
                    6,
                    &format!("{}: {}", words::downtime(), t.treatment.downtime),
                );
            }
        }
    }

    o.heading(words::caveats());
    if advice.caveats.is_empty() {
        o.para(2, words::no_caveats());
    }
    for (level, heading) in words::level_headings() {
        let mut items = advice.at_level(level).peekable();
        if items.peek().is_none() {
            continue;
        }
        o.blank();
        o.para(2, &format!("{heading}:"));
        for c in items {
            o.hang(2, 4, &format!("* {}", c.caveat.title));
            o.para(4, &c.caveat.text);
            why(&mut o, &c.reasons);
            rules(&mut o, explained.map(|e| e.caveat(&c.caveat.id)));
        }
    }

    if !advice.notes.is_empty() {
        o.heading(words::what_to_expect());
        for n in &advice.notes {
            o.hang(2, 4, &format!("* {}", n.note.title));
            o.para(4, &n.note.text);
            why(&mut o, &n.reasons);
            rules(&mut o, explained.map(|e| e.note(&n.note.id)));
        }
    }

    let asks = advice.questions_to_ask();
    if !asks.is_empty() {
        o.heading(words::questions_to_ask());
        let mut current = "";
        for (t, q) in asks {
            if t.id != current {
                o.hang(2, 2, &t.name);
                current = &t.id;
            }
            o.hang(4, 6, &format!("* {q}"));
        }
    }

    said(&mut o, decision::comparison_said(data, advice));

    o.heading(words::references());
    for id in advice.reference_ids(data) {
        if let Some(r) = data.reference(id) {
            let link = r
                .link
                .as_deref()
                .map(|l| format!(" {l}"))
                .unwrap_or_default();
            o.hang(2, 4, &format!("[{}] {}{}", r.id, r.citation, link));
        }
    }
    if data.decision.is_some() {
        said(&mut o, decision::about_said(data));
    }
    o.blank();
    o.hang(
        0,
        2,
        &format!("{}: {}", words::important(), meta.disclaimer),
    );
    o.text
}

fn said(o: &mut Out, lines: Vec<decision::Said>) {
    for l in lines {
        match l {
            decision::Said::Heading(h) => o.heading(&h),
            decision::Said::Para(i, p) => o.hang(i, i + 2, &p),
        }
    }
}

/// Why an item appears, when a rule gave a reason (every level, info too).
fn why(o: &mut Out, reasons: &[&str]) {
    if !reasons.is_empty() {
        o.hang(4, 6, &format!("{}: {}", words::why(), reasons.join(" ")));
    }
}

/// First, before the answers and any treatment: answers that do not fit
/// together, and every caveat that usually means waiting, in full. A
/// pregnant person must meet the pregnancy warning before "commonly used".
fn before_anything(o: &mut Out, data: &Dataset, advice: &Advice) {
    let wait: Vec<_> = advice.at_level(Level::Defer).collect();
    if wait.is_empty() && advice.conflicts.is_empty() {
        return;
    }
    o.heading(words::before_anything());
    if !advice.conflicts.is_empty() {
        o.para(
            2,
            &format!(
                "{} {}",
                words::conflicts_intro(),
                words::conflicts_as_given()
            ),
        );
        for c in &advice.conflicts {
            o.hang(2, 4, &format!("* {}", c.conflict.message));
            let titles = c.titles(data).join(", ");
            o.hang(4, 6, &format!("{}: {titles}", words::questions_involved()));
        }
    }
    if !wait.is_empty() {
        if !advice.conflicts.is_empty() {
            o.blank();
        }
        o.para(2, &format!("{}:", words::level_heading(Level::Defer)));
        for c in wait {
            o.hang(2, 4, &format!("* {}", c.caveat.title));
            o.para(4, &c.caveat.text);
            why(o, &c.reasons);
        }
    }
}
