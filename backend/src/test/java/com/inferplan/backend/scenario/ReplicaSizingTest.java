package com.inferplan.backend.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.inferplan.backend.scenario.ScenarioWorkload.Demand;
import com.inferplan.backend.scenario.ScenarioWorkload.DemandUnit;
import com.inferplan.backend.scenario.ScenarioWorkload.Lengths;
import org.junit.jupiter.api.Test;

class ReplicaSizingTest {

    private static final Lengths LENGTHS = new Lengths(900, 100, 0.5);

    private static SloCapacity capacity(double requestsPerSecond) {
        return new SloCapacity(16, true, true, 0.1, 0.2, 0.01, 0.02, requestsPerSecond, 256, null);
    }

    @Test
    void tokensPerDayBecomeAPeakRequestRate() {
        // 8.64e9 tokens/day / 86,400 s = 100,000 tokens/s = 100 requests/s of 1,000 tokens; × 3 at the peak
        DemandRates rates = DemandRates.of(new Demand(8.64e9, DemandUnit.TOKENS_PER_DAY, 3), LENGTHS);
        assertThat(rates.averageRequestsPerSecond()).isCloseTo(100, within(1e-9));
        assertThat(rates.peakRequestsPerSecond()).isCloseTo(300, within(1e-9));
        assertThat(rates.peakTokensPerSecond()).isCloseTo(300_000, within(1e-6));
    }

    @Test
    void requestsPerSecondAreTakenAsTheDailyAverage() {
        DemandRates rates = DemandRates.of(new Demand(40, DemandUnit.REQUESTS_PER_SECOND, 2.5), LENGTHS);
        assertThat(rates.peakRequestsPerSecond()).isCloseTo(100, within(1e-9));
    }

    @Test
    void replicasAreThePeakOverEachReplicasPlannedShareRoundedUp() {
        // tokens/day ÷ 86,400 × peak ÷ per-replica throughput: 8.64e9 / 86,400 × 3 = 300,000 tokens/s;
        // a replica carries 0.85 × 12 requests/s × 1,000 tokens = 10,200 tokens/s; 300,000 / 10,200 = 29.4 → 30
        DemandRates rates = DemandRates.of(new Demand(8.64e9, DemandUnit.TOKENS_PER_DAY, 3), LENGTHS);
        assertThat(ReplicaSizing.replicas(rates, capacity(12), 0.85)).isEqualTo(30);
    }

    @Test
    void anExactMultipleIsNotRoundedUpByFloatingPointError() {
        // 300 requests/s over 0.5 × 60 = 30 requests/s per replica is exactly 10 replicas
        DemandRates rates = DemandRates.of(new Demand(8.64e9, DemandUnit.TOKENS_PER_DAY, 3), LENGTHS);
        assertThat(ReplicaSizing.replicas(rates, capacity(60), 0.5)).isEqualTo(10);
    }

    @Test
    void aDemandBelowOneReplicaStillNeedsOne() {
        DemandRates rates = DemandRates.of(new Demand(0.01, DemandUnit.REQUESTS_PER_SECOND, 1), LENGTHS);
        assertThat(ReplicaSizing.replicas(rates, capacity(12), 0.85)).isEqualTo(1);
    }
}
