//! The PIN prompt's lock-out: five wrong PINs lock it for a minute, each
//! lock-out in a row twice as long as the last (up to `LOCK_MAX`), and
//! with a store the count and the lock outlive a restart.

use std::time::{Duration, Instant, SystemTime};

use super::lockout::{Saved, Store};
use super::pin::Pin;

pub const MAX_TRIES: u32 = 5;
pub const LOCK_FOR: Duration = Duration::from_secs(60);
pub const LOCK_MAX: Duration = Duration::from_secs(15 * 60);

#[derive(Debug, Clone)]
pub struct Gate {
    pin: Pin,
    failures: u32,
    /// Lock-outs since the right PIN was last typed.
    lockouts: u32,
    locked_until: Option<Instant>,
    store: Option<Store>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Attempt {
    Correct,
    Wrong { tries_left: u32 },
    Locked { seconds_left: u64 },
}

/// How long the `n`th lock-out in a row lasts: 1, 2, 4, 8 then 15 minutes.
pub fn lock_for(n: u32) -> Duration {
    let doubled = 1u32.checked_shl(n.saturating_sub(1)).unwrap_or(u32::MAX);
    LOCK_FOR.saturating_mul(doubled).min(LOCK_MAX)
}

impl Gate {
    /// A gate that forgets everything when the program ends.
    pub fn new(pin: Pin) -> Gate {
        Gate {
            pin,
            failures: 0,
            lockouts: 0,
            locked_until: None,
            store: None,
        }
    }

    /// A gate that carries on from `store`. A missing file is a fresh
    /// start (first run). A damaged one locks for a minute: a file someone
    /// tampered with must not hand out fresh guesses; staff wait a minute.
    /// Returns why the store could not be used, if it could not.
    pub fn open(pin: Pin, store: Store, now: Instant) -> (Gate, Option<String>) {
        let mut gate = Gate::new(pin);
        let problem = match store.load() {
            Ok(None) => None,
            Ok(Some(saved)) => {
                gate.failures = saved.failures.min(MAX_TRIES);
                gate.lockouts = saved.lockouts;
                gate.locked_until = saved.locked_until.and_then(|until| {
                    let left = until.duration_since(SystemTime::now()).ok()?;
                    // A clock set back must not lock for years.
                    Some(now + left.min(LOCK_MAX))
                });
                None
            }
            Err(e) => {
                gate.lockouts = 1;
                gate.locked_until = Some(now + LOCK_FOR);
                Some(format!(
                    "{}: {e}; locked for a minute",
                    store.path().display()
                ))
            }
        };
        gate.store = Some(store);
        let saved = gate.save(now).err().map(|e| {
            format!(
                "{}: cannot be written ({e}); the PIN lock-out will not survive a restart",
                gate.store
                    .as_ref()
                    .map_or_else(String::new, |s| s.path().display().to_string())
            )
        });
        (gate, problem.or(saved))
    }

    /// Seconds until the prompt opens again, if it is locked.
    pub fn locked(&self, now: Instant) -> Option<u64> {
        let until = self.locked_until?;
        let left = until.saturating_duration_since(now);
        (!left.is_zero()).then(|| left.as_secs() + u64::from(left.subsec_nanos() > 0))
    }

    pub fn try_pin(&mut self, entered: &str, now: Instant) -> Attempt {
        if let Some(seconds_left) = self.locked(now) {
            return Attempt::Locked { seconds_left };
        }
        if self.locked_until.is_some() {
            // The lock has run out: a fresh set of tries.
            self.locked_until = None;
            self.failures = 0;
        }
        let attempt = if self.pin.matches(entered) {
            self.failures = 0;
            self.lockouts = 0;
            Attempt::Correct
        } else {
            self.failures += 1;
            if self.failures >= MAX_TRIES {
                self.lockouts = self.lockouts.saturating_add(1);
                let lock = lock_for(self.lockouts);
                self.locked_until = Some(now + lock);
                Attempt::Locked {
                    seconds_left: lock.as_secs(),
                }
            } else {
                Attempt::Wrong {
                    tries_left: MAX_TRIES - self.failures,
                }
            }
        };
        // Kept before the answer is shown: a restart right after a wrong
        // PIN must not forget it. If the disk fails, the lock still holds
        // in memory.
        let _ = self.save(now);
        attempt
    }

    fn save(&self, now: Instant) -> std::io::Result<()> {
        let Some(store) = &self.store else {
            return Ok(());
        };
        let wall = SystemTime::now();
        store.save(&Saved {
            failures: self.failures,
            lockouts: self.lockouts,
            locked_until: self
                .locked_until
                .map(|until| wall + until.saturating_duration_since(now)),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::PathBuf;

    #[test]
    fn five_wrong_pins_lock_for_a_minute() {
        let t0 = Instant::now();
        let mut gate = Gate::new(Pin::parse("1234").unwrap());
        for left in (1..=4).rev() {
            assert_eq!(
                gate.try_pin("0000", t0),
                Attempt::Wrong { tries_left: left }
            );
        }
        assert_eq!(
            gate.try_pin("0000", t0),
            Attempt::Locked { seconds_left: 60 }
        );
        // Even the right PIN is refused while locked.
        let later = t0 + Duration::from_secs(30);
        assert_eq!(
            gate.try_pin("1234", later),
            Attempt::Locked { seconds_left: 30 }
        );
        assert_eq!(gate.locked(t0 + Duration::from_millis(59_500)), Some(1));
        let after = t0 + Duration::from_secs(60);
        assert_eq!(gate.locked(after), None);
        assert_eq!(
            gate.try_pin("0000", after),
            Attempt::Wrong { tries_left: 4 }
        );
        assert_eq!(gate.try_pin("1234", after), Attempt::Correct);
    }

    #[test]
    fn a_right_pin_resets_the_count() {
        let t0 = Instant::now();
        let mut gate = Gate::new(Pin::parse("1234").unwrap());
        for _ in 0..4 {
            gate.try_pin("9", t0);
        }
        assert_eq!(gate.try_pin("1234", t0), Attempt::Correct);
        assert_eq!(gate.try_pin("9", t0), Attempt::Wrong { tries_left: 4 });
    }

    fn temp(name: &str) -> PathBuf {
        let dir =
            std::env::temp_dir().join(format!("scarguide-gate-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        dir
    }

    fn open(dir: &std::path::Path, now: Instant) -> Gate {
        let (gate, problem) = Gate::open(Pin::parse("1234").unwrap(), Store::in_dir(dir), now);
        assert_eq!(problem, None);
        gate
    }

    #[test]
    fn lock_outs_in_a_row_double_up_to_a_cap() {
        let mins: Vec<u64> = (1..=7).map(|n| lock_for(n).as_secs() / 60).collect();
        assert_eq!(mins, [1, 2, 4, 8, 15, 15, 15]);
        assert_eq!(lock_for(u32::MAX), LOCK_MAX);
        let t0 = Instant::now();
        let mut gate = Gate::new(Pin::parse("1234").unwrap());
        for _ in 0..5 {
            gate.try_pin("0", t0);
        }
        let t1 = t0 + LOCK_FOR;
        for _ in 0..4 {
            gate.try_pin("0", t1);
        }
        assert_eq!(gate.try_pin("0", t1), Attempt::Locked { seconds_left: 120 });
        // The right PIN, once the lock is over, starts the count again.
        let t2 = t1 + lock_for(2);
        assert_eq!(gate.try_pin("1234", t2), Attempt::Correct);
        for _ in 0..5 {
            gate.try_pin("0", t2);
        }
        assert_eq!(gate.locked(t2), Some(60));
    }

    /// A restart between wrong PINs (issue 14, point 8) used to give a
    /// fresh five: now the count and the lock carry over.
    #[test]
    fn the_count_and_the_lock_survive_a_restart() {
        let dir = temp("restart");
        let t0 = Instant::now();
        for left in [4, 3, 2] {
            let mut gate = open(&dir, t0);
            assert_eq!(gate.try_pin("0", t0), Attempt::Wrong { tries_left: left });
        }
        let mut gate = open(&dir, t0);
        assert_eq!(gate.try_pin("0", t0), Attempt::Wrong { tries_left: 1 });
        assert_eq!(gate.try_pin("0", t0), Attempt::Locked { seconds_left: 60 });
        let gate = open(&dir, Instant::now());
        let left = gate.locked(Instant::now()).unwrap_or(0);
        assert!(
            (58..=60).contains(&left),
            "still locked after a restart: {left}"
        );
        std::fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn a_damaged_file_locks_for_a_minute_and_a_missing_one_is_fresh() {
        let dir = temp("damaged");
        let t0 = Instant::now();
        assert_eq!(open(&dir, t0).locked(t0), None, "first run: fresh");
        std::fs::write(dir.join(super::super::lockout::FILE), "garbage").unwrap();
        let (gate, problem) = Gate::open(Pin::parse("1234").unwrap(), Store::in_dir(&dir), t0);
        assert!(problem.unwrap_or_default().contains("locked for a minute"));
        assert_eq!(gate.locked(t0), Some(60));
        // ... and it is written back whole, so the next start reads it.
        assert_eq!(open(&dir, t0).locked(t0).map(|s| s > 55), Some(true));
        std::fs::remove_dir_all(&dir).unwrap();
    }

    /// A wall clock set back (or a file from the future) locks at most
    /// for the longest lock.
    #[test]
    fn a_far_future_lock_is_capped() {
        let dir = temp("future");
        let far = SystemTime::now() + Duration::from_secs(10 * 365 * 86_400);
        Store::in_dir(&dir)
            .save(&Saved {
                failures: 0,
                lockouts: 9,
                locked_until: Some(far),
            })
            .unwrap();
        let t0 = Instant::now();
        assert_eq!(open(&dir, t0).locked(t0), Some(LOCK_MAX.as_secs()));
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
