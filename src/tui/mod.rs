//! The full-screen interview (ratatui + crossterm), in The Elm Architecture:
//! `app` (model, messages, pure update), `keymap` (keys and mouse to
//! messages), `view` (read-only drawing), `theme`, `input` (the terminal's
//! bytes to events, dropping what it cannot read), `terminal` (setup and
//! restore on every exit path) and `signals`.

pub mod app;
pub mod desk;
mod disclaimer;
pub mod doc;
mod effects;
pub mod input;
pub mod keymap;
pub mod kiosk;
pub mod layout;
pub mod signals;
pub use app::review;
pub mod terminal;
pub mod theme;
pub mod view;
pub mod wake;

#[cfg(test)]
mod kiosk_tests;
#[cfg(test)]
mod results_tests;
#[cfg(test)]
mod update_tests;

use std::io::IsTerminal;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use ratatui::crossterm::event;

use crate::cli::Cli;
use crate::dataset::localized::Localized;
use crate::dataset::Dataset;
use crate::kiosk::Config;
use crate::report;
use app::{update, App, Effect, Msg};
use theme::Theme;

/// How often the staff box redraws, for the lock-out's countdown.
const STAFF_TICK: Duration = Duration::from_millis(250);

/// How long the loop may sleep: self-guided, until something happens; in a
/// kiosk, until the idle timer next changes what is shown.
fn timeout(app: &App) -> Option<Duration> {
    let k = app.kiosk.as_ref()?;
    let idle = k.idle.next_change(Instant::now());
    Some(match k.staff {
        Some(_) => idle.min(STAFF_TICK),
        None => idle,
    })
}

/// Runs the full-screen interview, self-guided; returns the exit status.
pub fn run(cli: &Cli) -> i32 {
    run_mode(cli, None)
}

/// Runs the interview locked down for a clinic kiosk.
pub fn run_kiosk(cli: &Cli, config: Config) -> i32 {
    run_mode(cli, Some(config))
}

fn run_mode(cli: &Cli, kiosk: Option<Config>) -> i32 {
    // Load and validate before touching the terminal.
    let Some(data) = crate::dataset::open::load_dataset(cli.data.as_deref()) else {
        return 1;
    };
    // A --save-to that can never work is said now, not after the interview.
    if let Some(path) = cli.save_to.as_deref().filter(|_| kiosk.is_none()) {
        if let Err(e) = report::save::check_target(path) {
            crate::say!("scarguide: --save-to: {e}");
            return 1;
        }
    }
    if !std::io::stdin().is_terminal() || !std::io::stdout().is_terminal() {
        crate::say!(
            "scarguide: the full-screen interview needs a terminal; `scarguide plain` is the mode for pipes, scripts and screen readers"
        );
        return 1;
    }
    let theme = Theme::from_env(cli);
    let is_kiosk = kiosk.is_some();
    let signals = match if is_kiosk {
        signals::Signals::register_kiosk()
    } else {
        signals::Signals::register()
    } {
        Ok(s) => s,
        Err(e) => {
            crate::say!("scarguide: cannot set up signal handling: {e}");
            return 1;
        }
    };
    signals::spawn_watchdog(signals.clone());
    let wake = match wake::Wake::new(&signals.list()) {
        Ok(w) => w,
        Err(e) => {
            crate::say!("scarguide: cannot set up signal handling: {e}");
            return 1;
        }
    };
    let mut term = match terminal::Term::enter() {
        Ok(t) => t,
        Err(e) => {
            crate::say!("scarguide: cannot set up the terminal: {e}");
            return 1;
        }
    };
    let size = term.size();
    // Every language's dataset, made when first chosen; the run's
    // language (--lang or the locale) first, and a kiosk's after a wipe.
    let content = Localized::new(&data, cli.data.as_deref());
    let mut app = App::with_languages(&content, crate::i18n::current(), theme, size);
    if let Some(config) = kiosk {
        app = app.kiosk(config, Instant::now());
    }
    // Every file saved, said again once the screen is back (stderr keeps
    // `--print`'s report on stdout clean).
    let mut saved = Vec::new();
    let code = event_loop(&mut term, &mut app, &signals, &wake, cli, &mut saved);
    drop(term);
    for path in &saved {
        crate::say!("{}", crate::words::saved_after(&path.display().to_string()));
    }
    let code = match code {
        Ok(()) => signals.exit_code().unwrap_or(0),
        Err(e) => {
            crate::say!("scarguide: the terminal stopped working: {e}");
            signals.exit_code().unwrap_or(1)
        }
    };
    if cli.print && !is_kiosk {
        match &app.results {
            Some(r) => {
                let text = report::text::render(app.data(), &r.advice, report::text::WIDTH);
                return match crate::output::write_stdout(&text) {
                    0 => code,
                    c => c,
                };
            }
            None => crate::say!("scarguide: nothing to print: the results were not reached"),
        }
    }
    code
}

/// Does the work `update` asked for, and records the outcome in the app.
fn perform(
    effect: Effect,
    app: &mut App,
    term: &mut terminal::Term,
    cli: &Cli,
    saved: &mut Vec<PathBuf>,
) -> std::io::Result<()> {
    let today = crate::output::today();
    // The session's own dataset and words: a summary in the patient's
    // language, whichever they chose on the welcome screen.
    let data = app.data();
    crate::i18n::set(app.speaking());
    match effect {
        Effect::Clear => term.clear()?,
        Effect::Export => effects::export(app, data),
        Effect::Desk(op) => effects::desk(app, op),
        Effect::Save => {
            let path = cli
                .save_to
                .clone()
                .unwrap_or_else(|| PathBuf::from(format!("scarguide-summary-{today}.md")));
            saved.extend(save(app, data, &path, &today));
        }
    }
    Ok(())
}

/// Saves the handout of the results on screen to `path` (or the next free
/// name), and records in the app where it went (the full path) or why not.
fn save(app: &mut App, data: &Dataset, path: &Path, today: &str) -> Option<PathBuf> {
    let r = app.results.as_ref()?;
    let md = report::markdown::render(data, &r.advice, today);
    let result = report::save::save_new(path, &md);
    app.saved = Some(match &result {
        Ok(p) => Ok(p.display().to_string()),
        Err(e) => Err(report::save::describe(e)),
    });
    result.ok()
}

fn event_loop(
    term: &mut terminal::Term,
    app: &mut App,
    signals: &signals::Signals,
    wake: &wake::Wake,
    cli: &Cli,
    saved: &mut Vec<PathBuf>,
) -> std::io::Result<()> {
    let mut dirty = true;
    let mut parser = input::Parser::new();
    let mut events = Vec::new();
    loop {
        if signals.caught() {
            return Ok(());
        }
        if app.kiosk.is_some() {
            app.now = Instant::now();
            dirty |= update(app, Msg::Tick);
        }
        if let Some(effect) = app.effect.take() {
            perform(effect, app, term, cli, saved)?;
            dirty = true;
        }
        if app.quit {
            return Ok(());
        }
        if dirty {
            app.hits = term.draw(app)?;
            dirty = false;
        }
        // Sleep until input, a signal, the idle timer, or the moment the
        // parser drops a half sequence it holds.
        let held = parser
            .deadline()
            .map(|d| d.saturating_duration_since(Instant::now()));
        let wait = match (timeout(app), held) {
            (Some(a), Some(b)) => Some(a.min(b)),
            (a, b) => a.or(b),
        };
        match wake.wait(wait)? {
            wake::Woke::Input => input::read(&mut parser, Instant::now(), &mut events)?,
            wake::Woke::Signal => {
                // A resize: ask the terminal its size, as crossterm would.
                let size = term.size();
                if size != app.size {
                    events.push(event::Event::Resize(size.0, size.1));
                }
            }
            wake::Woke::Timeout => {}
        }
        parser.expire(Instant::now());
        for ev in events.drain(..) {
            // Unknown keys and clicks on nothing map to no message.
            let Some(msg) = keymap::map_event(&ev, app) else {
                continue;
            };
            if let app::Msg::Resize(..) = msg {
                dirty = true;
            }
            app.now = Instant::now();
            dirty |= update(app, msg);
            if app.quit {
                return Ok(());
            }
        }
    }
}
