//! `scarguide cases`: runs the clinician cases and says, for each failure,
//! what the advice had instead and which rules produced it. `check` runs
//! them too, through [`for_check`].

use std::path::Path;

use crate::cases::{self, CasesFile, Location, Verdict};
use crate::dataset::load::{self, sanitize};
use crate::dataset::{self, Dataset, Problem, SourceMap};

/// A dataset loaded for the cases, with what is needed to give its lines.
struct Loaded {
    dataset: Dataset,
    name: String,
    path: Option<std::path::PathBuf>,
}

/// Loads the dataset as every command does (`load_dataset`, a wrapper of
/// `dataset::check_file`: errors are printed as `check` prints them and
/// stop the command). The one place to switch to a shared loader.
fn load_data(path: Option<&Path>) -> Option<Loaded> {
    let dataset = super::load_dataset(path)?;
    Some(Loaded {
        dataset,
        name: data_name(path),
        path: path.map(Path::to_path_buf),
    })
}

fn data_name(path: Option<&Path>) -> String {
    path.map_or(dataset::EMBEDDED_NAME.to_string(), |p| {
        p.display().to_string()
    })
}

/// Lines of the dataset's rules and conflicts, read only when a case
/// fails. The file is read again for them; if that fails, messages simply
/// have no line.
fn data_lines(path: Option<&Path>) -> SourceMap {
    match path {
        None => SourceMap::scan(dataset::EMBEDDED),
        Some(p) => {
            load::read_text(p).map_or_else(|_| SourceMap::default(), |t| SourceMap::scan(&t))
        }
    }
}

pub fn cases(data_path: Option<&Path>, cases_path: Option<&Path>) -> i32 {
    let Some(data) = load_data(data_path) else {
        return 1;
    };
    let location = cases_path.map_or_else(
        || Location::beside(data_path),
        |p| Location::File(p.to_path_buf()),
    );
    if cases_path.is_none() && !location.exists() {
        crate::say!(
            "scarguide: no cases file {}: `cases` looks for cases.ron beside the dataset; give one with --cases FILE",
            location.name()
        );
        return 1;
    }
    let file = match read_cases(&location, &data.dataset) {
        Some(f) => f,
        None => return 1,
    };
    let verdicts = cases::run(&data.dataset, &file.cases);
    let lines = if verdicts.iter().all(Verdict::passed) {
        SourceMap::default()
    } else {
        data_lines(data.path.as_deref())
    };
    let out = render(&file, &data.name, &verdicts, &lines);
    let status = super::write_stdout(&out);
    if verdicts.iter().all(Verdict::passed) {
        status
    } else {
        1
    }
}

/// Reads and checks the cases file, printing its problems; None when it
/// cannot be read or has errors.
fn read_cases(location: &Location, data: &Dataset) -> Option<CasesFile> {
    let file = match location.load(data) {
        Ok(f) => f,
        Err(e) => {
            crate::say!("{e}");
            return None;
        }
    };
    for p in &file.problems {
        crate::say!("{}", p.display(&file.name));
    }
    if file.has_errors() {
        let n = file.errors().count();
        crate::say!(
            "{}: {n} error{}; no case was run",
            file.name,
            if n == 1 { "" } else { "s" }
        );
        return None;
    }
    Some(file)
}

/// The report: one line per case, and under each failure the demand, what
/// the advice had and the rules behind it.
fn render(file: &CasesFile, data_name: &str, verdicts: &[Verdict], lines: &SourceMap) -> String {
    let mut out = format!("Clinician cases: {}, against {data_name}\n\n", file.name);
    for v in verdicts {
        let name = sanitize(&v.case.name);
        if v.passed() {
            out.push_str(&format!("ok    {name}\n"));
            continue;
        }
        out.push_str(&format!("FAIL  {name} ({})\n", at(&file.name, v.case.line)));
        if !v.case.why.trim().is_empty() {
            out.push_str(&format!("      why: {}\n", sanitize(v.case.why.trim())));
        }
        for f in &v.failures {
            out.push_str(&format!(
                "      {} ({})\n",
                f.summary(),
                at(&file.name, f.expectation.line)
            ));
            for line in f.origin_lines(data_name, lines) {
                out.push_str(&format!("        {line}\n"));
            }
        }
    }
    let failed = verdicts.iter().filter(|v| !v.passed()).count();
    let total = verdicts.len();
    let cases = if total == 1 { "case" } else { "cases" };
    out.push_str(&match failed {
        0 => format!("\n{total} {cases}: all pass.\n"),
        _ => format!(
            "\n{total} {cases}: {} pass, {failed} fail{}.\n",
            total - failed,
            if failed == 1 { "s" } else { "" }
        ),
    });
    out
}

fn at(file: &str, line: Option<usize>) -> String {
    match line {
        Some(l) => format!("{file}:{l}"),
        None => file.to_string(),
    }
}

/// What `check` learns from the cases that go with its dataset.
pub struct ForCheck {
    pub errors: usize,
    pub warnings: usize,
    /// (cases that pass, cases in all), when they ran.
    pub passed: Option<(usize, usize)>,
    /// The cases file's name, when there is one.
    pub name: Option<String>,
}

/// Runs the cases beside the dataset (the embedded ones for the embedded
/// dataset), if there are any, for `check`: prints problems in the cases
/// file and each failing demand as an error at its case's line.
pub fn for_check(data_path: Option<&Path>, data: &Dataset) -> ForCheck {
    let location = Location::beside(data_path);
    let mut report = ForCheck {
        errors: 0,
        warnings: 0,
        passed: None,
        name: None,
    };
    if !location.exists() {
        return report;
    }
    report.name = Some(location.name());
    let file = match location.load(data) {
        Ok(f) => f,
        Err(e) => {
            crate::say!("{e}");
            report.errors = 1;
            return report;
        }
    };
    for p in &file.problems {
        crate::say!("{}", p.display(&file.name));
    }
    report.errors = file.errors().count();
    report.warnings = file.problems.len() - report.errors;
    if report.errors > 0 {
        return report;
    }
    let verdicts = cases::run(data, &file.cases);
    let passed = verdicts.iter().filter(|v| v.passed()).count();
    report.passed = Some((passed, verdicts.len()));
    if passed == verdicts.len() {
        return report;
    }
    let data_name = data_name(data_path);
    let lines = data_lines(data_path);
    for v in &verdicts {
        for f in &v.failures {
            let problem = Problem {
                severity: dataset::Severity::Error,
                line: v.case.line,
                message: format!(
                    "case \"{}\": {}; {}",
                    sanitize(&v.case.name),
                    f.summary(),
                    f.origin_lines(&data_name, &lines).join("; ")
                ),
            };
            crate::say!("{}", problem.display(&file.name));
            report.errors += 1;
        }
    }
    report
}
