package com.inferplan.engine.evaluation;

import com.inferplan.catalog.Accelerator;
import com.inferplan.catalog.Precision;
import com.inferplan.engine.deployment.DeploymentPlan;
import com.inferplan.engine.deployment.Parallelism;
import com.inferplan.engine.deployment.ServingStyle;
import com.inferplan.engine.perf.Efficiencies;
import com.inferplan.engine.perf.PerformanceModel;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Performance models built once per layout and efficiency set: building one profiles the model
 * and binds its operators to the chip (tens of microseconds), while a query is a short loop.
 * Bounded: cleared when it grows past a few thousand layouts. The key holds the accelerator by
 * value (a record: equal figures, equal key), so a custom chip edited under the same id gets a new
 * model; the model and the efficiencies are held by identity (both are immutable and cached by
 * their owners), and a hit is verified against them.
 */
final class PerformanceModels {

    private static final int LIMIT = 4096;

    private record Key(String modelId, int modelIdentity, Accelerator hardware, int chips, Parallelism parallelism,
                       ServingStyle style, Precision weights, Precision kv, long kvCapacityTokens,
                       double weightBytes, double dramWeightShare, int efficienciesIdentity) {
    }

    private final Map<Key, PerformanceModel> cache = new ConcurrentHashMap<>();

    PerformanceModel of(DeploymentPlan plan, Efficiencies eff) {
        Key key = new Key(plan.model().id(), System.identityHashCode(plan.model()), plan.hardware(), plan.chips(),
                plan.parallelism(), plan.style(), plan.weightPrecision(), plan.kvPrecision(), plan.kvCapacityTokens(),
                plan.weightBytes(), plan.dramWeightShare(), System.identityHashCode(eff));
        PerformanceModel cached = cache.get(key);
        if (cached != null && cached.plan().model() == plan.model() && cached.efficiencies() == eff) {
            return cached;
        }
        if (cache.size() > LIMIT) {
            cache.clear();
        }
        PerformanceModel built = PerformanceModel.of(plan, eff);
        cache.put(key, built);
        return built;
    }
}
