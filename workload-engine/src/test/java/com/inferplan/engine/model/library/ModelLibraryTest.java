package com.inferplan.engine.model.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.inferplan.engine.model.AttentionWindow;
import com.inferplan.engine.model.ModelArchitecture;
import org.junit.jupiter.api.Test;

class ModelLibraryTest {

    private static final String ENTRY = """
            {"id": "tiny", "displayName": "Tiny", "family": "llama", "huggingFaceId": "org/Tiny",
             "architecture": {"layers": 4, "hidden": 64, "heads": 4, "kvHeads": 2, "headDim": 16,
               "intermediate": 128, "vocab": 100, "maxContext": 512,
               "layerPattern": {"repeat": ["sliding", "sliding", "full"], "slidingWindow": 8},
               "rope": {"theta": 10000, "scalingType": "none", "scalingFactor": 1, "originalContext": 0}},
             "config": {"title": "t", "url": "https://example.org", "date": "2025-01-01", "retrieved": "2026-12-01",
               "status": "vendor-published"},
             "parameters": {"totalBillions": 1, "activeBillions": 1, "activeCountsInputEmbedding": true,
               "source": {"title": "t", "url": "https://example.org", "date": "2025-01-01",
                 "retrieved": "2026-12-01", "status": "vendor-published"}}}""";

    @Test
    void anEntryBecomesAnArchitectureWithDefaultsForLeftOutFlags() throws Exception {
        ModelArchitecture tiny = ModelLibrary.parse(ENTRY).toArchitecture();
        assertThat(tiny.tiedEmbeddings()).isFalse();
        assertThat(tiny.attentionPattern()).containsExactly(AttentionWindow.sliding(8), AttentionWindow.sliding(8),
                AttentionWindow.FULL, AttentionWindow.sliding(8));
    }

    @Test
    void anUnknownKeyIsRejected() {
        assertThatThrownBy(() -> ModelLibrary.parse(ENTRY.replace("\"maxContext\"", "\"max_context\": 1, \"maxContext\"")))
                .hasMessageContaining("max_context");
    }

    @Test
    void aMissingRequiredNumberIsRejected() {
        assertThatThrownBy(() -> ModelLibrary.parse(ENTRY.replace("\"vocab\": 100,", "")))
                .hasMessageContaining("vocab");
    }

    @Test
    void aRoundedFigureOutsideItsOwnRangeIsRejected() {
        assertThatThrownBy(() -> ModelLibrary.parse(ENTRY.replace("\"totalBillions\": 1,",
                "\"totalBillions\": 1, \"totalRange\": [2, 3],")))
                .hasMessageContaining("totalRange");
    }
}
