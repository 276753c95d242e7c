use std::path::Path;

use crate::cli::DocFormat;
use crate::dataset::{self, load};
use crate::rules_doc::{self, Format, Source};

/// `scarguide rules`: the dataset as a review document on stdout. A bad
/// dataset is refused with check's messages, as every command does.
pub fn rules(path: Option<&Path>, format: DocFormat) -> i32 {
    let Some(data) = super::load_dataset(path) else {
        return 1;
    };
    // The text again, for line numbers and the fingerprint; it was read
    // and checked a moment ago.
    let (name, text) = match path {
        None => (
            dataset::EMBEDDED_NAME.to_string(),
            dataset::EMBEDDED.to_string(),
        ),
        Some(p) => match load::read_text(p) {
            Ok(t) => (p.display().to_string(), t),
            Err(e) => {
                crate::say!("scarguide: {e}");
                return 1;
            }
        },
    };
    let format = match format {
        DocFormat::Markdown => Format::Markdown,
        DocFormat::Html => Format::Html,
    };
    let source = Source {
        name: &name,
        text: &text,
    };
    super::write_stdout(&rules_doc::render(&data, source, &super::today(), format))
}
