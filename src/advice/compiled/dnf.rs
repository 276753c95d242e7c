//! Conditions as an OR of ANDs of literals over words of bits: most rules
//! are one short AND (`chosen`, `any_of`, `not(...)`), which then costs a
//! few loads and compares in one loop, even in an unoptimised build.

use super::cond::Expr;

/// `((buf[word] & mask) == eq) != neg`. `any_of` is (mask, 0, neg), none
/// of is (mask, 0, !neg), all of is (mask, mask, !neg). `next` is where the
/// literal's term ends, so a false literal skips the rest of its term.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Lit {
    pub word: u32,
    pub next: u32,
    pub mask: u64,
    pub eq: u64,
    pub neg: bool,
}

impl Lit {
    /// What the literal tests, as `flatten` encoded it.
    pub(super) fn test(&self) -> Test {
        if self.neg {
            Test::Any(self.word, self.mask)
        } else if self.eq == 0 {
            Test::None(self.word, self.mask)
        } else {
            Test::All(self.word, self.mask)
        }
    }
}

/// A literal before placement: (word, mask), any / none / all of the bits.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Test {
    Any(u32, u64),
    None(u32, u64),
    All(u32, u64),
}

type Term = Vec<Test>;

/// Larger expansions stay trees: an AND of n two-way ORs is 2^n terms.
const MAX_TERMS: usize = 32;

/// The terms of `expr` (negated if `neg`), or None if there would be
/// more than `MAX_TERMS`.
fn terms(expr: &Expr, neg: bool) -> Option<Vec<Term>> {
    Some(match (expr, neg) {
        (Expr::Const(b), _) => {
            if *b != neg {
                vec![Vec::new()]
            } else {
                Vec::new()
            }
        }
        (Expr::Test(ms), false) => ms.iter().map(|&(w, m)| vec![Test::Any(w, m)]).collect(),
        (Expr::Test(ms), true) => vec![ms.iter().map(|&(w, m)| Test::None(w, m)).collect()],
        (Expr::Not(e), _) => terms(e, !neg)?,
        (Expr::All(es), false) | (Expr::Any(es), true) => {
            let mut acc: Vec<Term> = vec![Vec::new()];
            for e in es {
                let next = terms(e, neg)?;
                if acc.len().saturating_mul(next.len()) > MAX_TERMS {
                    return None;
                }
                acc = acc
                    .iter()
                    .flat_map(|a| {
                        next.iter()
                            .map(move |b| a.iter().chain(b).copied().collect())
                    })
                    .collect();
            }
            acc
        }
        (Expr::Any(es), false) | (Expr::All(es), true) => {
            let mut acc = Vec::new();
            for e in es {
                acc.extend(terms(e, neg)?);
                if acc.len() > MAX_TERMS {
                    return None;
                }
            }
            acc
        }
    })
}

/// Merges the tests of one term on the same word: "none of" masks join;
/// single bits that must all be set join into one "all of". None if the
/// term can never hold.
fn simplify(term: Term) -> Option<Term> {
    let mut out: Term = Vec::new();
    for t in term {
        let merged = out.iter_mut().any(|o| match (o, t) {
            (Test::None(w, m), Test::None(tw, tm)) if *w == tw => {
                *m |= tm;
                true
            }
            (Test::All(w, m), Test::Any(tw, tm)) if *w == tw && tm.count_ones() == 1 => {
                *m |= tm;
                true
            }
            _ => false,
        });
        if !merged {
            out.push(match t {
                Test::Any(w, m) if m.count_ones() == 1 => Test::All(w, m),
                t => t,
            });
        }
    }
    // A bit both required and forbidden, or an "any of" wholly forbidden.
    for a in &out {
        for b in &out {
            if let (Test::All(w, m) | Test::Any(w, m), Test::None(nw, n)) = (a, b) {
                let all = matches!(a, Test::All(..));
                if w == nw && ((all && m & n != 0) || (!all && m & !n == 0)) {
                    return None;
                }
            }
        }
    }
    Some(out)
}

/// What a condition became: a constant, or terms placed in a literal list.
pub(super) enum Flat {
    Const(bool),
    Lits(Vec<Lit>),
}

/// Flattens `expr` into literals that start at index `base` of the shared
/// literal list, or None if it is too large to expand.
pub(super) fn flatten(expr: &Expr, base: usize) -> Option<Flat> {
    let terms: Vec<Term> = terms(expr, false)?
        .into_iter()
        .filter_map(simplify)
        .collect();
    if terms.is_empty() {
        return Some(Flat::Const(false));
    }
    if terms.iter().any(Vec::is_empty) {
        return Some(Flat::Const(true));
    }
    let mut lits = Vec::new();
    for term in terms {
        let next = u32::try_from(base + lits.len() + term.len()).ok()?;
        for t in term {
            let (word, mask, eq, neg) = match t {
                Test::Any(w, m) => (w, m, 0, true),
                Test::None(w, m) => (w, m, 0, false),
                Test::All(w, m) => (w, m, m, false),
            };
            lits.push(Lit {
                word,
                next,
                mask,
                eq,
                neg,
            });
        }
    }
    Some(Flat::Lits(lits))
}

/// Whether the literals `start..end` (terms as `flatten` laid them out)
/// hold on `buf`; words past the end of `buf` read as zero.
pub(super) fn holds(lits: &[Lit], start: usize, end: usize, buf: &[u64]) -> bool {
    let len = buf.len();
    let mut i = start;
    // Plain loops and slice indexing: no calls per literal in a debug build.
    while i < end && i < lits.len() {
        let lit = lits[i]; // i < lits.len(), checked just above
        let w = lit.word as usize;
        let x = if w < len { buf[w] } else { 0 };
        if ((x & lit.mask) == lit.eq) != lit.neg {
            i += 1;
            if i == lit.next as usize {
                return true;
            }
        } else {
            i = lit.next as usize;
        }
    }
    false
}
