package com.inferplan.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class HardwareCatalogTest {
    static final List<String> REQUIRED_IDS = List.of(
            "cerebras-cs-3", "cerebras-cs-2", "nvidia-h100-sxm", "nvidia-h200-sxm", "nvidia-b200", "nvidia-gb200",
            "nvidia-b300", "nvidia-gb300", "amd-mi300x", "amd-mi325x", "amd-mi355x", "google-tpu-v5e",
            "google-tpu-v5p", "google-tpu-v6e", "google-tpu-v7", "aws-trainium2", "aws-trainium3",
            "aws-inferentia2", "microsoft-maia-100", "microsoft-maia-200", "groq-lpu", "sambanova-sn40l",
            "intel-gaudi3", "host-cpu");

    private final HardwareCatalog catalog = HardwareCatalog.builtIn();

    @Test
    void everyRequiredIdLoads() {
        assertThat(catalog.all()).extracting(Accelerator::id).containsAll(REQUIRED_IDS);
        REQUIRED_IDS.forEach(id -> assertThat(catalog.find(id)).as(id).isPresent());
    }

    @Test
    void builtInIsLoadedOnceAndVersioned() {
        assertThat(HardwareCatalog.builtIn()).isSameAs(catalog);
        assertThat(catalog.version()).isEqualTo("2026.11.0");
        assertThat(catalog.all()).noneMatch(Accelerator::userDefined);
    }

    @Test
    void requireOfUnknownIdListsTheKnownIds() {
        assertThatThrownBy(() -> catalog.require("nvidia-h300"))
                .isInstanceOf(UnknownAcceleratorException.class)
                .hasMessageStartingWith("unknown accelerator id 'nvidia-h300'; known ids: ")
                .hasMessageContaining("nvidia-h100-sxm, nvidia-h200-sxm");
    }

    @Test
    void allIsUnmodifiable() {
        assertThatThrownBy(() -> catalog.all().clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void withUserEntriesAddsAValidChipAndLeavesTheOriginalUntouched() {
        Accelerator custom = new AcceleratorFixture().build();

        HardwareCatalog extended = catalog.withUserEntries(List.of(custom));

        assertThat(extended.require("test-chip")).isEqualTo(custom);
        assertThat(extended.all()).hasSize(catalog.all().size() + 1);
        assertThat(catalog.find("test-chip")).isEmpty();
        assertThat(extended.version()).isEqualTo(catalog.version());
    }

    @Test
    void withUserEntriesRejectsAnIdAlreadyInTheCatalog() {
        AcceleratorFixture chip = new AcceleratorFixture();
        chip.id = "nvidia-h100-sxm";

        assertThatThrownBy(() -> catalog.withUserEntries(List.of(chip.build())))
                .isInstanceOf(CatalogValidationException.class)
                .hasMessageContaining("user entry: nvidia-h100-sxm/id: id 'nvidia-h100-sxm' is already in the catalog");
    }

    @Test
    void withUserEntriesRejectsAnInvalidChipNamingTheField() {
        AcceleratorFixture chip = new AcceleratorFixture();
        chip.tiers.set(0, AcceleratorFixture.hbm(AcceleratorFixture.vendor(Double.NaN, Units.BYTES_PER_SECOND)));

        assertThatThrownBy(() -> catalog.withUserEntries(List.of(chip.build())))
                .isInstanceOf(CatalogValidationException.class)
                .hasMessageContaining("test-chip/memoryTiers.hbm.bandwidthBytesPerSecond: value NaN must be positive and finite");
    }
}
