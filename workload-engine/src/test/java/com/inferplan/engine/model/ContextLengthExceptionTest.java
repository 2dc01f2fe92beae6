package com.inferplan.engine.model;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.inferplan.catalog.HardwareCatalog;
import com.inferplan.engine.evaluation.EvaluationRequest;
import com.inferplan.engine.profile.ProfileRequest;
import com.inferplan.engine.profile.Profiler;
import org.junit.jupiter.api.Test;

class ContextLengthExceptionTest {

    @Test
    void aPromptAndOutputOneTokenTooLongNamesTheOutputAndTheLongestOutputThatFits() {
        assertThatThrownBy(() -> ContextLengthException.checkPromptAndOutput(3_097, 1_000, 4_096))
                .isInstanceOf(ContextLengthException.class)
                .hasMessage("prompt + output = 4,097 tokens exceeds this model's 4,096-token context; "
                        + "the longest outputTokens that fits is 999")
                .hasFieldOrPropertyWithValue("field", "outputTokens")
                .hasFieldOrPropertyWithValue("requestedTokens", 4_097L)
                .hasFieldOrPropertyWithValue("contextTokens", 4_096)
                .hasFieldOrPropertyWithValue("longestFitting", 999L);
    }

    @Test
    void aPromptThatAloneFillsTheContextNamesThePrompt() {
        assertThatThrownBy(() -> ContextLengthException.checkPromptAndOutput(5_000, 100, 4_096))
                .hasFieldOrPropertyWithValue("field", "inputTokens")
                .hasFieldOrPropertyWithValue("longestFitting", 3_996L);
    }

    @Test
    void lengthsThatFitExactlyPass() {
        assertThatCode(() -> ContextLengthException.checkPromptAndOutput(3_096, 1_000, 4_096)).doesNotThrowAnyException();
        assertThatCode(() -> ContextLengthException.checkCachedAndNew("context", 4_095, 1, 4_096)).doesNotThrowAnyException();
    }

    @Test
    void anEvaluationPastTheContextIsAFieldLevelAnswer() {
        ModelArchitecture llama2 = ModelCatalog.builtIn().require("llama-2-7b");
        assertThatThrownBy(() -> EvaluationRequest.singleStream(llama2,
                HardwareCatalog.builtIn().require("nvidia-h100-sxm"), 1, 3_097, 1_000))
                .isInstanceOf(ContextLengthException.class)
                .hasMessageStartingWith("prompt + output = 4,097 tokens exceeds this model's 4,096-token context");
    }

    @Test
    void yi15With4kContextAnswersAnOverlongEvaluationAndProfileOnTheirFields() {
        ModelArchitecture yi = ModelCatalog.builtIn().require("01-ai/Yi-1.5-34B");
        assertThatThrownBy(() -> EvaluationRequest.singleStream(yi,
                HardwareCatalog.builtIn().require("nvidia-h100-sxm"), 1, 3_097, 1_000))
                .isInstanceOf(ContextLengthException.class)
                .hasMessage("prompt + output = 4,097 tokens exceeds this model's 4,096-token context; "
                        + "the longest outputTokens that fits is 999");
        assertThatThrownBy(() -> Profiler.profile(yi, ProfileRequest.decode(1, 4_096)))
                .isInstanceOf(ContextLengthException.class)
                .hasFieldOrPropertyWithValue("field", "context")
                .hasFieldOrPropertyWithValue("requestedTokens", 4_097L)
                .hasFieldOrPropertyWithValue("longestFitting", 4_095L);
    }
}
