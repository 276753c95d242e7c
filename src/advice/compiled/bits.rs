//! A set of answer bits: one bit per (question, option) of a dataset, or one
//! bit per treatment for `listed`. Plain words so that tests run on a few
//! `u64`s instead of maps of strings.

use std::hash::{Hash, Hasher};

/// A growable bit set. Two sets with the same bits are equal even if one
/// carries more zero words, so sets from `Compiled::bits` and from `insert`
/// on an empty set compare and hash alike.
#[derive(Debug, Clone, Default)]
pub struct Bits {
    words: Vec<u64>,
}

/// The word that holds `bit`, and the bit's mask in that word.
pub(super) fn locate(bit: usize) -> (usize, u64) {
    (bit / 64, 1u64 << (bit % 64))
}

/// Word `w` of `words`, zero past the end: a missing word has no bits set.
pub(super) fn word(words: &[u64], w: usize) -> u64 {
    words.get(w).copied().unwrap_or(0)
}

impl Bits {
    /// An empty set with room for `bits` bits, so `insert` below that
    /// never allocates.
    pub fn with_capacity(bits: usize) -> Bits {
        Bits {
            words: vec![0; bits.div_ceil(64)],
        }
    }

    /// Whether `bit` is set; bits past the end are not.
    pub fn contains(&self, bit: usize) -> bool {
        let (w, m) = locate(bit);
        word(&self.words, w) & m != 0
    }

    /// Sets `bit`, growing the set if it is past the end.
    pub fn insert(&mut self, bit: usize) {
        let (w, m) = locate(bit);
        if w >= self.words.len() {
            self.words.resize(w + 1, 0);
        }
        if let Some(x) = self.words.get_mut(w) {
            *x |= m;
        }
    }

    /// Clears `bit` (nothing to do past the end).
    pub fn remove(&mut self, bit: usize) {
        let (w, m) = locate(bit);
        if let Some(x) = self.words.get_mut(w) {
            *x &= !m;
        }
    }

    /// Clears every bit, keeping the room (no allocation on reuse).
    pub fn clear(&mut self) {
        self.words.fill(0);
    }

    /// Whether no bit is set: no answer at all.
    pub fn is_empty(&self) -> bool {
        self.words.iter().all(|&w| w == 0)
    }

    /// The set bits, lowest first.
    pub fn iter(&self) -> impl Iterator<Item = usize> + '_ {
        self.words.iter().enumerate().flat_map(|(w, &bits)| {
            (0..64)
                .filter(move |b| bits & (1u64 << b) != 0)
                .map(move |b| w * 64 + b)
        })
    }

    /// The raw words, bit `b` at word `b / 64`, position `b % 64`.
    pub fn words(&self) -> &[u64] {
        &self.words
    }

    /// The words without trailing zero words: what equality looks at.
    fn significant(&self) -> &[u64] {
        let len = self
            .words
            .iter()
            .rposition(|&w| w != 0)
            .map_or(0, |i| i + 1);
        self.words.get(..len).unwrap_or(&[])
    }

    /// Copies the bits of `mask` in word `w` of `from` into this set
    /// (bits past its end are not copied).
    pub(super) fn copy_masked(&mut self, from: &Bits, w: usize, mask: u64) {
        if let Some(x) = self.words.get_mut(w) {
            *x |= word(&from.words, w) & mask;
        }
    }

    /// Masks by word covering bits `start..end`.
    pub(super) fn masks(start: usize, end: usize) -> Vec<(usize, u64)> {
        let mut out: Vec<(usize, u64)> = Vec::new();
        for bit in start..end {
            let (w, m) = locate(bit);
            match out.last_mut() {
                Some((lw, lm)) if *lw == w => *lm |= m,
                _ => out.push((w, m)),
            }
        }
        out
    }

    /// Makes the set exactly `words` long, all clear, reusing its buffer.
    pub(super) fn reset(&mut self, words: usize) {
        self.words.clear();
        self.words.resize(words, 0);
    }
}

impl PartialEq for Bits {
    fn eq(&self, other: &Bits) -> bool {
        self.significant() == other.significant()
    }
}

impl Eq for Bits {}

impl Hash for Bits {
    fn hash<H: Hasher>(&self, state: &mut H) {
        self.significant().hash(state);
    }
}

impl FromIterator<usize> for Bits {
    fn from_iter<I: IntoIterator<Item = usize>>(iter: I) -> Bits {
        let mut bits = Bits::default();
        for b in iter {
            bits.insert(b);
        }
        bits
    }
}
