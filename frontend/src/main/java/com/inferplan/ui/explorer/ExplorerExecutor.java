package com.inferplan.ui.explorer;

import jakarta.annotation.PreDestroy;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.stereotype.Component;

/**
 * Threads that compute explorer answers off the request thread, so a slow answer can show progress
 * and be cancelled while the page stays responsive. Two threads: the machine has two cores and each
 * answer already spreads its candidates over the common pool.
 */
@Component
public class ExplorerExecutor {

    private final AtomicInteger count = new AtomicInteger();
    private final ScheduledExecutorService executor = Executors.newScheduledThreadPool(2, task -> {
        Thread t = new Thread(task, "explorer-" + count.incrementAndGet());
        t.setDaemon(true);
        return t;
    });

    public ScheduledExecutorService executor() {
        return executor;
    }

    @PreDestroy
    void stop() {
        executor.shutdownNow();
    }
}
