package com.inferplan.engine.loadtest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.inferplan.engine.serving.workload.GammaArrivals;
import com.inferplan.engine.serving.workload.PoissonArrivals;
import com.inferplan.engine.serving.workload.RequestStream;
import com.inferplan.engine.serving.workload.SyntheticWorkload;
import org.junit.jupiter.api.Test;

class WorkloadShapeTest {

    private static WorkloadShape shape(double burstiness, long requests) {
        return new WorkloadShape(4, requests, burstiness, 1000, 0, 250, 0, 7);
    }

    @Test
    void moreThanTwoMillionRequestsAreRefusedWithTheLimit() {
        assertThatThrownBy(() -> shape(1, 2_000_001))
                .hasMessageStartingWith("requests = 2000001: must be at most 2000000 per run");
    }

    @Test
    void burstinessOneIsPoissonAndAboveIsGammaAtTheSameRate() {
        assertThat(shape(1, 10).toWorkload(8192).arrivals()).isEqualTo(new PoissonArrivals(4));
        assertThat(shape(4, 10).toWorkload(8192).arrivals()).isEqualTo(new GammaArrivals(4, 4));
    }

    @Test
    void zeroSigmaGivesEveryRequestTheMeanLength() {
        SyntheticWorkload workload = shape(1, 3).toWorkload(8192);
        try (RequestStream stream = workload.open()) {
            while (stream.advance()) {
                assertThat(stream.inputTokens()).isEqualTo(1000);
                assertThat(stream.outputTokens()).isEqualTo(250);
            }
        }
    }

    @Test
    void meansBeyondTheContextWindowAreRefused() {
        assertThatThrownBy(() -> shape(1, 10).toWorkload(1200))
                .hasMessage("inputMean + outputMean = 1250.0: exceeds the model's context of 1200 tokens");
    }

    @Test
    void anExtremeSpreadIsRefusedNamingTheField() {
        assertThatThrownBy(() -> new WorkloadShape(4, 10, 1, 1000, 3.5, 250, 0, 7))
                .hasMessage("inputSigma = 3.5: must be at most 3.0");
    }
}
