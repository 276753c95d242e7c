use clap::Parser;

use scarguide::cli::{Cli, Command};
use scarguide::{commands, tui};

fn main() {
    let cli = Cli::parse();
    let data = cli.data.as_deref();
    let code = match &cli.command {
        Some(Command::Check) => commands::check(data),
        Some(Command::Report {
            answers,
            format,
            strict,
        }) => commands::report(data, answers, *format, *strict),
        Some(Command::Plain { format, save_to }) => {
            commands::plain(data, *format, save_to.as_deref())
        }
        None => tui::run(&cli),
    };
    std::process::exit(code);
}
