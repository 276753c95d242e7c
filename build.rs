//! Parses the embedded dataset at build time and stores it as postcard
//! bytes, so the program starts without a millisecond of RON parsing. The
//! schema and the parser are the program's own files, included here.
//! Also lists the example answers files, which the embedded clinician cases
//! refer to, so the binary carries them without a hand-kept list.

use std::path::{Path, PathBuf};

#[allow(dead_code)]
#[path = "src/dataset/schema.rs"]
mod schema;

#[allow(dead_code)]
#[path = "src/dataset/decision.rs"]
mod decision;

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
#[path = "src/dataset/invisible.rs"]
mod invisible;
#[allow(dead_code)]
#[path = "src/dataset/locate.rs"]
mod locate;
#[allow(dead_code)]
#[path = "src/dataset/parse_error.rs"]
mod parse_error;

const DATASET: &str = "assets/consultation.ron";
const EXAMPLES: &str = "assets/examples";
const LANGUAGES: &str = "assets/i18n";

fn main() {
    for path in [
        DATASET,
        "src/dataset/schema.rs",
        "src/dataset/decision.rs",
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
    embed_examples(&out);
    embed_languages(&out);
}

/// The names of the files in `dir` (under the crate) that end in `suffix`,
/// sorted; cargo reruns this script when a file there changes or is added.
fn files_in(dir: &str, suffix: &str) -> (PathBuf, Vec<String>) {
    println!("cargo::rerun-if-changed={dir}");
    let root = PathBuf::from(std::env::var_os("CARGO_MANIFEST_DIR").unwrap_or_default());
    let mut names: Vec<String> = std::fs::read_dir(root.join(dir))
        .into_iter()
        .flatten()
        .flatten()
        .filter_map(|e| e.file_name().into_string().ok())
        .filter(|n| n.ends_with(suffix))
        .collect();
    names.sort();
    (root, names)
}

/// Writes `languages.rs`: `SHIPPED`, every `assets/i18n/<code>.ftl` with
/// its text and, when there is one, the dataset's translation
/// `assets/consultation.<code>.ron`; English first (the source language),
/// then by code. Adding a language is adding its files; no code changes.
fn embed_languages(out: &Path) {
    let (root, names) = files_in(LANGUAGES, ".ftl");
    let mut codes: Vec<&str> = names
        .iter()
        .filter_map(|n| n.strip_suffix(".ftl"))
        .collect();
    codes.sort_by_key(|c| (*c != "en", *c));
    let (_, contents) = files_in("assets", ".ron");
    let mut code = String::from("pub static SHIPPED: &[Shipped] = &[\n");
    for c in codes {
        let ftl = root.join(LANGUAGES).join(format!("{c}.ftl"));
        let name = format!("consultation.{c}.ron");
        let content = match contents.contains(&name) {
            true => format!(
                "Some(include_str!({:?}))",
                root.join("assets").join(&name).display().to_string()
            ),
            false => "None".to_string(),
        };
        code.push_str(&format!(
            "    Shipped {{ code: {c:?}, ftl: include_str!({:?}), content: {content} }},\n",
            ftl.display().to_string()
        ));
    }
    code.push_str("];\n");
    if let Err(e) = std::fs::write(out.join("languages.rs"), code) {
        panic!("cannot write the list of languages: {e}");
    }
}

/// Writes `examples.rs`: a slice of ("examples/NAME.ron", its text), sorted
/// by name, each text pulled in with `include_str!`.
fn embed_examples(out: &Path) {
    let (root, names) = files_in(EXAMPLES, ".ron");
    let mut code = String::from("&[\n");
    for name in names {
        let path = root.join(EXAMPLES).join(&name);
        code.push_str(&format!(
            "    ({:?}, include_str!({:?})),\n",
            format!("examples/{name}"),
            path.display().to_string()
        ));
    }
    code.push_str("]\n");
    if let Err(e) = std::fs::write(out.join("examples.rs"), code) {
        panic!("cannot write the list of examples: {e}");
    }
}
