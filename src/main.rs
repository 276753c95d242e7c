use clap::Parser;

use scarguide::cli::{Cli, Command};
use scarguide::commands;

fn main() {
    let cli = Cli::parse();
    let data = cli.data.as_deref();
    let code = match cli.command {
        Some(Command::Check) => commands::check(data),
        Some(Command::Report {
            answers,
            format,
            strict,
        }) => commands::report(data, &answers, format, strict),
        None => {
            eprintln!("scarguide: the full-screen interview is not built yet; use `scarguide report --answers FILE`");
            1
        }
    };
    std::process::exit(code);
}
