package com.inferplan.backend.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import com.inferplan.backend.pricing.CostBasisService;
import com.inferplan.backend.pricing.PricedBasis;
import com.inferplan.backend.pricing.ServingInputs;
import com.inferplan.backend.scenario.CostFigures.ServingPoint;
import com.inferplan.pricing.tokens.WorkloadMix;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** The deals view's engine-derived tokens/s per chip are the explorer's, chip by chip. */
@SpringBootTest
class ChipServingServiceTest {

    private static final String MODEL = "llama-3.3-70b";

    @Autowired
    ChipServingService chips;
    @Autowired
    ScenarioService scenarios;
    @Autowired
    CostBasisService bases;

    @Test
    void aChipsEngineRatesAreTheServingPointTheExplorerPricesForTheSameModelAndWorkload() {
        Scenario explorer = new Scenario(WorkloadPreset.CHAT.workload(null), MODEL, List.of(
                Candidate.of("nvidia-b200", CostChoice.DEFAULT), Candidate.of("nvidia-h100-sxm", CostChoice.DEFAULT)),
                Transport.HTTP, Scenario.Precisions.NATIVE);
        ServingPoint shown = scenarios.results(explorer).candidates().get(1).cost().serving();

        ChipServing h100 = chips.serving(MODEL, WorkloadPreset.CHAT, "nvidia-h100-sxm");

        assertThat(h100.derived()).as(h100.describe()).isTrue();
        assertThat(h100.point().outputTokensPerSecond()).isEqualTo(shown.outputTokensPerSecond());
        assertThat(h100.point().inputTokensPerSecond()).isEqualTo(shown.inputTokensPerSecond());
        ServingInputs at = h100.at(0.6);
        assertThat(at.utilization()).isEqualTo(0.6);
        assertThat(at.mix().inputTokensPerRequest()).isEqualTo(1_000);
        assertThat(at.mix().outputTokensPerRequest()).isEqualTo(400);
        assertThat(h100.describe()).isEqualTo("engine: llama-3.3-70b, Chat");
    }

    @Test
    void eachChipIsPricedAtItsOwnThroughputNotOneTypedFigure() {
        ChipServing wafer = chips.serving("qwen3-coder-30b-a3b", WorkloadPreset.CHAT, "cerebras-cs-3");
        ChipServing gpu = chips.serving("qwen3-coder-30b-a3b", WorkloadPreset.CHAT, "nvidia-h100-sxm");
        assertThat(wafer.point().outputTokensPerSecond()).isNotEqualTo(gpu.point().outputTokensPerSecond());

        PricedBasis h100 = bases.all().stream().filter(b -> "nvidia-h100-sxm".equals(b.hardwareId())).findFirst()
                .orElseThrow();
        ServingInputs typed = new ServingInputs(1000, null, 0.6, WorkloadMix.ratio(3));
        double atTyped = bases.estimate(h100, typed).cost().usdPerMillionInputTokens().value();
        double atEngine = bases.estimate(h100, gpu.at(0.6)).cost().usdPerMillionInputTokens().value();
        // typed without a prefill rate charges nothing to input tokens; the engine's rates price them by prefill time
        assertThat(atTyped).isZero();
        assertThat(atEngine).isPositive();
    }

    @Test
    void aModelTheEngineCannotPlaceOnAChipSaysWhyAndLeavesTheTypedFigureInPlace() {
        ChipServing none = chips.serving("no-such-model", WorkloadPreset.CHAT, "nvidia-h100-sxm");

        assertThat(none.derived()).isFalse();
        assertThat(none.describe()).startsWith("typed (engine: ").contains("no-such-model");
    }
}
