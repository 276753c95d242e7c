//! "For every answer set where …": the content tests' one way to quantify
//! over the whole answer space. The space is split into classes that the
//! items under test cannot tell apart (`scarguide::audit::Space`); one
//! member of each class is evaluated, and its class size is counted.

use std::fmt;
use std::sync::OnceLock;

use std::collections::HashMap;

use scarguide::advice::compiled::{Compiled, Item, Outcome};
use scarguide::advice::evaluate;
use scarguide::audit::{Focus, Space, Universe};
use scarguide::dataset::{self, Condition, Dataset, Level, Question, Tier};
use scarguide::interview::{visibility, Answers};

/// Every procedure: what pregnancy and breastfeeding cap at `consider`.
pub const PROCEDURES: [&str; 13] = [
    "ablative_fractional",
    "ablative_full",
    "nonablative_fractional",
    "picosecond_fractional",
    "rf_microneedling",
    "microneedling",
    "vascular_laser",
    "subcision",
    "tca_cross",
    "punch_techniques",
    "fillers",
    "chemical_peels",
    "steroid_injection",
];

/// Lasers, peels, needling and TCA CROSS: what cold sores, pigment risk and
/// melasma are raised for.
pub const LASER_PEEL_NEEDLING: [&str; 9] = [
    "ablative_fractional",
    "ablative_full",
    "nonablative_fractional",
    "picosecond_fractional",
    "rf_microneedling",
    "microneedling",
    "vascular_laser",
    "chemical_peels",
    "tca_cross",
];

pub fn data() -> &'static Dataset {
    static DATA: OnceLock<Dataset> = OnceLock::new();
    DATA.get_or_init(|| match dataset::embedded() {
        Ok(c) => c.dataset,
        Err(e) => panic!("the embedded dataset does not load: {e}"),
    })
}

/// What a test looks at; everything else about the answers may vary
/// freely within a class.
#[derive(Clone, Default)]
pub struct On {
    focus: Focus,
}

pub fn on() -> On {
    On::default()
}

impl On {
    pub fn treatment(self, id: &str) -> On {
        On {
            focus: self.focus.with_treatment(id),
        }
    }
    pub fn caveat(self, id: &str) -> On {
        On {
            focus: self.focus.with_caveat(id),
        }
    }
    pub fn note(self, id: &str) -> On {
        On {
            focus: self.focus.with_note(id),
        }
    }
    pub fn conflict(self, id: &str) -> On {
        On {
            focus: self.focus.with_conflict(id),
        }
    }
    /// A fact about the answers that the check itself reads.
    pub fn reads(self, condition: &str) -> On {
        On {
            focus: self.focus.with_condition(parse(condition)),
        }
    }
}

fn parse(condition: &str) -> Condition {
    ron::from_str(condition).unwrap_or_else(|e| panic!("bad condition {condition}: {e}"))
}

/// The compiled engine (equal to `evaluate`, tests/advice_compiled.rs) and
/// the index of every id, built once per test binary.
struct Engine {
    compiled: Compiled,
    index: HashMap<(&'static str, String), usize>,
}

fn engine() -> &'static Engine {
    static ENGINE: OnceLock<Engine> = OnceLock::new();
    ENGINE.get_or_init(|| {
        let d = data();
        let mut index = HashMap::new();
        for (i, t) in d.treatments.iter().enumerate() {
            index.insert(("treatment", t.id.clone()), i);
        }
        for (i, c) in d.caveats.iter().enumerate() {
            index.insert(("caveat", c.id.clone()), i);
        }
        for (i, n) in d.notes.iter().enumerate() {
            index.insert(("note", n.id.clone()), i);
        }
        for (i, k) in d.conflicts.iter().enumerate() {
            index.insert(("conflict", k.id.clone()), i);
        }
        Engine {
            compiled: Compiled::new(d),
            index,
        }
    })
}

fn index(kind: &'static str, id: &str) -> usize {
    match engine().index.get(&(kind, id.to_string())) {
        Some(&i) => i,
        None => panic!("no {kind} `{id}` in the dataset"),
    }
}

/// One class of answer sets, seen through its representative.
pub struct Seen<'a> {
    pub answers: &'a Answers,
    outcome: &'a Outcome,
    /// How many answer sets the class holds.
    pub count: u128,
}

impl Seen<'_> {
    pub fn tier(&self, t: &str) -> Option<Tier> {
        self.outcome.tier(index("treatment", t))
    }
    pub fn listed(&self, t: &str) -> bool {
        self.tier(t).is_some_and(Tier::is_listed)
    }
    pub fn level(&self, c: &str) -> Option<Level> {
        self.outcome.level(index("caveat", c))
    }
    pub fn note(&self, n: &str) -> bool {
        self.outcome.has_note(index("note", n))
    }
    pub fn conflict(&self, id: &str) -> bool {
        self.outcome.conflict(index("conflict", id))
    }
    pub fn reasons(&self, t: &str) -> Vec<&'static str> {
        let e = engine();
        e.compiled
            .reasons(self.outcome, Item::Treatment(index("treatment", t)))
    }
    pub fn chosen(&self, q: &str, o: &str) -> bool {
        self.answers.is_chosen(q, o)
    }
    pub fn any(&self, q: &str, os: &[&str]) -> bool {
        os.iter().any(|o| self.chosen(q, o))
    }
}

impl fmt::Display for Seen<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let parts: Vec<String> = self
            .answers
            .in_order(data())
            .map(|(q, os)| format!("{}: {}", q.id, os.join(", ")))
            .collect();
        write!(
            f,
            "{{{}}} (one of {} answer sets)",
            parts.join("; "),
            self.count
        )
    }
}

/// Runs `check` on every class of answer sets (complete or with questions
/// left unanswered, as `report` accepts) in which `when` holds. Returns
/// how many answer sets matched, and fails when none did: a check of
/// nothing proves nothing. Every 50th class is also run through
/// `evaluate` itself and must give the same advice.
pub fn every(when: &str, on: On, mut check: impl FnMut(&Seen)) -> u128 {
    let d = data();
    let e = engine();
    let cond = parse(when);
    let focus = on.focus.with_condition(cond.clone());
    let space = Space::new(d, &focus, Universe::WithUnanswered)
        .unwrap_or_else(|err| panic!("cannot build the answer space: {err}"));
    let never = |_: &str| false;
    let mut outcome = e.compiled.outcome();
    let (mut matched, mut classes) = (0u128, 0u64);
    space.for_each(|answers, count| {
        if !visibility::holds(&cond, answers, &never) {
            return;
        }
        let bits = e.compiled.encode(answers);
        e.compiled.evaluate_into(&bits, &mut outcome);
        if classes % 50 == 0 {
            let slow = evaluate(d, answers);
            assert!(
                e.compiled.advice(d, &bits, &outcome) == slow,
                "the compiled engine differs for {answers:?}"
            );
        }
        classes += 1;
        check(&Seen {
            answers,
            outcome: &outcome,
            count,
        });
        matched += count;
    });
    assert!(matched > 0, "no answer set matches {when}");
    matched
}

// ---- Plain look-ups into the dataset ------------------------------------

pub fn question(id: &str) -> Question {
    data()
        .question(id)
        .cloned()
        .unwrap_or_else(|| panic!("no question {id}"))
}

pub fn treatment_ids() -> Vec<String> {
    data().treatments.iter().map(|t| t.id.clone()).collect()
}

pub fn treatment_field(id: &str, field: &str) -> String {
    let t = data()
        .treatments
        .iter()
        .find(|t| t.id == id)
        .unwrap_or_else(|| panic!("no treatment {id}"));
    match field {
        "summary" => t.summary.clone(),
        "sessions" => t.sessions.clone(),
        "downtime" => t.downtime.clone(),
        "what_to_expect" => t.what_to_expect.clone(),
        "risks" => t.risks.clone(),
        other => panic!("no field {other}"),
    }
}

pub fn treatment_refs(id: &str) -> Vec<String> {
    data()
        .treatments
        .iter()
        .find(|t| t.id == id)
        .map(|t| t.references.clone())
        .unwrap_or_default()
}

pub fn caveat_text(id: &str) -> String {
    data()
        .caveats
        .iter()
        .find(|c| c.id == id)
        .map(|c| c.text.clone())
        .unwrap_or_else(|| panic!("no caveat {id}"))
}

pub fn caveat_refs(id: &str) -> Vec<String> {
    data()
        .caveats
        .iter()
        .find(|c| c.id == id)
        .map(|c| c.references.clone())
        .unwrap_or_default()
}

pub fn note_text(id: &str) -> String {
    data()
        .notes
        .iter()
        .find(|c| c.id == id)
        .map(|c| c.text.clone())
        .unwrap_or_else(|| panic!("no note {id}"))
}

/// "treatment x", "caveat y", "note z" for every item that cites `reference`.
pub fn items_citing(reference: &str) -> Vec<String> {
    let d = data();
    let r = reference.to_string();
    let t = d
        .treatments
        .iter()
        .filter(|t| t.references.contains(&r))
        .map(|t| format!("treatment {}", t.id));
    let c = d
        .caveats
        .iter()
        .filter(|c| c.references.contains(&r))
        .map(|c| format!("caveat {}", c.id));
    let n = d
        .notes
        .iter()
        .filter(|n| n.references.contains(&r))
        .map(|n| format!("note {}", n.id));
    t.chain(c).chain(n).collect()
}

pub fn rule_reasons() -> Vec<String> {
    use scarguide::dataset::Effect;
    let mut out = Vec::new();
    for rule in &data().rules {
        for e in &rule.then {
            match e {
                Effect::Treatment { reason, .. } | Effect::Limit { reason, .. } => {
                    out.push(reason.clone())
                }
                Effect::Caveat {
                    reason: Some(r), ..
                }
                | Effect::Note {
                    reason: Some(r), ..
                } => out.push(r.clone()),
                _ => {}
            }
        }
    }
    out
}

/// Every text a patient reads, named.
pub fn patient_texts() -> Vec<(String, String)> {
    let d = data();
    let mut out: Vec<(String, String)> = Vec::new();
    for q in &d.questions {
        out.push((format!("{} prompt", q.id), q.prompt.clone()));
        out.push((format!("{} help", q.id), q.help.clone()));
        for o in &q.options {
            out.push((
                format!("{}.{}", q.id, o.id),
                format!("{} {}", o.label, o.description),
            ));
        }
    }
    for t in &d.treatments {
        for f in ["summary", "sessions", "downtime", "what_to_expect", "risks"] {
            out.push((format!("{} {f}", t.id), treatment_field(&t.id, f)));
        }
        for a in &t.questions_to_ask {
            out.push((format!("{} question", t.id), a.clone()));
        }
    }
    for e in d.caveats.iter().chain(&d.notes) {
        out.push((e.id.clone(), format!("{} {}", e.title, e.text)));
    }
    for c in &d.conflicts {
        out.push((c.id.clone(), c.message.clone()));
    }
    for (i, r) in rule_reasons().into_iter().enumerate() {
        out.push((format!("reason {i}"), r));
    }
    out
}
