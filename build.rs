//! Parses the embedded dataset at build time and stores it as postcard
//! bytes, so the program starts without a millisecond of RON parsing. The
//! schema and the parser are the program's own files, included here.

use std::path::PathBuf;

#[allow(dead_code)]
#[path = "src/dataset/schema.rs"]
mod schema;

#[allow(dead_code)]
#[path = "src/dataset/load.rs"]
mod load;

// What load.rs words its errors with.
#[allow(dead_code)]
#[path = "src/dataset/excerpt.rs"]
mod excerpt;
#[allow(dead_code)]
#[path = "src/dataset/hint.rs"]
mod hint;
#[allow(dead_code)]
#[path = "src/dataset/locate.rs"]
mod locate;
#[allow(dead_code)]
#[path = "src/dataset/parse_error.rs"]
mod parse_error;

const DATASET: &str = "assets/consultation.ron";

fn main() {
    for path in [
        DATASET,
        "src/dataset/schema.rs",
        "src/dataset/load.rs",
        "src/dataset/excerpt.rs",
        "src/dataset/hint.rs",
        "src/dataset/locate.rs",
        "src/dataset/parse_error.rs",
    ] {
        println!("cargo::rerun-if-changed={path}");
    }
    let text = std::fs::read_to_string(DATASET).unwrap_or_default();
    // A dataset that does not parse is stored as nothing: the program then
    // parses the text itself and reports the error with its position, just
    // as for any other file. The build never fails over content.
    let bytes = load::parse_ron::<schema::Dataset>(DATASET, &text)
        .ok()
        .and_then(|d| postcard::to_stdvec(&d).ok())
        .unwrap_or_default();
    let out = PathBuf::from(std::env::var_os("OUT_DIR").unwrap_or_default());
    if let Err(e) = std::fs::write(out.join("consultation.postcard"), bytes) {
        panic!("cannot write the compiled dataset: {e}");
    }
}
