package com.inferplan.backend.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

import com.inferplan.backend.scenario.Figure.FigureInput;
import com.inferplan.backend.support.FieldProblem;
import com.inferplan.backend.support.InvalidInputException;
import com.inferplan.backend.scenario.CostFigures.Spread;
import com.inferplan.engine.serving.RunControl;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ScenarioCalculatorTest {

    private static final ScenarioCalculator CALCULATOR = ScenarioCalculator.builtIn();
    private static ScenarioResults example;

    @BeforeAll
    static void answerThePublishedExample() {
        example = CALCULATOR.results(PublishedExample.scenario(), RunControl.NONE);
    }

    private static double input(Figure figure, String name) {
        return figure.inputs().stream().filter(i -> i.name().equals(name)).mapToDouble(FigureInput::value)
                .findFirst().orElseThrow();
    }

    private static List<CandidateResult> fitting() {
        return example.candidates().stream().filter(CandidateResult::fits).toList();
    }

    @Test
    void replicasAreThePeakTokenRateOverWhatOneReplicaCarriesRoundedUp() {
        // 10e9 tokens/day / 86,400 s × peak factor 3 = 347,222.2 tokens/s
        for (CandidateResult c : fitting()) {
            Figure replicas = c.deployment().replicas();
            double peak = input(replicas, "peakTokensPerSecond");
            double perReplica = input(replicas, "replicaTokensPerSecond");
            assertThat(peak).isCloseTo(10e9 / 86_400 * 3, within(1e-6));
            assertThat(replicas.value()).isEqualTo(Math.ceil(peak / perReplica));
        }
    }

    @Test
    void unitsAndMegawattsFollowFromReplicasChipsAndPowerIncludingPue() {
        for (CandidateResult c : fitting()) {
            DeploymentFigures d = c.deployment();
            double chipsPerUnit = input(d.units(), "chipsPerUnit");
            assertThat(d.units().value()).isEqualTo(Math.ceil(d.replicas().value() * d.chipsPerReplica() / chipsPerUnit));
            Figure mw = d.megawatts();
            assertThat(mw.value()).isCloseTo(d.units().value() * input(mw, "kwPerUnit") * input(mw, "pue") / 1000,
                    within(1e-12));
        }
        // the deal's own terms: a CS-3 system draws 23 kW in a PUE-1.2 facility
        Figure cs3 = example.candidates().get(PublishedExample.COMPACT_ON_WAFER).deployment().megawatts();
        assertThat(input(cs3, "kwPerUnit")).isEqualTo(23.0);
        assertThat(input(cs3, "pue")).isEqualTo(1.2);
    }

    @Test
    void onlyTheWaferMeetsSparkClassSpeedAndTheHeadlineNamesIt() {
        CandidateResult cs3 = example.candidates().get(PublishedExample.COMPACT_ON_WAFER);
        assertThat(cs3.meetsSlo()).isTrue();
        assertThat(cs3.latency().tokensPerSecondPerUser().value()).isGreaterThan(1000);
        assertThat(example.candidates().stream().filter(CandidateResult::meetsSlo)).hasSize(1);
        assertThat(example.headline().best()).isEqualTo(PublishedExample.COMPACT_ON_WAFER);
        assertThat(example.headline().answer()).startsWith("CS-3").contains("deal openai-cerebras-2026",
                "tokens/s per developer", "/M tokens", "CS-3 system");
    }

    @Test
    void theHeadlineIsTheCheapestCandidateThatMeetsTheSlo() {
        Scenario relaxed = PublishedExample.scenario().withWorkload(WorkloadPreset.INTERACTIVE_CODING.workload(null));
        ScenarioResults results = CALCULATOR.results(relaxed, RunControl.NONE);
        CandidateResult cheapest = results.candidates().stream().filter(CandidateResult::meetsSlo)
                .filter(c -> c.cost() != null).min(Comparator.comparingDouble(CandidateResult::usdPerMillionTokens))
                .orElseThrow();
        assertThat(results.headline().best()).isEqualTo(cheapest.index());
        assertThat(results.headline().why()).startsWith("Cheapest of the");
    }

    @Test
    void costIsPaidAroundTheClockForAFleetSizedForThePeak() {
        for (CandidateResult c : fitting()) {
            CostFigures cost = c.cost();
            double capacity = input(cost.utilization(), "requestsPerSecondAtSlo");
            // average 347,222.2 / 3 tokens/s over the request's 6,000 + 800 tokens
            double average = 10e9 / 86_400 / 6_800;
            assertThat(cost.utilization().value()).isCloseTo(average / (c.deployment().replicas().value() * capacity),
                    within(1e-12));
            assertThat(cost.blendedSpread().p10()).isLessThanOrEqualTo(cost.blendedSpread().p50());
            assertThat(cost.blendedSpread().p50()).isLessThanOrEqualTo(cost.blendedSpread().p90());
            // output tokens carry the decode share of the same bill, so their range scales with the blended one
            assertThat(cost.outputSpread().p90() / cost.outputSpread().p10()).isCloseTo(
                    cost.blendedSpread().p90() / cost.blendedSpread().p10(), within(1e-9));
        }
    }

    @Test
    void everyNumberCarriesItsFormulaAndEstimatesAreLabelled() {
        CandidateResult cs3 = example.candidates().get(PublishedExample.COMPACT_ON_WAFER);
        assertThat(cs3.latency().ttftP99().formula()).contains("99th percentile");
        assertThat(cs3.latency().ttftP99().estimate()).isTrue();
        assertThat(cs3.cost().usdPerMillionBlendedTokens().formula()).startsWith("usdPerMillionBlendedTokens =");
        // the deal's contract value is reported, its ramp assumed: the cost is an estimate
        assertThat(cs3.cost().usdPerMillionBlendedTokens().estimate()).isTrue();
    }

    @Test
    void aModelTooBigForTheChosenChipsGivesThePlannersReasonAndNoNumbers() {
        Scenario s = PublishedExample.scenario().withModel("llama-3.1-405b").withCandidates(List.of(
                new Candidate("nvidia-h100-sxm", 1, CostChoice.DEFAULT, null),
                Candidate.of("cerebras-cs-3", CostChoice.DEFAULT)));
        CandidateResult h100 = CALCULATOR.results(s, RunControl.NONE).candidates().get(0);
        assertThat(h100.fits()).isFalse();
        assertThat(h100.reason()).contains("does not fit").contains("1 × nvidia-h100-sxm");
        assertThat(h100.deployment()).isNull();
        assertThat(h100.latency()).isNull();
        assertThat(h100.cost()).isNull();
    }

    @Test
    void hardwareWithoutAPriceStillGetsItsSpeedAndSaysWhyThereIsNoCost() {
        Scenario s = PublishedExample.scenario().withCandidates(List.of(Candidate.of("nvidia-b300", CostChoice.DEFAULT),
                Candidate.of("nvidia-h100-sxm", CostChoice.onDemand(2.0))));
        CandidateResult b300 = CALCULATOR.results(s, RunControl.NONE).candidates().get(0);
        assertThat(b300.fits()).isTrue();
        assertThat(b300.cost()).isNull();
        assertThat(b300.costReason()).startsWith("No default cost basis for nvidia-b300");
    }

    @Test
    void aStatedPriceIsSpreadOnlyByThePerformanceModelsErrorAndItsBaseIsItsMedian() {
        Scenario s = PublishedExample.scenario().withCandidates(List.of(
                Candidate.of("nvidia-h100-sxm", CostChoice.onDemand(2.0)), Candidate.of("nvidia-b200", CostChoice.DEFAULT)));
        CostFigures cost = CALCULATOR.results(s, RunControl.NONE).candidates().get(0).cost();
        assertThat(cost.usdPerChipHour().value()).isEqualTo(2.0);
        Spread spread = cost.blendedSpread();
        assertThat(spread.uncertainInputs()).containsExactly("outputTokensPerSecond");
        // cost ∝ 1 / tokens/s, lognormal with σ = ln(1.096) / 0.6745: P90 / P10 = e^(2 · 1.2816 · σ) = 1.265
        assertThat(spread.p90() / spread.p10()).isCloseTo(Math.exp(2 * 1.2816 * ModelError.SIGMA), within(0.03));
        assertThat(spread.p50()).isCloseTo(cost.usdPerMillionBlendedTokens().value(),
                within(0.02 * cost.usdPerMillionBlendedTokens().value()));
        assertThat(spread.basePercentile()).isBetween(45.0, 55.0);
        assertThat(spread.baseNote()).isNull();
    }

    @Test
    void aDealWhoseTakeOrPayIsAssumedAtTheTopOfItsRangeSaysWhereItsBaseFallsAndWhy() {
        CandidateResult wafer = example.candidates().get(0);
        Spread spread = wafer.cost().blendedSpread();
        double base = wafer.cost().usdPerMillionBlendedTokens().value();
        assertThat(spread.basePercentile()).isGreaterThan(50);
        assertThat(spread.baseNote()).startsWith(String.format(java.util.Locale.ROOT,
                "The base case is at P%.0f of its own range, not at its median, because ", spread.basePercentile()))
                .contains("takeOrPayShare is 1.00 at base");
        assertThat(spread.p10()).isLessThan(base);
        assertThat(spread.inputs()).extracting(CostFigures.InputRange::name).contains("takeOrPayShare",
                "outputTokensPerSecond");
        assertThat(spread.histogram().stream().mapToInt(CostFigures.Bin::count).sum()).isEqualTo(spread.draws());
        assertThat(spread.tornado()).isNotEmpty();
    }

    @Test
    void theSameScenarioGivesTheSameAnswer() {
        assertThat(CALCULATOR.results(PublishedExample.scenario(), RunControl.NONE)).isEqualTo(example);
    }

    @Test
    void everyInvalidFieldIsReportedWithItsPath() {
        Scenario s = PublishedExample.scenario().withModel("no-such-model").withCandidates(List.of(
                Candidate.of("nvidia-b200", CostChoice.deal("openai-cerebras-2026")),
                Candidate.of("nvidia-h100-sxm", CostChoice.onDemand(-1))));
        assertThatThrownBy(() -> CALCULATOR.results(s, RunControl.NONE))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::field)
                        .containsExactly("model", "candidates[0].cost.dealId", "candidates[1].cost.usdPerChipHour"));
    }

    @Test
    void oneCandidateIsNotAComparison() {
        Scenario s = PublishedExample.scenario().withCandidates(List.of(Candidate.of("nvidia-b200", CostChoice.DEFAULT)));
        assertThatThrownBy(() -> CALCULATOR.results(s, RunControl.NONE))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.problems().get(0).field()).isEqualTo("candidates"));
    }
    @Test
    void separatePrefillWorkersDecodeWithoutPrefillInterferenceAndCountBothPools() {
        Candidate aggregated = Candidate.of("nvidia-h200-sxm", CostChoice.DEFAULT);
        Candidate twoPools = aggregated.withSeparatePrefill(new Candidate.SeparatePrefill(null, null));
        Scenario s = new Scenario(WorkloadPreset.INTERACTIVE_CODING.workload(null), "qwen3-32b",
                List.of(aggregated, twoPools), Transport.HTTP, Scenario.Precisions.NATIVE);
        List<CandidateResult> results = CALCULATOR.results(s, RunControl.NONE).candidates();
        CandidateResult one = results.get(0);
        CandidateResult two = results.get(1);
        assertThat(two.fits()).isTrue();
        // a decode worker's steps carry no prompts, so its TPOT at the SLO's percentile is below the mixed replica's
        assertThat(two.latency().tpotP99().value()).isLessThan(one.latency().tpotP99().value());
        assertThat(two.deployment().layout()).matches("\\d+ prefill × tp\\d+ .* \\+ \\d+ decode × tp\\d+ .*");
        Figure capacity = two.deployment().replicas().inputs().stream()
                .filter(i -> i.name().equals("replicaTokensPerSecond")).findFirst().orElseThrow().derivation().inputs()
                .stream().filter(i -> i.name().equals("requestsPerSecondAtSlo")).findFirst().orElseThrow().derivation();
        assertThat(capacity.formula()).startsWith("requestsPerSecondAtSlo = min(prefillWorkers / prefillSeconds");
        assertThat(two.notes()).anyMatch(n -> n.startsWith("Separate prefill workers: each replica runs "));
        assertThat(two.hardwareName()).isEqualTo(one.hardwareName() + ", separate prefill");
        assertThat(two.cost()).isNotNull();
    }
    @Test
    void aPrefillWorkerOfNoChipsIsAFieldError() {
        Candidate twoPools = Candidate.of("nvidia-h200-sxm", CostChoice.DEFAULT)
                .withSeparatePrefill(new Candidate.SeparatePrefill(null, 0));
        Scenario s = PublishedExample.scenario().withCandidates(List.of(Candidate.of("nvidia-b200", CostChoice.DEFAULT),
                twoPools));
        assertThatThrownBy(() -> CALCULATOR.results(s, RunControl.NONE))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::field, FieldProblem::message)
                        .containsExactly(tuple("candidates[1].separatePrefill.chipsPerWorker",
                                "must be empty (automatic) or 1 to 4096")));
    }

    /** The second of two H200 options, the one whose prompts run on {@code prefillHardware}. */
    private static CandidateResult h200DecodeWithPrefillOn(String prefillHardware, WorkloadPreset workload,
                                                           String model) {
        Candidate h200 = Candidate.of("nvidia-h200-sxm", CostChoice.DEFAULT);
        Candidate mixed = h200.withSeparatePrefill(new Candidate.SeparatePrefill(prefillHardware, null));
        Scenario s = new Scenario(workload.workload(null), model, List.of(h200, mixed), Transport.HTTP,
                Scenario.Precisions.NATIVE);
        return CALCULATOR.results(s, RunControl.NONE).candidates().get(1);
    }

    @Test
    void prefillOnOtherSiliconIsPlannedPricedAndCountedOnItsOwnChips() {
        // H200 decode workers fed by B200 prefill workers: the replica's chips are both pools', counted in chips
        CandidateResult two = h200DecodeWithPrefillOn("nvidia-b200", WorkloadPreset.INTERACTIVE_CODING, "gpt-oss-120b");
        assertThat(two.fits()).isTrue();
        assertThat(two.deployment().layout()).contains(" prefill × ", " on nvidia-b200 + ", " decode × ");
        assertThat(two.hardwareName()).endsWith(" prefill").contains(" + ");
        assertThat(two.deployment().unitName()).isEqualTo(FacilityUnit.CHIP);
        assertThat(two.deployment().units().value())
                .isEqualTo(two.deployment().replicas().value() * two.deployment().chipsPerReplica());
        assertThat(two.cost().basisKind()).endsWith("(prefill)");
        // the chip-hour rate is the two pools' rates weighted by their chips
        Figure rate = two.cost().usdPerChipHour();
        assertThat(rate.formula()).startsWith("usdPerChipHour = (decodeChips · decode rate + prefillChips");
        double decodeChips = input(rate, "decodeChips");
        double prefillChips = input(rate, "prefillChips");
        assertThat(decodeChips + prefillChips).isEqualTo(two.deployment().chipsPerReplica());
        assertThat(rate.value()).isCloseTo((decodeChips * input(rate, "usdPerChipHour")
                + prefillChips * input(rate, "prefill.usdPerChipHour")) / (decodeChips + prefillChips), within(1e-9));
        assertThat(two.notes()).anyMatch(n -> n.contains("The prefill workers are nvidia-b200 chips paid at its catalog"
                + " default price"));
    }

    @Test
    void prefillHardwareWithoutAPriceLeavesTheOptionUnpricedAndSaysWhy() {
        CandidateResult two = h200DecodeWithPrefillOn("microsoft-maia-200", WorkloadPreset.CHAT, "llama-3.3-70b");
        assertThat(two.fits()).isTrue();
        assertThat(two.cost()).isNull();
        assertThat(two.costReason()).startsWith("Prefill workers: No default cost basis for microsoft-maia-200");
    }

    @Test
    void unknownPrefillHardwareIsAFieldError() {
        Candidate mixed = Candidate.of("nvidia-h200-sxm", CostChoice.DEFAULT)
                .withSeparatePrefill(new Candidate.SeparatePrefill("nvidia-h300", null));
        Scenario s = PublishedExample.scenario().withCandidates(List.of(Candidate.of("nvidia-b200", CostChoice.DEFAULT),
                mixed));
        assertThatThrownBy(() -> CALCULATOR.results(s, RunControl.NONE))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::field).containsExactly("candidates[1].separatePrefill.hardware"));
    }
}
