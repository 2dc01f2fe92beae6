package com.inferplan.backend.serving;

import com.inferplan.engine.loadtest.LoadStudyResult;
import com.inferplan.engine.serving.ProgressListener;
import com.inferplan.engine.serving.RunControl;
import jakarta.annotation.PreDestroy;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.springframework.stereotype.Component;

/**
 * The threads studies run on: as many as the machine has cores, daemon, named for thread dumps.
 * Simulations are CPU-bound, so more threads would only slow every run down; extra studies queue.
 */
@Component
class StudyExecutor {

    private final AtomicInteger count = new AtomicInteger();
    private final ExecutorService threads = Executors.newFixedThreadPool(
            Runtime.getRuntime().availableProcessors(), task -> {
                Thread thread = new Thread(task, "load-test-" + count.incrementAndGet());
                thread.setDaemon(true);
                return thread;
            });

    RunningStudy submit(Function<RunControl, LoadStudyResult> study) {
        AtomicBoolean cancelled = new AtomicBoolean();
        RunControl control = new RunControl(ProgressListener.NONE, cancelled::get);
        return new RunningStudy(cancelled, CompletableFuture.supplyAsync(() -> study.apply(control), threads));
    }

    @PreDestroy
    void stop() {
        threads.shutdownNow();
    }
}
