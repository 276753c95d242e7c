//! The idle timer: after `timeout` with no input, ask "Still there?" and
//! count down; at zero the session is wiped. Time is passed in, so tests
//! never sleep.

use std::time::{Duration, Instant};

pub const COUNTDOWN: Duration = Duration::from_secs(20);

#[derive(Debug, Clone)]
pub struct Idle {
    timeout: Duration,
    last_input: Instant,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum State {
    Active,
    /// "Still there?" with whole seconds left (20 … 1).
    Warning {
        seconds_left: u64,
    },
    /// Time is up: wipe the session.
    Expired,
}

impl Idle {
    pub fn new(timeout: Duration, now: Instant) -> Idle {
        Idle {
            timeout,
            last_input: now,
        }
    }

    /// Any key, click or wheel: the person is there.
    pub fn input(&mut self, now: Instant) {
        self.last_input = now;
    }

    pub fn state(&self, now: Instant) -> State {
        let idle = now.saturating_duration_since(self.last_input);
        if idle < self.timeout {
            return State::Active;
        }
        let into = idle - self.timeout;
        if into >= COUNTDOWN {
            return State::Expired;
        }
        let left = COUNTDOWN - into;
        State::Warning {
            seconds_left: left.as_secs() + u64::from(left.subsec_nanos() > 0),
        }
    }

    /// How long the event loop may wait before the state can next change:
    /// the warning's start, then each second of the countdown.
    pub fn next_change(&self, now: Instant) -> Duration {
        let idle = now.saturating_duration_since(self.last_input);
        if idle < self.timeout {
            return self.timeout - idle;
        }
        let into = idle - self.timeout;
        if into >= COUNTDOWN {
            return Duration::ZERO;
        }
        let sub = Duration::from_nanos(u64::from(into.subsec_nanos()));
        Duration::from_secs(1)
            .saturating_sub(sub)
            .max(Duration::from_millis(1))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn s(n: u64) -> Duration {
        Duration::from_secs(n)
    }

    #[test]
    fn warns_after_the_timeout_then_expires_after_the_countdown() {
        let t0 = Instant::now();
        let idle = Idle::new(s(120), t0);
        assert_eq!(idle.state(t0 + s(119)), State::Active);
        assert_eq!(idle.state(t0 + s(120)), State::Warning { seconds_left: 20 });
        assert_eq!(idle.state(t0 + s(121)), State::Warning { seconds_left: 19 });
        assert_eq!(
            idle.state(t0 + s(139) + Duration::from_millis(500)),
            State::Warning { seconds_left: 1 }
        );
        assert_eq!(idle.state(t0 + s(140)), State::Expired);
    }

    #[test]
    fn any_input_starts_again() {
        let t0 = Instant::now();
        let mut idle = Idle::new(s(120), t0);
        idle.input(t0 + s(130));
        assert_eq!(idle.state(t0 + s(140)), State::Active);
        assert_eq!(idle.state(t0 + s(250)), State::Warning { seconds_left: 20 });
    }

    #[test]
    fn the_loop_wakes_exactly_when_something_changes() {
        let t0 = Instant::now();
        let idle = Idle::new(s(1), t0);
        assert_eq!(idle.next_change(t0), s(1));
        assert_eq!(
            idle.next_change(t0 + Duration::from_millis(1500)),
            Duration::from_millis(500)
        );
        assert_eq!(idle.next_change(t0 + s(30)), Duration::ZERO);
    }
}
