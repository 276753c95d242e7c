//! ron's parse errors reworded for the clinicians who edit the dataset:
//! syntax errors say what was expected in plain words; errors about the
//! data name the item they are in ("treatment `subcision`: missing field
//! `risks`"), which serde cannot know, by scanning the text around the
//! error's position; misspelt field and variant names get a hint.

use super::hint;
use super::load::{sanitize, MAX_DEPTH};
use super::locate::Enclosing;

/// The message for a ron error at 1-based `line` and `col` of `text`.
/// `dataset`: the text is a dataset, so errors about data name their item.
pub fn describe(code: &ron::Error, text: &str, line: usize, col: usize, dataset: bool) -> String {
    use ron::Error as E;
    let syntax = match code {
        E::ExceededRecursionLimit => Some(format!(
            "nested too deeply (more than {MAX_DEPTH} levels of brackets)"
        )),
        E::Eof => Some("the file ends too early (a bracket or quote is not closed)".into()),
        E::ExpectedComma => Some("expected `,`".into()),
        E::ExpectedArray => Some("expected `[`".into()),
        E::ExpectedArrayEnd => Some("expected `]` or `,`".into()),
        E::ExpectedStructLike => Some("expected `(`".into()),
        E::ExpectedStructLikeEnd | E::ExpectedOptionEnd => Some("expected `)` or `,`".into()),
        E::ExpectedMap => Some("expected `{`".into()),
        E::ExpectedMapEnd => Some("expected `}` or `,`".into()),
        E::ExpectedMapColon => Some("expected `:`".into()),
        E::ExpectedString => Some("expected text in double quotes".into()),
        E::ExpectedStringEnd => Some("text is not closed (expected `\"`)".into()),
        E::ExpectedBoolean => Some("expected `true` or `false`".into()),
        E::ExpectedIdentifier => Some("expected a name".into()),
        E::TrailingCharacters => Some("unexpected text after the end of the dataset".into()),
        E::UnexpectedChar(c) => Some(format!("unexpected character `{}`", c.escape_default())),
        _ => None,
    };
    if let Some(message) = syntax {
        return message;
    }
    let what = match code {
        E::MissingStructField { field, .. } => format!("missing field `{field}`"),
        E::DuplicateStructField { field, .. } => format!("field `{field}` is given twice"),
        E::NoSuchStructField {
            expected, found, ..
        } => unknown("field", found, expected),
        E::NoSuchEnumVariant {
            expected,
            found,
            outer,
        } => unknown(kind_word(outer.as_deref()), found, expected),
        E::InvalidValueForType { expected, found } => {
            format!(
                "expected {} but found {}",
                sanitize(expected),
                sanitize(found)
            )
        }
        other => sanitize(&other.to_string()),
    };
    let item = if dataset {
        item_at(text, line, col)
    } else {
        None
    };
    match item {
        Some(item) => format!("{item}: {what}"),
        None => what,
    }
}

/// "unknown field `risk`; did you mean `risks`?", or with the list of
/// known names when none is near.
fn unknown(what: &str, found: &str, expected: &[&str]) -> String {
    let found_shown = sanitize(found);
    let hint = hint::did_you_mean(found, expected.iter().copied());
    if !hint.is_empty() || expected.is_empty() {
        return format!("unknown {what} `{found_shown}`{hint}");
    }
    let list: Vec<String> = expected.iter().map(|e| format!("`{e}`")).collect();
    format!(
        "unknown {what} `{found_shown}`; expected one of {}",
        list.join(", ")
    )
}

/// What a value of the enum named by ron is called in the dataset.
fn kind_word(outer: Option<&str>) -> &'static str {
    match outer {
        Some("Tier") => "tier",
        Some("Level") => "level",
        Some("Kind") => "kind",
        Some("Condition") => "condition",
        Some("Effect") => "effect",
        Some("Demand") => "demand",
        _ => "name",
    }
}

/// The innermost dataset item open at `line`:`col`, named as check names
/// it elsewhere: "question `severity`", "option `grade_2` of question
/// `severity`", "rule 3, treatment `subcision`", "meta".
pub fn item_at(text: &str, line: usize, col: usize) -> Option<String> {
    let found = Enclosing::at(text, offset(text, line, col));
    found.paths.iter().rev().find_map(|path| name(&found, path))
}

/// The byte offset of 1-based `line` and `col` (in characters), or the
/// end of the text when it has no such place.
fn offset(text: &str, line: usize, col: usize) -> usize {
    let mut at = 0;
    for (i, l) in text.split('\n').enumerate() {
        if i + 1 == line {
            let within = l
                .char_indices()
                .nth(col.saturating_sub(1))
                .map_or(l.len(), |(b, _)| b);
            return at + within;
        }
        at += l.len() + 1;
    }
    text.len()
}

/// The name of the item at `path`, when `path` is an item (not a field or
/// a condition inside one).
fn name(found: &Enclosing, path: &str) -> Option<String> {
    let parts: Vec<&str> = path.split('.').collect();
    let id = |p: &str, what: &str| match found.id(p) {
        Some(id) => format!("{what} `{}`", sanitize(id)),
        None => format!("{what} {}", number(p)),
    };
    let named = match parts.as_slice() {
        [""] => "the dataset".to_string(),
        ["meta"] => "meta".to_string(),
        ["questions", _] => id(path, "question"),
        ["questions", _, "options", _] => {
            let question = parts.get(..2).map(|p| p.join(".")).unwrap_or_default();
            format!("{} of {}", id(path, "option"), id(&question, "question"))
        }
        ["treatments", _] => id(path, "treatment"),
        ["caveats", _] => id(path, "caveat"),
        ["notes", _] => id(path, "note"),
        ["references", _] => id(path, "reference"),
        ["conflicts", _] => id(path, "conflict"),
        ["guards", _] => id(path, "guard"),
        ["rules", _] => format!("rule {}", number(path)),
        ["rules", i, "then", _] => {
            let rule = number(&format!("rules.{i}"));
            let head = found
                .head(path)
                .filter(|h| h.chars().all(|c| c.is_ascii_lowercase() || c == '_'));
            match (head, found.id(path)) {
                (Some(head), Some(id)) => format!("rule {rule}, {head} `{}`", sanitize(id)),
                _ => format!("rule {rule}, effect {}", number(path)),
            }
        }
        _ => return None,
    };
    Some(named)
}

/// The 1-based position of the last index in `path` ("rules.2" → "3").
fn number(path: &str) -> String {
    path.rsplit('.')
        .next()
        .and_then(|i| i.parse::<usize>().ok())
        .map_or_else(|| "?".to_string(), |i| (i + 1).to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    const TEXT: &str = r#"(
    meta: (title: "x"),
    questions: [
        (id: "severity", options: [(id: "grade_1", label: "Flat")]),
    ],
    rules: [
        (when: always, then: [note(id: "n")]),
        (when: always, then: [caveat(level: info)]),
    ],
    treatments: [(name: "Subcision", id: "subcision")],
    conflicts: [(id: "k", when: always, questions: [])],
    guards: [(when: always, id: "g", then: [note("n")])],
    references: [(id: "r", citation: "c")],
)"#;

    #[test]
    fn names_the_innermost_item() {
        assert_eq!(item_at(TEXT, 2, 20).as_deref(), Some("meta"));
        assert_eq!(item_at(TEXT, 4, 24).as_deref(), Some("question `severity`"));
        assert_eq!(
            item_at(TEXT, 4, 50).as_deref(),
            Some("option `grade_1` of question `severity`")
        );
        assert_eq!(item_at(TEXT, 7, 10).as_deref(), Some("rule 1"));
        assert_eq!(item_at(TEXT, 7, 40).as_deref(), Some("rule 1, note `n`"));
        assert_eq!(item_at(TEXT, 8, 45).as_deref(), Some("rule 2, effect 1"));
        // The id comes after the error position.
        assert_eq!(
            item_at(TEXT, 10, 20).as_deref(),
            Some("treatment `subcision`")
        );
        assert_eq!(item_at(TEXT, 11, 40).as_deref(), Some("conflict `k`"));
        assert_eq!(item_at(TEXT, 12, 40).as_deref(), Some("guard `g`"));
        assert_eq!(item_at(TEXT, 13, 30).as_deref(), Some("reference `r`"));
        assert_eq!(item_at(TEXT, 14, 1).as_deref(), Some("the dataset"));
        assert_eq!(item_at(TEXT, 99, 1).as_deref(), None);
    }

    #[test]
    fn offsets_count_characters() {
        assert_eq!(offset("é\nab", 2, 2), 4);
        assert_eq!(offset("ab", 1, 99), 2);
        assert_eq!(offset("ab", 5, 1), 2);
    }
}
