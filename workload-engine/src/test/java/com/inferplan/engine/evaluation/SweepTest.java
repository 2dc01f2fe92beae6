package com.inferplan.engine.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import com.inferplan.engine.deployment.LayoutGoal;
import java.util.List;
import org.junit.jupiter.api.Test;

class SweepTest {

    private static final Engine ENGINE = Engine.builtIn();
    private static final EvaluationRequest BASE = new EvaluationRequest(ENGINE.models().require("llama-3.1-70b"),
            ENGINE.hardware().require("nvidia-h100-sxm"), null, null, null, null, null, null, "vllm", null,
            LoadMode.STATIC, 1, 1000, 500, SpeculativeOptions.STACK_DEFAULT, LayoutGoal.LATENCY, false);

    private static boolean dominates(ParetoPoint a, ParetoPoint b) {
        return a.tokensPerSecondPerUser() >= b.tokensPerSecondPerUser()
                && a.tokensPerSecondPerChip() >= b.tokensPerSecondPerChip()
                && (a.tokensPerSecondPerUser() > b.tokensPerSecondPerUser()
                || a.tokensPerSecondPerChip() > b.tokensPerSecondPerChip());
    }

    @Test
    void noFrontierPointIsDominatedAndEveryOtherPointIs() {
        List<ParetoPoint> all = Sweep.points(ENGINE, BASE, 8, 64);
        List<ParetoPoint> frontier = Sweep.paretoFrontier(all);
        assertThat(frontier).isNotEmpty();
        for (ParetoPoint f : frontier) {
            assertThat(all).noneMatch(p -> dominates(p, f));
        }
        for (ParetoPoint p : all) {
            assertThat(frontier.contains(p) || frontier.stream().anyMatch(f -> dominates(f, p)
                    || f.tokensPerSecondPerUser() == p.tokensPerSecondPerUser()
                    && f.tokensPerSecondPerChip() == p.tokensPerSecondPerChip())).isTrue();
        }
    }

    @Test
    void alongTheFrontierSpeedPerUserFallsAsThroughputPerChipRises() {
        List<ParetoPoint> frontier = Sweep.frontier(ENGINE, BASE, 8, 64);
        for (int i = 1; i < frontier.size(); i++) {
            assertThat(frontier.get(i).tokensPerSecondPerUser()).isLessThan(frontier.get(i - 1).tokensPerSecondPerUser());
            assertThat(frontier.get(i).tokensPerSecondPerChip()).isGreaterThan(frontier.get(i - 1).tokensPerSecondPerChip());
        }
    }

    @Test
    void layoutsThatCannotHoldTheModelAreLeftOut() {
        // 70B at bf16 (141 GB) needs at least two 80 GB H100s
        assertThat(Sweep.points(ENGINE, BASE, 8, 4)).allMatch(p -> p.chips() >= 2);
    }

    @Test
    void aSweepPastTheHeadCountLeavesOutTensorParallelSizesThatSplitHeads() {
        // Llama 3.1 8B has 32 attention heads: tp 64 (64 chips) is no layout, so the sweep stops at tp 32.
        EvaluationRequest eightB = new EvaluationRequest(ENGINE.models().require("llama-3.1-8b"),
                ENGINE.hardware().require("nvidia-h100-sxm"), null, null, null, null, null, null, "vllm", null,
                LoadMode.STATIC, 1, 1000, 500, SpeculativeOptions.STACK_DEFAULT, LayoutGoal.LATENCY, false);
        List<ParetoPoint> all = Sweep.points(ENGINE, eightB, 64, 4);
        assertThat(all).isNotEmpty().allMatch(p -> p.tp() <= 32);
        assertThat(all).anyMatch(p -> p.chips() == 64);
    }
}
