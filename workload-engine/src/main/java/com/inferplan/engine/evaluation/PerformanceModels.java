package com.inferplan.engine.evaluation;

import com.inferplan.engine.deployment.DeploymentPlan;
import com.inferplan.engine.perf.Efficiencies;
import com.inferplan.engine.perf.PerformanceModel;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Performance models built once per layout and efficiency set: building one profiles the model
 * and binds its operators to the chip (tens of microseconds), while a query is a short loop.
 * Bounded: cleared when it grows past a few thousand layouts. Efficiencies come resolved and cached
 * from their table, so the same layout under the same table finds the same instance.
 */
final class PerformanceModels {

    private static final int LIMIT = 4096;

    private final Map<String, PerformanceModel> cache = new ConcurrentHashMap<>();

    PerformanceModel of(DeploymentPlan plan, Efficiencies eff) {
        // identities, not deep hashes, of the model and efficiencies; a hit is verified against them
        String key = plan.model().id() + '@' + System.identityHashCode(plan.model()) + '|' + plan.hardware().id() + '|'
                + plan.chips() + '|' + plan.parallelism().label() + '|' + plan.style() + '|' + plan.weightPrecision() + '|'
                + plan.kvPrecision() + '|' + plan.kvCapacityTokens() + '|' + plan.dramWeightShare() + '|'
                + System.identityHashCode(eff);
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
