package com.inferplan.engine.deployment;

import com.inferplan.catalog.MemoryTier;
import java.util.List;

/**
 * Layouts for chips whose weights live in HBM or DRAM: tensor parallel inside the scale-up
 * domain, pipeline stages across domains, data-parallel replicas for throughput.
 */
final class TemporalLayouts {

    private final DeploymentRequest r;
    private final ModelFootprint f;
    private final MemoryTier tier;
    private final PlannerSettings s;

    TemporalLayouts(DeploymentRequest r, ModelFootprint f, MemoryTier tier) {
        this.r = r;
        this.f = f;
        this.tier = tier;
        this.s = r.settings();
    }

    DeploymentPlan plan() {
        if (r.tp() != null) {
            return given(r.tp(), r.pp() == null ? 1 : r.pp());
        }
        if (r.pp() != null) {
            int chips = r.chips() == null ? r.pp() : r.chips();
            return given(Math.max(1, chips / r.pp()), r.pp());
        }
        if (r.chips() != null) {
            return layout(r.chips());
        }
        // The fewest chips that hold the weights in HBM; streaming part of them from DRAM (a Grace CPU's
        // LPDDR beside a GB300) is the layout of last resort, taken only when no chip count avoids it.
        DeploymentPlan last = null;
        DeploymentPlan spilling = null;
        for (int chips = s.chipGranularity(); chips <= s.maxChipsPerReplica(); chips = next(chips)) {
            last = layout(chips);
            if (last.fits() && last.dramWeightShare() == 0) {
                return last;
            }
            if (last.fits() && spilling == null) {
                spilling = last;
            }
        }
        return spilling != null ? spilling : last;
    }

    private int next(int chips) {
        return s.powerOfTwoChips() ? chips * 2 : chips + s.chipGranularity();
    }

    private DeploymentPlan given(int tp, int pp) {
        int replicaChips = tp * pp;
        int chips = r.chips() == null ? replicaChips : r.chips();
        if (chips % replicaChips != 0) {
            throw new InvalidDeploymentException("chips", chips,
                    "is not a multiple of tp × pp = " + tp + " × " + pp + " = " + replicaChips);
        }
        Parallelism p = withAttentionLayout(new Parallelism(tp, pp, expertRanks(tp), chips / replicaChips));
        if (!p.attentionDataParallel() && !s.padsAttentionHeads()) {
            TensorParallelRule.violation(r.model(), tp).ifPresent(reason -> {
                throw new InvalidDeploymentException("tp", tp, reason);
            });
        }
        return evaluate(chips, p);
    }

    private DeploymentPlan layout(int chips) {
        int widest = widestTensorParallel(chips);
        if (r.goal() == LayoutGoal.THROUGHPUT) {
            for (int tp = 1; tp <= widest; tp *= 2) {
                if (chips % tp == 0 && (s.padsAttentionHeads() || TensorParallelRule.accepts(r.model(), tp))) {
                    DeploymentPlan replicated = evaluate(chips, new Parallelism(tp, 1, expertRanks(tp), chips / tp));
                    if (replicated.fits()) {
                        return replicated;
                    }
                }
            }
        }
        return evaluate(chips, new Parallelism(widest, chips / widest, expertRanks(widest), 1));
    }

    /**
     * Largest divisor of the chips inside the scale-up domain and the family's TP limit that splits
     * the model's attention heads ({@link TensorParallelRule}) unless the stack pads heads; the rest
     * of the chips become pipeline stages (3 chips for a 32-head model on vLLM: tp 1, pp 3).
     */
    private int widestTensorParallel(int chips) {
        int limit = Math.min(Math.min(chips, r.hardware().scaleUpDomainChips()), s.maxTensorParallel());
        for (int tp = limit; tp > 1; tp--) {
            if (chips % tp == 0 && (s.padsAttentionHeads() || TensorParallelRule.accepts(r.model(), tp))) {
                return tp;
            }
        }
        return 1;
    }

    private int expertRanks(int tp) {
        if (r.ep() != null) {
            return r.ep();
        }
        return r.model().isMoe() && s.expertParallel() ? tp : 1;
    }

    /** Attention runs data-parallel where the stack does that for MoE models and the experts are spread. */
    private Parallelism withAttentionLayout(Parallelism p) {
        boolean attentionDp = r.attentionDataParallel() != null
                ? r.attentionDataParallel() && p.tp() > 1
                : s.attentionDataParallel() && r.model().isMoe() && p.tp() > 1 && p.ep() == p.tp();
        return new Parallelism(p.tp(), p.pp(), p.ep(), p.dp(), attentionDp);
    }

    private DeploymentPlan evaluate(int chips, Parallelism layout) {
        Parallelism p = withAttentionLayout(layout);
        List<MemoryUse> memory = MemoryBudget.temporal(f, r.hardware(), tier, p, r.batch(), r.contextTokens(), s);
        return DeploymentPlanner.build(r, f, chips, p, ServingStyle.TEMPORAL, memory, List.of(),
                (double) p.pp() * f.kvShards(p));
    }
}
