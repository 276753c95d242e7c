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
    let lang = match commands::language(cli.lang.as_deref()) {
        Ok(lang) => lang,
        Err(code) => std::process::exit(code),
    };
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
            keep_days,
            printer,
            state_dir,
            ..
        }) => commands::kiosk(
            &cli,
            *idle_timeout,
            export_dir.as_deref(),
            staff_pin_file.as_deref(),
            *keep_days,
            printer.as_deref(),
            state_dir.as_deref(),
        ),
        Some(Command::Summaries { export_dir, action }) => {
            commands::summaries(export_dir.as_deref(), action)
        }
        Some(Command::Rules { format }) => commands::rules(data, *format),
        Some(Command::Translation { code }) => commands::translation(data, code),
        Some(Command::Fhir { what }) => commands::fhir::run(data, *what),
        Some(Command::Plain {
            format, save_to, ..
        }) => commands::plain(data, *format, save_to.as_deref(), lang),
        None => match plain_reason() {
            Some(why) => {
                let why = scarguide::i18n::t(why);
                scarguide::say!("{}", scarguide::tr!("plain-because", why = why));
                // Where the person asked the handout to go, plain mode too.
                commands::plain(data, Format::Text, cli.save_to.as_deref(), lang)
            }
            None => tui::run(&cli),
        },
    };
    // A message that could not be written is a failure too.
    std::process::exit(if code == 0 && scarguide::say::failed() {
        1
    } else {
        code
    });
}

/// Why the full-screen app cannot run here, if it cannot (a message id).
fn plain_reason() -> Option<&'static str> {
    if !std::io::stdin().is_terminal() {
        Some("plain-why-stdin")
    } else if !std::io::stdout().is_terminal() {
        Some("plain-why-stdout")
    } else if std::env::var("TERM").is_ok_and(|t| t == "dumb") {
        Some("plain-why-dumb")
    } else if accessible() {
        Some("plain-why-accessible")
    } else {
        None
    }
}

/// ACCESSIBLE=1 (any value but empty or 0), as other terminal form
/// libraries honour it: the person wants plain prompts a screen reader
/// reads line by line, not a full-screen program.
fn accessible() -> bool {
    std::env::var_os("ACCESSIBLE").is_some_and(|v| !v.is_empty() && v != "0")
}
