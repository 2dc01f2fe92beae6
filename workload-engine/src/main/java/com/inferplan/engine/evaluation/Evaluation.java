package com.inferplan.engine.evaluation;

import com.inferplan.engine.deployment.DeploymentPlan;
import com.inferplan.engine.perf.Bottleneck;

/**
 * The engine's answer. When {@code fits} is false every metric is absent (null) and
 * {@code reason} says precisely why; otherwise times are in seconds, rates in tokens per second.
 * {@code throughputPerKilowatt} is null where the catalog records no power for the chip.
 */
public record Evaluation(DeploymentPlan plan, boolean fits, String reason, Double ttftSeconds, Double tpotSeconds,
                         Double e2eSeconds, Double outputTokensPerSecondPerUser, Double throughputTokensPerSecond,
                         Double throughputTokensPerSecondPerChip, Double throughputTokensPerSecondPerKilowatt,
                         int batchPerReplica, Bottleneck prefillBottleneck, Bottleneck decodeBottleneck,
                         Explanation explanation) {

    static Evaluation notFitting(DeploymentPlan plan, String reason, Explanation explanation) {
        return new Evaluation(plan, false, reason, null, null, null, null, null, null, null, 0, null, null,
                explanation);
    }

    /**
     * The chips the throughput is spread over: every replica's, or both pools' where prefill and
     * decode run on separate workers ({@code plan} is then one decode worker's); null when it does not fit.
     */
    public Long chipsServing() {
        return fits ? Math.round(throughputTokensPerSecond / throughputTokensPerSecondPerChip) : null;
    }

    /** The bottleneck of the phase that takes longer over a whole request. */
    public Bottleneck bottleneck() {
        if (!fits) {
            return null;
        }
        double decodeShare = tpotSeconds * Math.max(0, e2eSeconds / tpotSeconds - 1);
        return decodeShare >= ttftSeconds ? decodeBottleneck : prefillBottleneck;
    }
}
