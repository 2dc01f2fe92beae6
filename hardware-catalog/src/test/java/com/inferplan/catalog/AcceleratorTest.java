package com.inferplan.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class AcceleratorTest {
    private final HardwareCatalog catalog = HardwareCatalog.builtIn();

    @Test
    void fp4OnH100FallsBackToFp8AndSaysSo() {
        PeakLookup lookup = catalog.require("nvidia-h100-sxm").peakFor(Precision.FP4);

        assertThat(lookup.used()).isEqualTo(Precision.FP8);
        assertThat(lookup.fellBack()).isTrue();
        assertThat(lookup.flopsPerSecond()).isEqualTo(1978.9e12);
    }

    @Test
    void mxfp4OnH100IsComputedAtTheBf16PeakBecauseHopperKernelsDequantiseToBf16() {
        // TensorRT-LLM's gpt-oss guide: H200 runs MXFP4 experts with BF16 activations (Triton backend)
        PeakLookup lookup = catalog.require("nvidia-h100-sxm").peakFor(Precision.MXFP4);

        assertThat(lookup.used()).isEqualTo(Precision.BF16);
        assertThat(lookup.fellBack()).isTrue();
        assertThat(lookup.flopsPerSecond()).isEqualTo(989.4e12);
    }

    @Test
    void nvfp4OnB200IsNativeNotAFallback() {
        PeakLookup lookup = catalog.require("nvidia-b200").peakFor(Precision.NVFP4);

        assertThat(lookup.used()).isEqualTo(Precision.NVFP4);
        assertThat(lookup.fellBack()).isFalse();
        assertThat(lookup.flopsPerSecond()).isEqualTo(9000e12);
    }

    @Test
    void fp16IsLookedUpUnderBf16WithoutCountingAsFallback() {
        PeakLookup lookup = catalog.require("groq-lpu").peakFor(Precision.FP16);

        assertThat(lookup.used()).isEqualTo(Precision.BF16);
        assertThat(lookup.fellBack()).isFalse();
        assertThat(lookup.flopsPerSecond()).isEqualTo(188e12);
    }

    @Test
    void peakIsExactAndEmptyForAMissingFormat() {
        Accelerator h100 = catalog.require("nvidia-h100-sxm");

        assertThat(h100.peak(Precision.FP4)).isEmpty();
        assertThat(h100.peak(Precision.FP8)).isPresent();
    }

    @Test
    void peakForThrowsWhenNoFormatOnTheChainIsRecorded() {
        Accelerator groq = catalog.require("groq-lpu");

        assertThat(groq.findPeakFor(Precision.FP32)).isEmpty();
        assertThatThrownBy(() -> groq.peakFor(Precision.FP32))
                .isInstanceOf(PeakNotAvailableException.class)
                .hasMessageStartingWith("groq-lpu has no dense peak for fp32 nor its fallbacks [FP32]");
    }

    @Test
    void fastMemoryPrefersHbmThenSram() {
        Accelerator sn40l = catalog.require("sambanova-sn40l");
        Accelerator cs3 = catalog.require("cerebras-cs-3");

        assertThat(sn40l.fastMemoryBytes()).isEqualTo(64e9);
        assertThat(sn40l.onChipSramBytes()).isEqualTo(520e6);
        assertThat(cs3.fastMemoryBytes()).isEqualTo(44e9);
        assertThat(catalog.require("nvidia-h100-sxm").onChipSramBytes()).isZero();
    }

    @Test
    void domainOfAChipWithoutFabricIsOne() {
        assertThat(catalog.require("host-cpu").scaleUpDomainChips()).isEqualTo(1);
        assertThat(catalog.require("nvidia-h100-sxm").scaleUpDomainChips()).isEqualTo(8);
    }

    @Test
    void figuresAreListedWithStableFieldPaths() {
        assertThat(catalog.require("nvidia-h100-sxm").figures()).extracting(FieldFigure::field)
                .contains("denseFlopsPerSecond.bf16", "sparseFlopsPerSecond.fp8", "memoryTiers.hbm.capacityBytes",
                        "scaleUp.hopLatencySeconds", "systemPowerPerChipWatts");
    }
}
