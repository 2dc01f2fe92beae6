package com.inferplan.ui.evaluate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class EvaluationFormLabelsTest {

    @Test
    void loadModesAndSpeculativeChoicesReadAsWordsNotIds() {
        assertThat(List.of("closed", "static", "max").stream().map(EvaluationForm::loadLabel))
                .containsExactly("Closed loop (clients wait for answers)", "One static batch", "Maximum throughput");
        assertThat(List.of("default", "on", "off").stream().map(EvaluationForm::speculativeLabel))
                .containsExactly("Stack default", "On", "Off");
    }
}
