//! The dataset as clinicians write it in RON. Every struct denies unknown
//! fields so a misspelt field is an error, never silently ignored.

use serde::{Deserialize, Serialize};

#[allow(unused_imports)] // build.rs includes this file without using them all
pub use super::decision::{Band, Compare, DarkPatches, Decision, Fact, Help, Sure};

#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Dataset {
    pub meta: Meta,
    pub questions: Vec<Question>,
    pub treatments: Vec<Treatment>,
    #[serde(default)]
    pub caveats: Vec<Entry>,
    #[serde(default)]
    pub notes: Vec<Entry>,
    pub rules: Vec<Rule>,
    /// Answers that do not fit together, told to the person before advice.
    #[serde(default)]
    pub conflicts: Vec<Conflict>,
    /// Safety properties that must hold for every answer set (`audit`).
    #[serde(default)]
    pub guards: Vec<Guard>,
    pub references: Vec<Reference>,
    /// The comparison's extra option, values and readiness (decision aid).
    #[serde(default)]
    pub decision: Option<Decision>,
}

#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Meta {
    pub title: String,
    pub version: String,
    /// YYYY-MM-DD: the day a clinician last reviewed the content.
    pub reviewed: String,
    pub disclaimer: String,
    /// Who reviewed this version, for the rule book's sign-off block.
    #[serde(default)]
    pub reviewers: Vec<String>,
    /// YYYY-MM-DD: when the content is next due for review ("" if not set).
    #[serde(default)]
    pub review_by: String,
    /// Who wrote the content (IPDAS disclosure).
    #[serde(default)]
    pub authors: Vec<String>,
    /// Who paid for it, and what conflicts of interest there are.
    #[serde(default)]
    pub funding: String,
    #[serde(default)]
    pub conflicts_of_interest: String,
    /// YYYY-MM-DD: when this version was first published.
    #[serde(default)]
    pub published: String,
    /// How and how often the content is brought up to date.
    #[serde(default)]
    pub update_policy: String,
    /// Who translated this copy's words and whether a clinician checked
    /// them: set when a translation is laid over the English, never in RON.
    #[serde(skip)]
    pub translated: Option<Translated>,
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Translated {
    pub by: Vec<String>,
    /// YYYY-MM-DD.
    pub on: String,
    pub review: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Kind {
    One,
    Several,
}

#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Question {
    pub id: String,
    /// A short name for summaries and the review screen ("Scar types").
    pub title: String,
    pub prompt: String,
    pub help: String,
    pub kind: Kind,
    pub options: Vec<Choice>,
    /// Shown only when this holds; may name earlier questions only.
    #[serde(default)]
    pub show_if: Option<Condition>,
    #[serde(default)]
    pub optional: bool,
}

/// One answer option of a question.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Choice {
    pub id: String,
    pub label: String,
    #[serde(default)]
    pub description: String,
    /// "None of these": cannot be combined with the other options.
    #[serde(default)]
    pub exclusive: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Treatment {
    pub id: String,
    pub name: String,
    /// Free text such as "ablative laser", "procedure", "topical".
    pub category: String,
    /// What it is and how it works.
    pub summary: String,
    pub sessions: String,
    pub downtime: String,
    pub what_to_expect: String,
    pub risks: String,
    #[serde(default)]
    pub questions_to_ask: Vec<String>,
    pub references: Vec<String>,
    /// Short facts for the side-by-side comparison.
    #[serde(default)]
    pub compare: Option<Compare>,
}

/// A caveat or an expectation note.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Entry {
    pub id: String,
    pub title: String,
    pub text: String,
    pub references: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Reference {
    pub id: String,
    pub citation: String,
    #[serde(default)]
    pub link: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Rule {
    pub when: Condition,
    pub then: Vec<Effect>,
}

/// Answers that contradict each other ("dents, but flat marks only").
/// The engine reports every conflict whose condition holds; the person is
/// shown the message and offered the listed questions to change.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Conflict {
    pub id: String,
    pub when: Condition,
    /// The questions whose answers disagree, in the order to offer them.
    pub questions: Vec<String>,
    pub message: String,
}

/// Guards: safety properties a clinician writes once and `scarguide audit`
/// proves over every answer set. Clinician cases state their expectations
/// with the same demands.
/// "When these answers, the advice must …".
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Guard {
    pub id: String,
    /// On the answers only (no `listed`): which answer sets the guard is about.
    pub when: Condition,
    /// Every demand must hold for every answer set where `when` holds.
    pub then: Vec<Demand>,
    /// Why the guard exists, in a sentence, for the rule book.
    #[serde(default)]
    pub why: String,
}

/// One demand on the advice. Tiers are ordered by how strongly a treatment
/// is offered: suited, then consider, then not_advised, then not listed at
/// all. Levels by urgency: defer, then discuss, then info, then absent.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Demand {
    /// `at_most("t", consider)`: the treatment is absent or no more strongly
    /// offered than this (consider allows consider and not_advised).
    AtMost(String, Tier),
    /// `at_least("t", consider)`: listed at this tier or a stronger one.
    AtLeast(String, Tier),
    /// `exactly("t", not_advised)`: present at exactly this tier.
    Exactly(String, Tier),
    /// `caveat("c", discuss)`: present at this level or a more urgent one.
    Caveat(String, Level),
    /// `caveat_exactly("c", info)`: present at exactly this level.
    CaveatExactly(String, Level),
    /// `no_caveat("c")`: the caveat is not raised.
    NoCaveat(String),
    /// `note("n")`: the note is shown.
    Note(String),
    /// `no_note("n")`: the note is not shown.
    NoNote(String),
    /// `some_listed(["t", …])`: at least one of these is suited or
    /// consider; an empty list means any treatment at all.
    SomeListed(Vec<String>),
    /// `conflict("k")` / `no_conflict("k")`: the conflict is (not) reported.
    Conflict(String),
    NoConflict(String),
}

/// A test on the answers (and, for `listed`, on the treatments already
/// produced by rules that do not use `listed`).
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Condition {
    Always,
    /// `chosen("question", "option")`
    Chosen(String, String),
    /// `any_of("question", ["option", ...])`
    AnyOf(String, Vec<String>),
    /// `answered("question")`
    Answered(String),
    All(Vec<Condition>),
    Any(Vec<Condition>),
    Not(Box<Condition>),
    /// `listed(["treatment", ...])`: any of these is suited or consider.
    Listed(Vec<String>),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Deserialize, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Tier {
    Suited,
    Consider,
    NotAdvised,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Deserialize, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Level {
    Defer,
    Discuss,
    Info,
}

#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "snake_case", deny_unknown_fields)]
pub enum Effect {
    /// List a treatment at this tier.
    Treatment {
        id: String,
        tier: Tier,
        reason: String,
    },
    /// Cap a treatment at this tier if another rule lists it; never adds it.
    Limit {
        id: String,
        tier: Tier,
        reason: String,
    },
    Caveat {
        id: String,
        level: Level,
        #[serde(default)]
        reason: Option<String>,
    },
    Note {
        id: String,
        #[serde(default)]
        reason: Option<String>,
    },
}

impl Tier {
    pub const ALL: [Tier; 3] = [Tier::Suited, Tier::Consider, Tier::NotAdvised];

    pub fn as_str(self) -> &'static str {
        match self {
            Tier::Suited => "suited",
            Tier::Consider => "consider",
            Tier::NotAdvised => "not_advised",
        }
    }

    /// Whether the treatment is offered (as opposed to usually avoided).
    pub fn is_listed(self) -> bool {
        self != Tier::NotAdvised
    }
}

impl Level {
    pub const ALL: [Level; 3] = [Level::Defer, Level::Discuss, Level::Info];

    pub fn as_str(self) -> &'static str {
        match self {
            Level::Defer => "defer",
            Level::Discuss => "discuss",
            Level::Info => "info",
        }
    }
}

impl Dataset {
    pub fn question(&self, id: &str) -> Option<&Question> {
        self.questions.iter().find(|q| q.id == id)
    }

    pub fn reference(&self, id: &str) -> Option<&Reference> {
        self.references.iter().find(|r| r.id == id)
    }
}

impl Question {
    pub fn option(&self, id: &str) -> Option<&Choice> {
        self.options.iter().find(|o| o.id == id)
    }
}

impl Condition {
    /// Calls `f` on this condition and every condition inside it.
    pub fn walk<'a>(&'a self, f: &mut impl FnMut(&'a Condition)) {
        f(self);
        match self {
            Condition::All(cs) | Condition::Any(cs) => cs.iter().for_each(|c| c.walk(f)),
            Condition::Not(c) => c.walk(f),
            _ => {}
        }
    }

    pub fn uses_listed(&self) -> bool {
        let mut found = false;
        self.walk(&mut |c| found |= matches!(c, Condition::Listed(_)));
        found
    }
}
