//! Conditions too large to flatten into literals, kept as a tree of nodes
//! in one flat store and walked recursively.

use super::bits::word;
use super::cond::{Expr, Mask};

#[derive(Debug, Clone, Copy)]
enum Node {
    Const(bool),
    Test(Mask),
    /// Masks `start..end` of `Program::masks`: any of them.
    TestAny(u32, u32),
    /// Children `start..end` of `Program::kids`.
    All(u32, u32),
    Any(u32, u32),
    Not(u32),
}

#[derive(Debug, Clone, Default)]
pub(super) struct Program {
    nodes: Vec<Node>,
    kids: Vec<u32>,
    masks: Vec<Mask>,
    roots: usize,
}

fn index(len: usize) -> u32 {
    u32::try_from(len).unwrap_or(u32::MAX)
}

impl Program {
    /// Adds `expr`; returns its root node.
    pub(super) fn add(&mut self, expr: &Expr) -> u32 {
        self.roots += 1;
        self.flatten(expr)
    }

    pub(super) fn roots(&self) -> usize {
        self.roots
    }

    fn flatten(&mut self, expr: &Expr) -> u32 {
        let node = match expr {
            Expr::Const(b) => Node::Const(*b),
            Expr::Test(ms) => match ms.as_slice() {
                [m] => Node::Test(*m),
                _ => {
                    let start = index(self.masks.len());
                    self.masks.extend_from_slice(ms);
                    Node::TestAny(start, index(self.masks.len()))
                }
            },
            Expr::Not(e) => Node::Not(self.flatten(e)),
            Expr::All(es) | Expr::Any(es) => {
                let ids: Vec<u32> = es.iter().map(|e| self.flatten(e)).collect();
                let start = index(self.kids.len());
                self.kids.extend(ids);
                let end = index(self.kids.len());
                if matches!(expr, Expr::All(_)) {
                    Node::All(start, end)
                } else {
                    Node::Any(start, end)
                }
            }
        };
        self.nodes.push(node);
        index(self.nodes.len() - 1)
    }

    /// Whether the tree at `at` holds on `buf`.
    pub(super) fn holds(&self, at: u32, buf: &[u64]) -> bool {
        let Some(&node) = self.nodes.get(at as usize) else {
            return false;
        };
        match node {
            Node::Const(b) => b,
            Node::Test((w, m)) => word(buf, w as usize) & m != 0,
            Node::TestAny(s, e) => self
                .masks
                .get(s as usize..e as usize)
                .unwrap_or(&[])
                .iter()
                .any(|&(w, m)| word(buf, w as usize) & m != 0),
            Node::Not(k) => !self.holds(k, buf),
            Node::All(s, e) => self
                .kids
                .get(s as usize..e as usize)
                .unwrap_or(&[])
                .iter()
                .all(|&k| self.holds(k, buf)),
            Node::Any(s, e) => self
                .kids
                .get(s as usize..e as usize)
                .unwrap_or(&[])
                .iter()
                .any(|&k| self.holds(k, buf)),
        }
    }
}
