package com.inferplan.backend.work;

import com.inferplan.engine.serving.SimulationCancelledException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

/**
 * Answers to repeated computations (decision 0814): the key must hold everything the answer depends
 * on (the request itself and the generation of the stored data it reads). Identical requests that
 * arrive together share one computation; the newest {@code capacity} answers are kept; a failed
 * computation is not kept, so its error is computed (and reported) again; a caller that joined a
 * computation whose owner was cancelled computes it itself rather than inherit the cancellation.
 */
public final class ResultsCache<K, V> {

    private final int capacity;
    private final Map<K, CompletableFuture<V>> entries;

    public ResultsCache(int capacity) {
        this.capacity = capacity;
        this.entries = new LinkedHashMap<>(16, 0.75f, true);
    }

    public V get(K key, Supplier<V> compute) {
        CompletableFuture<V> mine = new CompletableFuture<>();
        CompletableFuture<V> existing;
        synchronized (entries) {
            existing = entries.putIfAbsent(key, mine);
            if (existing == null && entries.size() > capacity) {
                entries.remove(entries.keySet().iterator().next());
            }
        }
        if (existing != null) {
            try {
                return existing.join();
            } catch (CompletionException e) {
                if (e.getCause() instanceof SimulationCancelledException) {
                    // Its owner was cancelled, not this caller: compute it here (the failed entry is gone).
                    return get(key, compute);
                }
                throw e.getCause() instanceof RuntimeException cause ? cause : e;
            }
        }
        try {
            V value = compute.get();
            mine.complete(value);
            return value;
        } catch (RuntimeException | Error e) {
            synchronized (entries) {
                entries.remove(key, mine);
            }
            mine.completeExceptionally(e);
            throw e;
        }
    }
}
