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
    ids: Ids<'a>,
    /// Problems with the path of the value at fault; lines come later.
    found: Vec<(Severity, String, String)>,
}

/// Validates `data`, parsed from `text`. The text is scanned for line
/// numbers only when there is something to report, so a valid dataset
/// costs no more than its parse.
pub fn validate(data: &Dataset, text: &str) -> Vec<Problem> {
    let mut c = Checker {
        data,
        ids: Ids {
            questions: HashMap::new(),
            options: Vec::new(),
            treatments: HashSet::new(),
            caveats: HashSet::new(),
            notes: HashSet::new(),
            references: HashSet::new(),
        },
        found: Vec::new(),
    };
    c.index_ids();
    c.check_meta();
    c.check_questions();
    c.check_content();
    c.check_rules();
    c.check_reachability();
    if c.found.is_empty() {
        return Vec::new();
    }
    let map = SourceMap::scan(text);
    let mut problems: Vec<Problem> = c
        .found
        .into_iter()
        .map(|(severity, path, message)| Problem {
            severity,
            line: line_of(&map, &path),
            message,
        })
        .collect();
    problems.sort_by_key(|p| (p.severity, p.line.unwrap_or(usize::MAX)));
    problems
}

/// The line of `path`, or of the nearest enclosing item that was found
/// (`questions.2.options.1.label` → `questions.2.options.1` → …).
fn line_of(map: &SourceMap, path: &str) -> Option<usize> {
    let mut p = path;
    loop {
        if let Some(l) = map.line(p) {
            return Some(l);
        }
        p = &p[..p.rfind('.')?];
    }
}

fn q(s: &str) -> String {
    format!("`{}`", super::load::sanitize(s))
}

impl<'a> Checker<'a> {
    fn error(&mut self, path: &str, message: String) {
        self.found
            .push((Severity::Error, path.to_string(), message));
    }

    fn warn(&mut self, path: &str, message: String) {
        self.found
            .push((Severity::Warning, path.to_string(), message));
    }

    fn index_ids(&mut self) {
        let d = self.data;
        for (i, question) in d.questions.iter().enumerate() {
            let path = format!("questions.{i}");
            if self.ids.questions.contains_key(question.id.as_str()) {
                self.error(
                    &format!("{path}.id"),
                    format!("duplicate question id {}", q(&question.id)),
                );
            } else {
                self.ids.questions.insert(&question.id, i);
            }
            let mut options = HashSet::new();
            for (j, option) in question.options.iter().enumerate() {
                if !options.insert(option.id.as_str()) {
                    self.error(
                        &format!("{path}.options.{j}.id"),
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
                        &format!("{section}.{i}.id"),
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
    /// `at` names the value (its path and a description) and is only called
    /// when there is a problem, keeping the common case free of allocation.
    fn text(&mut self, value: &str, required: bool, at: impl FnOnce() -> (String, String)) {
        let empty = required && value.trim().is_empty();
        let control = value.chars().find(|&c| c.is_control() && c != '\n');
        if !empty && control.is_none() {
            return;
        }
        let (path, what) = at();
        if empty {
            self.error(&path, format!("{what} is empty"));
        }
        if let Some(c) = control {
            self.error(
                &path,
                format!(
                    "{what} contains the control character {} (it could drive the terminal); remove it",
                    c.escape_default()
                ),
            );
        }
    }

    fn check_meta(&mut self) {
        let m = &self.data.meta;
        self.text(&m.title, true, || {
            ("meta.title".to_string(), "meta title".to_string())
        });
        self.text(&m.version, true, || {
            ("meta.version".to_string(), "meta version".to_string())
        });
        self.text(&m.disclaimer, true, || {
            ("meta.disclaimer".to_string(), "meta disclaimer".to_string())
        });
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
            self.text(&question.id, true, || {
                (format!("{path}.id"), format!("{name} id"))
            });
            self.text(&question.title, true, || {
                (format!("{path}.title"), format!("{name} title"))
            });
            self.text(&question.prompt, true, || {
                (format!("{path}.prompt"), format!("{name} prompt"))
            });
            self.text(&question.help, true, || {
                (format!("{path}.help"), format!("{name} help"))
            });
            if question.options.len() < 2 {
                self.error(
                    &format!("{path}.options"),
                    format!(
                        "{name} has {} option(s); a question needs at least two",
                        question.options.len()
                    ),
                );
            }
            for (j, option) in question.options.iter().enumerate() {
                let opath = format!("{path}.options.{j}");
                let oname = format!("option {} of {name}", q(&option.id));
                self.text(&option.id, true, || {
                    (format!("{opath}.id"), format!("{oname} id"))
                });
                self.text(&option.label, true, || {
                    (format!("{opath}.label"), format!("{oname} label"))
                });
                self.text(&option.description, false, || {
                    (
                        format!("{opath}.description"),
                        format!("{oname} description"),
                    )
                });
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
                self.text(value, true, || {
                    (format!("{path}.{field}"), format!("{name} {field}"))
                });
            }
            for ask in &t.questions_to_ask {
                self.text(ask, true, || {
                    (
                        format!("{path}.questions_to_ask"),
                        format!("{name} question to ask"),
                    )
                });
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
                self.text(&e.id, true, || (format!("{path}.id"), format!("{name} id")));
                self.text(&e.title, true, || {
                    (format!("{path}.title"), format!("{name} title"))
                });
                self.text(&e.text, true, || {
                    (format!("{path}.text"), format!("{name} text"))
                });
                self.cited(&path, &name, &e.references);
            }
        }
        for (i, r) in d.references.iter().enumerate() {
            let path = format!("references.{i}");
            let name = format!("reference {}", q(&r.id));
            self.text(&r.id, true, || (format!("{path}.id"), format!("{name} id")));
            self.text(&r.citation, true, || {
                (format!("{path}.citation"), format!("{name} citation"))
            });
            if let Some(link) = &r.link {
                self.text(link, true, || {
                    (format!("{path}.link"), format!("{name} link"))
                });
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
                            self.error(
                                &format!("{epath}.id"),
                                format!("{name} names unknown treatment {}", q(id)),
                            );
                        }
                        self.text(reason, true, || {
                            (format!("{epath}.reason"), format!("{name} reason"))
                        });
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
                            self.text(r, true, || {
                                (format!("{epath}.reason"), format!("{name} reason"))
                            });
                        }
                    }
                    Effect::Note { id, reason } => {
                        if !self.ids.notes.contains(id.as_str()) {
                            self.error(&epath, format!("{name} names unknown note {}", q(id)));
                        }
                        if let Some(r) = reason {
                            self.text(r, true, || {
                                (format!("{epath}.reason"), format!("{name} reason"))
                            });
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
                    &format!("treatments.{i}.id"),
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
                        &format!("{section}.{i}.id"),
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
