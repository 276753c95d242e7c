//! Prints reading-grade figures for calibration against textstat
//! (`scripts/textstat_compare.py`):
//! - `texts [FILE]`: each patient-facing text of a dataset (the embedded
//!   one by default) as a JSON line with its path, name, text and grade;
//! - `grades`: the grade of each line of standard input;
//! - `counts`: words, sentences and syllables of each line of standard input;
//! - `syllables`: the syllables of each word on standard input, one a line.

use std::io::{self, BufRead, Write};
use std::path::Path;

use scarguide::dataset::{self, readability};

fn main() -> anyhow::Result<()> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let mode = args.first().map(String::as_str).unwrap_or("texts");
    let mut out = io::BufWriter::new(io::stdout().lock());
    match mode {
        "texts" => {
            let checked = dataset::check_file(args.get(1).map(Path::new))?;
            for (t, g) in readability::grades(&checked.dataset) {
                let line = serde_json::json!({
                    "path": t.path, "what": t.what, "text": t.text, "grade": g,
                });
                writeln!(out, "{line}")?;
            }
        }
        "grades" => {
            for line in io::stdin().lock().lines() {
                writeln!(out, "{}", readability::grade(&line?))?;
            }
        }
        "counts" => {
            for line in io::stdin().lock().lines() {
                let c = readability::counts(&line?);
                writeln!(out, "{} {} {}", c.words, c.sentences, c.syllables)?;
            }
        }
        "syllables" => {
            for line in io::stdin().lock().lines() {
                let word = line?;
                writeln!(out, "{word}\t{}", readability::syllables(word.trim()))?;
            }
        }
        other => anyhow::bail!("unknown mode {other:?}: texts [FILE], grades, counts or syllables"),
    }
    Ok(())
}
