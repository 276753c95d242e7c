//! Compiled engine against `evaluate`, field by field, with a message that
//! names the first field that differs.

use scarguide::advice::compiled::{Bits, Compiled, Item, Outcome};
use scarguide::advice::{evaluate, Advice};
use scarguide::dataset::{Dataset, Question};
use scarguide::interview::{visibility, Answers};

/// The answers a raw bit set stands for, hidden questions included.
pub fn answers_of(data: &Dataset, c: &Compiled, raw: &Bits) -> Answers {
    let mut answers = Answers::new();
    for (qi, q) in data.questions.iter().enumerate() {
        let ids: Vec<&str> = q
            .options
            .iter()
            .enumerate()
            .filter(|&(oi, _)| c.bit(qi, oi).is_some_and(|b| raw.contains(b)))
            .map(|(_, o)| o.id.as_str())
            .collect();
        answers.set(q, &ids);
    }
    answers
}

/// A question the dataset does not have, or a real one with an extra
/// option, to put ids `evaluate` must ignore into `Answers`.
pub fn stray(real: Option<&Question>) -> Question {
    let mut q = real.cloned().unwrap_or_else(|| Question {
        id: "no_such_question".into(),
        title: "t".into(),
        prompt: "p".into(),
        help: "h".into(),
        kind: scarguide::dataset::Kind::Several,
        options: Vec::new(),
        show_if: None,
        optional: true,
    });
    let mut extra = q
        .options
        .first()
        .cloned()
        .unwrap_or_else(|| scarguide::dataset::Choice {
            id: String::new(),
            label: "l".into(),
            description: String::new(),
            exclusive: false,
        });
    extra.id = "no_such_option".into();
    q.options.push(extra);
    q
}

/// Compares the compiled engine with `evaluate` on `answers`. With `raw`
/// (the same answers as bits, hidden ones included) also checks that
/// `effective(raw)` is `encode(answers)`.
pub fn check(
    data: &Dataset,
    c: &Compiled,
    answers: &Answers,
    raw: Option<&Bits>,
    outcome: &mut Outcome,
) -> Result<(), String> {
    let reference = evaluate(data, answers);
    let bits = c.encode(answers);
    if let Some(raw) = raw {
        let eff = c.effective(raw);
        if eff != bits {
            return Err(format!("effective(raw) {eff:?} != encode {bits:?}"));
        }
    }
    c.evaluate_into(&bits, outcome);
    let kept = visibility::effective(data, answers);
    fields(data, c, &reference, &kept, &bits, outcome)
        .map_err(|e| format!("{e}\nanswers: {answers:?}"))
}

fn fields(
    data: &Dataset,
    c: &Compiled,
    reference: &Advice,
    kept: &Answers,
    bits: &Bits,
    outcome: &Outcome,
) -> Result<(), String> {
    if &c.answers(data, bits) != kept {
        return Err(format!("answers: {:?} != {kept:?}", c.answers(data, bits)));
    }
    for (i, t) in data.treatments.iter().enumerate() {
        let want = reference
            .treatments
            .iter()
            .find(|a| std::ptr::eq(a.treatment, t));
        let got = (outcome.tier(i), c.reasons(outcome, Item::Treatment(i)));
        let want = want.map_or((None, Vec::new()), |a| (Some(a.tier), a.reasons.clone()));
        if got != want {
            return Err(format!("treatment {}: {got:?} != {want:?}", t.id));
        }
    }
    for (i, e) in data.caveats.iter().enumerate() {
        let want = reference.caveats.iter().find(|a| std::ptr::eq(a.caveat, e));
        let got = (outcome.level(i), c.reasons(outcome, Item::Caveat(i)));
        let want = want.map_or((None, Vec::new()), |a| (Some(a.level), a.reasons.clone()));
        if got != want {
            return Err(format!("caveat {}: {got:?} != {want:?}", e.id));
        }
    }
    for (i, e) in data.notes.iter().enumerate() {
        let want = reference.notes.iter().find(|a| std::ptr::eq(a.note, e));
        let got = (outcome.has_note(i), c.reasons(outcome, Item::Note(i)));
        let want = want.map_or((false, Vec::new()), |a| (true, a.reasons.clone()));
        if got != want {
            return Err(format!("note {}: {got:?} != {want:?}", e.id));
        }
    }
    let never = |_: &str| false;
    for (i, k) in data.conflicts.iter().enumerate() {
        let want = visibility::holds(&k.when, kept, &never);
        if outcome.conflict(i) != want {
            return Err(format!(
                "conflict {}: {} != {want}",
                k.id,
                outcome.conflict(i)
            ));
        }
    }
    // Order and everything else: the whole Advice.
    let rebuilt = c.advice(data, bits, outcome);
    if &rebuilt != reference {
        return Err(format!("advice differs:\n{rebuilt:#?}\n!=\n{reference:#?}"));
    }
    Ok(())
}
