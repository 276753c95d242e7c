//! Where the staff PIN is read from, and the checks that keep it secret:
//! a PIN file only its owner (or root) can change or read, a credential
//! systemd passes (`LoadCredential=staff-pin:…`), or the environment,
//! which is emptied of the PIN once it is read.

use std::io::Read;
use std::path::{Path, PathBuf};

use super::pin::{Pin, ENV_VAR};

/// The credential's name in `$CREDENTIALS_DIRECTORY`.
pub const CREDENTIAL: &str = "staff-pin";

/// A PIN file holds a PIN and a line break, nothing more.
const MAX_LEN: u64 = 64;

/// The file given, else systemd's credential, else the environment.
pub fn load(
    file: Option<&Path>,
    credentials: Option<&Path>,
    env: Option<String>,
) -> Result<Pin, String> {
    if let Some(path) = file {
        return load_file(path, credentials);
    }
    if let Some(path) = credentials
        .map(|d| d.join(CREDENTIAL))
        .filter(|p| p.exists())
    {
        return load_file(&path, credentials);
    }
    match env {
        Some(v) if !v.is_empty() => Pin::parse(&v).map_err(|e| format!("{ENV_VAR}: {e}")),
        _ => Err(format!(
            "kiosk mode needs a staff PIN so staff can unlock it; {}",
            super::pin::HOW_TO_SET
        )),
    }
}

/// Whether `path` is one of the credentials systemd passed this process:
/// their folder is private to the service, and the group bits of their
/// mode (0440) show systemd's ACL for the service user, not a group.
fn is_credential(path: &Path, credentials: Option<&Path>) -> bool {
    let Some(dir) = credentials else { return false };
    path.parent().is_some_and(|p| {
        p == dir || std::fs::canonicalize(p).ok() == std::fs::canonicalize(dir).ok()
    })
}

/// Opens without blocking (a FIFO would wait for a writer), then checks
/// what was opened, not the name again: nothing can be swapped between
/// the check and the read.
fn load_file(path: &Path, credentials: Option<&Path>) -> Result<Pin, String> {
    use std::os::unix::fs::{MetadataExt, OpenOptionsExt};
    let name = path.display();
    let flags = rustix::fs::OFlags::NONBLOCK | rustix::fs::OFlags::NOCTTY;
    let mut file = std::fs::OpenOptions::new()
        .read(true)
        .custom_flags(flags.bits() as i32)
        .open(path)
        .map_err(|e| format!("{name}: cannot read the PIN file: {e}"))?;
    let meta = file
        .metadata()
        .map_err(|e| format!("{name}: cannot read the PIN file: {e}"))?;
    if !meta.is_file() {
        return Err(format!(
            "{name}: not a PIN file: it is not a regular file (a PIN file is an ordinary file holding only the PIN)"
        ));
    }
    let me = rustix::process::geteuid().as_raw();
    if meta.uid() != me && meta.uid() != 0 {
        return Err(format!(
            "{name}: the PIN file belongs to another user (uid {}); it must belong to the user the kiosk runs as (uid {me}) or to root: run `chown {me} {name}`",
            meta.uid()
        ));
    }
    let mode = meta.mode() & 0o777;
    if mode & 0o022 != 0 {
        return Err(format!(
            "{name}: other users can change the PIN file (mode {mode:o}); run `chmod 600 {name}` first"
        ));
    }
    if mode & 0o004 != 0 {
        return Err(format!(
            "{name}: the PIN file can be read by other users (mode {mode:o}); run `chmod 600 {name}` first"
        ));
    }
    if mode & 0o040 != 0 && !is_credential(path, credentials) {
        return Err(format!(
            "{name}: the PIN file can be read by its group (mode {mode:o}); run `chmod 600 {name}` first. \
             (A credential systemd passes shows mode 440 because of its ACL: give it with \
             LoadCredential={CREDENTIAL}:{name} and leave out --staff-pin-file.)"
        ));
    }
    if meta.len() > MAX_LEN {
        return Err(format!(
            "{name}: not a PIN file (it should hold only the PIN)"
        ));
    }
    let mut text = String::new();
    (&mut file)
        .take(MAX_LEN + 1)
        .read_to_string(&mut text)
        .map_err(|e| format!("{name}: cannot read the PIN file: {e}"))?;
    Pin::parse(&text).map_err(|e| format!("{name}: {e}"))
}

/// Takes the PIN out of the environment: child processes (`lp` when
/// printing) must not inherit it. Call before any thread starts.
pub fn take_env() -> Option<String> {
    let value = std::env::var(ENV_VAR).ok();
    if std::env::var_os(ENV_VAR).is_some() {
        std::env::remove_var(ENV_VAR);
        scrub_original();
    }
    value
}

/// `/proc/PID/environ` shows the environment the program started with,
/// from the program's own memory, which `remove_var` leaves alone: blank
/// the PIN there too. Best effort: without /proc nothing is shown anyway.
fn scrub_original() {
    use std::os::unix::fs::FileExt;
    let Some((start, end)) = env_area() else {
        return;
    };
    let Ok(mem) = std::fs::OpenOptions::new()
        .read(true)
        .write(true)
        .open("/proc/self/mem")
    else {
        return;
    };
    let Some(len) = end.checked_sub(start).filter(|&l| l < 1 << 20) else {
        return;
    };
    let mut area = vec![0u8; usize::try_from(len).unwrap_or(0)];
    if mem.read_exact_at(&mut area, start).is_err() {
        return;
    }
    let key = format!("{ENV_VAR}=");
    let mut at = 0u64;
    for entry in area.split(|&b| b == 0) {
        if let Some(value) = entry.strip_prefix(key.as_bytes()) {
            let value_at = at + key.len() as u64;
            let _ = mem.write_all_at(&vec![0u8; value.len()], start + value_at);
        }
        at += entry.len() as u64 + 1;
    }
}

/// Where the starting environment lies: fields 50 and 51 of /proc/self/stat.
fn env_area() -> Option<(u64, u64)> {
    let stat = std::fs::read_to_string("/proc/self/stat").ok()?;
    // Fields after the command name, which may hold spaces: from field 3.
    let after = stat.get(stat.rfind(')')? + 2..)?;
    let fields: Vec<&str> = after.split_whitespace().collect();
    let start = fields.get(47)?.parse().ok()?;
    let end = fields.get(48)?.parse().ok()?;
    Some((start, end))
}

/// systemd's `$CREDENTIALS_DIRECTORY`, if it passed credentials.
pub fn credentials_dir() -> Option<PathBuf> {
    std::env::var_os("CREDENTIALS_DIRECTORY")
        .filter(|v| !v.is_empty())
        .map(PathBuf::from)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::os::unix::fs::PermissionsExt;

    fn temp(name: &str) -> PathBuf {
        let dir =
            std::env::temp_dir().join(format!("scarguide-pinfile-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        dir
    }

    fn pin_file(dir: &Path, mode: u32) -> PathBuf {
        let path = dir.join(CREDENTIAL);
        std::fs::write(&path, "97531\n").unwrap();
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(mode)).unwrap();
        path
    }

    #[test]
    fn a_file_others_can_change_is_refused() {
        let dir = temp("writable");
        for mode in [0o620, 0o602, 0o622] {
            let path = pin_file(&dir, mode);
            let err = load(Some(&path), None, None).unwrap_err();
            assert!(
                err.contains("other users can change the PIN file"),
                "{mode:o}: {err}"
            );
            assert!(err.contains("chmod 600"), "{err}");
        }
        std::fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn a_file_of_another_user_is_refused() {
        use std::os::unix::fs::MetadataExt;
        let dir = temp("owner");
        let path = pin_file(&dir, 0o600);
        let me = rustix::process::geteuid().as_raw();
        let other = if me == 4321 { 4322 } else { 4321 };
        if std::os::unix::fs::chown(&path, Some(other), None).is_err() {
            eprintln!("skipped: cannot give a file away here (not root)");
            return;
        }
        assert_eq!(std::fs::metadata(&path).unwrap().uid(), other);
        let err = load(Some(&path), None, None).unwrap_err();
        assert!(err.contains("belongs to another user (uid 4321"), "{err}");
        std::fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn a_fifo_is_refused_without_waiting_for_a_writer() {
        let dir = temp("fifo");
        let path = dir.join("pin");
        rustix::fs::mknodat(
            rustix::fs::CWD,
            &path,
            rustix::fs::FileType::Fifo,
            rustix::fs::Mode::from_raw_mode(0o600),
            0,
        )
        .unwrap();
        let err = load(Some(&path), None, None).unwrap_err();
        assert!(err.contains("not a regular file"), "{err}");
        let err = load(Some(&dir), None, None).unwrap_err();
        assert!(err.contains("not a regular file"), "a folder: {err}");
        std::fs::remove_dir_all(&dir).unwrap();
    }

    /// systemd's LoadCredential= gives mode 0440 (its ACL for the service
    /// user): accepted there, refused elsewhere with a message that says how.
    #[test]
    fn a_credential_with_mode_440_is_accepted_only_from_systemd() {
        let creds = temp("creds");
        let path = pin_file(&creds, 0o440);
        let pin = load(None, Some(&creds), Some("1111".into())).unwrap();
        assert!(
            pin.matches("97531"),
            "the credential wins over the environment"
        );
        assert!(load(Some(&path), Some(&creds), None).is_ok());
        let err = load(Some(&path), None, None).unwrap_err();
        assert!(err.contains("can be read by its group (mode 440)"), "{err}");
        assert!(err.contains("LoadCredential=staff-pin:"), "{err}");
        // No credential file: the environment is next.
        std::fs::remove_file(&path).unwrap();
        assert!(load(None, Some(&creds), Some("1111".into()))
            .unwrap()
            .matches("1111"));
        std::fs::remove_dir_all(&creds).unwrap();
    }
}
