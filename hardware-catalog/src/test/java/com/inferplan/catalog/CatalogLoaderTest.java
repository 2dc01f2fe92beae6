package com.inferplan.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;

/** Loads deliberately broken catalogs from src/test/resources/test-catalogs. */
class CatalogLoaderTest {

    @Test
    void validTestCatalogLoads() {
        HardwareCatalog catalog = CatalogLoader.load("test-catalogs/valid/");

        assertThat(catalog.version()).isEqualTo("test-1");
        assertThat(catalog.require("chip-a").peak(Precision.BF16).orElseThrow().source().title()).isEqualTo("Chip A datasheet");
    }

    @Test
    void reportsEveryProblemOfEveryFileWithFileEntryAndField() {
        CatalogValidationException e = catchThrowableOfType(
                () -> CatalogLoader.load("test-catalogs/broken/"), CatalogValidationException.class);

        assertThat(e.errors()).extracting(CatalogError::toString).containsExactlyInAnyOrder(
                "accelerators/chip-b.json: chip-b/denseFlopsPerSecond.bf16.source: cites unknown source key 'nowhere'",
                "accelerators/chip-b.json: chip-b/sources.unused: source is defined but never cited",
                "accelerators/chip-b.json: chip-b/denseFlopsPerSecond.bf16.source: figure has no source",
                "accelerators/wrong-name.json: chip-c/id: file name must be chip-c.json",
                "accelerators/chip-a-copy.json: chip-a/id: file name must be chip-a.json",
                "accelerators/chip-a-copy.json: chip-a/id: duplicate id 'chip-a', already defined in accelerators/chip-a.json",
                "accelerators/missing.json: (file)/(file): not found on the classpath under test-catalogs/broken/");
    }
}
