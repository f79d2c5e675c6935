//! The time background work goes by. In production it is the system clock; tests move it forward to make a step
//! fall due without waiting (time is driven, not slept through).

use std::sync::atomic::{AtomicI64, Ordering};
use std::sync::Arc;

use chrono::{DateTime, Utc};

/// The system clock plus an offset that only tests change.
#[derive(Debug, Clone, Default)]
pub struct Clock {
    offset_ms: Arc<AtomicI64>,
}

impl Clock {
    pub fn now(&self) -> DateTime<Utc> {
        Utc::now() + chrono::Duration::milliseconds(self.offset_ms.load(Ordering::SeqCst))
    }

    /// Moves this clock forward by `by` (tests only; nothing in the service calls it).
    pub fn advance(&self, by: chrono::Duration) {
        self.offset_ms
            .fetch_add(by.num_milliseconds(), Ordering::SeqCst);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_advanced_clock_runs_ahead_of_the_system_clock_by_that_much() {
        let clock = Clock::default();
        let shared = clock.clone();
        shared.advance(chrono::Duration::hours(25));
        let ahead = clock.now() - Utc::now();
        assert!(ahead >= chrono::Duration::hours(25) - chrono::Duration::seconds(1));
        assert!(ahead <= chrono::Duration::hours(25) + chrono::Duration::seconds(1));
    }
}
