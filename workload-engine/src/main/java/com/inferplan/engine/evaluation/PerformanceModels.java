package com.inferplan.engine.evaluation;

import com.inferplan.engine.deployment.DeploymentPlan;
import com.inferplan.engine.perf.Efficiencies;
import com.inferplan.engine.perf.PerformanceModel;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Performance models built once per layout and efficiency set: building one profiles the model
 * and binds its operators to the chip (tens of microseconds), while a query is a short loop.
 * Bounded: cleared when it grows past a few thousand layouts.
 */
final class PerformanceModels {

    private static final int LIMIT = 4096;

    private final Map<String, PerformanceModel> cache = new ConcurrentHashMap<>();
    private final Object table;

    /** @param table the efficiency table the models come from (part of every key) */
    PerformanceModels(Object table) {
        this.table = table;
    }

    PerformanceModel of(DeploymentPlan plan, Efficiencies eff) {
        String key = plan.model().id() + '|' + plan.model().hashCode() + '|' + plan.hardware().id() + '|' + plan.chips()
                + '|' + plan.parallelism() + '|' + plan.style() + '|' + plan.weightPrecision() + '|' + plan.kvPrecision()
                + '|' + plan.kvCapacityTokens() + '|' + plan.dramWeightShare() + '|' + eff.familyKey() + '|'
                + eff.framework() + '|' + eff.generation() + '|' + System.identityHashCode(table);
        PerformanceModel cached = cache.get(key);
        if (cached != null) {
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
