use clap::Parser;

use std::io::IsTerminal;

use scarguide::cli::{Cli, Command, Format};
use scarguide::{commands, tui};

fn main() {
    let mut cli = Cli::parse();
    // The kiosk takes the full-screen app's look after `kiosk` too.
    if let Some(Command::Kiosk { theme, ascii, .. }) = &cli.command {
        let (theme, ascii) = (*theme, *ascii);
        cli.theme = theme.unwrap_or(cli.theme);
        cli.ascii |= ascii;
    }
    let data = cli.data.as_deref();
    let code = match &cli.command {
        Some(Command::Check { .. }) => commands::check(data),
        Some(Command::Audit { format }) => commands::audit(data, *format),
        Some(Command::Cases { cases }) => commands::cases(data, cases.as_deref()),
        Some(Command::Report {
            answers,
            format,
            strict,
            explain,
            ..
        }) => commands::report(data, answers, *format, *strict, *explain),
        Some(Command::Diff { old, new, format }) => commands::diff(old, new, *format),
        Some(Command::Kiosk {
            idle_timeout,
            export_dir,
            staff_pin_file,
            ..
        }) => commands::kiosk(
            &cli,
            *idle_timeout,
            export_dir.as_deref(),
            staff_pin_file.as_deref(),
        ),
        Some(Command::Rules { format }) => commands::rules(data, *format),
        Some(Command::Fhir { what }) => commands::fhir::run(data, *what),
        Some(Command::Plain {
            format, save_to, ..
        }) => commands::plain(data, *format, save_to.as_deref()),
        None => match plain_reason() {
            Some(why) => {
                eprintln!("scarguide: {why}, so the interview runs in plain mode (scarguide plain), one question at a time.");
                // Where the person asked the handout to go, plain mode too.
                commands::plain(data, Format::Text, cli.save_to.as_deref())
            }
            None => tui::run(&cli),
        },
    };
    std::process::exit(code);
}

/// Why the full-screen app cannot run here, if it cannot.
fn plain_reason() -> Option<&'static str> {
    if !std::io::stdin().is_terminal() {
        Some("standard input is not a terminal")
    } else if !std::io::stdout().is_terminal() {
        Some("standard output is not a terminal")
    } else if std::env::var("TERM").is_ok_and(|t| t == "dumb") {
        Some("this terminal cannot show a full-screen program")
    } else {
        None
    }
}
