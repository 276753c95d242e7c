//! All of a stage's rule conditions at once. Each term (an AND of
//! literals, from `dnf`) is one bit of an "alive" mask; each nibble of the
//! buffer has a table of 16 masks: for each value it can take, the terms
//! it makes false. So a stage costs one table lookup and AND per nibble in
//! use, whatever the number of rules, with no branch that depends on the
//! answers. Literals that span nibbles ("any of" bits far apart) are kept
//! in a short list, and conditions too large for terms stay trees.

use super::cond::{CondId, Conds};
use super::dnf::{Lit, Test};
use super::CRule;

/// A literal reduced to one nibble: whether `value` (the nibble) passes.
#[derive(Debug, Clone, Copy)]
enum Check {
    Any(u64),
    None(u64),
    All(u64),
}

impl Check {
    fn passes(self, value: u64) -> bool {
        match self {
            Check::Any(m) => value & m != 0,
            Check::None(m) => value & m == 0,
            Check::All(m) => value & m == m,
        }
    }
}

/// Nibble `shift / 4` of word `word`: its 16 kill masks start at `kills[off]`.
#[derive(Debug, Clone, Copy)]
struct Nibble {
    word: u32,
    shift: u32,
    off: u32,
}

/// An "any of" over bits in several nibbles: if none is set, the terms at
/// `kills[off]` die.
#[derive(Debug, Clone, Copy)]
struct Spread {
    word: u32,
    mask: u64,
    off: u32,
}

#[derive(Debug, Clone, Default)]
pub(super) struct Sliced {
    /// Words in the alive mask.
    tw: usize,
    /// Term → position of its rule in the stage's rule list.
    terms: Vec<u32>,
    nibbles: Vec<Nibble>,
    spreads: Vec<Spread>,
    kills: Vec<u64>,
    /// Rules whose condition stayed a tree: (position, condition).
    trees: Vec<(u32, CondId)>,
}

fn u32_of(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

/// Splits `mask` of word `word` into (nibble index, nibble mask) pairs.
fn by_nibble(word: u32, mask: u64) -> impl Iterator<Item = (u32, u64)> {
    (0..16u32)
        .map(move |n| (word * 16 + n, (mask >> (n * 4)) & 0xF))
        .filter(|&(_, m)| m != 0)
}

impl Sliced {
    pub(super) fn build(conds: &Conds, rules: &[CRule]) -> Sliced {
        let mut s = Sliced::default();
        // (nibble index, check, term) and (word, mask, term).
        let mut checks: Vec<(u32, Check, usize)> = Vec::new();
        let mut spreads: Vec<(u32, u64, usize)> = Vec::new();
        for (pos, rule) in rules.iter().enumerate() {
            let Some(terms) = conds.terms(rule.when) else {
                s.trees.push((u32_of(pos), rule.when));
                continue;
            };
            for term in terms {
                let t = s.terms.len();
                s.terms.push(u32_of(pos));
                for lit in term {
                    add_lit(lit, t, &mut checks, &mut spreads);
                }
            }
        }
        s.tw = s.terms.len().div_ceil(64);
        let mut nibbles: Vec<u32> = checks.iter().map(|c| c.0).collect();
        nibbles.sort_unstable();
        nibbles.dedup();
        for n in nibbles {
            let off = s.kills.len();
            s.kills.resize(off + 16 * s.tw, 0);
            for &(_, check, t) in checks.iter().filter(|c| c.0 == n) {
                for value in 0..16u64 {
                    if !check.passes(value) {
                        s.kill(off + value as usize * s.tw, t);
                    }
                }
            }
            s.nibbles.push(Nibble {
                word: n / 16,
                shift: (n % 16) * 4,
                off: u32_of(off),
            });
        }
        // One entry per distinct (word, mask), whatever the number of terms.
        spreads.sort_unstable_by_key(|&(w, m, _)| (w, m));
        let mut last: Option<(u32, u64)> = None;
        for (word, mask, t) in spreads {
            if last != Some((word, mask)) {
                let off = s.kills.len();
                s.kills.resize(off + s.tw, 0);
                s.spreads.push(Spread {
                    word,
                    mask,
                    off: u32_of(off),
                });
                last = Some((word, mask));
            }
            if let Some(off) = s.spreads.last().map(|sp| sp.off as usize) {
                s.kill(off, t);
            }
        }
        s
    }

    fn kill(&mut self, off: usize, term: usize) {
        if let Some(w) = self.kills.get_mut(off + term / 64) {
            *w |= 1 << (term % 64);
        }
    }

    pub(super) fn alive_words(&self) -> usize {
        self.tw
    }

    /// Rules that stayed trees: (position in the stage, condition).
    pub(super) fn trees(&self) -> &[(u32, CondId)] {
        &self.trees
    }

    /// Term → position of its rule in the stage.
    pub(super) fn terms(&self) -> &[u32] {
        &self.terms
    }

    /// Sets `alive` (at least `alive_words` long) to the terms that hold on
    /// `buf`; words of `buf` past its end read as zero.
    pub(super) fn alive(&self, buf: &[u64], alive: &mut [u64]) {
        let tw = if self.tw < alive.len() {
            self.tw
        } else {
            alive.len()
        };
        let kills = self.kills.as_slice();
        let mut j = 0;
        while j < tw {
            let left = self.terms.len() - j * 64;
            alive[j] = if left >= 64 { !0 } else { (1 << left) - 1 }; // j < tw <= alive.len()
            j += 1;
        }
        // Plain loops and checked indexing: calls per step would dominate
        // in a debug build.
        let mut n = 0;
        while n < self.nibbles.len() {
            let nib = &self.nibbles[n]; // n < len
            n += 1;
            let w = nib.word as usize;
            let x = if w < buf.len() { buf[w] } else { 0 };
            let base = nib.off as usize + ((x >> nib.shift) & 0xF) as usize * self.tw;
            let mut j = 0;
            while j < tw && base + j < kills.len() {
                alive[j] &= !kills[base + j]; // both checked just above
                j += 1;
            }
        }
        let mut a = 0;
        while a < self.spreads.len() {
            let sp = &self.spreads[a]; // a < len
            a += 1;
            let w = sp.word as usize;
            let x = if w < buf.len() { buf[w] } else { 0 };
            if x & sp.mask == 0 {
                let base = sp.off as usize;
                let mut j = 0;
                while j < tw && base + j < kills.len() {
                    alive[j] &= !kills[base + j]; // both checked just above
                    j += 1;
                }
            }
        }
    }
}

/// Files one literal of term `t` under its nibbles, or as a spread.
fn add_lit(
    lit: &Lit,
    t: usize,
    checks: &mut Vec<(u32, Check, usize)>,
    spreads: &mut Vec<(u32, u64, usize)>,
) {
    match lit.test() {
        // Any of: within one nibble, or a spread over several.
        Test::Any(w, m) => {
            let parts: Vec<(u32, u64)> = by_nibble(w, m).collect();
            match parts.as_slice() {
                [(n, nm)] => checks.push((*n, Check::Any(*nm), t)),
                _ => spreads.push((w, m, t)),
            }
        }
        // None of / all of: one check per nibble, each must pass.
        Test::None(w, m) => checks.extend(by_nibble(w, m).map(|(n, nm)| (n, Check::None(nm), t))),
        Test::All(w, m) => checks.extend(by_nibble(w, m).map(|(n, nm)| (n, Check::All(nm), t))),
    }
}
