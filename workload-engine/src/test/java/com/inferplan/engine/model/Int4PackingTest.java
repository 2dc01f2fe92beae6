package com.inferplan.engine.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.inferplan.catalog.Precision;
import org.junit.jupiter.api.Test;

class Int4PackingTest {

    @Test
    void groupsOf32WithBf16ScalesCost4Point5Bits() {
        // 4 bits + one 16-bit scale per 32 weights = 4 + 16/32
        assertThat(new Int4Packing(32, 16, 0).bitsPerElement()).isEqualTo(4.5);
    }

    @Test
    void anAsymmetricSchemeAddsAFourBitZeroPointPerGroup() {
        // GPTQ-style group 128 with FP16 scale and 4-bit zero point: 4 + (16 + 4)/128
        assertThat(new Int4Packing(128, 16, 4).bitsPerElement()).isEqualTo(4.15625);
    }

    @Test
    void kimiK25sRoutedExpertsAreStoredAtTheirCheckpointsPackingAndTheRestIsUnchanged() {
        WeightPrecisions p = ModelCatalog.builtIn().require("kimi-k2.5").nativePrecisions();
        assertThat(p.bytesPerElement(TensorGroup.ROUTED_EXPERTS)).isEqualTo(4.5 / 8);
        assertThat(p.bytesPerElement(TensorGroup.ATTENTION)).isEqualTo(2.0);
        assertThat(WeightPrecisions.uniform(Precision.INT4).bytesPerElement(TensorGroup.ROUTED_EXPERTS))
                .as("INT4 without a stated layout keeps the generic figure").isEqualTo(4.25 / 8);
    }

    @Test
    void kimiK25sExpertBytesRiseByAQuarterBitPerWeightOverTheGenericFigure() {
        // 60 MoE layers × 384 experts × 3·7168·2048 = 1,014,686,023,680 INT4 weights;
        // (4.5 − 4.25) bits / 8 each = 1/32 byte → 31,708,938,240 B
        ModelArchitecture kimi = ModelCatalog.builtIn().require("kimi-k2.5");
        double packed = WeightInventory.bytes(kimi, kimi.nativePrecisions());
        double generic = WeightInventory.bytes(kimi, withoutPacking(kimi.nativePrecisions()));
        assertThat(packed - generic).isEqualTo(31_708_938_240.0);
    }

    @Test
    void requantisingToAnotherFormatDropsTheCheckpointsInt4Layout() {
        WeightPrecisions p = ModelCatalog.builtIn().require("kimi-k2.5").nativePrecisions();
        assertThat(p.withMatrixWeights(Precision.FP8).int4Packing()).isNull();
        assertThat(p.withMatrixWeights(Precision.INT4).int4Packing()).isEqualTo(new Int4Packing(32, 16, 0));
    }

    private static WeightPrecisions withoutPacking(WeightPrecisions p) {
        return new WeightPrecisions(p.attention(), p.denseMlp(), p.experts(), p.router(), p.embedding(), p.lmHead(),
                p.vectors(), p.sharedExperts(), null);
    }
}
