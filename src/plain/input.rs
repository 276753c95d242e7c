//! Reading what a person types: one line at a time, bounded in memory,
//! printed back with control characters escaped, and what a line means.

use std::fmt::Write as _;
use std::io::{self, BufRead};

use crate::dataset::{Kind, Question};
use crate::words::plain as say;

/// Longest line read as an answer, in bytes. A longer line is dropped
/// whole: it cannot be an answer, and holding it would let piped input
/// take any amount of memory.
pub const MAX_LINE: usize = 4096;

/// How much of a dropped line is printed back, in characters.
const PREVIEW: usize = 40;

/// One line of input.
#[derive(Debug, PartialEq, Eq)]
pub enum Line {
    Text(String),
    /// Over `MAX_LINE`: only its start is kept, for the echo.
    TooLong(String),
    End,
}

/// Reads up to the next newline. The part of a line past `MAX_LINE` is
/// consumed in the reader's own buffer-sized chunks and never stored.
pub fn read_line<R: BufRead>(input: &mut R) -> io::Result<Line> {
    let mut buf: Vec<u8> = Vec::new();
    let mut too_long = false;
    let mut seen_any = false;
    loop {
        let chunk = match input.fill_buf() {
            Ok(chunk) => chunk,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(e),
        };
        if chunk.is_empty() {
            if !seen_any {
                return Ok(Line::End);
            }
            break;
        }
        seen_any = true;
        let newline = chunk.iter().position(|&b| b == b'\n');
        let (part, used) = match newline {
            Some(at) => (chunk.split_at_checked(at).map_or(chunk, |(a, _)| a), at + 1),
            None => (chunk, chunk.len()),
        };
        let room = MAX_LINE.saturating_sub(buf.len());
        if part.len() > room {
            too_long = true;
        }
        if let Some(keep) = part.get(..room.min(part.len())) {
            buf.extend_from_slice(keep);
        }
        input.consume(used);
        if newline.is_some() {
            break;
        }
    }
    let text = String::from_utf8_lossy(&buf).into_owned();
    Ok(if too_long {
        Line::TooLong(text.chars().take(PREVIEW).collect())
    } else {
        Line::Text(text)
    })
}

/// Typed text made safe to print: control characters, and the invisible
/// marks that reorder text, are shown as escapes (`\x1b`), so piped input
/// can never retitle, recolour or clear the terminal it is echoed to.
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        let code = u32::from(c);
        let reorders = matches!(
            c,
            '\u{061c}' | '\u{200e}' | '\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}'
        );
        if code < 0x20 || code == 0x7f {
            let _ = write!(out, "\\x{code:02x}");
        } else if c.is_control() || reorders {
            let _ = write!(out, "\\u{{{code:04x}}}");
        } else {
            out.push(c);
        }
    }
    out
}

/// A typed word quoted in a message: escaped and kept short, so a listener
/// is not read a whole pasted paragraph back.
pub fn quote(word: &str) -> String {
    let short: String = word.chars().take(PREVIEW).collect();
    let more = if word.chars().count() > PREVIEW {
        "…"
    } else {
        ""
    };
    escape(&format!("{short}{more}"))
}

/// What one line of input asks for.
#[derive(Debug, PartialEq, Eq)]
pub enum Command {
    /// 1-based numbers as typed, duplicates removed, in order typed.
    Numbers(Vec<usize>),
    Empty,
    Back,
    Help,
    Review,
    Quit,
}

/// Reads one typed line. Numbers may be separated by spaces or commas, and
/// may end in a dot ("1." as in a numbered list).
pub fn parse_line(line: &str) -> Result<Command, String> {
    let line = line.trim();
    match line.to_lowercase().as_str() {
        "" => return Ok(Command::Empty),
        // The letters work in every language; the words in English and Spanish.
        "b" | "back" | "atrás" | "atras" => return Ok(Command::Back),
        "?" | "h" | "help" | "ayuda" => return Ok(Command::Help),
        "r" | "review" | "revisar" => return Ok(Command::Review),
        "q" | "quit" | "salir" => return Ok(Command::Quit),
        _ => {}
    }
    let mut numbers = Vec::new();
    for word in line.split(|c: char| c == ',' || c.is_whitespace()) {
        let number = word.strip_suffix('.').unwrap_or(word);
        if number.is_empty() {
            continue;
        }
        match number.parse::<usize>() {
            Ok(n) if !numbers.contains(&n) => numbers.push(n),
            Ok(_) => {}
            Err(_) => return Err(say::not_a_number(&quote(word))),
        }
    }
    Ok(if numbers.is_empty() {
        Command::Empty
    } else {
        Command::Numbers(numbers)
    })
}

/// The one number a line holds ("2", "2."), for prompts that take one.
pub fn one_number(line: &str) -> Option<usize> {
    let word = line.trim();
    word.strip_suffix('.').unwrap_or(word).parse().ok()
}

/// Turns typed numbers into option indices for a question, or says what
/// is wrong and what to type instead, in one sentence each.
pub fn choose(question: &Question, numbers: &[usize]) -> Result<Vec<usize>, String> {
    let n = question.options.len();
    if let Some(bad) = numbers.iter().find(|&&x| x == 0 || x > n) {
        return Err(format!("{} {}", say::no_answer(*bad), range_hint(question)));
    }
    if question.kind == Kind::One && numbers.len() > 1 {
        return Err(format!("{} {}", say::only_one(), range_hint(question)));
    }
    let indices: Vec<usize> = numbers.iter().map(|x| x - 1).collect();
    let exclusive: Vec<String> = indices
        .iter()
        .filter_map(|&i| question.options.get(i))
        .filter(|o| o.exclusive)
        .map(|o| format!("\"{}\"", o.label))
        .collect();
    if !exclusive.is_empty() && indices.len() > 1 {
        return Err(say::alone(&exclusive.join(", ")));
    }
    Ok(indices)
}

/// The numbers a question takes, as one instruction.
pub fn range_hint(question: &Question) -> String {
    match question.kind {
        Kind::One => say::range_one(question.options.len()),
        Kind::Several => say::range_several(question.options.len()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::{BufReader, Cursor};

    #[test]
    fn escapes_what_a_terminal_would_obey() {
        assert_eq!(escape("1\u{1b}]0;x\u{7}"), "1\\x1b]0;x\\x07");
        assert_eq!(escape("a\u{9b}b\u{202e}c"), "a\\u{009b}b\\u{202e}c");
        assert_eq!(escape("Ice pick; é"), "Ice pick; é");
    }

    #[test]
    fn a_long_line_is_dropped_and_the_next_is_read() {
        let mut text = vec![b'9'; MAX_LINE * 5];
        text.extend_from_slice(b"\n2\n");
        // A small buffer, as stdin's: the long line passes through in chunks.
        let mut input = BufReader::with_capacity(64, Cursor::new(text));
        match read_line(&mut input).ok() {
            Some(Line::TooLong(start)) => assert_eq!(start.len(), PREVIEW),
            other => panic!("{other:?}"),
        }
        assert_eq!(read_line(&mut input).ok(), Some(Line::Text("2".into())));
        assert_eq!(read_line(&mut input).ok(), Some(Line::End));
    }

    #[test]
    fn a_line_of_exactly_the_limit_is_kept_and_a_last_line_needs_no_newline() {
        let mut text = vec![b'1'; MAX_LINE];
        text.extend_from_slice(b"\n3");
        let mut input = Cursor::new(text);
        assert!(matches!(read_line(&mut input), Ok(Line::Text(t)) if t.len() == MAX_LINE));
        assert_eq!(read_line(&mut input).ok(), Some(Line::Text("3".into())));
    }

    #[test]
    fn numbers_may_end_in_a_dot() {
        assert_eq!(parse_line("1."), Ok(Command::Numbers(vec![1])));
        assert_eq!(parse_line("1. 3."), Ok(Command::Numbers(vec![1, 3])));
        assert_eq!(one_number(" 2. "), Some(2));
        assert!(parse_line("1.5").is_err());
    }

    #[test]
    fn commands_are_letters_or_words_in_english_or_spanish() {
        for (typed, want) in [
            ("b", Command::Back),
            ("Atrás", Command::Back),
            ("ayuda", Command::Help),
            ("revisar", Command::Review),
            ("SALIR", Command::Quit),
            ("quit", Command::Quit),
        ] {
            assert_eq!(parse_line(typed), Ok(want), "{typed}");
        }
        assert!(parse_line("salida").is_err());
    }
}
