package com.inferplan.backend.work;

import com.inferplan.backend.security.CurrentUser;
import com.inferplan.engine.serving.SimulationCancelledException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Admission and a time budget for heavy computations (simulations, sizing, searches; decision 0811):
 * at most {@link #PER_USER} at a time per user (more is a 429), at most one fewer than the cores at a
 * time overall (so that one core always serves everyone else's light requests; a job waits up to
 * {@link #QUEUE_WAIT} for a turn, then 429), and each stops when its budget is spent (422).
 */
@Component
public class WorkGate {

    static final int PER_USER = 2;
    static final Duration QUEUE_WAIT = Duration.ofSeconds(5);

    private final Semaphore heavySlots = new Semaphore(Math.max(1, Runtime.getRuntime().availableProcessors() - 1), true);
    private final Map<String, AtomicInteger> perUser = new ConcurrentHashMap<>();
    private final Duration budget;

    public WorkGate(@Value("${inferplan.work.budget-seconds:10}") long budgetSeconds) {
        this.budget = Duration.ofSeconds(budgetSeconds);
    }

    /** Runs {@code job}, which must poll the supplier it is given and stop once it answers true. */
    public <T> T run(String what, Function<BooleanSupplier, T> job) {
        String user = CurrentUser.name();
        AtomicInteger mine = perUser.computeIfAbsent(user, u -> new AtomicInteger());
        if (mine.incrementAndGet() > PER_USER) {
            mine.decrementAndGet();
            throw new TooManyRequestsException("you already have " + PER_USER + " computations running; "
                    + "wait for one to finish");
        }
        try {
            if (!heavySlots.tryAcquire(QUEUE_WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new TooManyRequestsException("the server is busy with other computations; try again shortly");
            }
            try {
                long deadline = System.nanoTime() + budget.toNanos();
                return job.apply(() -> System.nanoTime() > deadline || Thread.currentThread().isInterrupted());
            } catch (SimulationCancelledException e) {
                throw new WorkBudgetExceededException(what, budget);
            } finally {
                heavySlots.release();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TooManyRequestsException("the computation was interrupted before it started");
        } finally {
            mine.decrementAndGet();
        }
    }
}
