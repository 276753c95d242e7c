//! Where the PIN lock-out is kept between runs: a small text file in the
//! state folder (systemd's `StateDirectory=`, or `--state-dir`), so a
//! forced restart does not hand out a fresh set of guesses.

use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

/// The file's name inside the state folder.
pub const FILE: &str = "pin-lockout";

/// What is kept: wrong PINs since the last lock, lock-outs in a row
/// (each doubles the next), and when the current lock ends.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Saved {
    pub failures: u32,
    pub lockouts: u32,
    pub locked_until: Option<SystemTime>,
}

#[derive(Debug, Clone)]
pub struct Store {
    path: PathBuf,
}

/// The state folder from systemd: `$STATE_DIRECTORY` holds one path per
/// `StateDirectory=` entry, colon-separated; the first is ours.
pub fn systemd_dir(env: Option<std::ffi::OsString>) -> Option<PathBuf> {
    let env = env?;
    let first = env.to_str()?.split(':').next()?;
    (!first.is_empty()).then(|| PathBuf::from(first))
}

impl Store {
    pub fn in_dir(dir: &Path) -> Store {
        Store {
            path: dir.join(FILE),
        }
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// `Ok(None)` when there is no file yet; an error when it cannot be
    /// read or makes no sense.
    pub fn load(&self) -> Result<Option<Saved>, String> {
        let text = match std::fs::read_to_string(&self.path) {
            Ok(t) => t,
            Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(None),
            Err(e) => return Err(e.to_string()),
        };
        parse(&text)
            .map(Some)
            .ok_or_else(|| "not a lock-out file".into())
    }

    /// Writes a new file beside the old one, mode 0600, and renames it
    /// over: a crash mid-write leaves the old file, never half of one.
    pub fn save(&self, saved: &Saved) -> io::Result<()> {
        use std::os::unix::fs::OpenOptionsExt;
        let tmp = self.path.with_extension("new");
        let _ = std::fs::remove_file(&tmp);
        let mut f = std::fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .mode(0o600)
            .open(&tmp)?;
        f.write_all(render(saved).as_bytes())?;
        f.sync_all()?;
        std::fs::rename(&tmp, &self.path)
    }
}

fn secs(t: SystemTime) -> u64 {
    t.duration_since(UNIX_EPOCH).map_or(0, |d| d.as_secs())
}

fn render(s: &Saved) -> String {
    format!(
        "failures {}\nlockouts {}\nlocked_until {}\n",
        s.failures,
        s.lockouts,
        s.locked_until.map_or(0, secs)
    )
}

/// The three lines `render` writes, in order, and nothing else.
fn parse(text: &str) -> Option<Saved> {
    let mut lines = text.lines();
    let mut field = |name: &str| -> Option<u64> {
        let (key, value) = lines.next()?.split_once(' ')?;
        (key == name).then_some(())?;
        value.parse().ok()
    };
    let failures = u32::try_from(field("failures")?).ok()?;
    let lockouts = u32::try_from(field("lockouts")?).ok()?;
    let until = field("locked_until")?;
    if lines.next().is_some() {
        return None;
    }
    Some(Saved {
        failures,
        lockouts,
        locked_until: (until > 0).then(|| UNIX_EPOCH + Duration::from_secs(until)),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_back_what_it_wrote_privately() {
        use std::os::unix::fs::PermissionsExt;
        let dir = std::env::temp_dir().join(format!("scarguide-lockout-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let store = Store::in_dir(&dir);
        assert_eq!(store.load(), Ok(None), "no file yet: fresh");
        let saved = Saved {
            failures: 3,
            lockouts: 2,
            locked_until: Some(UNIX_EPOCH + Duration::from_secs(1_800_000_000)),
        };
        store.save(&saved).unwrap();
        assert_eq!(store.load(), Ok(Some(saved)));
        let mode = std::fs::metadata(store.path())
            .unwrap()
            .permissions()
            .mode();
        assert_eq!(mode & 0o777, 0o600);
        std::fs::write(store.path(), "failures 3\nlockouts x\n").unwrap();
        assert!(store.load().is_err(), "a damaged file is an error");
        std::fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn the_first_systemd_state_directory_is_ours() {
        let d = |s: &str| systemd_dir(Some(s.into()));
        assert_eq!(d("/var/lib/scarguide"), Some("/var/lib/scarguide".into()));
        assert_eq!(
            d("/var/lib/scarguide:/var/lib/scarguide/summaries"),
            Some("/var/lib/scarguide".into())
        );
        assert_eq!(d(""), None);
        assert_eq!(systemd_dir(None), None);
    }
}
