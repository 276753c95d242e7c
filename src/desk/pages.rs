//! Pages of a printed summary: blocks of lines placed so a heading is
//! never the last thing on a page and a short item is not split.

/// Lines that belong together; `keep_with_next` for headings.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Block {
    pub lines: Vec<String>,
    pub keep_with_next: bool,
}

impl Block {
    pub fn blank() -> Block {
        Block {
            lines: vec![String::new()],
            keep_with_next: false,
        }
    }

    fn is_blank(&self) -> bool {
        self.lines.iter().all(String::is_empty)
    }
}

/// Fits blocks onto pages of `per_page` lines (at least 1). A block that
/// does not fit starts a new page unless it is longer than a page; blank
/// lines are dropped at the top of a page.
pub fn paginate(blocks: &[Block], per_page: usize) -> Vec<Vec<String>> {
    let per_page = per_page.max(1);
    let mut pages: Vec<Vec<String>> = Vec::new();
    let mut page: Vec<String> = Vec::new();
    let mut i = 0;
    while let Some(block) = blocks.get(i) {
        // A heading travels with what follows it.
        let mut group = vec![block];
        let mut j = i;
        while group.last().is_some_and(|b| b.keep_with_next) {
            j += 1;
            match blocks.get(j) {
                Some(b) => group.push(b),
                None => break,
            }
        }
        i = j + 1;
        let needed: usize = group.iter().map(|b| b.lines.len()).sum();
        if page.len() + needed > per_page && needed <= per_page && !page.is_empty() {
            pages.push(std::mem::take(&mut page));
        }
        for b in group {
            if page.is_empty() && b.is_blank() {
                continue;
            }
            for line in &b.lines {
                if page.len() == per_page {
                    pages.push(std::mem::take(&mut page));
                }
                page.push(line.clone());
            }
        }
    }
    while page.last().is_some_and(String::is_empty) {
        page.pop();
    }
    if !page.is_empty() || pages.is_empty() {
        pages.push(page);
    }
    pages
}

#[cfg(test)]
mod tests {
    use super::*;

    fn block(n: usize, tag: &str) -> Block {
        Block {
            lines: (0..n).map(|i| format!("{tag}{i}")).collect(),
            keep_with_next: false,
        }
    }

    fn heading(tag: &str) -> Block {
        Block {
            lines: vec![tag.to_string()],
            keep_with_next: true,
        }
    }

    #[test]
    fn a_block_that_does_not_fit_starts_the_next_page() {
        let pages = paginate(&[block(3, "a"), Block::blank(), block(3, "b")], 5);
        assert_eq!(
            pages,
            vec![vec!["a0", "a1", "a2", ""], vec!["b0", "b1", "b2"]]
        );
    }

    #[test]
    fn a_heading_is_never_last_on_a_page() {
        let pages = paginate(&[block(3, "a"), heading("H"), block(2, "b")], 5);
        assert_eq!(pages, vec![vec!["a0", "a1", "a2"], vec!["H", "b0", "b1"]]);
    }

    #[test]
    fn a_block_longer_than_a_page_is_split_and_nothing_is_lost() {
        let blocks = [block(2, "a"), block(12, "b"), Block::blank(), block(1, "c")];
        let pages = paginate(&blocks, 5);
        assert!(pages.iter().all(|p| p.len() <= 5 && !p.is_empty()));
        let all: Vec<String> = pages
            .concat()
            .into_iter()
            .filter(|l| !l.is_empty())
            .collect();
        assert_eq!(all.len(), 15);
        assert_eq!(paginate(&[], 5), vec![Vec::<String>::new()]);
    }
}
