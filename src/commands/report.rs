use std::path::Path;

use crate::advice::evaluate;
use crate::cli::Format;
use crate::interview::{file, visibility};
use crate::report;
use crate::report::explain::Explained;

pub fn report(
    data_path: Option<&Path>,
    answers_path: &Path,
    format: Format,
    strict: bool,
    explain: bool,
) -> i32 {
    let Some(checked) = super::load_or_report(data_path) else {
        return 1;
    };
    let data = checked.dataset;
    let loaded = match file::read(answers_path, &data) {
        Ok(l) => l,
        Err(e) => {
            crate::say!("{e}");
            return 1;
        }
    };
    let name = answers_path.display().to_string();
    for p in &loaded.problems {
        crate::say!("{}", p.display(&name));
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
            crate::say!(
                "{name}: error: required question(s) not answered: {}",
                missing.join(", ")
            );
            return 1;
        }
    }
    let advice = evaluate(&data, &loaded.answers);
    let explained = explain.then(|| {
        let (map, file) = super::source_map(data_path);
        Explained::new(&data, &advice, &map, &file)
    });
    let e = explained.as_ref();
    let out = match format {
        Format::Text => report::text::render_explained(&data, &advice, report::text::WIDTH, e),
        Format::Markdown => report::markdown::render_explained(&data, &advice, &super::today(), e),
        Format::Json => report::json::render_explained(&data, &advice, e),
    };
    super::write_stdout(&out)
}
