use std::path::Path;
use std::time::Duration;

use crate::cli::Cli;
use crate::kiosk::{export, pin, Config};

/// Checks the PIN and the export folder, then runs the locked-down app.
pub fn kiosk(
    cli: &Cli,
    idle_timeout: u64,
    export_dir: Option<&Path>,
    pin_file: Option<&Path>,
) -> i32 {
    let pin = match pin::load(pin_file, std::env::var(pin::ENV_VAR).ok()) {
        Ok(p) => p,
        Err(e) => {
            eprintln!("scarguide kiosk: {e}");
            return 1;
        }
    };
    if let Some(dir) = export_dir {
        if let Err(e) = export::check_writable(dir) {
            // A warning, not a refusal: staff may fix the folder while the
            // kiosk runs, and patients can still read their results.
            eprintln!(
                "scarguide kiosk: warning: summaries cannot be written to {}: {}",
                dir.display(),
                export::describe(&e)
            );
        }
    }
    let config = Config {
        pin,
        idle_timeout: Duration::from_secs(idle_timeout),
        export_dir: export_dir.map(Path::to_path_buf),
    };
    crate::tui::run_kiosk(cli, config)
}
