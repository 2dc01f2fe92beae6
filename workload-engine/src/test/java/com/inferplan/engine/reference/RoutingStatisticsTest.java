package com.inferplan.engine.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.inferplan.engine.model.ModelArchitecture;
import com.inferplan.engine.model.config.HuggingFaceConfigImporter;
import com.inferplan.engine.profile.ExpertActivation;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The expected-distinct-experts formula E·(1 − (1 − k/E)^T) assumes every expert equally likely.
 * Real routing is not uniform, and for a fixed mean load a skewed popularity touches fewer distinct
 * experts, so the formula is an upper bound. On random weights the shortfall is a few percent;
 * docs/decisions/0202-moe-expected-experts.md records the measured figures.
 */
class RoutingStatisticsTest {

    private static final int EXPERTS = 16;
    private static final int TOP_K = 2;
    private static final int BATCH = 8;
    private static final int SEEDS = 24;

    @Test
    void realTopKRoutingTouchesAtMostTheUniformExpectationAndNotFarBelow() {
        ModelArchitecture arch = HuggingFaceConfigImporter.importConfig("""
                {"model_type": "qwen3_moe", "num_hidden_layers": 1, "hidden_size": 32, "num_attention_heads": 4,
                 "num_key_value_heads": 2, "head_dim": 8, "intermediate_size": 48, "vocab_size": 61,
                 "max_position_embeddings": 64, "torch_dtype": "float32", "num_experts": 16,
                 "num_experts_per_tok": 2, "moe_intermediate_size": 8}""", "routing-stats", "routing stats");
        double measured = 0;
        for (int seed = 0; seed < SEEDS; seed++) {
            ReferenceExecutor executor = new ReferenceExecutor(arch, seed);
            StepResult prompt = executor.prefill(randomTokens(new SplittableRandom(seed)));
            measured += executor.decode(prompt.nextTokens()).work().meanDistinctExperts() / SEEDS;
        }
        // 16 · (1 − (14/16)^8) = 16 · (1 − 0.3436) = 10.50 experts per layer for 8 decode tokens
        double expected = ExpertActivation.expectedDistinct(EXPERTS, TOP_K, BATCH);
        assertThat(expected).isCloseTo(10.50, within(0.01));
        assertThat(measured).isLessThanOrEqualTo(expected * 1.02).isGreaterThan(expected * 0.85);
    }

    private static int[][] randomTokens(SplittableRandom random) {
        int[][] tokens = new int[BATCH][3];
        for (int[] sequence : tokens) {
            for (int i = 0; i < sequence.length; i++) {
                sequence[i] = random.nextInt(61);
            }
        }
        return tokens;
    }
}
