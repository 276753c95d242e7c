use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};

use crate::advice::evaluate;
use crate::cli::Format;
use crate::dataset::localized::translate;
use crate::i18n::{self, Lang};
use crate::interview::Flow;
use crate::plain::{self, End};
use crate::report;

pub fn plain(
    data_path: Option<&Path>,
    format: Format,
    save_to: Option<&Path>,
    lang: Option<Lang>,
) -> i32 {
    let Some(english) = super::load_dataset(data_path) else {
        return 1;
    };
    // A --save-to that can never work is said now, not after the interview.
    if let Some(path) = save_to {
        if let Err(e) = report::save::check_target(path) {
            crate::say!("scarguide: --save-to: {e}");
            return 1;
        }
    }
    let stdout = std::io::stdout();
    // A dumb terminal shows escape sequences as text: no bold there.
    let dumb = std::env::var("TERM").is_ok_and(|t| t == "dumb");
    let opts = plain::Options {
        bold: stdout.is_terminal() && !super::no_color() && !dumb,
        width: report::text::WIDTH,
        echo: !std::io::stdin().is_terminal(),
    };
    let mut input = std::io::stdin().lock();
    let mut out = stdout.lock();
    // Asked only of a person at a terminal: a script's piped answers are
    // never taken for a language (it gives --lang, or gets English).
    let ask = lang.is_none() && Lang::all().count() > 1 && std::io::stdin().is_terminal();
    let lang = match ask {
        true => match plain::ask_language(&mut input, &mut out, &opts) {
            Ok(Some(l)) => l,
            Ok(None) => {
                crate::say!("scarguide: the input ended before a language was chosen.");
                return 1;
            }
            Err(e) => return io_failed(&e),
        },
        false => lang.unwrap_or(Lang::ENGLISH),
    };
    i18n::set(lang);
    let data = translate(&english, data_path, lang);
    let mut flow = Flow::new(&data);
    let end = match plain::interview(&mut flow, &mut input, &mut out, &opts) {
        Ok(end) => end,
        Err(e) => return io_failed(&e),
    };
    match end {
        End::Quit => {
            crate::say!("{}", i18n::t("plain-you-quit"));
            return 0;
        }
        End::EndOfInput => {
            crate::say!("{}", i18n::t("plain-input-ended"));
            return 1;
        }
        End::Finished => {}
    }
    let advice = evaluate(&data, flow.answers());
    let today = super::today();
    let handout = report::markdown::render(&data, &advice, &today);
    let mut code = 0;
    if let Some(path) = save_to {
        match report::save::save_new(path, &handout) {
            Ok(written) => {
                let full = std::path::absolute(&written).unwrap_or(written);
                crate::say!(
                    "{}",
                    crate::tr!("plain-saved-to", path = full.display().to_string())
                );
            }
            Err(e) => {
                let why = report::save::describe(&e);
                let path = path.display().to_string();
                crate::say!(
                    "{}",
                    crate::tr!("plain-could-not-save", path = path, why = why)
                );
                code = 1;
            }
        }
    }
    // The report for people starts with its own heading; the formats for
    // programs follow a marker line a script can find.
    let body = match format {
        Format::Text => plain::results::render(&data, &advice, report::text::WIDTH),
        Format::Markdown => format!("\n{}\n{handout}", plain::RESULTS_MARKER),
        Format::Json => format!(
            "\n{}\n{}",
            plain::RESULTS_MARKER,
            report::json::render(&data, &advice)
        ),
        Format::Fhir => format!(
            "\n{}\n{}",
            plain::RESULTS_MARKER,
            crate::fhir::response_json(&data, &advice, &crate::fhir::response::now(), None)
        ),
        Format::FhirBundle => format!(
            "\n{}\n{}",
            plain::RESULTS_MARKER,
            crate::fhir::bundle::bundle_json(
                &data,
                &advice,
                &crate::fhir::response::now(),
                &handout
            )
        ),
    };
    if let Err(e) = out.write_all(body.as_bytes()).and_then(|()| out.flush()) {
        return io_failed(&e);
    }
    // Only the report for people asks more; scripts get their output whole.
    if format == Format::Text && save_to.is_none() {
        let default = PathBuf::from(format!("scarguide-summary-{today}.md"));
        if let Err(e) = plain::offer_save(&mut input, &mut out, &opts, &handout, &default) {
            return io_failed(&e);
        }
    }
    code
}

/// A closed pipe (`| head`) ends the program quietly; other errors are said.
fn io_failed(e: &std::io::Error) -> i32 {
    if e.kind() == std::io::ErrorKind::BrokenPipe {
        return 0;
    }
    crate::say!("scarguide: {e}");
    1
}
