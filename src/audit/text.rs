//! `scarguide audit` as text for a clinician: the size of the answer
//! space, each guard proved or broken (with its smallest counterexample in
//! words, as an answers file, and the rules behind it), the lint findings
//! and how often each rule fires.

use std::fmt::Write;

use crate::advice::compiled::{Compiled, Item};
use crate::advice::demand::{found, written};
use crate::advice::evaluate;
use crate::dataset::{Dataset, Effect, SourceMap};

use super::demand::{About, Need};
use super::findings::{answers_file, in_words, thousands};
use super::prove::{self, Culprit};
use super::{Audit, Proof};

/// "rule 7 (line 612): treatment `fillers` consider: "reason"".
pub fn culprit(data: &Dataset, map: &SourceMap, c: &Culprit) -> String {
    let line = map
        .line_within(&format!("rules.{}", c.rule))
        .map_or(String::new(), |l| format!(" (line {l})"));
    let effect = data
        .rules
        .get(c.rule)
        .and_then(|r| r.then.get(c.effect))
        .map_or(String::new(), |e| match e {
            Effect::Treatment { id, tier, reason } => {
                format!("treatment `{id}` {}: \"{reason}\"", tier.as_str())
            }
            Effect::Limit { id, tier, reason } => {
                format!("limit `{id}` to {}: \"{reason}\"", tier.as_str())
            }
            Effect::Caveat { id, level, reason } => format!(
                "caveat `{id}` {}{}",
                level.as_str(),
                reason
                    .as_ref()
                    .map_or(String::new(), |r| format!(": \"{r}\""))
            ),
            Effect::Note { id, reason } => format!(
                "note `{id}`{}",
                reason
                    .as_ref()
                    .map_or(String::new(), |r| format!(": \"{r}\""))
            ),
        });
    format!("rule {}{line}: {effect}", c.rule + 1)
}

/// The comment at the top of a counterexample's answers file.
pub fn file_comment(data: &Dataset, p: &Proof) -> String {
    let id = data.guards.get(p.guard).map_or("", |g| g.id.as_str());
    format!("A counterexample to guard `{id}` (scarguide audit).\nscarguide report --answers THIS_FILE (with the same --data) shows its advice.")
}

pub fn render(data: &Dataset, name: &str, text: &str, audit: &Audit) -> String {
    let map = SourceMap::scan(text);
    let compiled = Compiled::new(data);
    let mut s = String::new();
    let m = &data.meta;
    let _ = writeln!(
        s,
        "scarguide audit: {name}: \"{}\" version {} (reviewed {})",
        m.title, m.version, m.reviewed
    );
    let _ = writeln!(
        s,
        "{} complete answer sets (every combination of answers the interview allows)\n",
        thousands(audit.answer_sets)
    );
    guards(&mut s, data, &map, &compiled, audit);
    lint(&mut s, data, &map, audit);
    let _ = writeln!(
        s,
        "\nRules: in how many complete answer sets each fires (of {})",
        thousands(audit.answer_sets)
    );
    for (r, n) in audit.lint.fires.iter().enumerate() {
        let line = map
            .line_within(&format!("rules.{r}"))
            .map_or(String::new(), |l| format!(" (line {l})"));
        let share = if audit.answer_sets == 0 {
            0.0
        } else {
            *n as f64 * 100.0 / audit.answer_sets as f64
        };
        let _ = writeln!(
            s,
            "  rule {:<3}{:<12} {:>14}  {share:5.1} %",
            r + 1,
            line,
            thousands(*n)
        );
    }
    s
}

fn guards(s: &mut String, data: &Dataset, map: &SourceMap, compiled: &Compiled, audit: &Audit) {
    let broken = audit.broken().count();
    let _ = writeln!(
        s,
        "Guards: {} proved, {broken} broken",
        audit.proofs.len() - broken
    );
    for p in &audit.proofs {
        let Some(g) = data.guards.get(p.guard) else {
            continue;
        };
        let line = map
            .line_within(&format!("guards.{}", p.guard))
            .map_or(String::new(), |l| format!(" (line {l})"));
        if p.proved() {
            let note = if p.covered == 0 {
                " (its `when` matches no answer set: it proves nothing)"
            } else {
                ""
            };
            let _ = writeln!(
                s,
                "  proved  {}{line}: over {} answer sets{note}",
                g.id,
                thousands(p.covered)
            );
            continue;
        }
        let _ = writeln!(
            s,
            "  BROKEN  {}{line}: for {} of the {} answer sets it covers",
            g.id,
            thousands(p.violating),
            thousands(p.covered)
        );
        let Some(c) = &p.counterexample else {
            continue;
        };
        let chosen: usize = c.answers.in_order(data).map(|(_, o)| o.len()).sum();
        let _ = writeln!(
            s,
            "    Smallest counterexample ({chosen} option{} chosen):",
            if chosen == 1 { "" } else { "s" }
        );
        for (title, labels) in in_words(data, &c.answers) {
            let said = if labels.is_empty() {
                crate::words::not_answered().to_string()
            } else {
                labels.join(", ")
            };
            let _ = writeln!(s, "      {title}: {said}");
        }
        let advice = evaluate(data, &c.answers);
        for &i in &c.failed {
            let Some(d) = g.then.get(i) else { continue };
            let Ok(need) = Need::new(data, d) else {
                continue;
            };
            let _ = writeln!(s, "    Fails {}: {}", written(d), found(&advice, d));
            if let About::Conflict(k) = need.about() {
                let line = map
                    .line_within(&format!("conflicts.{k}"))
                    .map_or(String::new(), |l| format!(" (line {l})"));
                let id = data.conflicts.get(k).map_or("", |x| x.id.as_str());
                let _ = writeln!(
                    s,
                    "      conflict `{id}`{line}: its own condition decides it"
                );
                continue;
            }
            let rules = prove::culprits(data, compiled, &c.answers, &need);
            if rules.is_empty() {
                let _ = writeln!(s, "      no rule produces it for these answers");
            }
            for r in &rules {
                let _ = writeln!(s, "      {}", culprit(data, map, r));
            }
        }
        let _ = writeln!(s, "    As an answers file:");
        for l in answers_file(data, &c.answers, &file_comment(data, p)).lines() {
            let _ = writeln!(s, "      {l}");
        }
    }
}

fn lint(s: &mut String, data: &Dataset, map: &SourceMap, audit: &Audit) {
    let l = &audit.lint;
    let at = |path: String| {
        map.line_within(&path)
            .map_or(String::new(), |n| format!(" (line {n})"))
    };
    let _ = writeln!(s, "\nContent that never takes effect");
    let mut any = false;
    for r in l.never_fire() {
        any = true;
        let _ = writeln!(
            s,
            "  rule {}{} never fires",
            r + 1,
            at(format!("rules.{r}"))
        );
    }
    for &r in &l.only_unanswered {
        any = true;
        let _ = writeln!(
            s,
            "  rule {}{} never fires for a complete answer set (only when a question is left unanswered)",
            r + 1,
            at(format!("rules.{r}"))
        );
    }
    for c in &l.capped {
        any = true;
        let id = data
            .treatments
            .get(c.treatment)
            .map_or("", |t| t.id.as_str());
        let why = if c.by_limit {
            "a `limit` always caps it lower"
        } else {
            "other rules or limits always make it more cautious"
        };
        let _ = writeln!(
            s,
            "  rule {}{}: `treatment` `{id}` {} never changes the advice: {why}",
            c.rule + 1,
            at(format!("rules.{}.then.{}", c.rule, c.effect)),
            c.tier.as_str()
        );
    }
    for u in &l.unreachable_tiers {
        any = true;
        let id = data
            .treatments
            .get(u.treatment)
            .map_or("", |t| t.id.as_str());
        let by: Vec<String> = u
            .named_by
            .iter()
            .map(|(r, _)| format!("rule {}", r + 1))
            .collect();
        let _ = writeln!(
            s,
            "  `{id}` is never {} (named by {})",
            u.tier.as_str(),
            by.join(", ")
        );
    }
    for item in &l.never_produced {
        any = true;
        let (what, path, id) = match *item {
            Item::Treatment(i) => (
                "treatment",
                format!("treatments.{i}"),
                data.treatments.get(i).map(|x| &x.id),
            ),
            Item::Caveat(i) => (
                "caveat",
                format!("caveats.{i}"),
                data.caveats.get(i).map(|x| &x.id),
            ),
            Item::Note(i) => (
                "note",
                format!("notes.{i}"),
                data.notes.get(i).map(|x| &x.id),
            ),
        };
        let id = id.map_or("", String::as_str);
        let _ = writeln!(s, "  {what} `{id}`{} is never produced", at(path));
    }
    for &k in &l.never_matching {
        any = true;
        let id = data.conflicts.get(k).map_or("", |c| c.id.as_str());
        let _ = writeln!(
            s,
            "  conflict `{id}`{} never matches",
            at(format!("conflicts.{k}"))
        );
    }
    if !any {
        let _ = writeln!(
            s,
            "  none: every rule fires, every effect and item can show"
        );
    }
}
