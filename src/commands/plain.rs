use std::io::IsTerminal;
use std::path::Path;

use crate::advice::evaluate;
use crate::cli::Format;
use crate::interview::Flow;
use crate::plain::{self, End};
use crate::report;

pub fn plain(data_path: Option<&Path>, format: Format, save_to: Option<&Path>) -> i32 {
    let Some(data) = super::load_dataset(data_path) else {
        return 1;
    };
    let stdout = std::io::stdout();
    // A dumb terminal shows escape sequences as text: no bold there.
    let dumb = std::env::var("TERM").is_ok_and(|t| t == "dumb");
    let opts = plain::Options {
        bold: stdout.is_terminal() && !super::no_color() && !dumb,
        width: report::text::WIDTH,
        echo: !std::io::stdin().is_terminal(),
    };
    let mut flow = Flow::new(&data);
    let mut input = std::io::stdin().lock();
    let mut out = stdout.lock();
    let end = match plain::interview(&mut flow, &mut input, &mut out, &opts) {
        Ok(end) => end,
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => return 0,
        Err(e) => {
            eprintln!("scarguide: {e}");
            return 1;
        }
    };
    drop(out);
    match end {
        End::Quit => {
            eprintln!("scarguide: you quit; nothing was saved.");
            return 0;
        }
        End::EndOfInput => {
            eprintln!(
                "scarguide: the input ended before the interview was finished; nothing was saved."
            );
            return 1;
        }
        End::Finished => {}
    }
    let advice = evaluate(&data, flow.answers());
    let today = super::today();
    let mut code = 0;
    if let Some(path) = save_to {
        let handout = report::markdown::render(&data, &advice, &today);
        match report::save::save_new(path, &handout) {
            Ok(written) => eprintln!("scarguide: your summary was saved to {}", written.display()),
            Err(e) => {
                eprintln!(
                    "scarguide: could not save the summary to {}: {e}",
                    path.display()
                );
                code = 1;
            }
        }
    }
    let body = match format {
        Format::Text => report::text::render(&data, &advice, report::text::WIDTH),
        Format::Markdown => report::markdown::render(&data, &advice, &today),
        Format::Json => report::json::render(&data, &advice),
    };
    let out = format!("\n{}\n{body}", plain::RESULTS_MARKER);
    match super::write_stdout(&out) {
        0 => code,
        c => c,
    }
}
