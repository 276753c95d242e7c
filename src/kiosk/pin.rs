//! The staff PIN: where it comes from, and the lock-out after wrong tries.

use std::path::Path;

pub const ENV_VAR: &str = "SCARGUIDE_STAFF_PIN";

// The lock-out lives in `gate`; re-exported where it always was.
pub use super::gate::{Attempt, Gate};

#[derive(Clone, PartialEq, Eq)]
pub struct Pin(String);

// Never print a PIN, even in debug output.
impl std::fmt::Debug for Pin {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Pin(****)")
    }
}

impl Pin {
    /// 4 to 12 digits.
    pub fn parse(s: &str) -> Result<Pin, String> {
        let s = s.trim();
        if !(4..=12).contains(&s.len()) || !s.chars().all(|c| c.is_ascii_digit()) {
            return Err("the staff PIN must be 4 to 12 digits".to_string());
        }
        Ok(Pin(s.to_string()))
    }

    /// Compares without stopping at the first differing digit, so timing
    /// does not tell how much of a guess was right.
    pub fn matches(&self, entered: &str) -> bool {
        let a = self.0.as_bytes();
        let b = entered.as_bytes();
        let mut diff = a.len() ^ b.len();
        for i in 0..a.len().max(b.len()) {
            let x = a.get(i).copied().unwrap_or(0);
            let y = b.get(i).copied().unwrap_or(0);
            diff |= usize::from(x ^ y);
        }
        diff == 0
    }
}

pub(super) const HOW_TO_SET: &str =
    "set it with the environment variable SCARGUIDE_STAFF_PIN=1234, \
    with --staff-pin-file FILE (a file only its owner can read: chmod 600 FILE), \
    or under systemd with LoadCredential=staff-pin:FILE";

/// Reads the PIN: see [`super::pinfile::load`].
pub fn load(file: Option<&Path>, env: Option<String>) -> Result<Pin, String> {
    super::pinfile::load(file, None, env)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pin_must_be_4_to_12_digits() {
        assert!(Pin::parse("1234").is_ok());
        assert!(Pin::parse("123456789012").is_ok());
        assert!(
            Pin::parse(" 4321\n").is_ok(),
            "a trailing newline from a file is fine"
        );
        for bad in ["", "123", "1234567890123", "12a4", "12 34", "١٢٣٤"] {
            assert!(Pin::parse(bad).is_err(), "{bad:?}");
        }
    }

    #[test]
    fn matches_only_the_exact_pin() {
        let pin = Pin::parse("2468").unwrap();
        assert!(pin.matches("2468"));
        for wrong in ["", "246", "24680", "2469", "8642"] {
            assert!(!pin.matches(wrong), "{wrong}");
        }
    }

    #[test]
    fn debug_never_shows_the_pin() {
        assert_eq!(format!("{:?}", Pin::parse("2468").unwrap()), "Pin(****)");
    }

    #[test]
    fn no_pin_refuses_and_says_how() {
        let err = load(None, None).unwrap_err();
        assert!(err.contains("SCARGUIDE_STAFF_PIN=1234"), "{err}");
        assert!(err.contains("--staff-pin-file"), "{err}");
        assert!(load(None, Some(String::new())).is_err());
        assert!(load(None, Some("12".into()))
            .unwrap_err()
            .contains("4 to 12 digits"));
        assert!(load(None, Some("1234".into())).is_ok());
    }

    #[cfg(unix)]
    #[test]
    fn pin_file_readable_by_others_is_refused() {
        use std::os::unix::fs::PermissionsExt;
        let dir = std::env::temp_dir().join(format!("scarguide-pin-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let path = dir.join("pin");
        std::fs::write(&path, "97531\n").unwrap();
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o644)).unwrap();
        let err = load(Some(&path), None).unwrap_err();
        assert!(
            err.contains("can be read by other users (mode 644)"),
            "{err}"
        );
        assert!(err.contains("chmod 600"), "{err}");
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o640)).unwrap();
        assert!(
            load(Some(&path), None).is_err(),
            "group-readable is refused too"
        );
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o600)).unwrap();
        let pin = load(Some(&path), Some("1111".into())).unwrap();
        assert!(pin.matches("97531"), "the file wins over the environment");
        std::fs::remove_dir_all(&dir).unwrap();
        assert!(load(Some(&path), None)
            .unwrap_err()
            .contains("cannot read the PIN file"));
    }
}
