package com.inferplan.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Checks the shipped data itself: provenance of every figure and the figures the brief pins down. */
class BuiltInFiguresTest {
    private final HardwareCatalog catalog = HardwareCatalog.builtIn();

    @Test
    void everyFigureHasASourceWithTitleUrlDateAndAStatus() {
        List<FieldFigure> all = catalog.all().stream().flatMap(a -> a.figures().stream()).toList();

        assertThat(all).hasSizeGreaterThan(250);
        assertThat(all).allSatisfy(ff -> {
            Figure f = ff.figure();
            assertThat(f.status()).as(ff.field()).isNotNull();
            assertThat(f.source()).as(ff.field()).isNotNull();
            assertThat(f.source().title()).as(ff.field()).isNotBlank();
            assertThat(f.source().url()).as(ff.field()).isNotBlank();
            assertThat(f.source().date()).as(ff.field()).matches("\\d{4}(-\\d{2}(-\\d{2})?)?");
            assertThat(Double.isFinite(f.value()) && f.value() > 0).as(ff.field()).isTrue();
            if (f.status() == FigureStatus.DERIVED) {
                assertThat(f.derivation()).as(ff.field()).isNotBlank();
            }
        });
    }

    @Test
    void everyDeployableUnitCitesASource() {
        assertThat(catalog.all().stream().flatMap(a -> a.units().stream()))
                .allSatisfy(u -> assertThat(u.source()).as(u.id()).isNotNull());
    }

    @Test
    void cs3Has44GbOnWaferSramAt21PetabytesPerSecond() {
        MemoryTier sram = catalog.require("cerebras-cs-3").tier(MemoryTierKind.ON_CHIP_SRAM).orElseThrow();

        assertThat(sram.capacityBytes().value()).isEqualTo(44e9);
        assertThat(sram.bandwidthBytesPerSecond().value()).isEqualTo(21e15);
    }

    @Test
    void cs3DenseBf16IsHalfTheSparseHeadlineAndSaysWhy() {
        Accelerator cs3 = catalog.require("cerebras-cs-3");
        Figure dense = cs3.peak(Precision.BF16).orElseThrow();

        // 125 PF "peak AI" is sparse: 125 / 2 = 62.5 PF dense.
        assertThat(dense.value()).isEqualTo(62.5e15);
        assertThat(dense.status()).isEqualTo(FigureStatus.DERIVED);
        assertThat(dense.derivation()).contains("125 / 2 = 62.5");
        assertThat(dense.note()).contains("FP8");
        assertThat(cs3.sparseFlopsPerSecond().get(Precision.BF16).value()).isEqualTo(125e15);
        assertThat(cs3.scaleOutBytesPerSecond().value()).isEqualTo(150e9); // 1.2 Tb/s / 8
        assertThat(cs3.tier(MemoryTierKind.EXTERNAL_STORE).orElseThrow().bandwidthBytesPerSecond().note()).contains("UNCERTAIN");
    }

    @Test
    void h100Bf16IsTheDenseFigureNotTheSparseHeadline() {
        Accelerator h100 = catalog.require("nvidia-h100-sxm");

        assertThat(h100.peak(Precision.BF16).orElseThrow().value()).isEqualTo(989.4e12);
        assertThat(h100.sparseFlopsPerSecond().get(Precision.BF16).value()).isEqualTo(1978.9e12);
    }

    @Test
    void groqKeepsWeightsInSramOnlyAndHasNoFp8() {
        Accelerator groq = catalog.require("groq-lpu");

        assertThat(groq.tier(MemoryTierKind.HBM)).isEmpty();
        assertThat(groq.onChipSramBytes()).isEqualTo(230e6);
        assertThat(groq.fastMemoryBytesPerSecond()).isEqualTo(80e12);
        assertThat(groq.peak(Precision.FP8)).isEmpty();
        assertThat(groq.peak(Precision.INT8).orElseThrow().value()).isEqualTo(750e12);
    }

    @Test
    void sn40lHasThreeTiersWithPerSocketBandwidthsFromSystemTotals() {
        Accelerator sn40l = catalog.require("sambanova-sn40l");

        assertThat(sn40l.memoryTiers()).extracting(MemoryTier::kind)
                .containsExactly(MemoryTierKind.ON_CHIP_SRAM, MemoryTierKind.HBM, MemoryTierKind.DRAM);
        // 25.6 TB/s and 1.6 TB/s per 16 sockets.
        assertThat(sn40l.tier(MemoryTierKind.HBM).orElseThrow().bandwidthBytesPerSecond().value()).isCloseTo(25.6e12 / 16, within(1.0));
        assertThat(sn40l.tier(MemoryTierKind.DRAM).orElseThrow().bandwidthBytesPerSecond().value()).isCloseTo(1.6e12 / 16, within(1.0));
    }

    @Test
    void rackScaleGpusHaveA72ChipDomainAndTheRackAsUnit() {
        for (String id : List.of("nvidia-gb200", "nvidia-gb300")) {
            Accelerator gpu = catalog.require(id);
            assertThat(gpu.scaleUpDomainChips()).as(id).isEqualTo(72);
            assertThat(gpu.units()).as(id).extracting(DeployableUnit::chips).containsExactly(72);
        }
    }

    @Test
    void trainium2ComesIn16ChipInstancesAnd64ChipUltraServers() {
        Accelerator trn2 = catalog.require("aws-trainium2");

        assertThat(trn2.units()).extracting(DeployableUnit::chips).containsExactly(16, 64);
        assertThat(trn2.scaleUp().topology()).isEqualTo(Topology.TORUS_3D);
    }

    @Test
    void tpusUseTorusInterconnects() {
        assertThat(List.of("google-tpu-v5e", "google-tpu-v6e"))
                .allSatisfy(id -> assertThat(catalog.require(id).scaleUp().topology()).isEqualTo(Topology.TORUS_2D));
        assertThat(List.of("google-tpu-v5p", "google-tpu-v7"))
                .allSatisfy(id -> assertThat(catalog.require(id).scaleUp().topology()).isEqualTo(Topology.TORUS_3D));
    }

    @Test
    void hostCpuIsAMeasuredEntryWithoutScaleUp() {
        Accelerator host = catalog.require("host-cpu");

        assertThat(host.kind()).isEqualTo(AcceleratorKind.CPU);
        assertThat(host.scaleUp().topology()).isEqualTo(Topology.NONE);
        assertThat(host.fastMemory().orElseThrow().kind()).isEqualTo(MemoryTierKind.DRAM);
        assertThat(host.peak(Precision.FP32).orElseThrow().derivation()).startsWith("measured:");
    }
}
