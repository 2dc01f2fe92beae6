package com.inferplan.engine.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import org.junit.jupiter.api.Test;

class MtpModuleTest {

    private static final ModelCatalog CATALOG = ModelCatalog.builtIn();

    @Test
    void deepSeekV3MtpLayerIsOneMoeDecoderLayerPlusItsProjectionAndNorms() {
        // decoder layer: MLA 187,107,328 + 2 norms 14,336 + 256 routed and 1 shared experts of 44,040,192
        // + router 1,835,008 + bias 256 = 11,507,286,272 (README_WEIGHTS: "11.5B unique parameters");
        // eh_proj 2·7168² = 102,760,448 and enorm, hnorm, shared_head.norm 3·7168 → 11,610,068,224
        ModelArchitecture v3 = CATALOG.require("deepseek-v3");
        assertThat(v3.mtpLayers()).isEqualTo(1);
        assertThat(MtpModule.parameters(v3)).isEqualTo(11_610_068_224L);
        // active: 8 routed + 1 shared expert: 187,107,328 + 14,336 + 9·44,040,192 + 1,835,264 = 585,318,656;
        // with DeepSeek's shared 0.9B head 1,511,997,696 ("1.5B including 0.9B for the output Head")
        // before eh_proj and norms (102,781,952) → 688,100,608
        assertThat(MtpModule.activeParameters(v3)).isEqualTo(688_100_608L);
    }

    @Test
    void theMtpLayersAreNotInTheMainModelsCount() {
        ModelArchitecture v3 = CATALOG.require("deepseek-v3");
        assertThat(ParameterCount.of(v3).total()).isEqualTo(ParameterCount.of(v3.withMtpLayers(0)).total());
    }

    @Test
    void aDraftStepReadsTheMtpLayerAndTheHeadAgainstTheWholeActiveModel() {
        // (688,100,608 + head 129,280·7168 = 926,679,040) / 36,625,618,432 active without the input table
        assertThat(MtpModule.draftCostFraction(CATALOG.require("deepseek-v3")))
                .isCloseTo(1_614_779_648.0 / 36_625_618_432.0, offset(1e-15));
    }

    @Test
    void aModelWithoutMtpLayersHasNoMtpWeights() {
        assertThat(MtpModule.parameters(CATALOG.require("kimi-k2"))).isZero();
    }

    @Test
    void glm45MtpLayerIsAMoeLayerWithItsProjection() {
        // MoE layer 136,339,712 + 3,799,285,920; eh_proj 2·5120² = 52,428,800; 3 norms 15,360 → 3,988,069,792
        assertThat(MtpModule.parameters(CATALOG.require("glm-4.5"))).isEqualTo(3_988_069_792L);
    }
}
