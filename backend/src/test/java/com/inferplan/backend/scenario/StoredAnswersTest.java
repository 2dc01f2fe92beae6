package com.inferplan.backend.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import com.inferplan.backend.scenario.ScenarioWorkload.SloTarget;
import com.inferplan.engine.serving.RunControl;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class StoredAnswersTest {

    private static final ScenarioCalculator CALCULATOR = ScenarioCalculator.builtIn();

    private static final Scenario THREE_OPTIONS = new Scenario(WorkloadPreset.CHAT.workload(null), "llama-3.3-70b",
            List.of(Candidate.of("nvidia-h100-sxm", CostChoice.DEFAULT), Candidate.of("nvidia-b200", CostChoice.DEFAULT),
                    Candidate.of("amd-mi300x", CostChoice.DEFAULT)), Transport.HTTP, Scenario.Precisions.NATIVE);

    private final StoredAnswers stored = new StoredAnswers();

    private static Scenario withSecondOptionOn(String hardware) {
        List<Candidate> options = new ArrayList<>(THREE_OPTIONS.candidates());
        options.set(1, options.get(1).withHardware(hardware));
        return THREE_OPTIONS.withCandidates(options);
    }

    private static Scenario withTtftLimit(double ms) {
        ScenarioWorkload w = THREE_OPTIONS.workload();
        return THREE_OPTIONS.withWorkload(new ScenarioWorkload(w.preset(), w.demand(), w.lengths(),
                new SloTarget(ms, w.slo().tpotMs(), w.slo().percentile())));
    }

    @Test
    void changingOneOptionsHardwareAnswersOnlyThatOptionAgain() {
        ScenarioResults before = CALCULATOR.results(THREE_OPTIONS, RunControl.NONE, stored.at(0));
        Scenario changed = withSecondOptionOn("nvidia-h200-sxm");
        ScenarioResults after = CALCULATOR.results(changed, RunControl.NONE, stored.at(0));

        assertThat(after.candidates().get(0)).isSameAs(before.candidates().get(0));
        assertThat(after.candidates().get(2)).isSameAs(before.candidates().get(2));
        assertThat(after.candidates().get(1)).isNotSameAs(before.candidates().get(1))
                .isEqualTo(CALCULATOR.results(changed, RunControl.NONE).candidates().get(1));
        assertThat(after.candidates().get(1).hardware()).isEqualTo("nvidia-h200-sxm");
    }

    @Test
    void aNewLatencyLimitAnswersEveryOptionAgainButKeepsEveryFrontier() {
        ScenarioResults before = CALCULATOR.results(THREE_OPTIONS, RunControl.NONE, stored.at(0));
        List<Frontier> frontiersBefore = CALCULATOR.frontiers(THREE_OPTIONS, stored.at(0));
        Scenario stricter = withTtftLimit(THREE_OPTIONS.workload().slo().ttftMs() / 4);

        ScenarioResults after = CALCULATOR.results(stricter, RunControl.NONE, stored.at(0));
        List<Frontier> frontiersAfter = CALCULATOR.frontiers(stricter, stored.at(0));

        for (int i = 0; i < 3; i++) {
            assertThat(after.candidates().get(i)).isNotSameAs(before.candidates().get(i));
            assertThat(frontiersAfter.get(i)).isSameAs(frontiersBefore.get(i));
        }
    }

    @Test
    void newStoredDataAnswersAgain() {
        ScenarioResults before = CALCULATOR.results(THREE_OPTIONS, RunControl.NONE, stored.at(0));
        ScenarioResults after = CALCULATOR.results(THREE_OPTIONS, RunControl.NONE, stored.at(1));
        assertThat(after.candidates().get(0)).isNotSameAs(before.candidates().get(0)).isEqualTo(before.candidates().get(0));
    }
}
