package com.inferplan.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CatalogCsvTest {
    private final HardwareCatalog catalog = HardwareCatalog.builtIn();

    @Test
    void writesOneRowPerFigureAfterTheHeader() {
        List<Accelerator> all = catalog.all();
        String[] lines = CatalogCsv.write(all).split("\n");

        assertThat(lines[0]).isEqualTo("id,field,value,unit,status,source_title,source_url,source_date,derivation,note");
        assertThat(lines).hasSize(1 + all.stream().mapToInt(a -> a.figures().size()).sum());
    }

    @Test
    void writesValuesInPlainDecimalAndQuotesTextWithCommas() {
        String csv = CatalogCsv.write(List.of(catalog.require("nvidia-h100-sxm")));

        assertThat(csv).contains("\nnvidia-h100-sxm,denseFlopsPerSecond.bf16,989400000000000,FLOP/s,VENDOR_PUBLISHED,"
                + "NVIDIA H100 Tensor Core GPU datasheet,https://www.nvidia.com/en-us/data-center/h100/,2023,,"
                + "\"Datasheet headline 1,979 TFLOPS is with 2:4 sparsity; dense is half.\"\n");
        assertThat(csv).contains("nvidia-h100-sxm,scaleUp.hopLatencySeconds,0.000001,s,DERIVED,");
    }

    @Test
    void doublesEmbeddedQuotes() {
        AcceleratorFixture chip = new AcceleratorFixture();
        chip.dense.put(Precision.FP32, new Figure(60e12, Units.FLOP_PER_SECOND, AcceleratorFixture.SOURCE,
                FigureStatus.VENDOR_PUBLISHED, null, "the \"vector\" rate"));

        assertThat(CatalogCsv.write(List.of(chip.build()))).contains(",\"the \"\"vector\"\" rate\"\n");
    }
}
