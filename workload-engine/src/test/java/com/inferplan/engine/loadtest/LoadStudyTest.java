package com.inferplan.engine.loadtest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.inferplan.engine.serving.AffineStepTimeModel;
import com.inferplan.engine.serving.RunControl;
import com.inferplan.engine.serving.SimulationCancelledException;
import com.inferplan.engine.serving.SimulationResult;
import com.inferplan.engine.serving.Slo;
import com.inferplan.engine.serving.SloSearchResult.Outcome;
import com.inferplan.engine.transport.TransportProfile;
import java.util.ArrayList;
import java.util.List;
import org.assertj.core.data.Percentage;
import org.junit.jupiter.api.Test;

class LoadStudyTest {

    /**
     * An M/D/1 queue: one sequence at a time, 1,000-token prompts at 0.1 ms per token (S = 100 ms) and
     * one-token answers, so TTFT = wait + S. Its wait is 0 with probability 1 − ρ, so a 100.5 ms TTFT
     * limit at 50% attainment holds up to ρ = 0.5, λ = 5/s (docs/decisions/0402).
     */
    private static final AffineStepTimeModel SINGLE_SERVER = new AffineStepTimeModel(0, 0, 0, 1e-4, 0, 10_000_000, 1);
    private static final Slo MEDIAN_TTFT = new Slo(100.5, 1e9, 50);

    private static LoadTest test(long requests) {
        return new LoadTest(LoadTestFixtures.withSteps(SINGLE_SERVER, 1),
                new WorkloadShape(2, requests, 1, 1000, 0, 1, 0, 11), MEDIAN_TTFT, TransportProfile.NONE);
    }

    @Test
    void findsTheQueuesThresholdAndSweepsFractionsOfIt() {
        Recorder recorder = new Recorder();

        LoadStudyResult study = LoadStudy.run(test(6000), recorder, RunControl.NONE);

        assertThat(study.mainRun().completed()).isEqualTo(6000);
        assertThat(study.maxRate().outcome()).isEqualTo(Outcome.FOUND);
        // 3,000 probe requests estimate P(wait = 0) to about ±2%, which moves the threshold by up to ~10%.
        assertThat(study.maxRate().ratePerSecond()).isCloseTo(5, Percentage.withPercentage(10));
        assertThat(study.sweepTopRatePerSecond()).isEqualTo(study.maxRate().ratePerSecond());
        assertThat(study.sweep()).extracting(LoadPoint::ratePerSecond).containsExactly(
                0.2 * study.sweepTopRatePerSecond(), 0.4 * study.sweepTopRatePerSecond(),
                0.6 * study.sweepTopRatePerSecond(), 0.8 * study.sweepTopRatePerSecond(),
                0.9 * study.sweepTopRatePerSecond(), study.sweepTopRatePerSecond(),
                1.2 * study.sweepTopRatePerSecond());
        assertThat(study.sweep()).allSatisfy(p -> assertThat(p.result().completed()).isEqualTo(3000));
        // Attainment holds up to the threshold and fails past it.
        assertThat(study.sweep().get(5).result().goodput().attained()).isTrue();
        assertThat(study.sweep().get(6).result().goodput().attained()).isFalse();
    }

    @Test
    void progressRisesThroughThePhasesInOrderAndTheMainRunIsReportedFirst() {
        Recorder recorder = new Recorder();

        LoadStudy.run(test(6000), recorder, RunControl.NONE);

        assertThat(recorder.fractions).isSorted().last().isEqualTo(1.0);
        assertThat(recorder.phases).isSorted();
        assertThat(recorder.phases).contains(StudyPhase.MAIN_RUN, StudyPhase.MAX_RATE_SEARCH, StudyPhase.LOAD_SWEEP);
        assertThat(recorder.mainRunAfterProgressEvents).isPositive()
                .isEqualTo(recorder.phases.lastIndexOf(StudyPhase.MAIN_RUN) + 1);
    }

    @Test
    void aCancelledStudyStopsWithoutReportingAMainRun() {
        Recorder recorder = new Recorder();

        assertThatThrownBy(() -> LoadStudy.run(test(2_000_000), recorder, new RunControl(f -> { }, () -> true)))
                .isInstanceOf(SimulationCancelledException.class);
        assertThat(recorder.mainRunAfterProgressEvents).isEqualTo(-1);
    }

    private static final class Recorder implements StudyListener {
        final List<Double> fractions = new ArrayList<>();
        final List<StudyPhase> phases = new ArrayList<>();
        int mainRunAfterProgressEvents = -1;

        @Override
        public void progress(StudyPhase phase, double fractionDone) {
            fractions.add(fractionDone);
            phases.add(phase);
        }

        @Override
        public void mainRunFinished(SimulationResult mainRun) {
            mainRunAfterProgressEvents = fractions.size();
        }
    }
}
