use std::path::Path;

use crate::advice::evaluate;
use crate::cli::Format;
use crate::interview::{file, visibility};
use crate::report;

pub fn report(data_path: Option<&Path>, answers_path: &Path, format: Format, strict: bool) -> i32 {
    let Some(checked) = super::load_or_report(data_path) else {
        return 1;
    };
    let data = checked.dataset;
    let loaded = match file::read(answers_path, &data) {
        Ok(l) => l,
        Err(e) => {
            eprintln!("{e}");
            return 1;
        }
    };
    let name = answers_path.display().to_string();
    for p in &loaded.problems {
        eprintln!("{}", p.display(&name));
    }
    if loaded.has_errors() {
        return 1;
    }
    if strict {
        let missing: Vec<String> = visibility::unanswered(&data, &loaded.answers)
            .into_iter()
            .filter(|q| !q.optional)
            .map(|q| format!("`{}`", q.id))
            .collect();
        if !missing.is_empty() {
            eprintln!(
                "{name}: error: required question(s) not answered: {}",
                missing.join(", ")
            );
            return 1;
        }
    }
    let advice = evaluate(&data, &loaded.answers);
    let out = match format {
        Format::Text => report::text::render(&data, &advice, report::text::WIDTH),
        Format::Markdown => report::markdown::render(&data, &advice, &super::today()),
        Format::Json => report::json::render(&data, &advice),
    };
    super::write_stdout(&out)
}
