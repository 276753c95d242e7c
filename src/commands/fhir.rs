use std::path::Path;

use crate::cli::FhirCommand;
use crate::dataset::Dataset;
use crate::fhir;

/// `scarguide fhir questionnaire`.
pub fn run(data_path: Option<&Path>, what: FhirCommand) -> i32 {
    let Some(data) = super::load_dataset(data_path) else {
        return 1;
    };
    match what {
        FhirCommand::Questionnaire => {
            let tr = fhir::Translations::shipped(&data, data_path);
            questionnaire(&data, &tr)
        }
    }
}

fn questionnaire(data: &Dataset, tr: &fhir::Translations) -> i32 {
    match fhir::questionnaire_json(data, tr) {
        Ok(json) => super::write_stdout(&json),
        Err(_) => {
            expressible(data);
            1
        }
    }
}

/// Whether every show_if translates to enableWhen; if not, says which do
/// not on stderr (the same words `check` warns with).
pub fn expressible(data: &Dataset) -> bool {
    let refused = fhir::inexpressible(data);
    for r in &refused {
        crate::say!("scarguide: cannot write FHIR for this dataset: {r}");
    }
    refused.is_empty()
}
