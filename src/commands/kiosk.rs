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
        if let Err(e) = export::check_writable(dir) {
            // A warning, not a refusal: staff may fix the folder while the
            // kiosk runs, and patients can still read their results.
            crate::say!(
                "scarguide kiosk: warning: summaries cannot be written to {}: {}",
                dir.display(),
                export::describe(&e)
            );
        } else {
            // Before the screen is taken, so a problem can still be said.
            if let Err(e) = retention::purge_now(dir, keep_days) {
                crate::say!("scarguide kiosk: warning: old summaries were not deleted: {e}");
            }
            retention::every_hour(dir, keep_days);
        }
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
    };
    crate::tui::run_kiosk(cli, config)
}
