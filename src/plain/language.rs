//! Plain mode's first question when more than one language is shipped and
//! neither `--lang` nor the locale named one: which language, asked in
//! every language so each reader finds their own.

use std::io::{self, BufRead, Write};

use super::console::Io;
use super::Options;
use crate::i18n::{self, Lang};

/// The chosen language, or None when input ended first.
pub fn ask_language<R: BufRead, W: Write>(
    input: &mut R,
    out: &mut W,
    opts: &Options,
) -> io::Result<Option<Lang>> {
    let mut io = Io { input, out, opts };
    let langs: Vec<Lang> = Lang::all().collect();
    let mut names: Vec<&str> = langs
        .iter()
        .map(|&l| i18n::in_lang(l, "choose-language"))
        .collect();
    names.dedup();
    io.heading(&names.join(" / "))?;
    for (i, l) in langs.iter().enumerate() {
        io.para(0, &format!("{}. {}", i + 1, l.name()))?;
    }
    loop {
        for &l in &langs {
            io.para(0, i18n::in_lang(l, "choose-language-ask"))?;
        }
        let Some(line) = io.ask(&format!("1-{}:", langs.len()))? else {
            return Ok(None);
        };
        if let Some(lang) = line.ok().and_then(|l| pick(&langs, &l)) {
            return Ok(Some(lang));
        }
    }
}

/// A number from the list, a code ("es") or a name ("español").
fn pick(langs: &[Lang], line: &str) -> Option<Lang> {
    let typed = line.trim().trim_end_matches('.').to_lowercase();
    if let Ok(n) = typed.parse::<usize>() {
        return n.checked_sub(1).and_then(|i| langs.get(i).copied());
    }
    langs
        .iter()
        .copied()
        .find(|l| l.name().to_lowercase() == typed)
        .or_else(|| i18n::parse(&typed).filter(|l| langs.contains(l)))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(input: &str) -> (Option<Lang>, String) {
        let opts = Options {
            bold: false,
            width: 80,
            echo: true,
        };
        let mut out = Vec::new();
        let got = ask_language(&mut input.as_bytes(), &mut out, &opts)
            .ok()
            .flatten();
        (got, String::from_utf8_lossy(&out).into_owned())
    }

    #[test]
    fn a_number_a_code_or_a_name_chooses_and_anything_else_asks_again() {
        let es = i18n::parse("es");
        assert!(es.is_some(), "Spanish is shipped");
        assert_eq!(run("2\n").0, es);
        assert_eq!(run("es\n").0, es);
        assert_eq!(run("Español\n").0, es);
        assert_eq!(run("1\n").0, Some(Lang::ENGLISH));
        let (got, said) = run("9\nfrench\n2\n");
        assert_eq!(got, es);
        // Asked three times, in every language each time.
        assert_eq!(said.matches("Type the number of your language").count(), 3);
        assert_eq!(said.matches("Escriba el número de su idioma").count(), 3);
        assert!(said.contains("Language / Idioma"), "{said}");
        assert_eq!(run("").0, None, "the end of input chooses nothing");
    }
}
