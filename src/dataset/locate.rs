//! Line numbers for values inside a RON file.
//!
//! serde hands us values without positions, so after a successful parse we
//! scan the text once and record where every list element, map key and
//! struct field starts, by path (`questions.2.options.1`, `rules.4.then.0`,
//! or for an answers map `severity` and `severity.0`). Errors found later by
//! validation can then name the line. The scan is iterative (no recursion)
//! and never fails: text it does not understand simply gets no entry.

use std::collections::HashMap;

#[derive(Debug, Default, Clone)]
pub struct SourceMap {
    lines: HashMap<String, usize>,
}

impl SourceMap {
    /// The 1-based line where the value at `path` starts, if it was found.
    pub fn line(&self, path: &str) -> Option<usize> {
        self.lines.get(path).copied()
    }

    /// The line of `path`, or of the nearest enclosing value that was
    /// found (`rules.4.then.0.reason` → `rules.4.then.0` → …). An empty
    /// path has none.
    pub fn line_within(&self, path: &str) -> Option<usize> {
        let mut p = path;
        loop {
            if let Some(l) = self.line(p) {
                return Some(l);
            }
            p = p.get(..p.rfind('.')?)?;
        }
    }

    pub fn scan(text: &str) -> SourceMap {
        Scanner::default().run(text).map
    }
}

/// The values open at one place in a RON file, for naming the item a parse
/// error is in ("treatment `subcision`") when serde cannot.
#[derive(Debug, Default, Clone)]
pub struct Enclosing {
    /// Paths of the brackets open there, outermost first (`""`, `treatments`,
    /// `treatments.0`).
    pub paths: Vec<String>,
    /// The `id` field of each of those values, wherever in it the id stands.
    ids: HashMap<String, String>,
    /// The word before each list element's bracket (`caveat` in `caveat(..)`).
    heads: HashMap<String, String>,
}

impl Enclosing {
    /// Scans `text` and records what is open at byte `offset` (the first
    /// token at or after it); the scan goes on to the end to find ids that
    /// come after the offset.
    pub fn at(text: &str, offset: usize) -> Enclosing {
        let scanner = Scanner {
            probe: Some(offset),
            ..Scanner::default()
        };
        let found = scanner.run(text);
        Enclosing {
            paths: found.open_at_probe.unwrap_or_default(),
            ids: found.ids,
            heads: found.heads,
        }
    }

    /// The `id` of the value at `path`, if it has one.
    pub fn id(&self, path: &str) -> Option<&str> {
        self.ids.get(path).map(String::as_str)
    }

    /// The variant name written before the value at `path`, if any.
    pub fn head(&self, path: &str) -> Option<&str> {
        self.heads.get(path).map(String::as_str)
    }
}

#[derive(Debug)]
enum FrameKind {
    /// `( ... )` struct or tuple, `{ ... }` map.
    Fields,
    /// `[ ... ]`
    List,
}

#[derive(Debug)]
struct Frame {
    kind: FrameKind,
    /// The path of the value this bracket opens.
    path: String,
    /// Lists: index of the current element. Maps/structs: current key.
    index: usize,
    key: Option<String>,
    /// Whether the current element or entry has started.
    started: bool,
}

#[derive(Default)]
struct Scanner {
    map: SourceMap,
    stack: Vec<Frame>,
    line: usize,
    /// The last identifier or string seen in a field frame, a key candidate.
    pending_key: Option<String>,
    /// For [`Enclosing`]: the byte offset to record open values at, and
    /// what was found (ids and heads are only collected when probing).
    probe: Option<usize>,
    open_at_probe: Option<Vec<String>>,
    ids: HashMap<String, String>,
    heads: HashMap<String, String>,
}

impl Scanner {
    fn run(mut self, text: &str) -> Scanner {
        self.line = 1;
        let mut chars = text.char_indices().peekable();
        while let Some((at, c)) = chars.next() {
            if self.probe.is_some_and(|p| at >= p) && self.open_at_probe.is_none() {
                self.open_at_probe = Some(self.stack.iter().map(|f| f.path.clone()).collect());
            }
            match c {
                '\n' => self.line += 1,
                c if c.is_whitespace() => {}
                '/' if matches!(chars.peek(), Some((_, '/'))) => {
                    for (_, c) in chars.by_ref() {
                        if c == '\n' {
                            self.line += 1;
                            break;
                        }
                    }
                }
                '/' if matches!(chars.peek(), Some((_, '*'))) => {
                    chars.next();
                    let mut depth = 1usize;
                    let mut prev = '\0';
                    for (_, c) in chars.by_ref() {
                        if c == '\n' {
                            self.line += 1;
                        }
                        if prev == '/' && c == '*' {
                            depth += 1;
                            prev = '\0';
                            continue;
                        }
                        if prev == '*' && c == '/' {
                            depth -= 1;
                            if depth == 0 {
                                break;
                            }
                            prev = '\0';
                            continue;
                        }
                        prev = c;
                    }
                }
                '"' => {
                    let start = self.line;
                    let mut value = String::new();
                    let mut escaped = false;
                    for (_, c) in chars.by_ref() {
                        if c == '\n' {
                            self.line += 1;
                        }
                        if escaped {
                            escaped = false;
                            value.push(c);
                        } else if c == '\\' {
                            escaped = true;
                        } else if c == '"' {
                            break;
                        } else {
                            value.push(c);
                        }
                    }
                    self.value_token(start, Some(value));
                }
                '(' | '[' | '{' => {
                    let line = self.line;
                    let path = self.value_token(line, None);
                    let kind = if c == '[' {
                        FrameKind::List
                    } else {
                        FrameKind::Fields
                    };
                    self.stack.push(Frame {
                        kind,
                        path,
                        index: 0,
                        key: None,
                        started: false,
                    });
                }
                ')' | ']' | '}' => {
                    self.stack.pop();
                    self.pending_key = None;
                }
                ',' => {
                    self.pending_key = None;
                    if let Some(top) = self.stack.last_mut() {
                        if top.started {
                            top.index += 1;
                        }
                        top.started = false;
                        top.key = None;
                    }
                }
                ':' => {
                    if let Some(top) = self.stack.last_mut() {
                        if matches!(top.kind, FrameKind::Fields) {
                            if let Some(key) = self.pending_key.take() {
                                top.key = Some(key);
                                // The entry starts again at its value.
                                top.started = false;
                            }
                        }
                    }
                }
                c if c.is_alphanumeric() || c == '_' => {
                    let mut word = String::from(c);
                    while let Some(&(_, n)) = chars.peek() {
                        if n.is_alphanumeric() || n == '_' {
                            word.push(n);
                            chars.next();
                        } else {
                            break;
                        }
                    }
                    let line = self.line;
                    self.value_token(line, Some(word));
                }
                _ => {}
            }
        }
        if self.probe.is_some() && self.open_at_probe.is_none() {
            self.open_at_probe = Some(self.stack.iter().map(|f| f.path.clone()).collect());
        }
        self
    }

    /// Records the start of a value (or key) in the current frame and
    /// returns the path of that value.
    fn value_token(&mut self, line: usize, word: Option<String>) -> String {
        let Some(top) = self.stack.last_mut() else {
            return String::new();
        };
        let path = match top.kind {
            FrameKind::List => join(&top.path, &top.index.to_string()),
            FrameKind::Fields => match &top.key {
                Some(key) => join(&top.path, key),
                None => {
                    // A key (or a struct name before its bracket).
                    if let Some(w) = &word {
                        let key_path = join(&top.path, w);
                        self.map.lines.entry(key_path).or_insert(line);
                    }
                    self.pending_key = word;
                    return top.path.clone();
                }
            },
        };
        if !top.started {
            top.started = true;
            self.map.lines.entry(path.clone()).or_insert(line);
            if self.probe.is_some() {
                if let (FrameKind::List, Some(w)) = (&top.kind, &word) {
                    self.heads.insert(path.clone(), w.clone());
                }
            }
        }
        if self.probe.is_some() && top.key.as_deref() == Some("id") {
            if let Some(w) = word {
                self.ids.entry(top.path.clone()).or_insert(w);
            }
        }
        path
    }
}

fn join(base: &str, part: &str) -> String {
    if base.is_empty() {
        part.to_string()
    } else {
        format!("{base}.{part}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const TEXT: &str = r#"// a comment with "quotes" and (brackets
Dataset(
    meta: (title: "x"),
    questions: [
        (
            id: "scar_types",
            options: [
                (id: "a", label: "A"),
                /* block ( */ (id: "b", label: "B"),
            ],
        ),
        (id: "severity"),
    ],
    rules: [
        (when: all([chosen("q", "o")]), then: [note(id: "n")]),
    ],
)
"#;

    #[test]
    fn finds_elements_and_fields() {
        let map = SourceMap::scan(TEXT);
        assert_eq!(map.line("questions"), Some(4));
        assert_eq!(map.line("questions.0"), Some(5));
        assert_eq!(map.line("questions.0.id"), Some(6));
        assert_eq!(map.line("questions.0.options.0"), Some(8));
        assert_eq!(map.line("questions.0.options.1"), Some(9));
        assert_eq!(map.line("questions.0.options.1.id"), Some(9));
        assert_eq!(map.line("questions.1"), Some(12));
        assert_eq!(map.line("rules.0"), Some(15));
        assert_eq!(map.line("rules.0.then.0"), Some(15));
        assert_eq!(map.line("questions.2"), None);
    }

    #[test]
    fn finds_answer_map_keys_and_options() {
        let text = "{\n  \"scar_types\": [\"ice_pick\",\n \"rolling\"],\n  \"severity\": [\"grade_3\"],\n}";
        let map = SourceMap::scan(text);
        assert_eq!(map.line("scar_types"), Some(2));
        assert_eq!(map.line("scar_types.1"), Some(3));
        assert_eq!(map.line("severity"), Some(4));
        assert_eq!(map.line("severity.0"), Some(4));
    }

    #[test]
    fn survives_garbage() {
        for text in ["", ")))", "[[[", "\"unterminated", "/* open", "a:b:c,,,"] {
            let _ = SourceMap::scan(text);
        }
    }
}
