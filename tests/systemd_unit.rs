//! The kiosk's systemd unit (issue 14, point 10): `systemd-analyze verify`
//! accepts it and `systemd-analyze security --offline=true` scores it at
//! most 1.0. Skipped without systemd-analyze, unless
//! SCARGUIDE_REQUIRE_SYSTEMD=1 (set by .ci/run, which installs it).

use std::path::PathBuf;
use std::process::Command;

const UNIT: &str = include_str!("../assets/kiosk/scarguide-kiosk.service");
const NAME: &str = "scarguide-kiosk.service";
const INSTALLED: &str = "/usr/local/bin/scarguide";

/// Whether systemd-analyze can run here; a failure if it must.
fn have_analyze() -> bool {
    let found = Command::new("systemd-analyze")
        .arg("--version")
        .output()
        .is_ok_and(|o| o.status.success());
    if !found {
        assert!(
            std::env::var("SCARGUIDE_REQUIRE_SYSTEMD").as_deref() != Ok("1"),
            "SCARGUIDE_REQUIRE_SYSTEMD=1 but systemd-analyze is not installed (.ci/systemd-setup installs it)"
        );
        eprintln!("skipped: systemd-analyze is not installed");
    }
    found
}

/// The unit, with ExecStart pointing at the binary under test (verify
/// insists the program exists), in a folder of its own.
fn unit_file(tag: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("scarguide-unit-{tag}-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join(NAME);
    let text = UNIT.replace(INSTALLED, env!("CARGO_BIN_EXE_scarguide"));
    std::fs::write(&path, text).unwrap();
    path
}

#[test]
fn systemd_analyze_verify_accepts_the_unit() {
    if !have_analyze() {
        return;
    }
    let path = unit_file("verify");
    let out = Command::new("systemd-analyze")
        .arg("verify")
        .arg(&path)
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "verify failed:\n{stderr}");
    assert!(
        !stderr.contains(NAME),
        "verify warns about the unit:\n{stderr}"
    );
}

#[test]
fn the_unit_scores_at_most_1_0_in_systemd_analyze_security() {
    if !have_analyze() {
        return;
    }
    let path = unit_file("security");
    let out = Command::new("systemd-analyze")
        .args(["security", "--offline=true"])
        .arg(&path)
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    let score: f64 = stdout
        .lines()
        .find_map(|l| l.split("Overall exposure level for ").nth(1))
        .and_then(|rest| rest.split(": ").nth(1))
        .and_then(|v| v.split_whitespace().next())
        .and_then(|v| v.parse().ok())
        .unwrap_or_else(|| panic!("no score in:\n{stdout}"));
    assert!(score <= 1.0, "exposure {score} > 1.0:\n{stdout}");
}

/// What the kiosk itself needs from the sandbox stays allowed, and the
/// PIN comes as a credential, never an environment file.
#[test]
fn the_unit_keeps_what_the_kiosk_needs() {
    let lines: Vec<&str> = UNIT.lines().map(str::trim).collect();
    for needed in [
        "LoadCredential=staff-pin:/etc/scarguide/staff-pin",
        "StateDirectory=scarguide scarguide/summaries",
        // Printing goes to CUPS over its local socket.
        "RestrictAddressFamilies=AF_UNIX",
        "DeviceAllow=/dev/tty1 rw",
        "CapabilityBoundingSet=",
    ] {
        assert!(lines.contains(&needed), "missing {needed:?}");
    }
    assert!(
        !UNIT.contains("EnvironmentFile"),
        "the PIN must not come from the environment"
    );
    assert!(!UNIT.contains("SCARGUIDE_STAFF_PIN"));
}

/// ExecStart's options are ones the kiosk knows (clap refuses unknown
/// options before it gets to --help).
#[test]
fn the_units_command_line_is_accepted() {
    let exec = UNIT
        .lines()
        .find_map(|l| l.strip_prefix("ExecStart="))
        .expect("an ExecStart line");
    let mut args: Vec<&str> = exec.split_whitespace().skip(1).collect();
    args.push("--help");
    let out = Command::new(env!("CARGO_BIN_EXE_scarguide"))
        .args(&args)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{exec}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
}
