package com.inferplan.backend.serving;

import com.inferplan.engine.loadtest.LoadStudyResult;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A study running on a background thread. {@link #cancel()} sets the flag the simulator polls every
 * few thousand events, so the thread stops within milliseconds and the result completes
 * exceptionally with a {@link com.inferplan.engine.serving.SimulationCancelledException}.
 */
public final class RunningStudy {

    private final AtomicBoolean cancelled;
    private final CompletableFuture<LoadStudyResult> result;

    RunningStudy(AtomicBoolean cancelled, CompletableFuture<LoadStudyResult> result) {
        this.cancelled = cancelled;
        this.result = result;
    }

    public void cancel() {
        cancelled.set(true);
    }

    public boolean isCancelled() {
        return cancelled.get();
    }

    public CompletableFuture<LoadStudyResult> result() {
        return result;
    }
}
