package com.inferplan.engine.evaluation;

import com.inferplan.engine.deployment.DeploymentPlan;
import com.inferplan.engine.deployment.DeploymentPlanner;
import com.inferplan.engine.deployment.DeploymentRequest;
import com.inferplan.engine.deployment.TensorParallelRule;
import com.inferplan.engine.perf.Efficiencies;
import com.inferplan.engine.perf.PerformanceModel;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Tokens/s per chip against tokens/s per user over batch sizes and tensor/pipeline layouts, reduced
 * to its Pareto frontier (no other point is better on both axes). Each layout's performance model
 * is built once; every batch is then one decode and one prefill estimate (static-batch serving at
 * that concurrency, decode with the average context input + output / 2).
 */
public final class Sweep {

    private Sweep() {
    }

    public static List<ParetoPoint> frontier(Engine engine, EvaluationRequest base, int maxChips, int maxBatch) {
        return paretoFrontier(points(engine, base, maxChips, maxBatch));
    }

    public static List<ParetoPoint> points(Engine engine, EvaluationRequest base, int maxChips, int maxBatch) {
        Efficiencies eff = engine.efficiencies().resolve(base.hardware(), base.framework(), base.date());
        int in = base.inputTokens();
        int out = base.outputTokens();
        double context = in + out / 2.0;
        List<ParetoPoint> points = new ArrayList<>();
        for (int chips = 1; chips <= maxChips; chips *= 2) {
            for (int tp = 1; tp <= chips; tp *= 2) {
                // A stack splits whole attention heads (decision 0530): a tp that does not is no layout to sweep.
                if (!eff.planner().padsAttentionHeads() && !TensorParallelRule.accepts(base.model(), tp)) {
                    continue;
                }
                DeploymentPlan plan = DeploymentPlanner.plan(new DeploymentRequest(base.model(), base.hardware(), chips,
                        tp, chips / tp, null, base.weights(), base.kv(), 1, in + out, base.goal(), eff.planner()));
                if (!plan.fits()) {
                    continue;
                }
                PerformanceModel model = PerformanceModel.of(plan, eff);
                long kvLimit = plan.kvCapacityTokens() / ((long) Math.ceil(context) + plan.stateTokensPerSequence());
                for (int batch = 1; batch <= maxBatch && batch <= kvLimit; batch++) {
                    double prefill = model.prefill(batch, in).seconds();
                    double tpot = model.decodeStep(batch, context).seconds();
                    double requestSeconds = prefill + (out - 1) * tpot;
                    double perChip = batch * out / requestSeconds / plan.chips();
                    points.add(new ParetoPoint(chips, tp, chips / tp, 1, batch, 1 / tpot, perChip));
                }
            }
        }
        return points;
    }

    public static List<ParetoPoint> paretoFrontier(List<ParetoPoint> points) {
        List<ParetoPoint> sorted = new ArrayList<>(points);
        sorted.sort(Comparator.comparingDouble(ParetoPoint::tokensPerSecondPerUser).reversed()
                .thenComparing(Comparator.comparingDouble(ParetoPoint::tokensPerSecondPerChip).reversed()));
        List<ParetoPoint> frontier = new ArrayList<>();
        double bestPerChip = Double.NEGATIVE_INFINITY;
        for (ParetoPoint p : sorted) {
            if (p.tokensPerSecondPerChip() > bestPerChip) {
                frontier.add(p);
                bestPerChip = p.tokensPerSecondPerChip();
            }
        }
        return frontier;
    }
}
