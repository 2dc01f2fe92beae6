package com.inferplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code portfolio --format xlsx|pdf --out PATH}: the report files of the example; json and csv stay on stdout. */
class PortfolioReportCommandTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @TempDir
    Path dir;

    private int run(String... args) {
        return new Cli(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true,
                StandardCharsets.UTF_8)).run(args);
    }

    @Test
    void theExamplesWorkbookAndLetterBoardPackAreWrittenWithTheirTiming() throws Exception {
        Path xlsx = dir.resolve("mix.xlsx");
        assertThat(run("portfolio", "--example", "codex-spark", "--format", "xlsx", "--out", xlsx.toString())).isZero();
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(xlsx))) {
            assertThat(wb.getSheetName(1)).isEqualTo("Pools");
        }
        assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("wrote " + xlsx)
                .containsPattern("5 pools, 3 tiers\\): xlsx \\d+ ms");
        Path pdf = dir.resolve("mix.pdf");
        assertThat(run("portfolio", "--example", "codex-spark", "--format", "pdf", "--paper", "letter", "--out",
                pdf.toString())).isZero();
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertThat(doc.getPage(0).getMediaBox().getHeight()).isEqualTo(PDRectangle.LETTER.getHeight());
        }
    }

    @Test
    void aFileFormatWithoutOutAndOutForCsvAreUsageErrors() {
        assertThat(run("portfolio", "--example", "codex-spark", "--format", "pdf")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("--out");
        assertThat(run("portfolio", "--example", "codex-spark", "--format", "csv", "--out", "x.csv")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("json and csv print to standard output");
    }
}
