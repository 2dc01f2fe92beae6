package com.inferplan.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class CatalogValidatorTest {

    @Test
    void fixtureIsValid() {
        assertThat(CatalogValidator.validateUserEntry(new AcceleratorFixture().build())).isEmpty();
    }

    @Test
    void rejectsNegativeBandwidthNamingTheField() {
        AcceleratorFixture chip = new AcceleratorFixture();
        chip.tiers.set(0, AcceleratorFixture.hbm(AcceleratorFixture.vendor(-3e12, Units.BYTES_PER_SECOND)));

        assertThat(errors(chip)).containsExactly(
                "user entry: test-chip/memoryTiers.hbm.bandwidthBytesPerSecond: value -3.0E12 must be positive and finite");
    }

    @Test
    void rejectsDensePeakAboveTheRecordedSparsePeak() {
        AcceleratorFixture chip = new AcceleratorFixture();
        // A sparse headline (2,000 T) entered as dense, above the recorded sparse 1,500 T.
        chip.sparse.put(Precision.BF16, AcceleratorFixture.vendor(1500e12, Units.FLOP_PER_SECOND));
        chip.dense.put(Precision.FP8, AcceleratorFixture.vendor(3000e12, Units.FLOP_PER_SECOND));
        chip.dense.put(Precision.BF16, AcceleratorFixture.vendor(2000e12, Units.FLOP_PER_SECOND));

        assertThat(errors(chip)).singleElement().asString()
                .startsWith("user entry: test-chip/denseFlopsPerSecond.bf16: dense 2.0E15 exceeds the recorded sparse 1.5E15");
    }

    @Test
    void rejectsFigureWithoutSource() {
        AcceleratorFixture chip = new AcceleratorFixture();
        chip.dense.put(Precision.FP32, new Figure(60e12, Units.FLOP_PER_SECOND, null, FigureStatus.VENDOR_PUBLISHED, null, null));

        assertThat(errors(chip)).containsExactly(
                "user entry: test-chip/denseFlopsPerSecond.fp32.source: figure has no source");
    }

    @Test
    void rejectsDerivedFigureWithoutDerivation() {
        AcceleratorFixture chip = new AcceleratorFixture();
        chip.dense.put(Precision.FP32, new Figure(60e12, Units.FLOP_PER_SECOND, AcceleratorFixture.SOURCE, FigureStatus.DERIVED, " ", null));

        assertThat(errors(chip)).containsExactly(
                "user entry: test-chip/denseFlopsPerSecond.fp32.derivation: DERIVED figure has no derivation");
    }

    @Test
    void rejectsWrongUnitAndImplausibleMagnitude() {
        AcceleratorFixture chip = new AcceleratorFixture();
        // 3,350 entered meaning GB/s: a unit slip that is 1e9 too small for HBM.
        chip.tiers.set(0, AcceleratorFixture.hbm(AcceleratorFixture.vendor(3350, "GB/s")));

        assertThat(errors(chip)).containsExactly(
                "user entry: test-chip/memoryTiers.hbm.bandwidthBytesPerSecond: unit 'GB/s' is not the expected 'B/s'",
                "user entry: test-chip/memoryTiers.hbm.bandwidthBytesPerSecond: value 3350.0 B/s is outside the plausible range [1.0E11, 5.0E13]");
    }

    @Test
    void rejectsNarrowerFormatSlowerThanWiderOne() {
        AcceleratorFixture chip = new AcceleratorFixture();
        chip.dense.put(Precision.FP8, AcceleratorFixture.vendor(500e12, Units.FLOP_PER_SECOND));

        assertThat(errors(chip)).containsExactly(
                "user entry: test-chip/denseFlopsPerSecond.fp8: fp8 peak 5.0E14 is below the bf16 peak 1.0E15");
    }

    @Test
    void rejectsFp16KeyBecauseItIsLookedUpUnderBf16() {
        AcceleratorFixture chip = new AcceleratorFixture();
        chip.dense.put(Precision.FP16, AcceleratorFixture.vendor(1000e12, Units.FLOP_PER_SECOND));

        assertThat(errors(chip)).containsExactly(
                "user entry: test-chip/denseFlopsPerSecond.fp16: fp16 is looked up under bf16; record it there");
    }

    @Test
    void int8PeakMustBeInOperationsPerSecond() {
        AcceleratorFixture chip = new AcceleratorFixture();
        chip.dense.put(Precision.INT8, AcceleratorFixture.vendor(2000e12, Units.FLOP_PER_SECOND));

        assertThat(errors(chip)).containsExactly(
                "user entry: test-chip/denseFlopsPerSecond.int8: unit 'FLOP/s' is not the expected 'OP/s'");
    }

    @Test
    void scaleUpFabricNeedsADomainButMayOmitBandwidthAndLatency() {
        AcceleratorFixture chip = new AcceleratorFixture();
        chip.scaleUp = new ScaleUpInterconnect("unpublished links", null, null, Topology.FULL_MESH, null);
        assertThat(errors(chip)).containsExactly("user entry: test-chip/scaleUp.domainChips: is missing");

        chip.scaleUp = new ScaleUpInterconnect("unpublished links", null, AcceleratorFixture.vendor(16, Units.CHIPS),
                Topology.FULL_MESH, null);
        assertThat(errors(chip)).isEmpty();
    }

    @Test
    void userEntryMayOmitUrlButBuiltInEntryMayNot() {
        AcceleratorFixture chip = new AcceleratorFixture();
        Source noUrl = new Source("Our own benchmark", "", "2025-02");
        chip.dense.put(Precision.FP32, new Figure(60e12, Units.FLOP_PER_SECOND, noUrl, FigureStatus.THIRD_PARTY, null, null));
        assertThat(errors(chip)).isEmpty();

        chip.userDefined = false;
        assertThat(CatalogValidator.validate("accelerators/test-chip.json", chip.build()))
                .extracting(CatalogError::toString)
                .containsExactly("accelerators/test-chip.json: test-chip/denseFlopsPerSecond.fp32.source.url: source has no URL");
    }

    @Test
    void userEntryMustBeMarkedUserDefined() {
        AcceleratorFixture chip = new AcceleratorFixture();
        chip.userDefined = false;

        assertThatThrownBy(() -> CatalogValidator.requireValidUserEntry(chip.build()))
                .isInstanceOf(CatalogValidationException.class)
                .hasMessageContaining("user entry: test-chip/userDefined: a user entry must set userDefined to true");
    }

    @Test
    void validationExceptionListsEveryErrorWithFileEntryAndField() {
        AcceleratorFixture chip = new AcceleratorFixture();
        chip.id = "Bad Id";
        chip.units.clear();

        assertThatThrownBy(() -> CatalogValidator.requireValidUserEntry(chip.build()))
                .isInstanceOf(CatalogValidationException.class)
                .hasMessage("2 catalog error(s):\n"
                        + "  user entry: Bad Id/id: id 'Bad Id' must be lower-case words joined by hyphens\n"
                        + "  user entry: Bad Id/units: no deployable unit recorded (add at least the single chip or system)");
    }

    @Test
    void duplicateIdsAreReportedWithBothFiles() {
        Accelerator a = new AcceleratorFixture().build();
        List<CatalogError> errors = CatalogValidator.validateAll(List.of(
                new LocatedAccelerator(CatalogValidator.USER_ENTRY, a),
                new LocatedAccelerator(CatalogValidator.USER_ENTRY, a)));

        assertThat(errors).extracting(CatalogError::toString).containsExactly(
                "user entry: test-chip/id: duplicate id 'test-chip', already defined in user entry");
    }

    private static List<String> errors(AcceleratorFixture chip) {
        return CatalogValidator.validateUserEntry(chip.build()).stream().map(CatalogError::toString).toList();
    }
}
