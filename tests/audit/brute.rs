//! The audit's facts computed the slow, obvious way: every complete
//! answer set enumerated one by one, `evaluate` called on each, demands
//! and rule firings read off the `Advice` by rules written here from the
//! documentation (not from src/audit).

use scarguide::advice::{evaluate, Advice};
use scarguide::dataset::{Dataset, Demand, Effect, Guard, Kind, Level, Question, Tier};
use scarguide::interview::{visibility, Answers};

/// Every answer a question allows: one option; or a non-empty set of
/// non-exclusive options, or one exclusive option alone.
fn legal(q: &Question) -> Vec<Vec<&str>> {
    match q.kind {
        Kind::One => q.options.iter().map(|o| vec![o.id.as_str()]).collect(),
        Kind::Several => {
            let free: Vec<&str> = q
                .options
                .iter()
                .filter(|o| !o.exclusive)
                .map(|o| o.id.as_str())
                .collect();
            let mut out: Vec<Vec<&str>> = (1u32..1 << free.len())
                .map(|mask| {
                    (0..free.len())
                        .filter(|i| mask >> i & 1 == 1)
                        .map(|i| free[i])
                        .collect()
                })
                .collect();
            let exclusive = q.options.iter().filter(|o| o.exclusive);
            out.extend(exclusive.map(|o| vec![o.id.as_str()]));
            out
        }
    }
}

/// Every answer set: complete (each shown required question answered) or,
/// with `skip_any`, any shown question may be left unanswered. Hidden
/// questions are never answered.
pub fn universe(data: &Dataset, skip_any: bool) -> Vec<Answers> {
    let mut all = vec![Answers::new()];
    for q in &data.questions {
        let mut next = Vec::new();
        for a in all {
            if !visibility::is_shown(q, &a) {
                next.push(a);
                continue;
            }
            let mut choices = legal(q);
            if q.optional || skip_any {
                choices.push(Vec::new());
            }
            for c in choices {
                let mut b = a.clone();
                b.set(q, &c);
                next.push(b);
            }
        }
        all = next;
    }
    all
}

/// How strongly offered: suited 3, consider 2, not_advised 1, absent 0.
fn strength(t: Option<Tier>) -> u8 {
    match t {
        Some(Tier::Suited) => 3,
        Some(Tier::Consider) => 2,
        Some(Tier::NotAdvised) => 1,
        None => 0,
    }
}

/// How urgent: defer 3, discuss 2, info 1, absent 0.
fn urgency(l: Option<Level>) -> u8 {
    match l {
        Some(Level::Defer) => 3,
        Some(Level::Discuss) => 2,
        Some(Level::Info) => 1,
        None => 0,
    }
}

/// The documented meaning of a demand (schema.rs), on `evaluate`'s advice.
pub fn demand_holds(d: &Demand, a: &Advice) -> bool {
    let tier = |t: &str| {
        a.treatments
            .iter()
            .find(|x| x.treatment.id == t)
            .map(|x| x.tier)
    };
    let level = |c: &str| a.caveats.iter().find(|x| x.caveat.id == c).map(|x| x.level);
    let note = |n: &str| a.notes.iter().any(|x| x.note.id == n);
    let conflict = |k: &str| a.conflicts.iter().any(|x| x.conflict.id == k);
    match d {
        Demand::AtMost(t, w) => strength(tier(t)) <= strength(Some(*w)),
        Demand::AtLeast(t, w) => strength(tier(t)) >= strength(Some(*w)),
        Demand::Exactly(t, w) => tier(t) == Some(*w),
        Demand::Caveat(c, w) => urgency(level(c)) >= urgency(Some(*w)),
        Demand::CaveatExactly(c, w) => level(c) == Some(*w),
        Demand::NoCaveat(c) => level(c).is_none(),
        Demand::Note(n) => note(n),
        Demand::NoNote(n) => !note(n),
        Demand::SomeListed(ts) => a.treatments.iter().any(|x| {
            matches!(x.tier, Tier::Suited | Tier::Consider)
                && (ts.is_empty() || ts.contains(&x.treatment.id))
        }),
        Demand::Conflict(k) => conflict(k),
        Demand::NoConflict(k) => !conflict(k),
    }
}

/// Whether rule `r` fires for `answers`: its condition on the effective
/// answers, `listed` read from the final tiers (rules with `listed` only
/// add caveats and notes, so the tiers they see are final).
pub fn fires(data: &Dataset, r: usize, answers: &Answers, advice: &Advice) -> bool {
    let effective = visibility::effective(data, answers);
    let listed = |t: &str| {
        advice
            .treatments
            .iter()
            .any(|x| x.treatment.id == t && x.tier != Tier::NotAdvised)
    };
    visibility::holds(&data.rules[r].when, &effective, &listed)
}

/// The chosen options as (question, option) positions, dataset order.
pub fn positions(data: &Dataset, a: &Answers) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    for (qi, q) in data.questions.iter().enumerate() {
        for (oi, o) in q.options.iter().enumerate() {
            if a.is_chosen(&q.id, &o.id) {
                out.push((qi, oi));
            }
        }
    }
    out
}

/// How big an answer set is: its number of options, then how many are not
/// "none of these" (exclusive), then their positions.
type Size = (usize, usize, Vec<(usize, usize)>);

/// A guard's facts by brute force: (covered, violating, smallest
/// counterexample by fewest options, then fewest not exclusive, then
/// dataset order).
pub fn guard(
    data: &Dataset,
    g: &Guard,
    all: &[(Answers, Advice)],
) -> (u128, u128, Option<Answers>) {
    let never = |_: &str| false;
    let (mut covered, mut violating) = (0u128, 0u128);
    // The smallest so far (see `Size`) and the answers.
    let mut best: Option<(Size, &Answers)> = None;
    for (answers, advice) in all {
        if !visibility::holds(&g.when, answers, &never) {
            continue;
        }
        covered += 1;
        if g.then.iter().all(|d| demand_holds(d, advice)) {
            continue;
        }
        violating += 1;
        let p = positions(data, answers);
        let plain = p
            .iter()
            .filter(|&&(q, o)| {
                data.questions
                    .get(q)
                    .and_then(|q| q.options.get(o))
                    .is_some_and(|o| !o.exclusive)
            })
            .count();
        let key = (p.len(), plain, p);
        if best.as_ref().is_none_or(|(b, _)| key < *b) {
            best = Some((key, answers));
        }
    }
    (covered, violating, best.map(|(_, a)| a.clone()))
}

/// Each complete answer set with its advice.
pub fn evaluated(data: &Dataset) -> Vec<(Answers, Advice<'_>)> {
    universe(data, false)
        .into_iter()
        .map(|a| {
            let advice = evaluate(data, &a);
            (a, advice)
        })
        .collect()
}

fn caution(t: Tier) -> u8 {
    3 - strength(Some(t))
}

/// Per `treatment` effect of a rule that fires: (rule, effect, decisive
/// somewhere, always capped by limits alone).
pub fn effects(data: &Dataset, all: &[(Answers, Advice)]) -> Vec<(usize, usize, bool, bool)> {
    let mut out = Vec::new();
    for (r, rule) in data.rules.iter().enumerate() {
        for (e, effect) in rule.then.iter().enumerate() {
            let Effect::Treatment { id, tier, .. } = effect else {
                continue;
            };
            let (mut fired, mut decisive, mut by_limit) = (false, false, true);
            for (answers, advice) in all {
                if !fires(data, r, answers, advice) {
                    continue;
                }
                fired = true;
                let last = advice.treatments.iter().find(|x| x.treatment.id == *id);
                decisive |= last.is_some_and(|x| x.tier == *tier);
                let cap = data
                    .rules
                    .iter()
                    .enumerate()
                    .filter(|(l, _)| fires(data, *l, answers, advice))
                    .flat_map(|(_, l)| &l.then)
                    .filter_map(|x| match x {
                        Effect::Limit { id: i, tier, .. } if i == id => Some(caution(*tier)),
                        _ => None,
                    })
                    .max();
                by_limit &= cap.is_some_and(|c| c > caution(*tier));
            }
            if fired {
                out.push((r, e, decisive, by_limit));
            }
        }
    }
    out
}
