package com.inferplan.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CatalogJsonTest {
    private final HardwareCatalog catalog = HardwareCatalog.builtIn();

    @Test
    void everyBuiltInEntryRoundTripsToAnEqualRecord() {
        assertThat(catalog.all()).allSatisfy(a -> assertThat(CatalogJson.read(CatalogJson.write(a))).isEqualTo(a));
    }

    @Test
    void userEntryRoundTripsIncludingItsFlagAndUnitWithoutSource() {
        AcceleratorFixture chip = new AcceleratorFixture();
        chip.units.add(new DeployableUnit("single", "one card", 1, "no source given"));
        Accelerator custom = chip.build();

        Accelerator back = CatalogJson.read(CatalogJson.write(custom));

        assertThat(back).isEqualTo(custom);
        assertThat(back.userDefined()).isTrue();
    }

    @Test
    void writesPrecisionsAndKindsByTheirDataFileLabels() {
        String json = CatalogJson.write(catalog.require("cerebras-cs-3"));

        assertThat(json).contains("\"kind\" : \"wafer-scale\"", "\"bf16\" : {", "\"kind\" : \"ON_CHIP_SRAM\"");
        assertThat(json).doesNotContain("\"derivation\" : null");
    }

    @Test
    void wholeCatalogCarriesItsVersion() {
        String json = CatalogJson.writeCatalog(catalog);

        assertThat(json).startsWith("{\n  \"catalogVersion\" : \"2026.11.0\",\n  \"accelerators\" : [");
    }

    @Test
    void wrongFieldTypeIsReportedWithItsJsonPath() {
        String json = CatalogJson.write(new AcceleratorFixture().build())
                .replace("\"value\" : 8.0E10", "\"value\" : \"eighty gigabytes\"");

        assertThatThrownBy(() -> CatalogJson.read(json))
                .isInstanceOf(CatalogValidationException.class)
                .hasMessageContaining("user entry: (unparsed)/memoryTiers[0].capacityBytes.value: ");
    }

    @Test
    void unknownPrecisionAndUnknownFieldAreRejected() {
        String base = CatalogJson.write(new AcceleratorFixture().build());

        assertThatThrownBy(() -> CatalogJson.read(base.replace("\"fp32\" : {", "\"fp12\" : {")))
                .isInstanceOf(CatalogValidationException.class)
                .hasMessageContaining("denseFlopsPerSecond")
                .hasMessageContaining("unknown precision 'fp12'");
        assertThatThrownBy(() -> CatalogJson.read(base.replace("\"vendor\" :", "\"vendr\" :")))
                .isInstanceOf(CatalogValidationException.class)
                .hasMessageContaining("vendr");
    }
}
