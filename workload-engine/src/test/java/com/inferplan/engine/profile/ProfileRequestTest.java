package com.inferplan.engine.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.inferplan.catalog.Precision;
import com.inferplan.engine.model.ContextLengthException;
import com.inferplan.engine.model.ModelCatalog;
import org.junit.jupiter.api.Test;

class ProfileRequestTest {

    @Test
    void kvAndActivationsDefaultToBf16AndWeightsToNative() {
        ProfileRequest r = ProfileRequest.decode(4, 100);
        assertThat(r.kv()).isEqualTo(Precision.BF16);
        assertThat(r.activations()).isEqualTo(Precision.BF16);
        assertThat(r.weights()).isNull();
        assertThat(r.tokens()).isEqualTo(4);
        assertThat(ProfileRequest.prefill(3, 0, 512).tokens()).isEqualTo(1536);
    }

    @Test
    void invalidFieldsAreNamed() {
        assertThatThrownBy(() -> ProfileRequest.decode(0, 10))
                .isInstanceOf(InvalidProfileRequestException.class)
                .hasMessage("profile request batch = 0: must be at least 1 sequence");
        assertThatThrownBy(() -> ProfileRequest.decode(1, -1)).hasMessageContaining("context = -1");
        assertThatThrownBy(() -> ProfileRequest.prefill(1, 0, 0)).hasMessageContaining("promptTokens = 0");
        assertThatThrownBy(() -> new ProfileRequest(Phase.DECODE, 1, 0, 5, null, null, null))
                .hasMessageContaining("decode adds exactly one token");
    }

    @Test
    void aStepPastTheModelsContextIsRejected() {
        assertThatThrownBy(() -> Profiler.profile(ModelCatalog.builtIn().require("llama-2-7b"), ProfileRequest.decode(1, 4096)))
                .isInstanceOfSatisfying(ContextLengthException.class, e -> {
                    assertThat(e.field()).isEqualTo("context");
                    assertThat(e.longestFitting()).isEqualTo(4095);
                })
                .hasMessage("cached context + new tokens = 4,097 tokens exceeds this model's 4,096-token context; "
                        + "the longest context that fits is 4,095");
    }
}
