package com.inferplan.ui.pricing;

import static org.assertj.core.api.Assertions.assertThat;

import com.inferplan.backend.pricing.PricedBasis;
import com.inferplan.backend.pricing.ServingInputs;
import com.inferplan.backend.scenario.ChipServing;
import com.inferplan.backend.scenario.CostFigures.ServingPoint;
import com.inferplan.backend.scenario.WorkloadPreset;
import com.inferplan.pricing.tokens.WorkloadMix;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BasisServingTest {

    private static final ServingInputs TYPED = new ServingInputs(1000, null, 0.6, WorkloadMix.ratio(3));
    private static final ChipServing H100 = new ChipServing("llama-3.3-70b", WorkloadPreset.CHAT, "nvidia-h100-sxm",
            new ServingPoint(20_000, 900, 0.31, 1_000, 400, 0.2), null);
    private static final ChipServing TOO_SMALL = new ChipServing("llama-3.3-70b", WorkloadPreset.CHAT, "tiny-chip",
            null, "does not fit: weights need 141 GB");

    private static PricedBasis basis(String hardware) {
        return new PricedBasis(null, "basis on " + hardware, hardware, null, List.of(), "");
    }

    @Test
    void aChipsBasisTakesItsEngineRatesAndTheWorkloadsMixAtThePagesUtilization() {
        BasisServing serving = new BasisServing(TYPED, Map.of("nvidia-h100-sxm", H100));

        ServingInputs at = serving.of(basis("nvidia-h100-sxm"));

        assertThat(at.tokensPerSecond()).isEqualTo(900);
        assertThat(at.inputTokensPerSecond()).isEqualTo(20_000);
        assertThat(at.utilization()).isEqualTo(0.6);
        assertThat(at.mix().inputTokensPerRequest()).isEqualTo(1_000);
        assertThat(serving.from(basis("nvidia-h100-sxm"))).isEqualTo("engine: llama-3.3-70b, Chat");
    }

    @Test
    void aPerTokenPriceAndAChipTheModelDoesNotFitKeepTheTypedFiguresAndSayWhy() {
        BasisServing serving = new BasisServing(TYPED, Map.of("nvidia-h100-sxm", H100, "tiny-chip", TOO_SMALL));

        assertThat(serving.of(basis(null))).isSameAs(TYPED);
        assertThat(serving.from(basis(null))).isEqualTo("typed on the page (no hardware)");
        assertThat(serving.of(basis("tiny-chip"))).isSameAs(TYPED);
        assertThat(serving.from(basis("tiny-chip"))).isEqualTo("typed (engine: does not fit: weights need 141 GB)");
    }

    @Test
    void withoutAnEngineChoiceEveryBasisIsPricedAtTheTypedFigures() {
        BasisServing serving = BasisServing.typed(TYPED);

        assertThat(serving.of(basis("nvidia-h100-sxm"))).isSameAs(TYPED);
        assertThat(serving.from(basis("nvidia-h100-sxm"))).isEqualTo("typed on the page");
    }
}
