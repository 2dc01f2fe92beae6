package com.inferplan.backend.work;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.inferplan.engine.serving.SimulationCancelledException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ResultsCacheTest {

    private final ResultsCache<String, Integer> cache = new ResultsCache<>(2);
    private final AtomicInteger computations = new AtomicInteger();

    private Integer compute() {
        return computations.incrementAndGet();
    }

    @Test
    void aRepeatedKeyIsAnsweredWithoutComputingAgain() {
        assertThat(cache.get("a", this::compute)).isEqualTo(1);
        assertThat(cache.get("a", this::compute)).isEqualTo(1);
        assertThat(computations).hasValue(1);
    }

    @Test
    void theLeastRecentlyUsedAnswerIsDroppedBeyondCapacity() {
        cache.get("a", this::compute);
        cache.get("b", this::compute);
        cache.get("a", this::compute);
        cache.get("c", this::compute);
        assertThat(cache.get("a", this::compute)).isEqualTo(1);
        assertThat(cache.get("b", this::compute)).isEqualTo(4);
    }

    @Test
    void aFailureIsNotKeptSoTheNextCallComputesAgain() {
        assertThatThrownBy(() -> cache.get("a", () -> {
            throw new IllegalArgumentException("bad input");
        })).hasMessage("bad input");
        assertThat(cache.get("a", this::compute)).isEqualTo(1);
    }

    @Test
    void identicalRequestsArrivingTogetherShareOneComputation() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        Future<Integer> first = pool.submit(() -> cache.get("a", () -> {
            started.countDown();
            await(release);
            return compute();
        }));
        started.await();
        Future<Integer> second = pool.submit(() -> cache.get("a", this::compute));
        Thread.sleep(100);
        release.countDown();
        assertThat(first.get()).isEqualTo(1);
        assertThat(second.get()).isEqualTo(1);
        assertThat(computations).hasValue(1);
        pool.shutdown();
    }

    @Test
    void aCallerThatJoinedACancelledComputationComputesItItself() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        Future<Integer> cancelled = pool.submit(() -> cache.get("a", () -> {
            started.countDown();
            await(release);
            throw new SimulationCancelledException(7);
        }));
        started.await();
        Future<Integer> joined = pool.submit(() -> cache.get("a", this::compute));
        Thread.sleep(100);
        release.countDown();
        assertThatThrownBy(cancelled::get).hasCauseInstanceOf(SimulationCancelledException.class);
        assertThat(joined.get()).isEqualTo(1);
        assertThat(cache.get("a", this::compute)).isEqualTo(1);
        pool.shutdown();
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}
