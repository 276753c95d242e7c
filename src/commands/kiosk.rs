use std::io::{IsTerminal, Write};
use std::path::Path;
use std::time::{Duration, Instant};

use crate::cli::Cli;
use crate::kiosk::{export, gate, lockout, pinfile, retention, Config};

/// Checks the PIN and the export folder, clears out summaries older than
/// `keep_days` (and keeps doing so), then runs the locked-down app.
pub fn kiosk(
    cli: &Cli,
    idle_timeout: u64,
    export_dir: Option<&Path>,
    pin_file: Option<&Path>,
    keep_days: u32,
    printer: Option<&str>,
    state_dir: Option<&Path>,
) -> i32 {
    // First, while there is one thread: the PIN leaves the environment.
    let env_pin = pinfile::take_env();
    let pin = match pinfile::load(pin_file, pinfile::credentials_dir().as_deref(), env_pin) {
        Ok(p) => p,
        Err(e) => {
            crate::say!("scarguide kiosk: {e}");
            return 1;
        }
    };
    if let Some(dir) = export_dir {
        // Refused now, not at the patient's last step ("could not be sent").
        if let Err(why) = export::check_folder(dir) {
            refuse(&format!(
                "scarguide kiosk: summaries cannot be written to {}: {why}. The kiosk does not start; fix the folder (owned by the kiosk's user, mode 0700) or leave out --export-dir.",
                dir.display()
            ));
            return 1;
        }
        // Before the screen is taken, so a problem can still be said.
        if let Err(e) = retention::purge_now(dir, keep_days) {
            crate::say!("scarguide kiosk: warning: old summaries were not deleted: {e}");
        }
        retention::every_hour(dir, keep_days);
    }
    let state_dir = state_dir
        .map(Path::to_path_buf)
        .or_else(|| lockout::systemd_dir(std::env::var_os("STATE_DIRECTORY")));
    let gate = match state_dir {
        Some(dir) => {
            let (gate, problem) =
                gate::Gate::open(pin, lockout::Store::in_dir(&dir), Instant::now());
            if let Some(p) = problem {
                crate::say!("scarguide kiosk: warning: PIN lock-out state {p}");
            }
            gate
        }
        None => gate::Gate::new(pin),
    };
    let config = Config {
        gate,
        idle_timeout: Duration::from_secs(idle_timeout),
        export_dir: export_dir.map(Path::to_path_buf),
        printer: printer.map(str::to_string),
    };
    crate::tui::run_kiosk(cli, config)
}

/// Says why the kiosk will not start on stderr and, when stderr goes
/// elsewhere (the service sends it to the journal), on the screen too,
/// where whoever stands at the kiosk reads it.
fn refuse(message: &str) {
    crate::say!("{message}");
    let stdout = std::io::stdout();
    if stdout.is_terminal() && !std::io::stderr().is_terminal() {
        let mut out = stdout.lock();
        let _ = writeln!(out, "{message}");
        let _ = out.flush();
    }
}
