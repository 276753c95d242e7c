use std::path::Path;

use crate::advice::evaluate;
use crate::cli::Format;
use crate::dataset::localized::translate;
use crate::dataset::{load, Dataset};
use crate::fhir;
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
    // Ids and rules are the English ones; the words are the run's language.
    let data = translate(&checked.dataset, data_path, crate::i18n::current());
    let loaded = match read_answers(answers_path, &data) {
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
    if matches!(format, Format::Fhir | Format::FhirBundle) && !super::fhir::expressible(&data) {
        return 1;
    }
    let out = match format {
        Format::Text => report::text::render_explained(&data, &advice, report::text::WIDTH, e),
        Format::Markdown => report::markdown::render_explained(&data, &advice, &super::today(), e),
        Format::Json => report::json::render_explained(&data, &advice, e),
        Format::Fhir => fhir::response_json(&data, &advice, &fhir::response::now(), None),
        Format::FhirBundle => {
            let handout = report::markdown::render_explained(&data, &advice, &super::today(), e);
            fhir::bundle::bundle_json(&data, &advice, &fhir::response::now(), &handout)
        }
    };
    super::write_stdout(&out)
}

/// An answers file in RON, or a FHIR QuestionnaireResponse in JSON (told
/// apart by content, so either can be passed as it is).
fn read_answers(path: &Path, data: &Dataset) -> Result<file::Loaded, load::LoadError> {
    let text = load::read_text(path)?;
    let name = path.display().to_string();
    if fhir::read::looks_like_fhir(&text) {
        fhir::read::parse(&name, &text, data)
    } else {
        file::parse(&name, &text, data)
    }
}
