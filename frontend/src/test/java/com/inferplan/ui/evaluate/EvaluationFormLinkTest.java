package com.inferplan.ui.evaluate;

import static org.assertj.core.api.Assertions.assertThat;

import com.inferplan.backend.evaluation.DisaggregatedQuery;
import com.inferplan.backend.evaluation.EvaluationQuery;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EvaluationFormLinkTest {

    private static final EvaluationQuery DEFAULTS = new EvaluationQuery("llama-3.1-8b", "nvidia-h100-sxm", null, null,
            null, null, "native", "native", null, "closed", 1, 1000, 1000, null, "default", false);

    @Test
    void aLinkWithAPrefillPoolRestoresADisaggregatedQuery() {
        EvaluationQuery q = EvaluationForm.fromUrl(Map.of("hardware", List.of("nvidia-h100-sxm"),
                "prefillHardware", List.of("nvidia-b200"), "prefillWorkers", List.of("2"), "decodeWorkers", List.of("3")),
                DEFAULTS, id -> id);
        assertThat(q.disaggregated()).isEqualTo(new DisaggregatedQuery("nvidia-b200", null, 2, 3));
    }

    @Test
    void aLinkWithoutOneStaysAggregated() {
        EvaluationQuery q = EvaluationForm.fromUrl(Map.of("hardware", List.of("nvidia-h100-sxm")), DEFAULTS, id -> id);
        assertThat(q.disaggregated()).isNull();
    }
}
