package com.inferplan.engine.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.inferplan.engine.model.ModelArchitecture;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The executor is a real forward pass: a token decoded against the KV cache must produce the
 * logits a one-shot prefill produces at that position. For MLA this also proves the absorbed
 * decode path equals the decompressed prefill path; for windowed layers that the cache reads
 * respect the window.
 */
class ReferenceExecutorTest {

    private static final int[][] PROMPT = {{3, 14, 15, 9, 26, 53, 5}, {2, 7, 18, 28, 1, 8, 28}};

    static Stream<Arguments> models() {
        return TinyModels.all().entrySet().stream().map(e -> Arguments.of(e.getKey(), e.getValue()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("models")
    void decodingAgainstTheCacheGivesTheLogitsOfAOneShotPrefill(String name, ModelArchitecture arch) {
        float[][] oneShot = new ReferenceExecutor(arch, 7).prefill(PROMPT).logits();

        ReferenceExecutor incremental = new ReferenceExecutor(arch, 7);
        incremental.prefill(columns(0, 4));
        incremental.prefill(columns(4, 6));
        float[][] decoded = incremental.decode(new int[] {PROMPT[0][6], PROMPT[1][6]}).logits();

        assertThat(incremental.context()).isEqualTo(7);
        for (int b = 0; b < PROMPT.length; b++) {
            for (int v = 0; v < oneShot[b].length; v++) {
                assertThat(decoded[b][v]).as("%s sequence %d logit %d", name, b, v)
                        .isCloseTo(oneShot[b][v], within(2e-4f));
            }
        }
    }

    @Test
    void sameSeedGivesTheSameModelAndDifferentSeedsDiffer() {
        ModelArchitecture arch = TinyModels.get("llama");
        float[][] a = new ReferenceExecutor(arch, 1).prefill(PROMPT).logits();
        float[][] b = new ReferenceExecutor(arch, 1).prefill(PROMPT).logits();
        float[][] c = new ReferenceExecutor(arch, 2).prefill(PROMPT).logits();
        assertThat(a[0]).containsExactly(b[0]);
        assertThat(a[0][0]).isNotEqualTo(c[0][0]);
    }

    @Test
    void theStepTimesItself() {
        StepResult step = new ReferenceExecutor(TinyModels.get("llama"), 1).prefill(PROMPT);
        assertThat(step.nanos()).isPositive();
        assertThat(step.nextTokens()).hasSize(2);
        assertThat(step.nextTokens()[0]).isBetween(0, 60);
    }

    @Test
    void rejectsTokensOutsideTheVocabularyAndDecodeBeforePrefill() {
        ReferenceExecutor executor = new ReferenceExecutor(TinyModels.get("llama"), 1);
        assertThatThrownBy(() -> executor.decode(new int[] {1, 2})).hasMessageContaining("prefill first");
        assertThatThrownBy(() -> executor.prefill(new int[][] {{61}})).hasMessageContaining("token 61 outside vocabulary of 61");
    }

    @Test
    void rejectsAStepBeyondTheMaximumContext() {
        ReferenceExecutor executor = new ReferenceExecutor(TinyModels.get("llama"), 1);
        assertThatThrownBy(() -> executor.prefill(new int[][] {new int[65]})).hasMessageContaining("maximum context 64");
    }

    private static int[][] columns(int from, int to) {
        int[][] part = new int[PROMPT.length][to - from];
        for (int b = 0; b < PROMPT.length; b++) {
            System.arraycopy(PROMPT[b], from, part[b], 0, to - from);
        }
        return part;
    }
}
