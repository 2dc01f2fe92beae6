package com.inferplan.pricing.portfolio;

import java.time.Duration;

/**
 * One clock for a whole answer: the main solve, the binding-constraint re-solves and the tornado's
 * demand re-optimisations share it (issue 12: the backend has 10 s per request, and a what-if must
 * come back in interactive time), instead of each solve having its own limit. Immutable; the
 * deadline is fixed when the budget starts.
 */
public final class SolveBudget {

    private final long deadlineNanos;
    private final long totalMillis;

    private SolveBudget(long totalMillis) {
        this.totalMillis = totalMillis;
        this.deadlineNanos = System.nanoTime() + totalMillis * 1_000_000L;
    }

    /** A budget of {@code total} (at least 1 ms) starting now. */
    public static SolveBudget start(Duration total) {
        return new SolveBudget(Math.max(1, total.toMillis()));
    }

    public long totalMillis() {
        return totalMillis;
    }

    /** Milliseconds left; 0 once the deadline has passed. */
    public long remainingMillis() {
        return Math.max(0, (deadlineNanos - System.nanoTime()) / 1_000_000L);
    }

    public boolean spent() {
        return remainingMillis() == 0;
    }
}
