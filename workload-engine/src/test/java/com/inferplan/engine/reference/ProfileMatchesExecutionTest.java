package com.inferplan.engine.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.inferplan.catalog.Precision;
import com.inferplan.engine.model.ModelArchitecture;
import com.inferplan.engine.profile.ExecutionProfile;
import com.inferplan.engine.profile.ExpertActivation;
import com.inferplan.engine.profile.Operator;
import com.inferplan.engine.profile.ProfileRequest;
import com.inferplan.engine.profile.Profiler;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The analytic profile must describe what the real forward pass does: per operator, FLOPs equal
 * exactly, and bytes equal 4 × the float32 elements the executor touched (the profile is asked
 * for FP32 weights, KV and activations, so one element is 4 bytes). For MoE models the profile
 * is fed the executor's measured mean of distinct experts per layer.
 */
class ProfileMatchesExecutionTest {

    private static final int BATCH = 2;
    private static final double FP32_BYTES = 4;

    static Stream<Arguments> models() {
        return TinyModels.all().entrySet().stream().map(e -> Arguments.of(e.getKey(), e.getValue()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("models")
    void everyStepOfPrefillChunkedPrefillAndDecodeMatchesTheProfileExactly(String name, ModelArchitecture arch) {
        ReferenceExecutor executor = new ReferenceExecutor(arch, 42);
        StepResult first = executor.prefill(tokens(5, 0));
        assertMatches(arch, ProfileRequest.prefill(BATCH, 0, 5), first.work());
        StepResult chunk = executor.prefill(tokens(3, 5));
        assertMatches(arch, ProfileRequest.prefill(BATCH, 5, 3), chunk.work());
        StepResult decode = executor.decode(chunk.nextTokens());
        assertMatches(arch, ProfileRequest.decode(BATCH, 8), decode.work());
        StepResult next = executor.decode(decode.nextTokens());
        assertMatches(arch, ProfileRequest.decode(BATCH, 9), next.work());
    }

    private static void assertMatches(ModelArchitecture arch, ProfileRequest request, WorkCounts work) {
        ProfileRequest fp32 = request.withWeights(Precision.FP32).withKv(Precision.FP32).withActivations(Precision.FP32);
        ExpertActivation experts = arch.isMoe()
                ? ExpertActivation.observed(work.meanDistinctExperts())
                : ExpertActivation.expected();
        ExecutionProfile profile = Profiler.profile(arch, fp32, experts);
        assertThat(profile.flops()).as("step flops").isEqualTo((double) work.total().flops());
        Map<String, double[]> analytic = byOperator(profile);
        assertThat(analytic.keySet()).as("operators run").isEqualTo(new TreeMap<>(work.byOperator()).keySet());
        analytic.forEach((op, expected) -> {
            OperatorWork actual = work.operator(op);
            String where = arch.id() + " " + request.phase() + " context " + request.context() + " " + op;
            assertThat(expected[0]).as(where + " flops").isEqualTo((double) actual.flops());
            assertThat(expected[1]).as(where + " weight bytes").isCloseTo(FP32_BYTES * actual.weightElements(), within(1e-6));
            assertThat(expected[2]).as(where + " activation bytes read").isEqualTo(FP32_BYTES * actual.activationElementsRead());
            assertThat(expected[3]).as(where + " activation bytes written").isEqualTo(FP32_BYTES * actual.activationElementsWritten());
            assertThat(expected[4]).as(where + " kv bytes read").isEqualTo(FP32_BYTES * actual.kvElementsRead());
            assertThat(expected[5]).as(where + " kv bytes written").isEqualTo(FP32_BYTES * actual.kvElementsWritten());
        });
    }

    /** Whole-step values per operator name: layer groups summed (value × layer count). */
    private static Map<String, double[]> byOperator(ExecutionProfile profile) {
        Map<String, double[]> sums = new TreeMap<>();
        for (Operator op : profile.operators()) {
            double[] s = sums.computeIfAbsent(op.name(), k -> new double[6]);
            int n = op.layerCount();
            s[0] += op.flops() * n;
            s[1] += op.weightBytes() * n;
            s[2] += op.activationBytesRead() * n;
            s[3] += op.activationBytesWritten() * n;
            s[4] += op.kvBytesRead() * n;
            s[5] += op.kvBytesWritten() * n;
        }
        return sums;
    }

    /** Distinct token ids per position so the first prefill reads distinct embedding rows. */
    private static int[][] tokens(int count, int offset) {
        int[][] tokens = new int[BATCH][count];
        for (int b = 0; b < BATCH; b++) {
            for (int i = 0; i < count; i++) {
                tokens[b][i] = (7 * (offset + i) + 13 * b) % 61;
            }
        }
        return tokens;
    }
}
