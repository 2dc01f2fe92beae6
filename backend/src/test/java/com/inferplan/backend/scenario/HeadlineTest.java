package com.inferplan.backend.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import com.inferplan.backend.scenario.CostFigures.Spread;
import java.util.List;
import org.junit.jupiter.api.Test;

class HeadlineTest {

    private static final ScenarioWorkload CODING = WorkloadPreset.INTERACTIVE_CODING.workload(null);

    private static Figure figure(String name, double value) {
        return Figure.of(name, value, "unit", name + " = given", List.of(), false, List.of());
    }

    /** A fitting candidate with just what the headline reads: speed, SLO, blended cost and its range, units. */
    private static CandidateResult candidate(int index, String name, double tokensPerSecond, boolean met,
                                             Double usdPerMillion, double p10, double p90, double shortfall) {
        LatencyFigures latency = new LatencyFigures(null, null, null, null, figure("tokensPerSecondPerUser",
                tokensPerSecond), new SloVerdict(met, name + " verdict", shortfall));
        DeploymentFigures deployment = new DeploymentFigures(1, "tp1 pp1 ep1 dp1", figure("replicas", 12), 12,
                figure("units", 12), "system", null, "no power", List.of());
        CostFigures cost = usdPerMillion == null ? null : new CostFigures("basis", "on-demand", null, null, null, null,
                figure("usdPerMillionBlendedTokens", usdPerMillion), new Spread(p10, usdPerMillion, p90, 100, 1,
                List.of(), 50, null, List.of(), List.of(), List.of()), null, List.of(), List.of());
        return new CandidateResult(index, "hw-" + index, name, "model", CostChoice.Kind.DEAL, "deal x", true, "",
                deployment, latency, cost,
                cost == null ? "No default cost basis" : null, List.of(), null, List.of());
    }

    @Test
    void theCheapestCandidateMeetingTheSloIsTheAnswerWithItsSpeedCostAndUnits() {
        Headline h = Headline.of(List.of(
                candidate(0, "Fast", 1900, true, 0.41, 0.35, 0.50, 0.5),
                candidate(1, "Cheapest but slow", 60, false, 0.10, 0.09, 0.11, 1.4),
                candidate(2, "Dear", 80, true, 0.90, 0.80, 1.00, 0.9)), CODING);
        assertThat(h.best()).isEqualTo(0);
        assertThat(h.sloMet()).isTrue();
        assertThat(h.answer()).isEqualTo("Fast (deal x): 1,900 tokens/s per developer, $0.41/M tokens, 12 × system");
        assertThat(h.why()).startsWith("Cheapest of the 2 of 3 options that meet the SLO (TTFT p90 ≤ 1.5 s, TPOT p90 ≤ 20 ms).")
                .contains("Next: Dear at $0.90/M tokens; their P10–P90 cost ranges do not overlap.");
    }

    @Test
    void aMuchFasterRunnerUpIsNamedWithItsSpeedAndOverlappingRangesMakeTheOrderUncertain() {
        Headline h = Headline.of(List.of(
                candidate(0, "GPU", 80, true, 0.30, 0.25, 0.45, 0.8),
                candidate(1, "Wafer", 1600, true, 0.40, 0.30, 0.50, 0.3)), CODING);
        assertThat(h.best()).isEqualTo(0);
        // 1,600 / 80 = 20 times the speed; Wafer's P10 0.30 is below GPU's P90 0.45
        assertThat(h.why()).endsWith("Next: Wafer at $0.40/M tokens, with 20× the tokens/s per developer; their"
                + " P10–P90 cost ranges overlap, so the order is not certain.");
    }

    @Test
    void theCatalogDefaultPriceGoesUnsaidAndRentedChipsAreCountedAsChips() {
        CandidateResult c = candidate(0, "B200", 80, true, 0.30, 0.25, 0.45, 0.8);
        CandidateResult defaultPriced = new CandidateResult(0, "b200", "B200", "model", CostChoice.Kind.DEFAULT,
                "catalog default price", true, "", new DeploymentFigures(1, "tp1", figure("replicas", 26), 26,
                figure("units", 26), "chip", null, "no power", List.of()), c.latency(), c.cost(), null, List.of(), null,
                List.of());
        Headline h = Headline.of(List.of(defaultPriced, candidate(1, "Other", 40, false, 0.2, 0.1, 0.3, 2)), CODING);
        assertThat(h.answer()).isEqualTo("B200: 80 tokens/s per developer, $0.30/M tokens, 26 chips");
    }

    @Test
    void whenNoneMeetsTheSloTheClosestIsNamedWithWhy() {
        Headline h = Headline.of(List.of(
                candidate(0, "Near miss", 80, false, 0.30, 0.25, 0.45, 1.1),
                candidate(1, "Far off", 40, false, 0.20, 0.15, 0.25, 2.5)), CODING);
        assertThat(h.sloMet()).isFalse();
        assertThat(h.best()).isEqualTo(0);
        assertThat(h.answer()).isEqualTo("No option meets the SLO (TTFT p90 ≤ 1.5 s, TPOT p90 ≤ 20 ms); closest: Near miss.");
        assertThat(h.why()).isEqualTo("Near miss: Near miss verdict.");
    }

    @Test
    void aCandidateMeetingTheSloWithoutAPriceIsNamedAndTheMissingPriceSaid() {
        Headline h = Headline.of(List.of(
                candidate(0, "Unpriced", 500, true, null, 0, 0, 0.5),
                candidate(1, "Slow", 40, false, 0.20, 0.15, 0.25, 2.5)), CODING);
        assertThat(h.best()).isEqualTo(0);
        assertThat(h.why()).isEqualTo("Meets the SLO (TTFT p90 ≤ 1.5 s, TPOT p90 ≤ 20 ms) but has no price: "
                + "No default cost basis");
    }

    @Test
    void whenNothingFitsThereIsNoBestAndTheReasonIsGiven() {
        CandidateResult none = CandidateResult.notFitting(0, "h100", "H100", "llama-3.1-405b", CostChoice.Kind.DEFAULT,
                "catalog default price", "weights 810 GB exceed 80 GB");
        Headline h = Headline.of(List.of(none, CandidateResult.notFitting(1, "b200", "B200", "llama-3.1-405b",
                CostChoice.Kind.DEFAULT, "catalog default price", "weights exceed 192 GB")), CODING);
        assertThat(h.best()).isNull();
        assertThat(h.why()).isEqualTo("H100: weights 810 GB exceed 80 GB");
    }
}
