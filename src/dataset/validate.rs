//! Checks a parsed dataset for everything serde cannot: ids, cross
//! references, ordering of `show_if`, empty or unsafe text. Every problem
//! is collected so a clinician sees them all in one run.

use std::collections::{HashMap, HashSet};
use std::fmt;

use super::locate::SourceMap;
use super::schema::{Condition, Dataset, Effect, Kind};

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Severity {
    Error,
    Warning,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    pub severity: Severity,
    pub line: Option<usize>,
    pub message: String,
}

impl Problem {
    /// `FILE:LINE: error: message`, in the form editors and terminals link.
    pub fn display<'a>(&'a self, file: &'a str) -> impl fmt::Display + 'a {
        struct D<'a>(&'a Problem, &'a str);
        impl fmt::Display for D<'_> {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                let word = match self.0.severity {
                    Severity::Error => "error",
                    Severity::Warning => "warning",
                };
                match self.0.line {
                    Some(l) => write!(f, "{}:{}: {}: {}", self.1, l, word, self.0.message),
                    None => write!(f, "{}: {}: {}", self.1, word, self.0.message),
                }
            }
        }
        D(self, file)
    }
}

/// The ids of a dataset, indexed once so checks stay linear in its size.
struct Ids<'a> {
    questions: HashMap<&'a str, usize>,
    options: Vec<HashSet<&'a str>>,
    treatments: HashSet<&'a str>,
    caveats: HashSet<&'a str>,
    notes: HashSet<&'a str>,
    references: HashSet<&'a str>,
}

struct Checker<'a> {
    data: &'a Dataset,
    map: &'a SourceMap,
    ids: Ids<'a>,
    problems: Vec<Problem>,
}

pub fn validate(data: &Dataset, map: &SourceMap) -> Vec<Problem> {
    let mut c = Checker {
        data,
        map,
        ids: Ids {
            questions: HashMap::new(),
            options: Vec::new(),
            treatments: HashSet::new(),
            caveats: HashSet::new(),
            notes: HashSet::new(),
            references: HashSet::new(),
        },
        problems: Vec::new(),
    };
    c.index_ids();
    c.check_meta();
    c.check_questions();
    c.check_content();
    c.check_rules();
    c.check_reachability();
    c.problems
        .sort_by_key(|p| (p.severity, p.line.unwrap_or(usize::MAX)));
    c.problems
}

fn q(s: &str) -> String {
    format!("`{}`", super::load::sanitize(s))
}

impl<'a> Checker<'a> {
    fn error(&mut self, path: &str, message: String) {
        let line = self.map.line(path);
        self.problems.push(Problem {
            severity: Severity::Error,
            line,
            message,
        });
    }

    fn warn(&mut self, path: &str, message: String) {
        let line = self.map.line(path);
        self.problems.push(Problem {
            severity: Severity::Warning,
            line,
            message,
        });
    }

    fn index_ids(&mut self) {
        let d = self.data;
        for (i, question) in d.questions.iter().enumerate() {
            let path = format!("questions.{i}");
            if self.ids.questions.insert(&question.id, i).is_some() {
                self.error(&path, format!("duplicate question id {}", q(&question.id)));
            }
            let mut options = HashSet::new();
            for (j, option) in question.options.iter().enumerate() {
                if !options.insert(option.id.as_str()) {
                    self.error(
                        &format!("{path}.options.{j}"),
                        format!(
                            "duplicate option id {} in question {}",
                            q(&option.id),
                            q(&question.id)
                        ),
                    );
                }
            }
            self.ids.options.push(options);
        }
        // Ids that appear twice keep the first; the duplicate is reported.
        let sections: [(&str, &str, Vec<&'a str>); 4] = [
            (
                "treatments",
                "treatment",
                d.treatments.iter().map(|t| t.id.as_str()).collect(),
            ),
            (
                "caveats",
                "caveat",
                d.caveats.iter().map(|e| e.id.as_str()).collect(),
            ),
            (
                "notes",
                "note",
                d.notes.iter().map(|e| e.id.as_str()).collect(),
            ),
            (
                "references",
                "reference",
                d.references.iter().map(|r| r.id.as_str()).collect(),
            ),
        ];
        for (section, what, ids) in sections {
            let mut seen = HashSet::new();
            for (i, id) in ids.into_iter().enumerate() {
                if !seen.insert(id) {
                    self.error(
                        &format!("{section}.{i}"),
                        format!("duplicate {what} id {}", q(id)),
                    );
                }
            }
            match section {
                "treatments" => self.ids.treatments = seen,
                "caveats" => self.ids.caveats = seen,
                "notes" => self.ids.notes = seen,
                _ => self.ids.references = seen,
            }
        }
    }

    /// Text a person will read: not empty, and no control characters that
    /// could drive their terminal (newlines are fine).
    fn text(&mut self, path: &str, what: &str, value: &str, required: bool) {
        if required && value.trim().is_empty() {
            self.error(path, format!("{what} is empty"));
        }
        if let Some(c) = value.chars().find(|&c| c.is_control() && c != '\n') {
            self.error(
                path,
                format!(
                    "{what} contains the control character {} (it could drive the terminal); remove it",
                    c.escape_default()
                ),
            );
        }
    }

    fn check_meta(&mut self) {
        let m = &self.data.meta;
        self.text("meta.title", "meta title", &m.title, true);
        self.text("meta.version", "meta version", &m.version, true);
        self.text("meta.disclaimer", "meta disclaimer", &m.disclaimer, true);
        if !is_iso_date(&m.reviewed) {
            self.error(
                "meta.reviewed",
                format!(
                    "meta reviewed date {} is not a date in the form YYYY-MM-DD",
                    q(&m.reviewed)
                ),
            );
        }
    }

    fn check_questions(&mut self) {
        let d = self.data;
        for (i, question) in d.questions.iter().enumerate() {
            let path = format!("questions.{i}");
            let name = format!("question {}", q(&question.id));
            self.text(&path, &format!("{name} id"), &question.id, true);
            self.text(&path, &format!("{name} title"), &question.title, true);
            self.text(&path, &format!("{name} prompt"), &question.prompt, true);
            self.text(&path, &format!("{name} help"), &question.help, true);
            if question.options.len() < 2 {
                self.error(
                    &path,
                    format!(
                        "{name} has {} option(s); a question needs at least two",
                        question.options.len()
                    ),
                );
            }
            for (j, option) in question.options.iter().enumerate() {
                let opath = format!("{path}.options.{j}");
                let oname = format!("option {} of {name}", q(&option.id));
                self.text(&opath, &format!("{oname} id"), &option.id, true);
                self.text(&opath, &format!("{oname} label"), &option.label, true);
                self.text(
                    &opath,
                    &format!("{oname} description"),
                    &option.description,
                    false,
                );
                if option.exclusive && question.kind == Kind::One {
                    self.warn(
                        &opath,
                        format!("{oname} is marked exclusive, which only matters when several can be chosen"),
                    );
                }
            }
            if let Some(cond) = &question.show_if {
                let cpath = format!("{path}.show_if");
                self.condition(&cpath, &format!("show_if of {name}"), cond, Some(i));
                if cond.uses_listed() {
                    self.error(
                        &cpath,
                        format!("show_if of {name} uses `listed`, which only rules may use"),
                    );
                }
            }
        }
    }

    fn check_content(&mut self) {
        let d = self.data;
        for (i, t) in d.treatments.iter().enumerate() {
            let path = format!("treatments.{i}");
            let name = format!("treatment {}", q(&t.id));
            let fields = [
                ("id", &t.id),
                ("name", &t.name),
                ("category", &t.category),
                ("summary", &t.summary),
                ("sessions", &t.sessions),
                ("downtime", &t.downtime),
                ("what_to_expect", &t.what_to_expect),
                ("risks", &t.risks),
            ];
            for (field, value) in fields {
                self.text(&path, &format!("{name} {field}"), value, true);
            }
            for ask in &t.questions_to_ask {
                self.text(&path, &format!("{name} question to ask"), ask, true);
            }
            self.cited(&path, &name, &t.references);
        }
        for (section, what, entries) in [
            ("caveats", "caveat", &d.caveats),
            ("notes", "note", &d.notes),
        ] {
            for (i, e) in entries.iter().enumerate() {
                let path = format!("{section}.{i}");
                let name = format!("{what} {}", q(&e.id));
                self.text(&path, &format!("{name} id"), &e.id, true);
                self.text(&path, &format!("{name} title"), &e.title, true);
                self.text(&path, &format!("{name} text"), &e.text, true);
                self.cited(&path, &name, &e.references);
            }
        }
        for (i, r) in d.references.iter().enumerate() {
            let path = format!("references.{i}");
            let name = format!("reference {}", q(&r.id));
            self.text(&path, &format!("{name} id"), &r.id, true);
            self.text(&path, &format!("{name} citation"), &r.citation, true);
            if let Some(link) = &r.link {
                self.text(&path, &format!("{name} link"), link, true);
            }
        }
    }

    fn cited(&mut self, path: &str, name: &str, refs: &[String]) {
        for r in refs {
            if !self.ids.references.contains(r.as_str()) {
                self.error(path, format!("{name} cites unknown reference {}", q(r)));
            }
        }
    }

    /// Checks ids in a condition. `before` is the index of the question that
    /// owns a `show_if`: it may only look at earlier questions.
    fn condition(&mut self, path: &str, owner: &str, cond: &Condition, before: Option<usize>) {
        // (question, option) pairs named; option None for `answered` etc.
        let mut named: Vec<(&str, Option<&str>)> = Vec::new();
        let mut treatments: Vec<&str> = Vec::new();
        let mut empty_any_of = false;
        cond.walk(&mut |c| match c {
            Condition::Chosen(qid, o) => named.push((qid, Some(o))),
            Condition::AnyOf(qid, os) => {
                empty_any_of |= os.is_empty();
                named.push((qid, None));
                named.extend(os.iter().map(|o| (qid.as_str(), Some(o.as_str()))));
            }
            Condition::Answered(qid) => named.push((qid, None)),
            Condition::Listed(ts) => treatments.extend(ts.iter().map(String::as_str)),
            Condition::Always | Condition::All(_) | Condition::Any(_) | Condition::Not(_) => {}
        });
        if empty_any_of {
            self.error(path, format!("{owner} has an any_of with no options"));
        }
        for t in treatments {
            if !self.ids.treatments.contains(t) {
                self.error(path, format!("{owner} names unknown treatment {}", q(t)));
            }
        }
        let mut unknown_reported = HashSet::new();
        for (qid, option) in named {
            let Some(&qi) = self.ids.questions.get(qid) else {
                if unknown_reported.insert(qid) {
                    self.error(path, format!("{owner} names unknown question {}", q(qid)));
                }
                continue;
            };
            if let Some(o) = option {
                let known = self.ids.options.get(qi).is_some_and(|s| s.contains(o));
                if !known {
                    self.error(
                        path,
                        format!(
                            "{owner} names unknown option {} of question {}",
                            q(o),
                            q(qid)
                        ),
                    );
                }
            }
            if let Some(own) = before {
                if qi >= own && unknown_reported.insert(qid) {
                    let which = if qi == own {
                        "itself"
                    } else {
                        "a later question"
                    };
                    self.error(
                        path,
                        format!(
                            "{owner} depends on {which} ({}); show_if may only look at earlier questions",
                            q(qid)
                        ),
                    );
                }
            }
        }
    }

    fn check_rules(&mut self) {
        let d = self.data;
        for (i, rule) in d.rules.iter().enumerate() {
            let path = format!("rules.{i}");
            let name = format!("rule {}", i + 1);
            self.condition(&format!("{path}.when"), &name, &rule.when, None);
            if rule.then.is_empty() {
                self.warn(&path, format!("{name} has nothing in `then`"));
            }
            let uses_listed = rule.when.uses_listed();
            for (j, effect) in rule.then.iter().enumerate() {
                let epath = format!("{path}.then.{j}");
                match effect {
                    Effect::Treatment { id, reason, .. } | Effect::Limit { id, reason, .. } => {
                        if !self.ids.treatments.contains(id.as_str()) {
                            self.error(&epath, format!("{name} names unknown treatment {}", q(id)));
                        }
                        self.text(&epath, &format!("{name} reason"), reason, true);
                        if uses_listed {
                            self.error(
                                &epath,
                                format!("{name} uses `listed` and changes a treatment; rules with `listed` may only add caveats and notes"),
                            );
                        }
                    }
                    Effect::Caveat { id, reason, .. } => {
                        if !self.ids.caveats.contains(id.as_str()) {
                            self.error(&epath, format!("{name} names unknown caveat {}", q(id)));
                        }
                        if let Some(r) = reason {
                            self.text(&epath, &format!("{name} reason"), r, true);
                        }
                    }
                    Effect::Note { id, reason } => {
                        if !self.ids.notes.contains(id.as_str()) {
                            self.error(&epath, format!("{name} names unknown note {}", q(id)));
                        }
                        if let Some(r) = reason {
                            self.text(&epath, &format!("{name} reason"), r, true);
                        }
                    }
                }
            }
        }
    }

    /// Warnings for content no rule can produce and options nothing reads.
    fn check_reachability(&mut self) {
        let d = self.data;
        let mut produced: HashSet<(&str, &str)> = HashSet::new();
        let mut mentioned: HashSet<(&str, &str)> = HashSet::new();
        let mut answered: HashSet<&str> = HashSet::new();
        let mut note_cond = |c: &'a Condition| match c {
            Condition::Chosen(qid, o) => {
                mentioned.insert((qid, o));
            }
            Condition::AnyOf(qid, os) => {
                for o in os {
                    mentioned.insert((qid, o));
                }
            }
            Condition::Answered(qid) => {
                answered.insert(qid);
            }
            _ => {}
        };
        for rule in &d.rules {
            rule.when.walk(&mut note_cond);
            for e in &rule.then {
                match e {
                    Effect::Treatment { id, .. } => produced.insert(("treatment", id)),
                    Effect::Limit { .. } => false,
                    Effect::Caveat { id, .. } => produced.insert(("caveat", id)),
                    Effect::Note { id, .. } => produced.insert(("note", id)),
                };
            }
        }
        for question in &d.questions {
            if let Some(c) = &question.show_if {
                c.walk(&mut note_cond);
            }
        }
        for (i, t) in d.treatments.iter().enumerate() {
            if !produced.contains(&("treatment", t.id.as_str())) {
                self.warn(
                    &format!("treatments.{i}"),
                    format!("no rule lists treatment {}", q(&t.id)),
                );
            }
        }
        for (section, what, entries) in [
            ("caveats", "caveat", &d.caveats),
            ("notes", "note", &d.notes),
        ] {
            for (i, e) in entries.iter().enumerate() {
                if !produced.contains(&(what, e.id.as_str())) {
                    self.warn(
                        &format!("{section}.{i}"),
                        format!("no rule produces {what} {}", q(&e.id)),
                    );
                }
            }
        }
        for (i, question) in d.questions.iter().enumerate() {
            if answered.contains(question.id.as_str()) {
                continue;
            }
            for (j, o) in question.options.iter().enumerate() {
                if o.exclusive {
                    continue; // "none of these" is meant to produce nothing
                }
                if !mentioned.contains(&(question.id.as_str(), o.id.as_str())) {
                    self.warn(
                        &format!("questions.{i}.options.{j}"),
                        format!(
                            "option {} of question {} is not used by any rule or show_if",
                            q(&o.id),
                            q(&question.id)
                        ),
                    );
                }
            }
        }
    }
}

fn is_iso_date(s: &str) -> bool {
    s.parse::<jiff::civil::Date>().is_ok() && s.len() == 10
}
